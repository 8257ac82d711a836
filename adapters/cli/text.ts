// Not through the barrel, which also loads the content validator (see json.ts).
import type { Answer } from '../../src/index.js';
// The fast start of `ask` (250 ms, cold): src/index.ts would load the YAML and zod validators
// (60 ms more) that a start from the content snapshot never needs, so this imports their modules.
import { answerKey } from '../../src/answer/build.js';

export interface Styles {
  bold(text: string): string;
  italic(text: string): string;
  dim(text: string): string;
}

const ESC = '\u001b[';
export const ansiStyles: Styles = {
  bold: (t) => `${ESC}1m${t}${ESC}22m`,
  italic: (t) => `${ESC}3m${t}${ESC}23m`,
  dim: (t) => `${ESC}2m${t}${ESC}22m`,
};
export const plainStyles: Styles = { bold: (t) => t, italic: (t) => t, dim: (t) => t };

// Terminal control sequences in content or echoed input could rewrite the screen; drop them.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Markdown to terminal text: bold stays bold, links show their URL, the rest is left readable. */
export function markdownToTerminal(markdown: string, styles: Styles): string {
  return markdown
    .replace(CONTROL, '')
    .replace(/\*\*(.+?)\*\*/g, (_, t: string) => styles.bold(t))
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gm, (_, before: string, t: string) => before + styles.italic(t))
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^\s*[-*] /gm, '  • ');
}

/**
 * Wraps text to `width` columns at word boundaries; lines that start a list item ("  • ",
 * "  1. ") continue under their first word. Colour codes take no room. `width` 0 leaves the
 * text as it is (output to a pipe or a file).
 */
export function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  const visible = (s: string) => s.replace(ANSI, '').length;
  return text
    .split('\n')
    .map((line) => {
      if (visible(line) <= width) return line;
      const indent = ' '.repeat(visible(/^(\s*(?:•|\[\d+\]|\d+\.)?\s*)/.exec(line.replace(ANSI, ''))?.[1] ?? ''));
      const out: string[] = [];
      let current = '';
      for (const word of line.split(/(?<=\S) (?=\S)/)) {
        if (current && visible(current) + 1 + visible(word) > width) {
          out.push(current);
          current = indent + word.trimStart();
        } else {
          current = current ? `${current} ${word}` : word;
        }
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** One choice offered under a reply, picked by its number. */
export type Choice = { kind: 'more'; key: string; label: string } | { kind: 'entry'; id: string; label: string };

/** What a number opens under this reply: "More" first, then the other entries, the follow-ups, or the catalogue. */
export function choicesOf(answer: Answer, expanded: boolean): Choice[] {
  const entries = (refs: { id: string; title: string }[]): Choice[] => refs.map((r) => ({ kind: 'entry', id: r.id, label: r.title }));
  if (answer.kind === 'browse') return entries(answer.catalogue.flatMap((group) => group.entries));
  if (answer.kind !== 'answer') return entries(answer.suggestions);
  const more: Choice[] =
    answer.details && !(expanded && !answer.brief)
      ? [{ kind: 'more', key: answerKey(answer), label: 'More: the rest of this answer' }]
      : [];
  // Each entry once, and never the one just shown.
  const shown = new Set(answerKey(answer).split('+'));
  const seen = new Set<string>();
  const once = (choice: Choice) =>
    choice.kind !== 'entry' || (!shown.has(choice.id) && !seen.has(choice.id) && Boolean(seen.add(choice.id)));
  return [
    ...more,
    ...entries(answer.alternatives.map((r) => ({ ...r, title: `Not what you meant? ${r.title}` }))),
    ...entries(answer.related),
  ].filter(once);
}

export interface TextOptions {
  styles?: Styles;
  /** Show the details now (one answer from `npm run ask`); the chat shows the short answer first. */
  expanded?: boolean;
  /** Columns to wrap at; 0 for none. */
  width?: number;
}

/** One reply as terminal text, with its choices numbered as `[1]`, `[2]`, ... (unlike lists inside answers). */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  const styles = options.styles ?? plainStyles;
  const expanded = options.expanded ?? true;
  const lines: string[] = [];
  if (answer.title) lines.push(styles.bold(answer.title.replace(CONTROL, '')), '');
  lines.push(markdownToTerminal(answer.summary, styles));
  if (expanded && !answer.brief && answer.details) lines.push('', markdownToTerminal(answer.details, styles));
  if (answer.sources.length > 0) {
    lines.push('', styles.dim(`Sources: ${answer.sources.map((s) => (s.url ? `${s.name} <${s.url}>` : s.name)).join('; ')}`));
  }
  const choices = choicesOf(answer, expanded);
  if (answer.kind === 'browse') {
    let n = 0;
    for (const group of answer.catalogue) {
      lines.push('', styles.bold(group.label));
      for (const entry of group.entries) lines.push(`  ${styles.dim(`[${++n}]`)} ${entry.title.replace(CONTROL, '')}`);
    }
  } else if (choices.length > 0) {
    lines.push('', styles.dim(answer.kind === 'answer' ? 'Next (type a number):' : 'Try (type a number):'));
    choices.forEach((choice, i) => lines.push(`  ${styles.dim(`[${i + 1}]`)} ${choice.label.replace(CONTROL, '')}`));
  }
  return wrap(lines.join('\n'), options.width ?? 0);
}
