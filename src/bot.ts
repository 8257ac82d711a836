import type { KnowledgeBase } from './content/load.js';
import type { LearningPath } from './content/schema.js';
import { createAnswerer, type Answerer } from './answer/answerer.js';
import { calibrate } from './answer/calibration.js';
import { answerKey } from './answer/build.js';
import type { Answer, AskContext, CatalogueGroup } from './answer/types.js';
import { createAutocomplete, type Autocomplete, type Completion } from './search/autocomplete.js';
import { createSearchIndex, type SearchSnapshot } from './search/index.js';
import { findPath, pathView, type PathStepAnswer, type PathView } from './onboarding/paths.js';
import { welcomeView, type WelcomeView } from './onboarding/welcome.js';
import { CONVERSATION_TTL_MS, type ConversationState } from './understand/follow-up.js';
import { contentWordsOf, withinBudget } from './text/budget.js';
import { learnedText, withLearnedQuestions, type LearnedQuestion } from './learning.js';
import { silentLogger, systemClock, type ClickRecord, type Clock, type FeedbackVote, type Logger, type Store } from './ports.js';

export interface BotOptions {
  knowledgeBase: KnowledgeBase;
  logger?: Logger;
  clock?: Clock;
  /** Analytics and feedback; optional. Failures are logged, never surfaced. */
  store?: Store;
  /** Called after every question with what the log line says; metrics hang off this. */
  onAnswered?: (event: AnsweredEvent) => void;
  /** The index of this same content, saved by an earlier start (`bot.searchSnapshot()`): loaded instead of built. */
  searchSnapshot?: BotSnapshot;
  /** False: the "question answered" log line carries no question text (STORE_QUESTION_TEXT=false). Default true. */
  logQuestionText?: boolean;
}

/** What is known about one answered (or declined) question, for logs and metrics. */
export interface AnsweredEvent {
  platform: AskContext['platform'];
  outcome: Answer['kind'];
  entryId: string | null;
  confidence: number;
  latencyMs: number;
}

/** The built index, and what the confidence calibration measured on the same content (`calibrate`). */
export interface BotSnapshot extends SearchSnapshot {
  /** The lead a sure answer needs in this content; measured again when absent. */
  sureLead?: number;
}

/** Why the bot answers a question as it does: for editors (the admin console's "try it"). */
export interface Explanation {
  /** The answer, as `ask` gives it (nothing is recorded). */
  answer: Answer;
  /** The entries the search ranked highest, best first, with the (normalised) words each matched. */
  considered: { id: string; title: string; score: number; matched: string[] }[];
}

/** What every front (Slack, Discord, terminal) talks to. */
export interface Bot {
  /**
   * Answers one message, read against `previous` (what the conversation last talked about)
   * when given. Pure and synchronous; never throws for any input string.
   */
  ask(question: string, context: AskContext, previous?: ConversationState | null): Answer;
  /**
   * Answers one message of a conversation (a Slack thread, a DM, a Discord channel per user):
   * loads what it last talked about from the store, answers, and remembers the new state for
   * `CONVERSATION_TTL_MS`. Without a store or a key it is `ask`. Store failures cost context, never the answer.
   */
  reply(question: string, context: AskContext): Promise<Answer>;
  /** True when the store remembers this conversation (a Slack thread the bot answered in, on any replica). */
  hasConversation(key: string): Promise<boolean>;
  /**
   * The answer for an entry by id (follow-up buttons, `/topic`); null for an unknown id. With a
   * `conversation` in the context, the entry becomes what that conversation talks about.
   */
  answerFor(id: string, context: AskContext): Answer | null;
  /** The whole answer behind a "More" button, by the answer's key (`answerKey`); null when nothing is known by it. */
  more(key: string, context: AskContext): Answer | null;
  /** Completions for a partly typed question (Discord autocomplete). */
  complete(typed: string, limit?: number, maxLength?: number): Completion[];
  catalogue(): CatalogueGroup[];
  readonly paths: readonly LearningPath[];
  /** The onboarding welcome: text, three starters and the levels to pick a path from. */
  welcome(): WelcomeView;
  /**
   * A learning path with a one-line summary per step, by id or by the words naming its level
   * ("staff", "entry level"); null when none matches.
   */
  learningPath(level: string): PathView | null;
  /**
   * One step of a learning path, as a step or "Next" button names it: the path by its exact id,
   * the step by its place (from 0). The answer is shown as `answerFor` shows it. Null when the
   * path or the step is no longer in the content (an old button), so the caller can say so.
   */
  pathStep(pathId: string, index: number, context: AskContext): PathStepAnswer | null;
  readonly knowledgeBase: KnowledgeBase;
  /** The built index of the current content, to save beside the content snapshot. */
  searchSnapshot(): BotSnapshot;
  /** Swaps in new, already validated content; questions after this see it. */
  reload(knowledgeBase: KnowledgeBase): void;
  /**
   * Records a 👍/👎 once the store has it (written, or kept on disk): "Thanks" may follow.
   * Resolves false, recording nothing, for a key that names no entry of the current content.
   * Resolves even when the store fails.
   */
  recordFeedback(vote: FeedbackVote): Promise<boolean>;
  /** Records a click on a suggestion, follow-up or starter, in the background; ignored for an entry that does not exist. */
  recordClick(click: ClickRecord): void;
  /**
   * Adds accepted alternate questions to their entries in the live index (MiniSearch's
   * `replace`), without a rebuild; kept across `reload`. Questions of unknown entries, and those
   * an entry already lists, are skipped. Returns how many were new.
   */
  learn(questions: readonly LearnedQuestion[]): number;
  /** Answers as `ask` does, without recording or logging anything, and says which entries were weighed and on which words. */
  explain(question: string): Explanation;
}

