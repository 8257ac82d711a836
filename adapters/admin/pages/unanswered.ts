import type { Bot } from '../../../src/bot.js';
import type { RatedAnswer } from '../../store/learning-store.js';
import { html, type SafeHtml } from '../html.js';
import type { MissedGroup } from '../variants.js';
import { periodPicker } from './period.js';

const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const listed = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');

/** The entries offered for one row: those people clicked after a miss first, then the nearest the search finds. */
function candidates(bot: Bot, group: MissedGroup): { id: string; title: string; chosen: number }[] {
  const byId = bot.knowledgeBase.byId;
  const chosen = Object.entries(group.clickedAfter)
    .filter(([id]) => byId.has(id))
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => ({ id, title: byId.get(id)!.title, chosen: count }));
  const nearest = bot
    .explain(group.question)
    .considered.filter((hit) => !chosen.some((c) => c.id === hit.id))
    .map((hit) => ({ id: hit.id, title: hit.title, chosen: 0 }));
  return [...chosen, ...nearest].slice(0, 4);
}

function missedRow(bot: Bot, group: MissedGroup, csrf: string, days: number): SafeHtml {
  const offered = candidates(bot, group);
  return html`<tr><td><span class="q">${group.question}</span>
${group.variants.length > 1 ? html`<div class="muted">also asked as: ${group.variants.slice(1, 6).join(' · ')}</div>` : ''}
<form method="post" action="/admin/accept"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="days" value="${days}">
${group.variants.map((v) => html`<input type="hidden" name="question" value="${v}">`)}
<div class="row">${offered.map(
    (c) =>
      html`<button class="${c.chosen > 0 ? 'primary' : ''}" name="entry" value="${c.id}" title="Add as an alternate question of ${c.title}">+ ${c.title}${c.chosen > 0 ? html` <span class="chose">(chosen ${c.chosen}×)</span>` : ''}</button>`,
  )}<button class="bad" formaction="/admin/reject">Reject</button></div></form></td>
<td class="n">${group.count}</td><td class="hide-narrow">${when(group.firstAskedAt)}</td><td>${when(group.lastAskedAt)}</td><td>${listed(group.platforms)}</td></tr>`;
}

function ratedRow(bot: Bot, rated: RatedAnswer): SafeHtml {
  const titles = rated.answerKey.split('+').map((id) => bot.knowledgeBase.byId.get(id)?.title ?? id);
  return html`<tr><td>${titles.join(' vs ')}<div class="muted"><code>${rated.answerKey}</code></div></td><td class="n">${rated.up}</td><td class="n">${rated.down}</td>
<td>${rated.questions.length === 0 ? html`<span class="muted">no question text kept</span>` : rated.questions.map((q) => html`<div>${q}</div>`)}</td></tr>`;
}

export interface UnansweredView {
  groups: readonly MissedGroup[];
  rated: readonly RatedAnswer[];
  days: number;
  csrf: string;
  /** A line saying what the last action did. */
  notice?: string;
}

/**
 * Questions the bot declined or only guessed at, variants folded into one row, each with the
 * entries to add it to in one click (those people chose after a miss first); then the answers
 * rated lowest and the questions behind their 👎.
 */
export function unansweredBody(bot: Bot, view: UnansweredView): SafeHtml {
  const { groups, rated, days, csrf } = view;
  return html`<h1>Unanswered and doubtful questions</h1>${periodPicker('/admin/unanswered', days)}
${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
<p class="muted">One click adds the question (and its variants) as an alternate question of that entry: every running bot answers it within seconds. Reject hides it from this list.</p>
<div class="scroll"><table><thead><tr><th>Question</th><th class="n">Asked</th><th class="hide-narrow">First</th><th>Last</th><th>Platforms</th></tr></thead>
<tbody>${groups.map((g) => missedRow(bot, g, csrf, days))}</tbody></table></div>
${groups.length === 0 ? html`<p class="muted">No unanswered questions in this period.</p>` : ''}
<h2>Lowest-rated answers</h2>
<div class="scroll"><table><thead><tr><th>Answer</th><th class="n">Up</th><th class="n">Down</th><th>Questions voted down</th></tr></thead>
<tbody>${rated.map((r) => ratedRow(bot, r))}</tbody></table></div>
${rated.length === 0 ? html`<p class="muted">No answer was voted down in this period.</p>` : ''}`;
}
