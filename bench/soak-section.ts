import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The soak figures live in bench/results.md between these markers: `npm run soak` writes them,
 * and `npm run bench`, which rewrites the rest of the file, carries them over.
 */
const START = '<!-- soak:start -->';
const END = '<!-- soak:end -->';

/** The marked soak section of a results file, markers included; '' when there is none. */
export function soakSectionOf(markdown: string): string {
  const from = markdown.indexOf(START);
  const to = markdown.indexOf(END, from);
  return from >= 0 && to > from ? markdown.slice(from, to + END.length) : '';
}

/** `markdown` with its soak section replaced by `section` (appended when it had none). */
export function withSoakSection(markdown: string, section: string): string {
  if (!section) return markdown;
  const marked = section.startsWith(START) ? section : `${START}\n${section.trim()}\n${END}`;
  const old = soakSectionOf(markdown);
  return old ? markdown.replace(old, marked) : `${markdown.trimEnd()}\n\n${marked}\n`;
}

/** Writes `section` into the results file at `file`, keeping everything else in it. */
export function writeSoakSection(file: string, section: string): void {
  const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  writeFileSync(file, withSoakSection(markdown, section));
}
