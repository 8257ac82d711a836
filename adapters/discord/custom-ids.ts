/**
 * Button and menu custom ids. Components outlive the process that drew them (a restart, another
 * shard), so everything a click needs is in the id itself; Discord caps ids at 100 characters.
 */
export type ButtonAction =
  | { type: 'topic'; id: string }
  | { type: 'vote'; helpful: boolean; key: string }
  | { type: 'share' }
  /** "More" under a short answer: its details; `key` is the answer's key (entry ids joined by `+`). */
  | { type: 'more'; key: string }
  /** A starter question on the welcome: opens the entry, counted as a starter click. */
  | { type: 'starter'; id: string }
  /** Shows a learning path's overview. */
  | { type: 'path'; pathId: string }
  /** Opens one step of a path: a step button (`next: false`) or "next" (`next: true`). */
  | { type: 'step'; pathId: string; index: number; next: boolean };

/** Select menus: a page of a kind's topics, the level picker, or a long path's steps. */
export type MenuAction = { type: 'topics'; page: number } | { type: 'levels' } | { type: 'steps'; pathId: string };

export const CUSTOM_ID_MAX_CHARS = 100;

const fits = (id: string) => (id.length <= CUSTOM_ID_MAX_CHARS ? id : null);

function buttonId(action: ButtonAction): string {
  switch (action.type) {
    case 'topic':
      return `topic:${action.id}`;
    case 'vote':
      return `vote:${action.helpful ? 'up' : 'down'}:${action.key}`;
    case 'share':
      return 'share';
    case 'more':
      return `more:${action.key}`;
    case 'starter':
      return `start:${action.id}`;
    case 'path':
      return `path:${action.pathId}`;
    case 'step':
      return `${action.next ? 'next' : 'step'}:${action.pathId}:${action.index}`;
  }
}

/** The id for an action, or null when it would not fit (the button is then left out). */
export function encodeButton(action: ButtonAction): string | null {
  return fits(buttonId(action));
}

/** The action behind a clicked button, or null for ids this bot did not make. */
export function decodeButton(customId: string): ButtonAction | null {
  if (customId === 'share') return { type: 'share' };
  const more = /^more:(.+)$/.exec(customId);
  if (more?.[1]) return { type: 'more', key: more[1] };
  const topic = /^topic:(.+)$/.exec(customId);
  if (topic?.[1]) return { type: 'topic', id: topic[1] };
  const vote = /^vote:(up|down):(.+)$/.exec(customId);
  if (vote?.[2]) return { type: 'vote', helpful: vote[1] === 'up', key: vote[2] };
  const starter = /^start:(.+)$/.exec(customId);
  if (starter?.[1]) return { type: 'starter', id: starter[1] };
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
