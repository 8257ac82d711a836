import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  type APIStringSelectComponent,
} from 'discord.js';
import { answerKey, type Answer, type AnswerKind, type CatalogueGroup, type EntryRef, type Source } from '../../src/index.js';
import { markdownBlocks, splitMarkdown, truncateAtWord, type EntryClick } from '../chat-kit/index.js';
import { encodeButton, type ButtonAction } from './custom-ids.js';
import { escapeUserText, toDiscordMarkdown } from './markdown.js';

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
  selectOptions: 25,
  selectPlaceholder: 150,
  optionLabel: 100,
  optionValue: 100,
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

/** A row holding one select menu (topics, levels); a row with a menu holds nothing else. */
export type MenuRow = APIActionRowComponent<APIStringSelectComponent>;

/** A reply that may carry select menus as well as buttons (onboarding, `/topics`, `/path`). */
export interface DiscordMessage extends Omit<DiscordReply, 'components'> {
  components: (ButtonRow | MenuRow)[];
}

export interface RenderOptions {
  /** The user's own words, shown (escaped) above the answer: slash replies do not quote them. */
  echo?: string;
  /** Adds a Share button: for ephemeral replies that the asker may want to post for everyone. */
  shareable?: boolean;
  /**
   * Show the details at once (a DM, a private reply, a "More" click). Otherwise a channel gets
   * the short answer and a "More" button: a channel is read by many.
   */
  expanded?: boolean;
}

const NOT_SURE = 'Not what you meant? Try the ❔ buttons.';

/** Whether the details are shown now; when not, a "More" button stands for them. */
const showsDetails = (answer: Answer, options: RenderOptions) => Boolean(options.expanded && !answer.brief && answer.details);

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
export function listValue(lines: string[], max: number): string {
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
    const name = truncateAtWord(s.name, 200).replace(/([[\]])/g, '\\$1');
    return s.url ? `• [${name}](${s.url})` : `• ${name}`;
  });
  return { name: 'Sources', value: listValue(lines, LIMITS.fieldValue) };
}

// A browse reply shares the 6,000 characters between its groups, leaving room for the summary.
const CATALOGUE = { groups: 10, name: 80, values: 3500 } as const;

function catalogueFields(groups: readonly CatalogueGroup[]): APIEmbedField[] {
  const shown = groups.slice(0, CATALOGUE.groups);
  const perGroup = Math.min(LIMITS.fieldValue, Math.floor(CATALOGUE.values / Math.max(1, shown.length)));
  return shown.map((group) => ({
    name: truncateAtWord(group.label.replace(/\s+/g, ' ').trim(), CATALOGUE.name) || 'Topics',
    value:
      listValue(
        group.entries.map((e) => `• ${truncateAtWord(e.title, 100)}`),
        perGroup,
      ) || '—',
  }));
}

/** Paragraphs (a code block whole), with any longer than a field split, each with its fences closed. */
function blocksOf(body: string): string[] {
  return markdownBlocks(body).flatMap((block) => (block.length > LIMITS.fieldValue ? splitMarkdown(block, LIMITS.fieldValue) : [block]));
}

/**
 * The text laid out paragraph by paragraph over as many descriptions as it needs (one per
 * embed), within `budget` characters in all; what does not fit is cut and marked as shortened.
 * Every block closes its own code fences, so no description ends inside one. Room for the
 * mark and for fence repairs is held back at every step, so neither can push a description or
 * the message over its limit.
 */
function layoutText(head: string, body: string, budget: number): string[] {
  const fenceRoom = 8;
  const perDescription = LIMITS.description - fenceRoom;
  const total = budget - fenceRoom * LIMITS.embeds;
  const descriptions: string[] = [head.trimEnd()];
  let used = head.length;
  let shortened = false;
  const blocks = blocksOf(body);
  for (const [i, block] of blocks.entries()) {
    const current = descriptions[descriptions.length - 1] ?? '';
    const glue = current ? 2 : 0;
    const mark = i < blocks.length - 1 ? SHORTENED.length : 0;
    if (current.length + glue + block.length + mark <= perDescription && used + glue + block.length + mark <= total) {
      descriptions[descriptions.length - 1] = current ? `${current}\n\n${block}` : block;
      used += glue + block.length;
      continue;
    }
    if (descriptions.length < LIMITS.embeds && block.length + mark <= perDescription && used + block.length + mark <= total) {
      descriptions.push(block);
      used += block.length;
      continue;
    }
    // Out of room: put as much of this paragraph as fits where it fits, then say so.
    const room = Math.min(perDescription - current.length, total - used) - glue - SHORTENED.length;
    // The first piece of the paragraph split at the room left: code stays closed, words whole.
    const part = room > 120 ? splitMarkdown(block, room)[0] : undefined;
    if (part) descriptions[descriptions.length - 1] = `${current}${glue ? '\n\n' : ''}${part}`;
    shortened = true;
    break;
  }
  const laid = descriptions.filter((d, i) => i === 0 || d !== '');
  if (shortened) laid[laid.length - 1] += SHORTENED;
  return laid;
}

