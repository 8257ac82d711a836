import type { Answer, EntryRef } from '../../src/index.js';

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

/** Markdown to terminal text: bold stays bold, links show their URL, the rest is left readable. */
export function markdownToTerminal(markdown: string, styles: Styles): string {
  return markdown
    .replace(CONTROL, '')
    .replace(/\*\*(.+?)\*\*/g, (_, t: string) => styles.bold(t))
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/gm, (_, before: string, t: string) => before + styles.italic(t))
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^\s*[-*] /gm, '  • ');
}

/** Follow-ups numbered from 1, so the chat can take a number as the next question. */
export function followUps(answer: Answer): EntryRef[] {
  return answer.kind === 'suggestions' || answer.kind === 'decline' || answer.kind === 'greeting' || answer.kind === 'help'
    ? answer.suggestions
    : answer.related;
}

/** One answer as terminal text. */
export function renderText(answer: Answer, styles: Styles = plainStyles): string {
  const lines: string[] = [];
  if (answer.title) lines.push(styles.bold(answer.title.replace(CONTROL, '')), '');
  lines.push(markdownToTerminal(answer.summary, styles));
  if (answer.details) lines.push('', markdownToTerminal(answer.details, styles));
  for (const group of answer.catalogue) {
    lines.push('', styles.bold(group.label));
    for (const entry of group.entries) lines.push(`  • ${entry.title}`);
  }
  if (answer.sources.length > 0) {
    lines.push('', styles.dim('Sources: ' + answer.sources.map((s) => (s.url ? `${s.name} <${s.url}>` : s.name)).join('; ')));
  }
  const next = followUps(answer);
  if (next.length > 0) {
    lines.push('', styles.dim(answer.kind === 'answer' ? 'Related:' : 'Try:'));
    next.forEach((ref, i) => lines.push(`  ${i + 1}. ${ref.title}`));
  }
  return lines.join('\n');
}
