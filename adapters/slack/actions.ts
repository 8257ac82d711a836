/**
 * The interactive pieces the renderer puts in messages and the handlers listen for. Values
 * travel through Slack and come back in signed payloads, but are still parsed defensively:
 * an old message may carry a value from a previous version of the bot.
 */

/** Button that asks about one entry (related, "did you mean", starters); value: what the click means, `encodeEntryClick` of the chat kit. */
export const ASK_ENTRY = 'ask_entry';
/** Select menu of a catalogue group; selected value: entry id. */
export const PICK_TOPIC = 'pick_topic';
export const FEEDBACK_UP = 'feedback_up';
export const FEEDBACK_DOWN = 'feedback_down';
/** "More" under a short answer: shows its details; value: the answer's key (entry ids joined by `+`). */
export const MORE = 'more_details';
/** On a private slash-command answer: post it visibly in the channel. */
export const SHARE = 'share_answer';
/** Level picker (welcome): selected value: path id. */
export const PICK_PATH = 'pick_path';
/** Button that shows a learning path (App Home, level list); value: path id. */
export const OPEN_PATH = 'open_path';
/** Button beside one step of a path; value: {@link encodeStep}. */
export const OPEN_STEP = 'open_step';
/** "Next" under a path or a step: opens the step in its value ({@link encodeStep}). */
export const NEXT_STEP = 'next_step';

/** Slack wants action ids unique within a block, so each button gets an index suffix. */
export const indexedActionId = (prefix: string, index: number) => `${prefix}:${index}`;
export const matchesIndexed = (prefix: string) => new RegExp(`^${prefix}:\\d+$`);

export interface FeedbackValue {
  /** The answer's key: entry id, or `a+b` for a comparison. */
  key: string;
  question: string;
}

export interface ShareValue {
  /** The entry shown, when the answer is one entry; else the question is asked again. */
  id?: string;
  question: string;
}

// Control characters and lone surrogates would be escaped as \uXXXX (6 chars each) and could push
// a value past Slack's 2,000 chars. Surrogates are mended after the cut, which may split a pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string, max: number) =>
  text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .slice(0, max)
    .replace(LONE_SURROGATE, '\uFFFD');

export const encodeFeedback = (value: FeedbackValue) => JSON.stringify({ k: value.key, q: clean(value.question, 300) });
export const encodeShare = (value: ShareValue) => JSON.stringify({ i: value.id, q: clean(value.question, 500) });

function parse(value: string | undefined): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function decodeFeedback(value: string | undefined): FeedbackValue | null {
  const v = parse(value);
  return v && typeof v.k === 'string' ? { key: v.k, question: typeof v.q === 'string' ? v.q : '' } : null;
}

export function decodeShare(value: string | undefined): ShareValue | null {
  const v = parse(value);
  if (!v || typeof v.q !== 'string') return null;
  return { question: v.q, ...(typeof v.i === 'string' ? { id: v.i } : {}) };
}

/** One step of a learning path, as a button carries it: `staff:3`. */
export interface StepValue {
  pathId: string;
  index: number;
}

export const encodeStep = (value: StepValue) => `${value.pathId}:${value.index}`;

export function decodeStep(value: string | undefined): StepValue | null {
  const match = /^(.+):(\d{1,4})$/.exec(value ?? '');
  return match ? { pathId: match[1]!, index: Number(match[2]) } : null;
}