/**
 * Longest message the core reads. A first post is often a long introduction with the question at
 * its end, so this is a screen or two of text, not a question's length; what reading it may cost
 * is bounded separately, per message.
 */
export const MAX_QUESTION_CHARS = 4000;

/** Longest question text kept in the store or a log line: enough to see what was asked. */
export const STORED_QUESTION_CHARS = 500;
/** A feedback key names at most this many entries (three questions of a message, each a comparison of up to three). */
const MAX_KEY_PARTS = 9;

/**
 * One button per entry under a reply: an entry offered as "not what you meant?" is not offered again among the guesses
 * for a part not understood, nor either of those among the related entries (two parts may both relate to what a third
 * guessed; Slack shows each list as a row of its own, so an entry in two lists was two buttons).
 */
function oneButtonEach(answer: Answer): Answer {
  const offered = new Set<string>();
  // In the order the rows are shown: each entry stays in the first row that offers it.
  const notYetOffered = (refs: Answer['related']) =>
    refs.filter((ref) => {
      if (offered.has(ref.id)) return false;
      offered.add(ref.id);
      return true;
    });
  const alternatives = notYetOffered(answer.alternatives);
  const suggestions = notYetOffered(answer.suggestions);
  const related = notYetOffered(answer.related);
  const before = answer.alternatives.length + answer.suggestions.length + answer.related.length;
  return before === alternatives.length + suggestions.length + related.length ? answer : { ...answer, alternatives, suggestions, related };
}

/**
 * Builds the bot from validated content.
 *
 * @example
 * const bot = createBot({ knowledgeBase: loadContent('content') });
 * bot.ask('wats a crdt', { platform: 'cli' }).title; // "CRDTs: conflict-free replicated data types"
 */
