import type { KnowledgeBase } from '../content/load.js';
import type { Entry } from '../content/schema.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { splitWords } from '../text/normalize.js';
import { featuresOf, logitOfHit, marginOf } from './confidence.js';

/**
 * How the fitted model reads on an entry asked one way only (a plain FAQ: one question, no
 * aliases, no alternates): its log-odds times `scale`, plus `shift`. A paraphrase lies further
 * from a single stored question than from one of a dozen, so there the model, fitted on entries
 * asked many ways, is too unsure in the middle and a little too sure at the very top. Fitted by
 * `npm run fit`: our question sets asked against our content with every entry cut to its title.
 */
export const SPARSE_CALIBRATION = { scale: 0.68, shift: 0.77 } as const;
/** Phrasings (title, aliases, questions) at which an entry is read as the model was fitted: the shipped content's least (a title and five questions). */
export const FULL_PHRASINGS = 6;
/** How the model reads on an entry asked as many ways as the ones it was fitted on: as fitted. */
const AS_FITTED = { scale: 1, shift: 0 } as const;
/** Confidence above this needs a clear lead over the nearest other answer ({@link Calibration.sureLead}). */
export const SURE_CAP = 0.9;
/** How many of the content's own questions are asked against the rest of it to measure the lead a wrong answer gets. */
const LEAD_SAMPLE = 128;
/** The lead counts as clear beyond what this share of those wrong answers reach. */
const LEAD_QUANTILE = 0.75;
/** Too few questions to measure: the lead measured on the shipped content (`npm run fit` prints it). */
export const DEFAULT_SURE_LEAD = 0.34;
const MIN_LEAD_SAMPLES = 16;

/** The confidence model read for one knowledge base. */
export interface Calibration {
  /** How sure the bot is that `hit` answers the question, in this content (0–1, three decimals). */
  confidenceOf(hit: Hit, runnerUp?: Hit): number;
  /**
   * The hit after `hits[i]` to measure its lead against: the first that does not answer the same
   * question (two answers to one FAQ question are not rivals); none when every one listed does.
   */
  rivalOf(hits: readonly Hit[], i?: number): Hit | undefined;
  /** The lead (share of the top score) that confidence above {@link SURE_CAP} needs here; measured on first use. */
  sureLead(): number;
}

/**
 * Reads the fitted confidence model for this content, from the content itself: each entry by how
 * many ways it is asked (an entry asked as many ways as ours is read as fitted, one asked once as
 * {@link SPARSE_CALIBRATION}), and the lead a sure answer needs by asking the content's own
 * questions against the rest of it (each without the entries that hold it, so every top hit is
 * a wrong answer) and seeing how far ahead such wrong answers get. That costs about a hundred
 * searches, so it waits for the first answer that could be sure, or comes from `measured`
 * (saved with the index by an earlier start).
 */
export function calibrate(kb: KnowledgeBase, index: SearchIndex, measured: { sureLead?: number } = {}): Calibration {
  // The same question written the same way, case, accents and punctuation aside.
  const keyOf = (text: string) => splitWords(text).join(' ');
  /**
   * An entry's questions (title included), and how the model is read for it: worked out the first
   * time the entry is a hit, so that a start with thousands of entries does not wait for it.
   */
  const shapes = new Map<string, { questions: Set<string>; readAs?: { scale: number; shift: number } }>();
  let listed: Map<string, Entry> | undefined;
  function shapeOf(id: string) {
    let shape = shapes.get(id);
    if (shape) return shape;
    // The entries as listed, what the index was built from: `npm run fit` cuts the list, not the map by id.
    const entry = (listed ??= new Map(kb.entries.map((e) => [e.id, e]))).get(id);
    const questions = new Set<string>();
    shape = { questions };
    shapes.set(id, shape);
    if (!entry) return shape;
    for (const text of [entry.title, ...entry.questions]) {
      const key = keyOf(text);
      if (key !== '') questions.add(key);
    }
    const ways = new Set([...questions, ...entry.aliases.map(keyOf)]).size;
    const full = Math.min(1, Math.max(0, (ways - 1) / (FULL_PHRASINGS - 1)));
    if (full < 1) {
      shape.readAs = {
        scale: 1 + (SPARSE_CALIBRATION.scale - 1) * (1 - full),
        shift: SPARSE_CALIBRATION.shift * (1 - full),
      };
    }
    return shape;
  }

  const sameQuestion = (a: Hit, b: Hit) => {
    const other = shapeOf(b.entry.id).questions;
    for (const key of shapeOf(a.entry.id).questions) if (other.has(key)) return true;
    return false;
  };

  function rivalOf(hits: readonly Hit[], i = 0): Hit | undefined {
    const hit = hits[i];
    if (!hit) return undefined;
    const after = hits.slice(i + 1);
    return after.find((other) => !sameQuestion(hit, other));
  }

  let lead = measured.sureLead;
  function sureLead(): number {
    if (lead !== undefined) return lead;
    // Each question as first written, and the entries that hold it.
    const holders = new Map<string, { text: string; ids: Set<string> }>();
    for (const entry of kb.entries) {
      const keys = new Set<string>();
      for (const text of [entry.title, ...entry.questions]) {
        const key = keyOf(text);
        if (key === '' || keys.has(key)) continue;
        keys.add(key);
        const held = holders.get(key);
        if (held) held.ids.add(entry.id);
        else holders.set(key, { text, ids: new Set([entry.id]) });
      }
    }
    // About LEAD_SAMPLE of them, picked by a hash of the question: one question added or edited moves at most itself
    // in or out of the sample, where every n-th question would be another one after the edit (and so another lead).
    const every = 2 ** Math.max(0, Math.ceil(Math.log2(holders.size / LEAD_SAMPLE)));
    const leads: number[] = [];
    for (const [key, { text, ids }] of holders) {
      if (hashOf(key) % every !== 0) continue;
      // Each question is a message of its own: a hundred searches' results held at once would tell V8 that results
      // live long, and it would allocate every later message's straight into the old generation.
      index.startMessage();
      const hits = index.search(text, { exclude: ids });
      if (hits[0]) leads.push(featuresOf(hits[0], rivalOf(hits)).margin);
    }
    leads.sort((a, b) => a - b);
    lead = leads.length >= MIN_LEAD_SAMPLES ? leads[Math.floor(LEAD_QUANTILE * (leads.length - 1))]! : DEFAULT_SURE_LEAD;
    return lead;
  }

  return {
    rivalOf,
    sureLead,
    confidenceOf(hit, runnerUp) {
      const { scale, shift } = shapeOf(hit.entry.id).readAs ?? AS_FITTED;
      const p = 1 / (1 + Math.exp(-(scale * logitOfHit(hit, runnerUp) + shift)));
      // Sure only with a lead most wrong answers here do not have: a near tie is at most a good guess.
      const sure = p > SURE_CAP && marginOf(hit, runnerUp) < sureLead() ? SURE_CAP : p;
      return Math.round(sure * 1000) / 1000;
    },
  };
}

/** FNV-1a: a cheap hash that spreads similar questions apart, the same on every start. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
