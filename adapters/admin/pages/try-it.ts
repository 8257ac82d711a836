import type { Explanation } from '../../../src/bot.js';
import { html, type SafeHtml } from '../html.js';

/** "Try it": ask the bot as a user would and see why it answers as it does. Nothing is recorded. */
export function tryBody(question: string, explained: Explanation | null): SafeHtml {
  const form = html`<h1>Try it</h1><form method="get" action="/admin/try"><div class="row">
<input name="q" value="${question}" placeholder="Ask as someone in chat would" maxlength="4000" aria-label="Question"><button class="primary">Ask</button></div></form>`;
  if (!explained) return form;
  const { answer, considered } = explained;
  return html`${form}
<div class="cards"><div class="card"><b>${answer.kind}</b>outcome</div><div class="card"><b>${answer.confidence.toFixed(2)}</b>confidence</div>
<div class="card"><b>${answer.title ?? '–'}</b>${answer.entryId ? html`<code>${answer.entryId}</code>` : 'no entry'}</div></div>
<h2>Answer</h2><p class="answer">${answer.summary}</p>
${answer.suggestions.length > 0 ? html`<p class="muted">Offered: ${answer.suggestions.map((s) => s.title).join(' · ')}</p>` : ''}
<h2>Entries considered</h2>
<div class="scroll"><table><thead><tr><th>Entry</th><th class="n">Score</th><th>Words matched</th></tr></thead>
<tbody>${considered.map((c) => html`<tr><td>${c.title}<div class="muted"><code>${c.id}</code></div></td><td class="n">${c.score.toFixed(3)}</td><td>${c.matched.join(', ')}</td></tr>`)}</tbody></table></div>
${considered.length === 0 ? html`<p class="muted">No entry shares a word with this question.</p>` : ''}`;
}
