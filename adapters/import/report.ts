import type { ImportReport } from './import-file.js';
import type { ImportFormat } from './item.js';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  'qnamaker-tsv': 'a QnA Maker TSV export',
  'qnamaker-json': 'a QnA Maker JSON export',
  'qnabot-json': 'a QnABot JSON export',
  csv: 'a CSV of questions and answers',
};

/** Anything was imported: written now, or already there from an earlier import. */
export function importedAny(report: ImportReport): boolean {
  return report.written.length + report.unchanged.length > 0;
}

/**
 * The report as the command prints it: what was read, every note with its place in the export,
 * the files written, and one summary line ("3 written (2 new, 1 updated), 1 unchanged, 2
 * skipped (1 no answer, 1 no question)").
 */
export function describeReport(report: ImportReport, shown: { file: string; outDir: string }): string {
  const lines = [`${shown.file}: read as ${FORMAT_NAMES[report.format]}, ${plural(report.items, 'item')} to import`];
  for (const note of report.notes) lines.push(`  ${note.at}: ${note.skipped ? 'skipped: ' : ''}${note.message}`);
  for (const { file, status } of report.written) lines.push(`  ${status === 'new' ? 'new    ' : 'updated'}  ${shown.outDir}/${file}`);
  for (const file of report.stale)
    lines.push(`  kept     ${shown.outDir}/${file} (its item is no longer in the export; delete it by hand if it should go)`);

  const skipped = report.notes.filter((note) => note.skipped);
  const reasons = new Map<string, number>();
  for (const note of skipped) reasons.set(note.skipped!, (reasons.get(note.skipped!) ?? 0) + 1);
  const why = skipped.length > 0 ? ` (${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')})` : '';
  const created = report.written.filter((w) => w.status === 'new').length;
  const written = `${report.written.length} written${report.written.length > 0 ? ` (${created} new, ${report.written.length - created} updated)` : ''}`;
  lines.push(`${written}, ${report.unchanged.length} unchanged, ${skipped.length} skipped${why}`);
  if (!importedAny(report)) lines.push('Nothing could be imported.');
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
