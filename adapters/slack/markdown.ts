/**
 * Markdown (the core's answer format) to Slack mrkdwn, and Slack's message encoding back to
 * plain text. Slack gives `&`, `<` and `>` meaning (`<!channel>`, `<@U123>`, `<url|label>`), so
 * every character of text that reaches Slack goes through {@link escapeMrkdwn} exactly once;
 * only the links this module builds itself use raw angle brackets.
 */

import { truncateAtWord } from '../chat-kit/index.js';

/** Escapes Slack's three control characters; this is what makes `<!here>` in a question inert. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const INLINE = new RegExp(
  [
    '`(?<code>[^`\\n]+)`',
    '!?\\[(?<label>[^\\]\\n]+)\\]\\((?<url>[^)\\s]+)(?:\\s+"[^"\\n]*")?\\)',
    '<(?<auto>https?://[^>\\s]+)>',
    '\\*\\*(?<bold>\\S(?:[^\\n]*?\\S)?)\\*\\*',
    '__(?<bold2>\\S(?:[^\\n]*?\\S)?)__',
    '~~(?<strike>\\S(?:[^\\n]*?\\S)?)~~',
    '(?<![\\w*])\\*(?<em>[^*\\s](?:[^*\\n]*?[^*\\s])?)\\*(?![\\w*])',
    '(?<![\\w_])_(?<em2>[^_\\s](?:[^_\\n]*?[^_\\s])?)_(?![\\w_])',
  ].join('|'),
  'g',
);

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s<>|]+$/i;

function link(url: string, label: string): string {
  // The URL and label sit inside `<…|…>`, so neither may carry a raw `|` or `>`.
  if (!SAFE_URL.test(url)) return inline(label);
  return `<${escapeMrkdwn(url)}|${escapeMrkdwn(label.replace(/\|/g, '¦'))}>`;
}

/**
 * Slack only renders `*bold*` when the markers touch no letter outside them ("**SRE**s" would
 * show asterisks); a zero-width space gives it the boundary it needs.
 */
function wrap(marker: string, inner: string, before: string | undefined, after: string | undefined): string {
  const word = /[\p{L}\p{N}_]/u;
  const pre = before !== undefined && word.test(before) ? '\u200B' : '';
  const post = after !== undefined && word.test(after) ? '\u200B' : '';
  return `${pre}${marker}${inline(inner)}${marker}${post}`;
}

/** Inline Markdown of one line to mrkdwn: code, links, bold, italics, strike-through. */
export function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index;
    const g = match.groups!;
    const before = text[at - 1];
    const after = text[at + match[0].length];
    out += escapeMrkdwn(text.slice(last, at));
    if (g.code !== undefined) out += `\`${escapeMrkdwn(g.code)}\``;
    else if (g.url !== undefined) out += link(g.url, g.label!);
    else if (g.auto !== undefined) out += link(g.auto, g.auto);
    else if (g.bold !== undefined || g.bold2 !== undefined) out += wrap('*', (g.bold ?? g.bold2)!, before, after);
    else if (g.strike !== undefined) out += wrap('~', g.strike, before, after);
    else out += wrap('_', (g.em ?? g.em2)!, before, after);
    last = at + match[0].length;
  }
  return out + escapeMrkdwn(text.slice(last));
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const ORDERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function line(text: string): string {
  let m: RegExpMatchArray | null;
  if ((m = text.match(HEADING))) return `*${inline(m[1]!.replace(/\*\*|__/g, ''))}*`;
  if (RULE.test(text)) return '';
  if ((m = text.match(BULLET))) {
    const depth = Math.floor(m[1]!.replace(/\t/g, '  ').length / 2);
    return `${'    '.repeat(depth)}${depth === 0 ? '•' : '◦'} ${inline(m[2]!)}`;
  }
  if ((m = text.match(ORDERED))) return `${'    '.repeat(Math.floor(m[1]!.length / 2))}${m[2]}. ${inline(m[3]!)}`;
  // A raw `>` at the start of a line is Slack's quote marker, the one place it stays unescaped.
  if ((m = text.match(QUOTE))) return `> ${line(m[1]!)}`;
  return inline(text);
}

/**
 * Converts the core's Markdown to Slack mrkdwn: `**bold**` → `*bold*`, `[t](u)` → `<u|t>`,
 * `- item` → `• item`, headings → bold lines; code stays code. All text is escaped.
 *
 * @example
 * markdownToMrkdwn('**CAP** & [Brewer](https://example.com)'); // '*CAP* &amp; <https://example.com|Brewer>'
 */
export function markdownToMrkdwn(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const oneLine = raw.match(/^\s{0,3}```(.+?)```\s*$/);
    if (oneLine && !fenced) {
      out.push(`\`\`\`${escapeMrkdwn(oneLine[1]!)}\`\`\``);
    } else if (FENCE.test(raw)) {
      out.push('```');
      fenced = !fenced;
    } else {
      out.push(fenced ? escapeMrkdwn(raw) : line(raw.trimEnd()));
    }
  }
  if (fenced) out.push('```');
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Slack's encoding of what a user typed, back to the plain question: the bot's own mention goes,
 * other mentions and links keep their readable label, entities are decoded. The result is
 * unescaped user text: it must go through {@link escapeMrkdwn} before it is echoed.
 */
export function slackToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) => (id === botUserId ? ' ' : name ? `@${name}` : ' '))
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/g, (_, name?: string) => (name ? `#${name}` : ' '))
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_, name?: string) => name ?? ' ')
    .replace(/<!([a-z]+)(?:\^[^|>]*)?(?:\|([^>]*))?>/g, (_, word: string, label?: string) => label ?? `@${word}`)
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>/g, (_, url: string, label?: string) => label || url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Truncation at a word for mrkdwn: also drops a link or entity the cut left open, which Slack
 * would otherwise show as raw `<https://…` or `&am`.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = truncateAtWord(text, max).slice(0, -1);
  return `${cut
    .replace(/<[^>]*$/, '')
    .replace(/&[a-z]*$/, '')
    .trimEnd()}…`;
}
