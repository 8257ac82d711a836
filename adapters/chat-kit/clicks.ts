import type { Bot, ClickRecord } from '../../src/index.js';

/**
 * What a button that asks about one entry means, carried by the button itself (a Slack value, a
 * Discord custom id), so a click never reads the other buttons of its message to learn it.
 */
export interface EntryClick {
  /** The entry the button opens. */
  entryId: string;
  /** How the click counts in the usage report; null for buttons that are not counted (App Home lists). */
  kind: ClickRecord['kind'] | null;
  /** The answer the button sat under (entry id or `a+b`); null when none, or when it did not fit. */
  fromKey: string | null;
}

const LETTERS: Record<ClickRecord['kind'], string> = { related: 'r', suggestion: 's', starter: 't' };
const KINDS = new Map(Object.entries(LETTERS).map(([kind, letter]) => [letter, kind as ClickRecord['kind']]));
const ENCODED = /^([rst-]):([^:]*):(.+)$/s;

/**
 * `<kind>:<from>:<entry>`, e.g. `r:crdt:gossip` for "Gossip" under the CRDT answer, within
 * `maxChars` (Slack values hold 2,000, Discord custom ids 100 with their prefix). The origin is
 * the first thing given up when it does not fit (or holds a `:`); null when even the entry does not.
 */
export function encodeEntryClick(click: EntryClick, maxChars: number): string | null {
  const letter = click.kind ? LETTERS[click.kind] : '-';
  const from = click.fromKey && !click.fromKey.includes(':') ? click.fromKey : '';
  const full = `${letter}:${from}:${click.entryId}`;
  if (full.length <= maxChars) return full;
  const bare = `${letter}::${click.entryId}`;
  return bare.length <= maxChars ? bare : null;
}

/** The click an encoded value stands for; null for anything else (an older button's plain entry id). */
export function decodeEntryClick(value: string): EntryClick | null {
  const match = ENCODED.exec(value);
  if (!match) return null;
  return { kind: KINDS.get(match[1]!) ?? null, fromKey: match[2] || null, entryId: match[3]! };
}

/** Records the click for the usage report when its button counts; the core ignores unknown entries. */
export function countClick(bot: Pick<Bot, 'recordClick'>, platform: string, userId: string, click: EntryClick): void {
  if (click.kind) bot.recordClick({ platform, userId, kind: click.kind, fromKey: click.fromKey, entryId: click.entryId });
}
