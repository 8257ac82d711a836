import { escapeMarkdown } from 'discord.js';
import { truncateAtWord } from '../chat-kit/index.js';

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

/**
 * User text made inert for echoing inside Markdown: one line, no formatting, no mentions, no
 * masked links, no invisible characters. Clipped before escaping so no escape is cut in half.
 */
export function escapeUserText(text: string, max = 200): string {
  const flat = truncateAtWord(text.replace(CONTROL, '').replace(/\s+/g, ' ').trim(), max);
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
