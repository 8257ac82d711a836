import { escapeMarkdown } from 'discord.js';

// Control characters other than tab and newline: invisible in Discord, and a way to smuggle layout.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const ZWSP = '\u200b';

/**
 * The core's Markdown as Discord shows it. Discord already renders bold, italics, links, lists,
 * quotes and code, so most of it passes through; headings become bold lines because embeds
 * render `#` inconsistently across clients, and images become links since embeds cannot inline them.
 */
export function toDiscordMarkdown(markdown: string): string {
  return markdown
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm, '**$1**')
    .replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt: string, url: string) => `[${alt || url}](${url})`)
    .replace(/@(everyone|here)\b/g, `@${ZWSP}$1`)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Shortens text to `max` characters, at a word boundary where one is near, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * User text made inert for echoing inside Markdown: one line, no formatting, no mentions, no
 * masked links, no invisible characters. Clipped before escaping so no escape is cut in half.
 */
export function escapeUserText(text: string, max = 200): string {
  const flat = clip(text.replace(CONTROL, '').replace(/\s+/g, ' ').trim(), max);
  return escapeMarkdown(flat, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  })
    .replace(/^>/, '\\>')
    .replace(/@(everyone|here)\b/g, `@${ZWSP}$1`)
    .replace(/<([@#]|\/|a?:)/g, `<${ZWSP}$1`);
}

const FENCE = /^```/gm;

/** Splits one block that is longer than `max` by lines, then words, then characters. */
function splitLong(block: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  const pieces = block.includes('\n') ? block.split('\n').map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l)) : block.split(/(?<= )/);
  for (const piece of pieces) {
    if (piece.length > max) {
      if (current) out.push(current.trimEnd());
      current = '';
      for (let i = 0; i < piece.length; i += max) out.push(piece.slice(i, i + max));
      continue;
    }
    if (current.length + piece.length > max) {
      out.push(current.trimEnd());
      current = '';
    }
    current += piece;
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}

/**
 * Splits Markdown into chunks of at most `max` characters, preferring paragraph breaks, then
 * line breaks. A code block cut in two is closed at the end of one chunk and reopened at the
 * start of the next, so neither half renders as stray backticks.
 */
export function splitMarkdown(markdown: string, max: number): string[] {
  const room = max - 8; // space for a closing and a reopening fence
  const blocks = markdown.split(/\n{2,}/).flatMap((block) => (block.length > room ? splitLong(block, room) : [block]));
  const chunks: string[] = [];
  let current = '';
  for (const block of blocks) {
    const joined = current ? `${current}\n\n${block}` : block;
    if (joined.length <= room) current = joined;
    else {
      if (current) chunks.push(current);
      current = block;
    }
  }
  if (current) chunks.push(current);

  let open = false;
  return chunks.map((chunk) => {
    let text = open ? `\`\`\`\n${chunk}` : chunk;
    const fences = chunk.match(FENCE)?.length ?? 0;
    if (fences % 2 === 1) open = !open;
    if (open) text = `${text}\n\`\`\``;
    return text;
  });
}
