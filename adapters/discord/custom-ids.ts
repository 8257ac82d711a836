/**
 * Button custom ids. Buttons outlive the process that drew them (a restart, another shard), so
 * everything a click needs is in the id itself; Discord caps ids at 100 characters.
 */
export type ButtonAction =
  | { type: 'topic'; id: string }
  | { type: 'vote'; helpful: boolean; key: string }
  | { type: 'share' };

export const CUSTOM_ID_MAX_CHARS = 100;

/** The id for an action, or null when it would not fit (the button is then left out). */
export function encodeButton(action: ButtonAction): string | null {
  const id =
    action.type === 'topic' ? `topic:${action.id}` : action.type === 'vote' ? `vote:${action.helpful ? 'up' : 'down'}:${action.key}` : 'share';
  return id.length <= CUSTOM_ID_MAX_CHARS ? id : null;
}

/** The action behind a clicked button, or null for ids this bot did not make. */
export function decodeButton(customId: string): ButtonAction | null {
  if (customId === 'share') return { type: 'share' };
  const topic = /^topic:(.+)$/.exec(customId);
  if (topic?.[1]) return { type: 'topic', id: topic[1] };
  const vote = /^vote:(up|down):(.+)$/.exec(customId);
  if (vote?.[2]) return { type: 'vote', helpful: vote[1] === 'up', key: vote[2] };
  return null;
}
