/**
 * The engine on a public FAQ it was never fitted or tuned on: StackFAQ (`../shared/bench/stackfaq/`,
 * Karan & Šnajder 2018). Every (question, answer) pair of a thread is one entry (719); every
 * people-written rephrasing is a query (1,249); all pairs of the query's thread are relevant.
 * The rephrasings are the test: nothing here learns from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { createAnswerer } from '../src/answer/answerer.js';
import { calibrate } from '../src/answer/calibration.js';
import type { KnowledgeBase } from '../src/content/load.js';
import type { Entry } from '../src/content/schema.js';
import { createSearchIndex } from '../src/search/index.js';
import { processWord, splitWords } from '../src/text/normalize.js';

interface Thread {
  question: string;
  /** A list of answers; one thread of the file holds a single answer as a plain string. */
  answer: string[] | string;
  rephr: string[];
}

export interface StackFaq {
  knowledgeBase: KnowledgeBase;
  queries: { text: string; thread: number }[];
  /** Entry id → the thread it belongs to. */
  threadOf: Map<string, number>;
  relevantPerThread: Map<number, number>;
}

export const stackFaqPath = (root: string) => join(root, '..', 'shared', 'bench', 'stackfaq', 'stackExchange-FAQ.json');

/** The FAQ as a knowledge base: one entry per (question, answer) pair, titled by the question. */
export function loadStackFaq(file: string): StackFaq {
  const threads = (JSON.parse(readFileSync(file, 'utf8')) as { root: { qapair: Thread[] } }).root.qapair;
  const entries: Entry[] = [];
  const threadOf = new Map<string, number>();
  const relevantPerThread = new Map<number, number>();
  const queries: StackFaq['queries'] = [];
  threads.forEach((thread, t) => {
    const answers = Array.isArray(thread.answer) ? thread.answer : [thread.answer];
    answers.forEach((answer, a) => {
      const id = `t${t}-a${a}`;
      threadOf.set(id, t);
      entries.push({
        id,
        file: `${id}.md`,
        kind: 'faq',
        title: thread.question,
        summary: answer.slice(0, 600),
        body: answer,
        questions: [],
        aliases: [],
        tags: [],
        related: [],
        sources: [],
      });
    });
    relevantPerThread.set(t, answers.length);
    for (const text of thread.rephr)
      if (typeof text === 'string' && text.trim() !== '' && text.trim() !== '*') queries.push({ text, thread: t });
  });
  return {
    knowledgeBase: { entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms: {}, paths: [], welcome: null },
    queries,
    threadOf,
    relevantPerThread,
  };
}

export interface RankingFigures {
  engine: string;
  p1: number;
  p5: number;
  mrr: number;
  map: number;
}

/** P@1, P@5, MRR and MAP of a ranking function, the task as its README defines it. */
export function rankingFigures(engine: string, faq: StackFaq, rank: (query: string) => string[]): RankingFigures {
  let p1 = 0;
  let p5 = 0;
  let mrr = 0;
  let map = 0;
  for (const query of faq.queries) {
    const ranked = rank(query.text);
    const relevant = ranked.map((id) => faq.threadOf.get(id) === query.thread);
    p1 += relevant[0] ? 1 : 0;
    p5 += relevant.slice(0, 5).filter(Boolean).length / 5;
    const first = relevant.indexOf(true);
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    let found = 0;
    let precisionSum = 0;
    relevant.forEach((isRelevant, i) => {
      if (!isRelevant) return;
      found++;
      precisionSum += found / (i + 1);
    });
    map += precisionSum / faq.relevantPerThread.get(query.thread)!;
  }
  const n = faq.queries.length;
  return { engine, p1: p1 / n, p5: p5 / n, mrr: mrr / n, map: map / n };
}

/** Plain MiniSearch over question and answer, default options: what a newcomer would build. */
export function plainMiniSearchRanking(faq: StackFaq): (query: string) => string[] {
  const index = new MiniSearch({ fields: ['title', 'body'] });
  index.addAll(faq.knowledgeBase.entries.map((e) => ({ id: e.id, title: e.title, body: e.body })));
  return (query) => index.search(query).map((r) => r.id as string);
}

/** BM25 over the question field only (the published baseline's "query vs question"), with stemming and stop words. */
export function bm25QuestionRanking(faq: StackFaq): (query: string) => string[] {
  const index = new MiniSearch({ fields: ['title'], processTerm: (word) => processWord(word.toLowerCase()), tokenize: splitWords });
  index.addAll(faq.knowledgeBase.entries.map((e) => ({ id: e.id, title: e.title })));
  return (query) => index.search(query).map((r) => r.id as string);
}

export interface AnsweringFigures {
  /** Share of queries answered outright with an entry of the right thread. */
  answeredRight: number;
  answeredWrong: number;
  /** Share of queries answered wrongly with confidence above 0.9. */
  confidentWrong: number;
  /** Right top hits the decision withheld (suggestions or decline). */
  withheldRight: number;
  /** Reading the confidence model for this FAQ at load time (`calibrate`), the lead a sure answer needs included. */
  calibrationMs: number;
}

export function answeringFigures(faq: StackFaq): AnsweringFigures {
  const kb = faq.knowledgeBase;
  const index = createSearchIndex(kb);
  const started = performance.now();
  const calibration = calibrate(kb, index);
  calibration.sureLead();
  const calibrationMs = performance.now() - started;
  const answerer = createAnswerer(kb, index, calibration);
  let right = 0;
  let wrong = 0;
  let confidentWrong = 0;
  let withheld = 0;
  for (const query of faq.queries) {
    const answer = answerer.ask(query.text);
    const ids = answer.entryId ? [answer.entryId] : answer.comparedIds;
    const isRight = ids.some((id) => faq.threadOf.get(id) === query.thread);
    if (answer.kind === 'answer') {
      if (isRight) right++;
      else {
        wrong++;
        if (answer.confidence > 0.9) confidentWrong++;
      }
    } else {
      const top = answerer.explain(query.text).hits[0];
      if (top && faq.threadOf.get(top.entry.id) === query.thread) withheld++;
    }
  }
  const n = faq.queries.length;
  return { answeredRight: right / n, answeredWrong: wrong / n, confidentWrong: confidentWrong / n, withheldRight: withheld, calibrationMs };
}

/** The whole StackFAQ section, or null when the data is not beside the project. */
export function benchStackFaq(root: string) {
  const file = stackFaqPath(root);
  if (!existsSync(file)) return null;
  const faq = loadStackFaq(file);
  const index = createSearchIndex(faq.knowledgeBase);
  const ours = (query: string) => index.search(query, { limit: 40 }).map((hit) => hit.entry.id);
  return {
    entries: faq.knowledgeBase.entries.length,
    queries: faq.queries.length,
    ranking: [
      rankingFigures('this bot', faq, ours),
      rankingFigures('plain MiniSearch', faq, plainMiniSearchRanking(faq)),
      rankingFigures('BM25, query vs question', faq, bm25QuestionRanking(faq)),
    ],
    answering: answeringFigures(faq),
  };
}
