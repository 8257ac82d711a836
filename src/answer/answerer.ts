import type { KnowledgeBase } from '../content/load.js';
import { ENTRY_KINDS, type EntryKind } from '../content/kinds.js';
import type { Entry } from '../content/schema.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { detectIntent, type Intent } from './intents.js';
import { MESSAGES, starters } from './messages.js';
import type { Answer, CatalogueGroup, EntryRef } from './types.js';

/** Confidence at or above which the bot answers outright. */
export const ANSWER_THRESHOLD = 0.4;
/** Confidence at or above which (but below answering) the bot offers "did you mean". */
export const SUGGEST_THRESHOLD = 0.15;
const MAX_RELATED = 5;
const MAX_SUGGESTIONS = 3;

/** How the catalogue names each kind of entry, as a group heading. */
export const KIND_LABELS: Readonly<Record<EntryKind, string>> = {
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
 * Logistic weights fitted on the question sets (in-scope questions whose top hit was right
 * against off-topic questions and wrong top hits), so that confidence reads as the chance
 * the top entry answers the question. Refit with `npm run fit` after large
 * content changes.
 */
export const CONFIDENCE_MODEL = { coverage: 6.1, anchor: 1.1, evidence: 4.7, margin: 2.7, length: 0.8, bias: -7.9 };

/**
 * How sure a hit is: how much of the question it covers, how much of that is in the entry's
 * name, how specific the matched words are, how far ahead of the runner-up it is, and how
 * long the question is (a long question that still matches well is rarely a coincidence).
 */
export function confidenceOf(hit: Hit, runnerUp?: Hit): number {
  const m = CONFIDENCE_MODEL;
  const margin = runnerUp ? Math.max(0, (hit.score - runnerUp.score) / hit.score) : 1;
  const z =
    m.coverage * hit.coverage +
    m.anchor * hit.anchor +
    m.evidence * (Math.min(hit.evidence, 2) / 2) +
    m.margin * margin +
    m.length * (Math.min(hit.queryTermCount, 8) / 8) +
    m.bias;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
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

  /**
   * A comparison entry that is squarely about both sides (each side's words in its title,
   * aliases or questions), else the two sides' own entries side by side.
   */
  function compare(question: string, sides: [string, string]): Answer | null {
    const fits = sides.map(
      (side) =>
        new Set(
          index
            .search(side, { kinds: ['comparison'] })
            .filter((hit) => hit.coverage >= 0.9 && hit.focus >= 0.5)
            .map((hit) => hit.entry.id),
        ),
    );
    const best = index
      .search(question, { kinds: ['comparison'] })
      .find((hit) => fits.every((ids) => ids.has(hit.entry.id)));
    if (best) return entryAnswer(best.entry, question, Math.max(confidenceOf(best), ANSWER_THRESHOLD));

    const [hitA, hitB] = sides.map((side) => index.search(side, { limit: 2 })[0]);
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