export function button(action: ButtonAction, label: string, style: ButtonStyle, emoji?: string): APIButtonComponentWithCustomId | null {
  const customId = encodeButton(action);
  if (!customId) return null;
  return {
    type: ComponentType.Button,
    custom_id: customId,
    style: style as APIButtonComponentWithCustomId['style'],
    label: truncateAtWord(label.replace(/\s+/g, ' ').trim(), LIMITS.buttonLabel) || '…',
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

export function rowOf(buttons: (APIButtonComponentWithCustomId | null)[]): ButtonRow | null {
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
  const key = answerKey(answer);
  const under = answer.kind === 'answer' ? key || null : null;
  const entry = (ref: EntryRef, kind: EntryClick['kind'], emoji?: string) =>
    button({ type: 'entry', click: { entryId: ref.id, kind, fromKey: under } }, ref.title, ButtonStyle.Secondary, emoji);
  const nav = rowOf(refs.map((ref) => entry(ref, answer.kind === 'answer' ? 'related' : 'suggestion')));
  // "Not what you meant?": the other entries an unsure answer could have been; and under a reply of several parts,
  // one not understood, the closest guesses for that part, which the reply says are below.
  const guesses = answer.kind === 'answer' ? [...answer.suggestions, ...answer.alternatives] : answer.alternatives;
  const alternatives = rowOf(guesses.filter((ref) => !seen.has(ref.id) && seen.add(ref.id)).map((ref) => entry(ref, 'suggestion', '❔')));
  const actions = rowOf([
    answer.kind === 'answer' && answer.details && !showsDetails(answer, options)
      ? button({ type: 'more', key }, 'More', ButtonStyle.Primary)
      : null,
    ...(answer.kind === 'answer' && key
      ? [
          button({ type: 'vote', helpful: true, key }, 'Helpful', ButtonStyle.Secondary, '👍'),
          button({ type: 'vote', helpful: false, key }, 'Not helpful', ButtonStyle.Secondary, '👎'),
        ]
      : []),
    options.shareable && SHAREABLE.has(answer.kind) ? button({ type: 'share' }, 'Share', ButtonStyle.Primary) : null,
  ]);
  return [alternatives, nav, actions].filter((row) => row !== null).slice(0, LIMITS.rows);
}

/** An `Answer` as Discord embeds and buttons, within every Discord limit. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordReply {
  const color = COLORS[answer.kind];
  const title = answer.title ? truncateAtWord(toDiscordMarkdown(answer.title).replace(/\s+/g, ' '), LIMITS.title) : undefined;
  const head = options.echo ? `*You asked:* ${escapeUserText(options.echo)}\n\n` : '';
  const body = [answer.summary, showsDetails(answer, options) ? answer.details : ''].map(toDiscordMarkdown).filter(Boolean).join('\n\n');
  const catalogue = catalogueFields(answer.catalogue);
  const sources = sourcesField(answer.sources);
  const fieldsLength = embedsLength([{ fields: [...catalogue, ...(sources ? [sources] : [])] }]);

  const descriptions = layoutText(head, body, LIMITS.total - (title?.length ?? 0) - fieldsLength);
  const embeds: APIEmbed[] = descriptions.map((description, i) => ({
    color,
    ...(i === 0 && title ? { title } : {}),
    // An embed needs some content; a blank summary would otherwise make the reply fail.
    ...(description || (i === 0 && !title && catalogue.length === 0 && !sources) ? { description: description || '\u200b' } : {}),
  }));
  const first = embeds[0]!;
  const last = embeds[embeds.length - 1]!;
  if (catalogue.length > 0) first.fields = catalogue;
  if (sources) last.fields = [...(last.fields ?? []), sources];
  if (answer.alternatives.length > 0) last.footer = { text: NOT_SURE };
  return { embeds, components: renderButtons(answer, options), allowedMentions: NO_MENTIONS };
}

/** A short text reply (apology, rate limit, feedback thanks): no embed needed. */
export function renderNotice(text: string): DiscordReply {
  return { content: truncateAtWord(text, LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

/** Autocomplete choices: at most 25, names and values of 1 to 100 characters, values unique. */
export function renderChoices(items: readonly { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const item of items) {
    const name = truncateAtWord(item.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceChars);
    const value = item.value.slice(0, LIMITS.choiceChars);
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}
