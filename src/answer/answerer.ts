import type { KnowledgeBase } from '../content/load.js';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../content/schema.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { detectIntent, type Intent } from './intents.js';
import { MESSAGES, starters } from './messages.js';
import type { Answer, CatalogueGroup, EntryRef } from './types.js';

/** Confidence at or above which the bot answers outright. */
export const ANSWER_THRESHOLD = 0.55;
/** Confidence at or above which (but below answering) the bot offers "did you mean". */
export const SUGGEST_THRESHOLD = 0.3;
const MAX_RELATED = 5;
const MAX_SUGGESTIONS = 3;

const KIND_LABELS: Record<EntryKind, string> = {
  role: 'Roles',
  level: 'Levels',
  comparison: 'Role boundaries',
  scenario: 'Where people work',
  concept: 'Concepts',
  guide: 'Guides and standards',
  faq: 'Career FAQ',
};

const ref = (entry: Entry): EntryRef => ({ id: entry.id, title: entry.title });

/**
 * How sure a hit is: mostly how much of the question it covers, lifted when the match is in
 * the entry's title, aliases or questions, and lowered when the runner-up is just as good.
 */
export function confidenceOf(hit: Hit, runnerUp?: Hit): number {
  const margin = runnerUp ? Math.min(1, (hit.score - runnerUp.score) / hit.score) : 1;
  const value = hit.coverage * (0.55 + 0.3 * hit.focus + 0.15 * Math.sqrt(margin));
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

function blank(question: string, kind: Answer['kind'], summary: string): Answer {
  return {
    kind,
    question,
    entryId: null,
    comparedIds: [],
    entryKind: null,
    title: null,
    summary,
    details: '',
    sources: [],
    related: [],
    suggestions: [],
    catalogue: [],
    confidence: 0,
  };
}

export interface Answerer {
  ask(question: string): Answer;
  /** The answer for one entry, as if it had been asked about directly (buttons, `/topic`). */
  answerFor(id: string, question?: string): Answer | null;
  catalogue(): CatalogueGroup[];
}

export function createAnswerer(kb: KnowledgeBase, index: SearchIndex): Answerer {
  const relatedOf = (entry: Entry): EntryRef[] =>
    entry.related.slice(0, MAX_RELATED).map((id) => ref(kb.byId.get(id)!));

  function entryAnswer(entry: Entry, question: string, confidence: number): Answer {
    return {
      ...blank(question, 'answer', entry.summary),
      entryId: entry.id,
      entryKind: entry.kind,
      title: entry.title,
      details: entry.body,
      sources: entry.sources,
      related: relatedOf(entry),
      confidence,
    };
  }

  function comparisonAnswer(a: Entry, b: Entry, question: string, confidence: number): Answer {
    const related = [...new Map([...relatedOf(a), ...relatedOf(b)].map((r) => [r.id, r])).values()]
      .filter((r) => r.id !== a.id && r.id !== b.id)
      .slice(0, MAX_RELATED);
    return {
      ...blank(question, 'answer', `**${a.title}**: ${a.summary}\n\n**${b.title}**: ${b.summary}`),
      comparedIds: [a.id, b.id],
      title: `${a.title} vs ${b.title}`,
      details: `**${a.title}**\n\n${a.body}\n\n**${b.title}**\n\n${b.body}`,
      sources: [...a.sources, ...b.sources],
      related: [ref(a), ref(b), ...related].slice(0, MAX_RELATED),
      confidence,
    };
  }

  function catalogue(): CatalogueGroup[] {
    return ENTRY_KINDS.map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      entries: kb.entries.filter((e) => e.kind === kind).map(ref),
    })).filter((group) => group.entries.length > 0);
  }

  function decide(question: string, hits: Hit[]): Answer {
    const [top, second] = hits;
    if (!top) return { ...blank(question, 'decline', MESSAGES.decline), suggestions: starters(kb) };
    const confidence = confidenceOf(top, second);
    if (confidence >= ANSWER_THRESHOLD) return entryAnswer(top.entry, question, confidence);
    if (confidence >= SUGGEST_THRESHOLD) {
      const close = hits.filter((hit) => confidenceOf(hit) >= SUGGEST_THRESHOLD).slice(0, MAX_SUGGESTIONS);
      return { ...blank(question, 'suggestions', MESSAGES.suggestions), suggestions: close.map((h) => ref(h.entry)), confidence };
    }
    return { ...blank(question, 'decline', MESSAGES.decline), suggestions: starters(kb), confidence };
  }

  /** A comparison entry naming both sides, else the two sides' own entries side by side. */
  function compare(question: string, [a, b]: [string, string]): Answer | null {
    const sideTerms = [index.analyze(a), index.analyze(b)];
    const covers = (hit: Hit) => sideTerms.every((terms) => terms.some((t) => hit.matched.includes(t)));
    const comparisons = index.search(question, { kinds: ['comparison'], limit: 3 }).filter(covers);
    const best = comparisons[0];
    if (best && confidenceOf(best) >= ANSWER_THRESHOLD) return entryAnswer(best.entry, question, confidenceOf(best));

    const [hitA] = index.search(a, { limit: 2 });
    const [hitB] = index.search(b, { limit: 2 });
    if (!hitA || !hitB || hitA.entry.id === hitB.entry.id) return null;
    const confidence = Math.min(confidenceOf(hitA), confidenceOf(hitB));
    if (confidence < ANSWER_THRESHOLD) return null;
    return comparisonAnswer(hitA.entry, hitB.entry, question, confidence);
  }

  function searchFor(question: string, intent: Intent): Hit[] {
    if (intent.type === 'level') return index.search(question, { kindBoost: { level: 2 } });
    if (intent.type === 'definition') return index.search(question, { kindBoost: { concept: 1.3, role: 1.2 } });
    return index.search(question);
  }

  return {
    catalogue,
    answerFor(id, question) {
      const entry = kb.byId.get(id);
      return entry ? entryAnswer(entry, question ?? entry.title, 1) : null;
    },
    ask(question) {
      const intent = detectIntent(question);
      switch (intent.type) {
        case 'greeting':
          return { ...blank(question, 'greeting', MESSAGES.greeting), suggestions: starters(kb), confidence: 1 };
        case 'thanks':
          return { ...blank(question, 'thanks', MESSAGES.thanks), confidence: 1 };
        case 'help':
          return { ...blank(question, 'help', MESSAGES.help), suggestions: starters(kb), confidence: 1 };
        case 'browse':
          return { ...blank(question, 'browse', MESSAGES.browse), catalogue: catalogue(), confidence: 1 };
        case 'comparison': {
          const answer = compare(question, intent.sides);
          if (answer) return answer;
          break;
        }
      }
      return decide(question, searchFor(question, intent));
    },
  };
}
