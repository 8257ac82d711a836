import type { Entry, Source } from '../content/schema.js';
import type { Answer, EntryRef } from './types.js';
import { foldText } from '../text/normalize.js';

export const MAX_RELATED = 5;

export const ref = (entry: Entry): EntryRef => ({ id: entry.id, title: entry.title });

/** An answer with nothing in it yet: the base every reply starts from. */
export function blank(question: string, kind: Answer['kind'], summary: string): Answer {
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
    parts: [],
    alternatives: [],
    brief: false,
    followUp: false,
    conversation: null,
  };
}

/** What "it" stands for in a follow-up: the title up to its colon or bracket ("Distributed systems engineer", "Quorums"). */
export function topicName(entry: Entry): string {
  return entry.title.split(/:|\s\(/)[0]!.trim();
}

/**
 * The name people use for an entry, for what a follow-up's "it" stands for and for the sides
 * of a built comparison: its first alias when that is short ("Raft", "SRE"), else the title up
 * to its colon or bracket ("Quorums", "Gossip protocols").
 */
const NUMERONYM = /\p{L}\d+\p{L}/u;

export function shortName(entry: Entry): string {
  const alias = entry.aliases[0];
  const fromTitle = topicName(entry);
  // Not a numeronym ("o11y", "k8s"): shorter, but jargon to a newcomer, who reads it in a title.
  return alias && alias.length <= 25 && alias.length < fromTitle.length && !NUMERONYM.test(alias) ? alias : fromTitle;
}

// The platform's sentence segmenter: a hand-written split at "." lost the text around "99.9%" and "e.g.". Made on
// first use: it loads ICU's sentence rules (a tenth of a start), and a one-question message never splits an answer.
let sentences: Intl.Segmenter | undefined;
/** The sentences of a text, each with the spaces after it, so that joined again they give the text back. */
export const sentencesOf = (text: string): string[] => {
  const pieces = [...(sentences ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(text)].map((piece) => piece.segment);
  // A question in bold ("**Open source or your own project?** Either ...") ends at its "?", before the closing "**": the
  // marker goes with the sentence it closes, or a cut after that sentence leaves bold open in the channel.
  for (let i = 1; i < pieces.length; i++) {
    const closing = /^\*{1,2}(?=\s|$)/.exec(pieces[i]!)?.[0];
    if (!closing) continue;
    pieces[i - 1] = `${pieces[i - 1]!}${closing}`;
    pieces[i] = pieces[i]!.slice(closing.length);
  }
  // A question quoted inside a sentence ('answers "is this key in the set?" with either ...') ends no sentence: the
  // segmenter breaks after any question mark, and a cut there drops what the sentence says of the question.
  const joined: string[] = [];
  for (const piece of pieces.filter((p) => p !== '')) {
    const last = joined.at(-1);
    if (last !== undefined && /[?!]["\u201D')]\s*$/.test(last) && /^[a-z]/.test(piece)) joined[joined.length - 1] = `${last}${piece}`;
    else joined.push(piece);
  }
  return joined;
};

/**
 * The first sentences of a text, up to about `max` characters, cut at a sentence end (or a
 * word, if the first sentence alone is longer).
 */
export function firstSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = sentencesOf(text);
  const kept: string[] = [];
  for (const sentence of sentences) {
    if ([...kept, sentence].join('').length > max) break;
    kept.push(sentence);
  }
  // A sentence that announces a list ("show growth against the level, not the count of pages:") says nothing once its
  // list is cut off: the gist ends before it.
  // So does a question in bold that leads into its answer ("**Do you need it?**") once the answer is cut off.
  while (kept.length > 1 && (kept.at(-1)!.trim().endsWith(':') || /^(\*\*?)[^*]+\1$/.test(kept.at(-1)!.trim()))) kept.pop();
  const out = kept.join('');
  if (out.trim()) return out.trim();
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** "three clusters", "two kinds of ...": a number of things the sentences after it go on to list. */
const ANNOUNCES_COUNT =
  /\b(?:two|three|four|five|six)\b(?: [\w-]+){0,2} (?:clusters|kinds|types|things|ways|parts|steps|areas|sources|categories|groups|questions|signals|models|levels|stages|phases|rules|options|archetypes|contexts)\b/i;
/** A last sentence this short is shown with the rest of its summary rather than cut off from it. */
const SHORT_REST_CHARS = 120;

/**
 * How much of a summary its gist may hold: `max`, or all of it where a cut would mislead: a gist that announces more
 * than it lists ("fluent in three clusters", two of them shown), or a last short sentence left over, often the
 * summary's caveat ("the doc alone is not enough").
 */
export function gistLimit(summary: string, max: number): number {
  const gist = firstSentences(summary, max);
  const rest = beyondGist(summary, max);
  if (rest === '') return max;
  return (ANNOUNCES_COUNT.test(gist) && summary.length <= 2 * max) || rest.length <= SHORT_REST_CHARS ? summary.length : max;
}

/**
 * What a text says beyond its gist (`firstSentences(text, max)`): the details under a multi-part
 * reply or a built comparison go on from the gist already shown instead of saying it twice.
 */
export function beyondGist(text: string, max: number): string {
  const gist = firstSentences(text, max);
  return text.startsWith(gist) ? text.slice(gist.length).trim() : text;
}

/** The key an answer is known by in votes and analytics: an entry id, or ids joined by `+`. */
export function answerKey(answer: Answer): string {
  if (answer.entryId) return answer.entryId;
  if (answer.comparedIds.length > 0) return answer.comparedIds.join('+');
  return answer.parts
    .filter((part) => part.kind === 'answer')
    .map(answerKey)
    .join('+');
}

/** A line that is only a heading: "**Patterns**", "**Invalidation** (the hard part)", "### Next". */
const HEADING_LINE = /^(?:\*\*[^*\n]+\*\*(?: \([^)\n]*\))?:?|#{1,6} .+)$/;
/** A bold lead-in that opens a section with its text on the same line. */
const SECTION_START = /^\*\*[^*\n]+\*\*(?: \([^)\n]*\))?:/;

/**
 * The entry as "More" shows it beside an answer that picked a few of its lines out (its opening sentence, the passage a
 * follow-up asked for): without those lines, so a reply that shows both (a DM) says nothing twice. A piece that is not
 * found as written stays where it is; a heading left with nothing under it goes.
 */
export function entryBeside(entry: Entry, shown: readonly string[]): string {
  let summary = entry.summary;
  let body = entry.body;
  let cut = false;
  for (const piece of shown.map((p) => p.trim()).filter(Boolean)) {
    if (summary.includes(piece)) summary = summary.replace(piece, '');
    else if (body.includes(piece)) {
      body = body.replace(piece, '');
      cut = true;
    } else {
      // A list shown with its heading, which the entry sets apart by a blank line: line by line.
      const pieceLines = new Set(piece.split('\n').map((line) => line.trim()));
      const bodyLines = body.split('\n');
      const found = bodyLines.filter((line) => pieceLines.has(line.trim())).length;
      if (pieceLines.size > 1 && found === pieceLines.size) {
        body = bodyLines.filter((line) => !pieceLines.has(line.trim())).join('\n');
        cut = true;
      }
    }
  }
  const lines = body.split('\n');
  const kept = lines.filter((line, i) => {
    // A bullet whose text was the passage shown leaves its marker alone.
    if (cut && /^\s*(?:[-*]|\d+\.)\s*$/.test(line)) return false;
    if (!cut || !HEADING_LINE.test(line.trim())) return true;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    // Nor when the next section starts at once ("**Fan-out makes the tail common**: if a page ..."): its list went.
    return next !== undefined && !HEADING_LINE.test(next.trim()) && !SECTION_START.test(next.trim());
  });
  const tidy = (text: string) =>
    text
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/ {2,}/g, ' ')
      .trim();
  return [tidy(summary), tidy(kept.join('\n'))].filter(Boolean).join('\n\n');
}

/** A short fingerprint of a text shown (FNV-1a): enough to tell the same text again, without keeping it in the store. */
export function shownKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Each source once, though two entries cite it (by its address where it has one: two entries may name it differently). */
export function uniqueSources(sources: readonly Source[]): Source[] {
  // The same work cited by two entries in two ways ("Designing Data-Intensive Applications (O'Reilly, 2017)" and its
  // "..., chapter 6: Partitioning"; "Release It! (Pragmatic Bookshelf)" and its second edition) is one source: its
  // author and title, before the details in brackets, say which work it is.
  const work = (source: Source) =>
    foldText(source.name.split('(')[0]!)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const seen = new Set<string>();
  return sources.filter((source) => {
    const keys = [source.url, work(source)].filter((key): key is string => Boolean(key));
    if (keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}
