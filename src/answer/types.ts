import type { EntryKind, Source } from '../content/schema.js';
import type { ConversationState } from '../understand/follow-up.js';

/** A pointer to an entry, for follow-up buttons and suggestions. */
export interface EntryRef {
  id: string;
  title: string;
}

/**
 * What happened to a question:
 * - `answer`: an entry (or a comparison of two) answers it;
 * - `suggestions`: close, but not sure: "did you mean" choices;
 * - `decline`: outside what the bot knows;
 * - `help`, `greeting`, `thanks`, `browse`: conversational replies with a message.
 */
export type AnswerKind = 'answer' | 'suggestions' | 'decline' | 'help' | 'greeting' | 'thanks' | 'browse';

/** Which entries a browse reply lists, grouped by kind. */
export interface CatalogueGroup {
  kind: EntryKind;
  label: string;
  entries: EntryRef[];
}

/**
 * The platform-neutral result of a question. Adapters render it; they never re-rank it.
 * Text fields are Markdown (bold, italics, links, lists, code) that each adapter converts.
 */
export interface Answer {
  kind: AnswerKind;
  /** The question as asked (unescaped user text: adapters must escape it before echoing). */
  question: string;
  /** The entry that answers, or null (no answer, or a comparison of two entries). */
  entryId: string | null;
  /** The entries a comparison answer was built from. */
  comparedIds: string[];
  entryKind: EntryKind | null;
  title: string | null;
  /** The short answer, or for non-answers the message to show. Markdown. */
  summary: string;
  /** The long answer, Markdown; empty for non-answers. */
  details: string;
  sources: Source[];
  /** Follow-ups to offer. */
  related: EntryRef[];
  /** "Did you mean" choices (kind `suggestions`) or starters (decline, help). */
  suggestions: EntryRef[];
  /** For `browse`: the catalogue. */
  catalogue: CatalogueGroup[];
  /** 0–1: how sure the bot is that `entryId` answers the question. */
  confidence: number;
  /**
   * For a message that asked several things: one part per question, in the order asked, each
   * a complete answer of its own (kind `answer`, `suggestions` or `decline`). Empty for one
   * question. The top-level `summary` and `details` then hold every part, under its title.
   */
  parts: Answer[];
  /** "Not what you meant?": one or two other entries, offered under an answer the bot is not sure of. */
  alternatives: EntryRef[];
  /** The asker wants it short ("tl;dr", "quick", "eli5"): show the summary only, wherever it is shown. */
  brief: boolean;
  /** True when the question was read against the last answer of the conversation ("how does it compare to paxos?"). */
  followUp: boolean;
  /** What the conversation remembers for the next message; null when there is nothing to remember. */
  conversation: ConversationState | null;
}

/** Where a question came from; used for logs, analytics and per-user limits, never for ranking. */
export interface AskContext {
  platform: 'slack' | 'discord' | 'cli' | 'terminal' | 'http' | 'eval' | 'bench';
  userId?: string;
  channelType?: 'channel' | 'dm' | 'thread' | 'slash' | 'terminal';
  /**
   * The conversation this message belongs to (a Slack thread, a DM, a Discord channel and
   * user): `bot.reply` reads and remembers its state under this key. Opaque to the core.
   */
  conversation?: string;
}
