import { SUMMARY_MAX_CHARS, truncateAtWord } from '../../src/index.js';

/** Ends a sentence or a clause: the next piece can follow after a space. */
const CLAUSE_END = /[.!?:;,…。！？]["'’”)\]*_]*$/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/**
 * The plain text of a Markdown answer on one line: emphasis, links, images, code fences, HTML
 * tags and escapes removed; list items joined with "; " and paragraphs with ". " where they
 * have no punctuation of their own.
 */
export function plainText(markdown: string): string {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .split('\n');
  const pieces: { text: string; item: boolean }[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) pieces.push({ text: paragraph.join(' '), item: false });
    paragraph = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || /^([-*_])( *\1){2,}$/.test(trimmed) || /^\|?[\s:|-]+\|[\s:|-]*$/.test(trimmed)) {
      flush();
      continue;
    }
    const block = /^(?:>\s?)*\s*(#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+)?(.*)$/.exec(trimmed)!;
    const words = inline(block[2]!.replace(/\s+#+$/, '').replace(/\|/g, ' '));
    if (!words) continue;
    if (block[1]) {
      flush();
      pieces.push({ text: words, item: !block[1].startsWith('#') });
    } else {
      paragraph.push(words);
    }
  }
  flush();
  return pieces.reduce((out, piece, i) => {
    if (i === 0) return piece.text;
    const joint = CLAUSE_END.test(out) ? ' ' : pieces[i - 1]!.item && piece.item ? '; ' : '. ';
    return `${out}${joint}${piece.text}`;
  }, '');
}

/** Markdown inline syntax → its text; escaped characters stay as written. */
function inline(line: string): string {
  // Escaped characters are set aside first so that `\*` is never read as emphasis.
  const hidden = line.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
  const plain = hidden
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
  return plain
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The answer's first sentences, as plain text, up to `max` characters. A first sentence longer
 * than that is cut at a word and ends with "…".
 */
export function summarise(markdown: string, max: number = SUMMARY_MAX_CHARS): string {
  const plain = plainText(markdown);
  if (plain.length <= max) return plain;
  let out = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(plain)) {
    if ((out + segment).trimEnd().length > max) break;
    out += segment;
  }
  if (out.trim()) return out.trim();
  return truncateAtWord(plain, max);
}
