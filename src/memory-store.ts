import type { ConversationState } from './understand/follow-up.js';
import {
  systemClock,
  type ClickRecord,
  type Clock,
  type FeedbackVote,
  type QuestionRecord,
  type Store,
  type WelcomeRecord,
} from './ports.js';

export interface MemoryStore extends Store {
  readonly questions: QuestionRecord[];
  readonly votes: FeedbackVote[];
  readonly clicks: ClickRecord[];
}

/**
 * The single-process store: dedup and rate limits in maps, records in arrays capped in size.
 * Replicas need the database store instead, since each would keep its own maps.
 */
export function createMemoryStore(options: { clock?: Clock; maxRecords?: number } = {}): MemoryStore {
  const clock = options.clock ?? systemClock;
  const maxRecords = options.maxRecords ?? 10_000;
  const claims = new Map<string, number>();
  const windows = new Map<string, number[]>();
  const questions: QuestionRecord[] = [];
  const votes: FeedbackVote[] = [];
  const clicks: ClickRecord[] = [];
  const welcomed = new Set<string>();
  const conversations = new Map<string, { state: ConversationState; until: number }>();
  const welcomeKey = (w: WelcomeRecord) => JSON.stringify([w.platform, w.userId, w.place]);

  const push = <T>(list: T[], item: T) => {
    list.push(item);
    if (list.length > maxRecords) list.splice(0, list.length - maxRecords);
  };
  const sweep = (now: number) => {
    // Keeps the maps bounded without a timer: expired keys go whenever they grow.
    if (claims.size > 50_000) for (const [key, until] of claims) if (until <= now) claims.delete(key);
    if (windows.size > 50_000) windows.clear();
    if (conversations.size > 50_000) for (const [key, c] of conversations) if (c.until <= now) conversations.delete(key);
  };

  return {
    questions,
    votes,
    clicks,
    async recordQuestion(record) {
      push(questions, record);
    },
    async recordFeedback(vote) {
      // One vote per person and answer: a second click changes it.
      const same =
        vote.userId === undefined
          ? -1
          : votes.findIndex((v) => v.platform === vote.platform && v.userId === vote.userId && v.answerKey === vote.answerKey);
      if (same >= 0) votes.splice(same, 1);
      push(votes, vote);
    },
    async recordClick(click) {
      push(clicks, click);
    },
    async recordWelcome(welcome) {
      // One entry per person and place, so the set grows with the audience, not with traffic.
      welcomed.add(welcomeKey(welcome));
    },
    async hasWelcomed(welcome) {
      return welcomed.has(welcomeKey(welcome));
    },
    async close() {},
    async loadConversation(key) {
      const found = conversations.get(key);
      if (!found || found.until <= clock.now()) return null;
      return found.state;
    },
    async saveConversation(key, state, ttlMs) {
      const now = clock.now();
      sweep(now);
      conversations.set(key, { state, until: now + ttlMs });
    },
    async claim(key, ttlMs) {
      const now = clock.now();
      sweep(now);
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      claims.set(key, now + ttlMs);
      return true;
    },
    async allow(key, limit, windowMs) {
      const now = clock.now();
      sweep(now);
      const recent = (windows.get(key) ?? []).filter((t) => t > now - windowMs);
      const allowed = recent.length < limit;
      if (allowed) recent.push(now);
      windows.set(key, recent);
      return allowed;
    },
  };
}
