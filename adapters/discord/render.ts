import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, AnswerKind, CatalogueGroup, EntryRef, Source } from '../../src/index.js';
import { encodeButton, type ButtonAction } from './custom-ids.js';
import { clip, escapeUserText, splitMarkdown, toDiscordMarkdown } from './markdown.js';

/** Discord's limits, enforced here so a long entry can never make a reply fail. */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embeds: 10,
  total: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  choices: 25,
  choiceChars: 100,
  content: 2000,
} as const;

/** What every message and reply the bot sends carries: pings are never parsed from text. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderOptions {
  /** The user's own words, shown (escaped) above the answer: slash replies do not quote them. */
  echo?: string;
  /** Adds a Share button: for ephemeral replies that the asker may want to post for everyone. */
  shareable?: boolean;
}

const COLORS: Record<AnswerKind, number> = {
  answer: 0x5865f2,
  browse: 0x5865f2,
  suggestions: 0xfee75c,
  decline: 0x99aab5,
  help: 0x57f287,
  greeting: 0x57f287,
  thanks: 0x57f287,
};
const SHAREABLE: ReadonlySet<AnswerKind> = new Set(['answer', 'browse', 'help']);
const SHORTENED = '\n\n*…shortened to fit Discord: ask about one part of it for more.*';

/** Every character Discord counts towards the 6,000 total of a message's embeds. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}

/** Bullet lines, dropping whole lines (with a count) rather than cutting one in half. */
function listValue(lines: string[], max: number): string {
  const out: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const more = `…and ${lines.length - i} more`;
    if (length + line.length + 1 > max - more.length - 1) {
      out.push(more);
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

function sourcesField(sources: readonly Source[]): APIEmbedField | null {
  if (sources.length === 0) return null;
  const lines = sources.map((s) => {
    const name = clip(s.name, 200).replace(/([[\]])/g, '\\$1');
    return s.url ? `• [${name}](${s.url})` : `• ${name}`;
  });
  return { name: 'Sources', value: listValue(lines, LIMITS.fieldValue) };
}

function catalogueField(group: CatalogueGroup): APIEmbedField {
  return { name: clip(group.label, LIMITS.fieldName), value: listValue(group.entries.map((e) => `• ${e.title}`), LIMITS.fieldValue) || '—' };
}

function closeFences(text: string): string {
  return (text.match(/^```/gm)?.length ?? 0) % 2 === 1 ? `${text}\n\`\`\`` : text;
}

/**
 * The text laid out over as many descriptions as it needs (one per embed), within `budget`
 * characters in all; what does not fit is cut at a paragraph and marked as shortened.
 */
function layoutText(head: string, body: string, budget: number): string[] {
  const descriptions: string[] = [head.trimEnd()];
  let used = head.length;
  const pieces = splitMarkdown(body, LIMITS.description - head.length);
  for (const [i, piece] of pieces.entries()) {
    const last = descriptions.length - 1;
    const current = descriptions[last] ?? '';
    const glue = current ? '\n\n' : '';
    const reserve = i < pieces.length - 1 ? SHORTENED.length + 4 : 0;
    if (used + glue.length + piece.length + reserve <= budget) {
      if (current.length + glue.length + piece.length <= LIMITS.description) {
        descriptions[last] = current + glue + piece;
        used += glue.length + piece.length;
        continue;
      }
      if (descriptions.length < LIMITS.embeds) {
        descriptions.push(piece);
        used += piece.length;
        continue;
      }
    }
    // Out of room: fill what is left of the current description, then say so.
    const room = Math.min(budget - used, LIMITS.description - current.length) - glue.length - SHORTENED.length - 4;
    const partial = room > 80 ? closeFences(clip(piece, room)) : '';
    descriptions[last] = (partial ? current + glue + partial : current) + SHORTENED;
    break;
  }
  return descriptions.filter((d, i) => i === 0 || d !== '');
}

function button(action: ButtonAction, label: string, style: ButtonStyle, emoji?: string): APIButtonComponentWithCustomId | null {
  const customId = encodeButton(action);
  if (!customId) return null;
  return {
    type: ComponentType.Button,
    custom_id: customId,
    style: style as APIButtonComponentWithCustomId['style'],
    label: clip(label, LIMITS.buttonLabel),
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

function rowOf(buttons: (APIButtonComponentWithCustomId | null)[]): ButtonRow | null {
  const present = buttons.filter((b) => b !== null).slice(0, LIMITS.buttonsPerRow);
  return present.length > 0 ? { type: ComponentType.ActionRow, components: present } : null;
}

/** Follow-ups: related entries after an answer, "did you mean" or starters otherwise. */
function followUps(answer: Answer): EntryRef[] {
  return answer.kind === 'answer' ? answer.related : answer.suggestions;
}

function renderButtons(answer: Answer, options: RenderOptions): ButtonRow[] {
  const seen = new Set<string>();
  const refs = followUps(answer).filter((ref) => !seen.has(ref.id) && seen.add(ref.id));
  const key = answer.entryId ?? answer.comparedIds.join('+');
  const nav = rowOf(refs.map((ref) => button({ type: 'topic', id: ref.id }, ref.title, ButtonStyle.Secondary)));
  const actions = rowOf([
    ...(answer.kind === 'answer' && key
      ? [
          button({ type: 'vote', helpful: true, key }, 'Helpful', ButtonStyle.Secondary, '👍'),
          button({ type: 'vote', helpful: false, key }, 'Not helpful', ButtonStyle.Secondary, '👎'),
        ]
      : []),
    options.shareable && SHAREABLE.has(answer.kind) ? button({ type: 'share' }, 'Share', ButtonStyle.Primary) : null,
  ]);
  return [nav, actions].filter((row) => row !== null).slice(0, LIMITS.rows);
}

/** An `Answer` as Discord embeds and buttons, within every Discord limit. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordReply {
  const color = COLORS[answer.kind];
  const title = answer.title ? clip(toDiscordMarkdown(answer.title).replace(/\s+/g, ' '), LIMITS.title) : undefined;
  const head = options.echo ? `*You asked:* ${escapeUserText(options.echo)}\n\n` : '';
  const body = [answer.summary, answer.details].map(toDiscordMarkdown).filter(Boolean).join('\n\n');
  const catalogue = answer.catalogue.slice(0, LIMITS.fields - 1).map(catalogueField);
  const sources = sourcesField(answer.sources);
  const fieldsLength = embedsLength([{ fields: [...catalogue, ...(sources ? [sources] : [])] }]);

  const descriptions = layoutText(head, body, LIMITS.total - (title?.length ?? 0) - fieldsLength);
  const embeds: APIEmbed[] = descriptions.map((description, i) => ({
    color,
    ...(i === 0 && title ? { title } : {}),
    ...(description ? { description } : {}),
  }));
  const first = embeds[0]!;
  const last = embeds[embeds.length - 1]!;
  if (catalogue.length > 0) first.fields = catalogue;
  if (sources) last.fields = [...(last.fields ?? []), sources];
  return { embeds, components: renderButtons(answer, options), allowedMentions: NO_MENTIONS };
}

/** A short text reply (apology, rate limit, feedback thanks): no embed needed. */
export function renderNotice(text: string): DiscordReply {
  return { content: clip(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** Autocomplete choices: at most 25, names and values of 1 to 100 characters, values unique. */
export function renderChoices(items: readonly { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const item of items) {
    const name = clip(item.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceChars);
    const value = item.value.slice(0, LIMITS.choiceChars);
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}
