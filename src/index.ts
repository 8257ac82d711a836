/**
 * The pure core of the distributed-systems careers bot: content, search, answering.
 * No platform library, no `process.env`: configuration and ports come in as arguments.
 */
export { loadContent, loadLayers, type ContentLayer, type KnowledgeBase, type LoadOptions } from './content/load.js';
export type { Entry, EntryKind, FrontMatter, LearningPath, Source, Welcome } from './content/schema.js';
export {
  ENTRY_KINDS,
  frontMatterSchema,
  KIND_FOLDERS,
  SUMMARY_MAX_CHARS,
  WELCOME_INTRO_MAX_CHARS,
  WELCOME_STARTERS,
} from './content/schema.js';
export { questionKey } from './content/rules.js';
export { contentFingerprint, parseSnapshot, serialiseSnapshot } from './content/snapshot.js';
export type { SearchSnapshot } from './search/index.js';
export { grade, parseQuestionSet, summarise, type EvalQuestion, type EvalSummary, type Grade } from './eval/grade.js';
export {
  conversationSchema,
  gradeConversation,
  gradeMessage,
  messageSchema,
  parseJsonLines,
  summariseConversational,
  type ConversationalSummary,
  type EvalConversation,
  type EvalMessage,
  type MessageGrade,
} from './eval/conversational.js';
export type { PathRef, PathStep, PathStepAnswer, PathView } from './onboarding/paths.js';
export { truncateAtWord } from './text/truncate.js';
export type { WelcomeView } from './onboarding/welcome.js';
export { firstWelcome } from './onboarding/first-welcome.js';
export {
  createBot,
  MAX_QUESTION_CHARS,
  STORED_QUESTION_CHARS,
  type AnsweredEvent,
  type Bot,
  type BotOptions,
  type BotSnapshot,
  type Explanation,
} from './bot.js';
export { LEARNED_QUESTION_CHARS, learnedText, withLearnedQuestions, type LearnedQuestion } from './learning.js';
export type { Answer, AnswerKind, AskContext, CatalogueGroup, EntryRef } from './answer/types.js';
export { ANSWER_THRESHOLD, KIND_LABELS, SUGGEST_THRESHOLD } from './answer/answerer.js';
export { answerKey } from './answer/build.js';
export { fullText, shownText } from './answer/present.js';
export { CONVERSATION_TTL_MS, type ConversationState } from './understand/follow-up.js';
export type { Asker } from './understand/asker.js';
export type { Completion } from './search/autocomplete.js';
export { BotError, type BotErrorCode } from './errors.js';
export { createMemoryStore, type MemoryStore } from './memory-store.js';
export {
  silentLogger,
  systemClock,
  type AskedCount,
  type ClickRecord,
  type Clock,
  type FeedbackVote,
  type Logger,
  type QuestionRecord,
  type Reporting,
  type Store,
  type UsageReporter,
  type WelcomeRecord,
} from './ports.js';
