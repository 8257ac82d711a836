import type { UsageReport } from './report.js';

/** Longest question shown in a line; the JSON form keeps the text whole. */
const QUESTION_CHARS = 100;

const day = (iso: string) => iso.slice(0, 10);
const clip = (text: string) => (text.length > QUESTION_CHARS ? `${text.slice(0, QUESTION_CHARS - 1)}…` : text);
const pad = (value: string | number, width: number) => String(value).padStart(width);

/**
 * The report as plain text, one fact a line, no markup: it reads the same in a terminal, a Slack
 * message and a Discord message. Question texts are users' words: a chat adapter must escape them.
 *
 * @example
 * process.stdout.write(renderReportText(await store.report({ since, until: new Date() })));
 */
export function renderReportText(report: UsageReport): string {
  const { totals } = report;
  const other = totals.questions - totals.answered - totals.unanswered;
  const lines = [
    `Usage from ${day(report.since)} to ${day(report.until)}`,
    `${totals.questions} questions: ${totals.answered} answered, ${totals.unanswered} unanswered, ${other} other ` +
      `(help, greetings, browsing); ${totals.votes} votes, ${totals.clicks} clicks, ${totals.people} people`,
    '',
    'Per platform',
  ];
  if (report.platforms.length === 0) lines.push('  nothing recorded in this period');
  for (const p of report.platforms) {
    lines.push(
      `  ${p.platform.padEnd(8)} ${pad(p.questions, 5)} questions ${pad(p.answered, 5)} answered ${pad(p.unanswered, 5)} unanswered ` +
        `${pad(p.votes, 4)} votes ${pad(p.clicks, 4)} clicks ${pad(p.people, 4)} people`,
    );
  }

  lines.push('', 'Top unanswered questions (times asked)');
  if (report.unanswered.length === 0) lines.push('  none');
  for (const u of report.unanswered)
    lines.push(`  ${pad(u.count, 4)}  ${u.question === null ? '(question text not kept)' : clip(u.question)}`);

  lines.push('', 'Lowest-rated entries (helpful / not helpful)');
  if (report.lowestRated.length === 0) lines.push('  none voted down');
  for (const r of report.lowestRated) lines.push(`  ${r.answerKey}: ${r.helpful} / ${r.unhelpful}`);

  lines.push('', 'Most-asked entries (times answered)');
  if (report.mostAsked.length === 0) lines.push('  none');
  for (const m of report.mostAsked) lines.push(`  ${pad(m.count, 4)}  ${m.entryId}`);

  return `${lines.join('\n')}\n`;
}
