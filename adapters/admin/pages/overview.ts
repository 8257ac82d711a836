import type { DailyCounts } from '../../store/learning-store.js';
import { barChart, shareChart, type Series } from '../chart.js';
import { html, type SafeHtml } from '../html.js';
import { periodPicker } from './period.js';

const DAY_MS = 86_400_000;
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** Every UTC day of the period, oldest first, as YYYY-MM-DD. */
export function daysOf(since: number, until: number): string[] {
  const days: string[] = [];
  for (let at = Math.floor(since / DAY_MS) * DAY_MS; at < until; at += DAY_MS) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * The overview: questions per day by platform, the share answered, votes up and down, as charts
 * and as the same numbers in a table (readable without the charts, and by a screen reader).
 */
export function overviewBody(rows: readonly DailyCounts[], days: number, since: number, until: number): SafeHtml {
  const labels = daysOf(since, until);
  const platforms = [...new Set(rows.map((r) => r.platform))].sort();
  const cell = (day: string, platform: string) => rows.find((r) => r.day === day && r.platform === platform);
  const byDay = labels.map((day) => rows.filter((r) => r.day === day));
  const sum = (list: readonly DailyCounts[], key: keyof Omit<DailyCounts, 'day' | 'platform'>) => list.reduce((t, r) => t + r[key], 0);
  const perPlatform: Series[] = platforms.map((platform, i) => ({
    name: platform,
    className: `s${i % 5}`,
    values: labels.map((day) => cell(day, platform)?.questions ?? 0),
  }));
  const shares = byDay.map((list) => {
    const decided = sum(list, 'answered') + sum(list, 'unanswered');
    return decided === 0 ? null : sum(list, 'answered') / decided;
  });
  const votes: Series[] = [
    { name: 'helpful', className: 'up', values: byDay.map((list) => sum(list, 'up')) },
    { name: 'not helpful', className: 'down', values: byDay.map((list) => sum(list, 'down')) },
  ];
  const all = rows;
  const answered = sum(all, 'answered');
  const unanswered = sum(all, 'unanswered');
  return html`<h1>Overview</h1>${periodPicker('/admin/overview', days)}
<div class="cards">
<div class="card"><b>${sum(all, 'questions')}</b>questions</div>
<div class="card"><b>${percent(answered, answered + unanswered)}</b>answered</div>
<div class="card"><b>${unanswered}</b>missed</div>
<div class="card"><b>${sum(all, 'up')} / ${sum(all, 'down')}</b>votes up / down</div>
</div>
<h2>Charts</h2>
${barChart('Questions per day, by platform', labels, perPlatform, true)}
${shareChart('Share answered (of questions answered or missed)', labels, shares)}
${barChart('Votes per day', labels, votes, false)}
<h2>Table</h2>
<div class="scroll"><table><thead><tr><th>Day</th><th>Platform</th><th class="n">Questions</th><th class="n">Answered</th><th class="n">Missed</th><th class="n">Share answered</th><th class="n">Up</th><th class="n">Down</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><td>${r.day}</td><td>${r.platform}</td><td class="n">${r.questions}</td><td class="n">${r.answered}</td><td class="n">${r.unanswered}</td><td class="n">${percent(r.answered, r.answered + r.unanswered)}</td><td class="n">${r.up}</td><td class="n">${r.down}</td></tr>`,
  )}</tbody></table></div>
${rows.length === 0 ? html`<p class="muted">Nothing recorded in this period yet.</p>` : ''}`;
}
