import type { Hit } from '../search/index.js';

/** Confidence at or above which the bot answers outright. */
export const ANSWER_THRESHOLD = 0.35;
/** Confidence at or above which (but below answering) the bot offers "did you mean". */
export const SUGGEST_THRESHOLD = 0.15;
/** Below this an answer also offers "Not what you meant?" with the next entries. */
export const SURE_THRESHOLD = 0.8;

/** What the confidence model looks at, each scaled to about 0–1. */
export interface ConfidenceFeatures {
  /** Share of the question's weight the entry covers. */
  coverage: number;
  /** Share covered in the entry's name fields (title, aliases, tags). */
  anchor: number;
  /** Everyday-English specificity of what matched in the entry's strong fields (capped at 2, halved). */
  evidence: number;
  /** Lead over the runner-up, relative to the top score. */
  margin: number;
  /** Question length in topic terms (capped at 8, over 8). */
  length: number;
  /** Closest stored phrasing of the entry (cosine). */
  similarity: number;
  /** Share of rare words the content never uses. */
  unknown: number;
  /** 1 when the question holds a word of another field ("voltage", "sourdough") that the content never uses; less in a long post ({@link foreignWeight}). */
  foreign: number;
}

export function featuresOf(hit: Hit, runnerUp?: Hit): ConfidenceFeatures {
  return {
    coverage: hit.coverage,
    anchor: hit.anchor,
    evidence: Math.min(hit.evidence, 2) / 2,
    margin: marginOf(hit, runnerUp),
    length: Math.min(hit.queryTermCount, 8) / 8,
    similarity: hit.similarity,
    unknown: hit.unknown,
    foreign: foreignWeight(hit),
  };
}

/**
 * Features whose weight is set, not fitted: the question sets hold too few of them for a fit
 * to learn what they mean, or the issue they serve says how they must weigh. One word of another
 * field makes an answer unlikely (about 150 times less likely in odds): "how do electrical
 * engineers design power distribution systems". Rare words the content never uses weigh
 * little ("exactly once delivery: real or a myth?"): the fit alone would let them sink good questions.
 */
export const FIXED_WEIGHTS: Partial<Record<keyof ConfidenceFeatures, number>> = { foreign: -5, unknown: -2 };

/**
 * Logistic weights fitted on the project's question sets (in-scope questions whose top hit
 * was right against off-topic questions and wrong top hits), so that confidence reads as the
 * chance the top entry answers the question. Refit with `npm run fit` after large content
 * changes; the held-out sets are never part of the fit.
 */
export const CONFIDENCE_MODEL: Readonly<ConfidenceFeatures & { bias: number }> = {
  coverage: 2.2,
  anchor: 0.3,
  evidence: 7.4,
  margin: 3.2,
  length: -3,
  similarity: 1.9,
  unknown: FIXED_WEIGHTS.unknown!,
  foreign: FIXED_WEIGHTS.foreign!,
  bias: -7.5,
};

/** The model's log-odds that the hit with these features answers the question. */
export function logitOf(features: ConfidenceFeatures): number {
  let z = CONFIDENCE_MODEL.bias;
  for (const [name, value] of Object.entries(features) as [keyof ConfidenceFeatures, number][]) z += CONFIDENCE_MODEL[name] * value;
  return z;
}

/**
 * `logitOf(featuresOf(hit, runnerUp))`, term for term in the same order (so to the last bit), without building the
 * features: asked of every hit a message weighs.
 */
export function logitOfHit(hit: Hit, runnerUp?: Hit): number {
  const m = CONFIDENCE_MODEL;
  let z = m.bias;
  z += m.coverage * hit.coverage;
  z += m.anchor * hit.anchor;
  z += m.evidence * (Math.min(hit.evidence, 2) / 2);
  z += m.margin * marginOf(hit, runnerUp);
  z += m.length * (Math.min(hit.queryTermCount, 8) / 8);
  z += m.similarity * hit.similarity;
  z += m.unknown * hit.unknown;
  z += m.foreign * foreignWeight(hit);
  return z;
}

/**
 * How much another field's words speak against a question: fully in a short one ("bitcoin mining rigs?"), less in a long
 * post whose other words are the content's ("our note app lets people edit offline on phone and laptop ... how do
 * those merge?"): one stray word among a dozen of the field's is the setting, not the topic. Squared, so that the
 * share falls off fast as the field's own words grow: one "kitchen" among eighteen words of an order service and Kafka
 * (a food delivery company's story) weighs a fifth, where two or three such words in a short post still weigh in full.
 */
export function foreignWeight(hit: Hit): number {
  if (hit.foreign === 0) return 0;
  const share = Math.min(1, (hit.foreign * FOREIGN_SPAN) / Math.max(1, hit.queryTermCount));
  return share * share;
}
/** How many topic terms one word of another field outweighs in full. */
const FOREIGN_SPAN = 8;

/** The lead of `hit` over `runnerUp`, relative to its score (the `margin` feature). */
export const marginOf = (hit: Hit, runnerUp?: Hit): number => (runnerUp ? Math.max(0, (hit.score - runnerUp.score) / hit.score) : 1);

/**
 * How sure the model is, as fitted, that `hit` answers the question (0–1, three decimals). The
 * answerer reads it for its own content instead ({@link calibrate} in `calibration.ts`).
 */
export function confidenceOf(hit: Hit, runnerUp?: Hit): number {
  return Math.round(1000 / (1 + Math.exp(-logitOf(featuresOf(hit, runnerUp))))) / 1000;
}
