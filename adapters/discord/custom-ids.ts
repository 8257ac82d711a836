import { decodeEntryClick, encodeEntryClick, type EntryClick } from '../chat-kit/index.js';

/**
 * Button and menu custom ids. Components outlive the process that drew them (a restart, another
 * shard), so everything a click needs is in the id itself, never in the other buttons of its
 * message; Discord caps ids at 100 characters.
 */
export type ButtonAction =
  /** Opens an entry: a related topic, a "did you mean" choice, a starter; the click says how it counts. */
  | { type: 'entry'; click: EntryClick }
  | { type: 'vote'; helpful: boolean; key: string }
  | { type: 'share' }
  /** "More" under a short answer: its details; `key` is the answer's key (entry ids joined by `+`). */
  | { type: 'more'; key: string }
  /** Shows a learning path's overview. */
  | { type: 'path'; pathId: string }
  /** Opens one step of a path: a step button (`next: false`) or "next" (`next: true`). */
  | { type: 'step'; pathId: string; index: number; next: boolean };

/** Select menus: a page of a kind's topics, the level picker, or a long path's steps. */
export type MenuAction = { type: 'topics'; page: number } | { type: 'levels' } | { type: 'steps'; pathId: string };

export const CUSTOM_ID_MAX_CHARS = 100;

const fits = (id: string) => (id.length <= CUSTOM_ID_MAX_CHARS ? id : null);

const ENTRY_PREFIX = 'ask:';

function buttonId(action: Exclude<ButtonAction, { type: 'entry' }>): string {
  switch (action.type) {
    case 'vote':
      return `vote:${action.helpful ? 'up' : 'down'}:${action.key}`;
    case 'share':
      return 'share';
    case 'more':
      return `more:${action.key}`;
    case 'path':
      return `path:${action.pathId}`;
    case 'step':
      return `${action.next ? 'next' : 'step'}:${action.pathId}:${action.index}`;
  }
}

/** The id for an action, or null when it would not fit (the button is then left out). */
export function encodeButton(action: ButtonAction): string | null {
  if (action.type === 'entry') {
    const click = encodeEntryClick(action.click, CUSTOM_ID_MAX_CHARS - ENTRY_PREFIX.length);
    return click && `${ENTRY_PREFIX}${click}`;
  }
  return fits(buttonId(action));
}

/** The action behind a clicked button, or null for ids this bot did not make. */
export function decodeButton(customId: string): ButtonAction | null {
  if (customId === 'share') return { type: 'share' };
  const more = /^more:(.+)$/.exec(customId);
  if (more?.[1]) return { type: 'more', key: more[1] };
  const entry = customId.startsWith(ENTRY_PREFIX) ? decodeEntryClick(customId.slice(ENTRY_PREFIX.length)) : null;
  if (entry) return { type: 'entry', click: entry };
  // Ids drawn by releases before clicks carried their meaning: they still open their entry.
  // A starter said what it was; a topic button's kind and origin were read from its neighbours, so it is not counted.
  const topic = /^topic:(.+)$/.exec(customId);
  if (topic?.[1]) return { type: 'entry', click: { entryId: topic[1], kind: null, fromKey: null } };
  const vote = /^vote:(up|down):(.+)$/.exec(customId);
  if (vote?.[2]) return { type: 'vote', helpful: vote[1] === 'up', key: vote[2] };
  const starter = /^start:(.+)$/.exec(customId);
  if (starter?.[1]) return { type: 'entry', click: { entryId: starter[1], kind: 'starter', fromKey: null } };
  const step = /^(step|next):(.+):(\d{1,4})$/.exec(customId);
  if (step?.[2]) return { type: 'step', pathId: step[2], index: Number(step[3]), next: step[1] === 'next' };
  const path = /^path:(.+)$/.exec(customId);
  if (path?.[1]) return { type: 'path', pathId: path[1] };
  return null;
}

/** The id for a menu, or null when it would not fit. */
export function encodeMenu(action: MenuAction): string | null {
  return fits(action.type === 'topics' ? `topics:${action.page}` : action.type === 'levels' ? 'levels' : `steps:${action.pathId}`);
}

/** The menu behind a selection, or null for ids this bot did not make. */
export function decodeMenu(customId: string): MenuAction | null {
  if (customId === 'levels') return { type: 'levels' };
  const topics = /^topics:(\d{1,3})$/.exec(customId);
  if (topics) return { type: 'topics', page: Number(topics[1]) };
  const steps = /^steps:(.+)$/.exec(customId);
  return steps?.[1] ? { type: 'steps', pathId: steps[1] } : null;
}