export function createBot(options: BotOptions): Bot {
  const { store, onAnswered } = options;
  const logText = options.logQuestionText ?? true;
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  let kb = options.knowledgeBase;
  let index = createSearchIndex(kb, { snapshot: options.searchSnapshot });
  let calibration = calibrate(kb, index, options.searchSnapshot);
  let answerer: Answerer = createAnswerer(kb, index, calibration);
  // Built on first use: only Discord completes as people type, and it costs a second index.
  let autocomplete: Autocomplete | undefined;
  // The content's own words, built the first time a message holds many words that might be typos.
  let contentWords: Set<string> | undefined;
  const isContentWord = (word: string) => (contentWords ??= contentWordsOf(kb)).has(word);
  // Accepted alternate questions by entry id, applied to every index this bot builds.
  const learned = new Map<string, string[]>();
  /** Indexes the learned questions of `ids` into `target`; the entries in `kb` stay as the content has them. */
  const applyLearned = (target: typeof index, content: KnowledgeBase, ids: Iterable<string>) => {
    for (const id of ids) {
      const entry = content.byId.get(id);
      if (entry) target.replace(withLearnedQuestions(entry, learned.get(id) ?? []));
    }
  };

  /** An entry id, or ids joined by `+` (a comparison), of the current content. */
  const isAnswerKey = (key: string) => {
    const ids = key.split('+');
    return key.length <= 200 && ids.length <= MAX_KEY_PARTS && ids.every((id) => kb.byId.has(id));
  };

  const background = (what: string, work: () => Promise<void>) => {
    work().catch((error: unknown) => logger.warn({ err: error, what }, 'store write failed; answer unaffected'));
  };

  const remember = (key: string | undefined, state: ConversationState) => {
    if (store && key) background('saveConversation', () => store.saveConversation(key, state, CONVERSATION_TTL_MS));
  };

  function ask(question: string, context: AskContext, previous?: ConversationState | null): Answer {
    const started = clock.now();
    const asked = question.slice(0, MAX_QUESTION_CHARS);
    // Bounded work per message: no input costs more than a few times an ordinary question.
    const read = withinBudget(asked, isContentWord);
    const answer = oneButtonEach(read === asked ? answerer.ask(asked, previous) : { ...answerer.ask(read, previous), question: asked });
    const latencyMs = Math.round((clock.now() - started) * 1000) / 1000;
    const fields: AnsweredEvent = {
      platform: context.platform,
      outcome: answer.kind,
      entryId: answerKey(answer) || null,
      confidence: answer.confidence,
      latencyMs,
    };
    logger.info({ ...fields, ...(logText ? { question: question.slice(0, STORED_QUESTION_CHARS) } : {}) }, 'question answered');
    onAnswered?.(fields);
    if (store) {
      // The id is made here, once: however often the store has to write the record, it lands once.
      const id = crypto.randomUUID();
      background('recordQuestion', () =>
        store.recordQuestion({ ...fields, id, question, userId: context.userId, channelType: context.channelType }),
      );
    }
    return answer;
  }

  function answerFor(id: string, context: AskContext): Answer | null {
    const answer = answerer.answerFor(id);
    if (answer) logger.info({ platform: context.platform, outcome: 'entry', entryId: id }, 'entry shown');
    if (answer?.conversation) remember(context.conversation, answer.conversation);
    return answer;
  }

  return {
    get knowledgeBase() {
      return kb;
    },
    get paths() {
      return kb.paths;
    },
    searchSnapshot: () => ({ ...index.snapshot(), sureLead: calibration.sureLead() }),
    reload(next) {
      // Build first, swap after: a question mid-reload is answered from the old content.
      const nextIndex = createSearchIndex(next);
      const nextCalibration = calibrate(next, nextIndex);
      // The lead is measured on the content as it ships, before learned questions are indexed (see `learn`).
      if (learned.size > 0) nextCalibration.sureLead();
      applyLearned(nextIndex, next, learned.keys());
      const nextAnswerer = createAnswerer(next, nextIndex, nextCalibration);
      kb = next;
      index = nextIndex;
      calibration = nextCalibration;
      answerer = nextAnswerer;
      autocomplete = undefined;
      contentWords = undefined;
    },
    catalogue: () => answerer.catalogue(),
    welcome: () => welcomeView(kb),
    learningPath(level) {
      const path = findPath(kb.paths, level);
      return path && pathView(kb, path);
    },
    pathStep(pathId, index, context) {
      const path = kb.paths.find((p) => p.id === pathId);
      const view = path && pathView(kb, path);
      const step = view?.steps[index];
      const answer = step && answerFor(step.id, context);
      return view && answer ? { path: view, index, answer } : null;
    },
    complete: (typed, limit, maxLength) => (autocomplete ??= createAutocomplete(kb)).complete(typed, limit, maxLength),
    answerFor,
    more: (key, context) => {
      const answer = answerer.moreFor(key);
      if (answer) logger.info({ platform: context.platform, outcome: 'more', entryId: key.slice(0, 200) }, 'details shown');
      return answer;
    },
    ask,
    async hasConversation(key) {
      if (!store) return false;
      return (await store.loadConversation(key).catch(() => null)) !== null;
    },
    async reply(question, context) {
      const key = context.conversation;
      if (!store || !key) return ask(question, context);
      const previous = await store.loadConversation(key).catch((error: unknown) => {
        logger.warn({ err: error }, 'conversation not loaded; answering without it');
        return null;
      });
      const answer = ask(question, context, previous);
      if (answer.conversation && answer.conversation !== previous) remember(key, answer.conversation);
      return answer;
    },
    learn(questions) {
      const touched = new Set<string>();
      let added = 0;
      for (const { entryId, question } of questions) {
        const entry = kb.byId.get(entryId);
        const text = learnedText(question);
        if (!entry || text === '') continue;
        const mine = learned.get(entryId) ?? [];
        const lower = text.toLowerCase();
        if ([...entry.questions, ...mine].some((known) => known.toLowerCase() === lower)) continue;
        learned.set(entryId, [...mine, text]);
        touched.add(entryId);
        added += 1;
      }
      // The lead a sure answer needs is the content's own, measured before any learned question is indexed: a bot
      // started from a saved index has it from the index's start, and one that measured it lazily after learning
      // would read another lead (learning moves document frequencies), and so other confidences (0.983 vs 0.9).
      if (added > 0) calibration.sureLead();
      applyLearned(index, kb, touched);
      if (added > 0) autocomplete = undefined;
      return added;
    },
    explain(question) {
      const asked = question.slice(0, MAX_QUESTION_CHARS);
      const read = withinBudget(asked, isContentWord);
      const answer = read === asked ? answerer.ask(asked) : { ...answerer.ask(read), question: asked };
      const considered = index.search(read, { limit: 5 }).map((hit) => ({
        id: hit.entry.id,
        title: hit.entry.title,
        score: Math.round(hit.score * 1000) / 1000,
        matched: hit.matched,
      }));
      return { answer, considered };
    },
    recordClick(click) {
      if (!store || !kb.byId.has(click.entryId)) return;
      const fromKey = click.fromKey !== null && isAnswerKey(click.fromKey) ? click.fromKey : null;
      const id = crypto.randomUUID();
      background('recordClick', () => store.recordClick({ ...click, id, fromKey }));
    },
    async recordFeedback(vote) {
      // Keys come back from buttons, which anyone can forge: only real answers are rated.
      if (!isAnswerKey(vote.answerKey)) {
        logger.debug({ platform: vote.platform, keyLength: vote.answerKey.length }, 'feedback for no known answer ignored');
        return false;
      }
      if (!store) return true;
      try {
        await store.recordFeedback({ ...vote, question: vote.question?.slice(0, STORED_QUESTION_CHARS) });
      } catch (error) {
        logger.warn({ err: error }, 'feedback not recorded');
      }
      return true;
    },
  };
}
