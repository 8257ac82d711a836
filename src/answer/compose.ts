import { STOP_WORDS } from '../text/stop-words.js';
import { answerKey, beyondGist, blank, firstSentences, gistLimit, MAX_RELATED, sentencesOf, uniqueSources } from './build.js';
import { MESSAGES } from './messages.js';
import type { Answer, EntryRef } from './types.js';

/** How much of each part's summary a multi-part reply shows first; the rest is one click away. */
export const PART_GIST_CHARS = 380;
/** A comparison's first sentence is often one side only: its gist runs on to the other side. */
const COMPARISON_GIST_CHARS = 440;

/**
 * The words of a part the bot did not understand, safe to show on any platform: letters,
 * digits and plain punctuation only, so no mention, link or markup can come from user text.
 */
const plainQuote = (text: string) =>
  firstSentences(
    text
      .replace(/[^\p{L}\p{N}\s,.'?!-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // The joiner belonged to the message, not to the part ("and whats the best pizza in nyc").
      .replace(/^(?:(?:and|also|plus|oh)\b,?\s*)+/i, ''),
    100,
  );

const gistChars = (part: Answer) => (part.entryKind === 'comparison' ? COMPARISON_GIST_CHARS : PART_GIST_CHARS);

/** The most of a part's summary its gist shows. A comparison's keeps to its length: three of them in one reply must stay short enough for a channel. */
export const partGistMax = (part: Answer): number =>
  part.entryKind === 'comparison' ? gistChars(part) : gistLimit(part.summary, gistChars(part));

/** The least each of a nested part's openings shows: most opening sentences fit, so none is cut mid-sentence. */
const INNER_GIST_MIN = 270;

/** A word as compared here: lower case, its first five letters ("marketing" and "market" alike). */
const stemOf = (word: string) => word.toLowerCase().slice(0, 5);
const askedWords = (text: string) =>
  new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word.toLowerCase())).map(stemOf));

/**
 * What a part shows first, and what follows it under "More". The summary's first sentences, unless they leave out
 * every word the part asked with that a later sentence says: then the first sentence and that one ("exactly once,
 * real or marketing?" is answered by the sentence on what is possible, not by the second one on what it means).
 */
function gistOf(part: Answer): { gist: string; rest: string } {
  // A part that is itself in parts (SRE vs DevOps vs platform, one comparison of each two) shows each of its own
  // parts' opening, by its title: its summary numbered again would read "1." under "1.", and show only the first.
  const inner = part.parts.filter((each) => each.kind === 'answer');
  if (inner.length > 1) {
    const each = Math.max(Math.floor(partGistMax(part) / inner.length), INNER_GIST_MIN);
    return { gist: inner.map((p) => `- *${p.title}*: ${firstSentences(p.summary, each)}`).join('\n'), rest: '' };
  }
  const max = partGistMax(part);
  const gist = firstSentences(part.summary, max);
  const rest = beyondGist(part.summary, max);
  if (rest === '' || !part.question) return { gist, rest };
  // The title's words the gist says: "Structured logging and correlation IDs" opens on logging alone, so "what's a
  // correlation id" still asks for the sentence on correlation IDs.
  const shown = askedWords(gist);
  const named = new Set([...askedWords(part.title ?? '')].filter((word) => shown.has(word)));
  const asked = [...askedWords(part.question)].filter((word) => !named.has(word));
  const says = (text: string) => asked.filter((word) => askedWords(text).has(word)).length;
  if (asked.length === 0 || asked.some((word) => shown.has(word))) return { gist, rest };
  const sentences = sentencesOf(part.summary);
  const first = sentences[0] ?? '';
  // A summary that is itself in parts ("**1. Platform engineer vs DevOps engineer**\n...") opens on a heading: a sentence
  // picked out after it would stand under "**1." alone. So would one after a list's heading ("**Majority quorums**").
  if (/^\*\*(?:\d+\.|[^*]+\*\*:?\s*$)/.test(first.trimStart())) return { gist, rest };
  const at = sentences.findIndex((sentence, i) => i > 0 && says(sentence) > 0 && (first + sentence).length <= max * 1.25);
  if (at < 0) return { gist, rest };
  return {
    gist: `${first.trim()} … ${sentences[at]!.trim()}`,
    rest: sentences
      .filter((_, i) => i !== 0 && i !== at)
      .join('')
      .trim(),
  };
}

const unique = (refs: EntryRef[]) => [...new Map(refs.map((r) => [r.id, r])).values()];

/**
 * One reply for a message that asked several things: each part under its own title, in the
 * order asked, with the gist first and the full answers as details. A part the bot could not
 * answer says so, quoting the words it did not understand.
 */
export function composeParts(message: string, parts: Answer[], extra: string[], offTopic = false): Answer {
  const answered = parts.filter((part) => part.kind === 'answer');
  // Pay, or another field's words in the message (`offTopic`), put a declined part outside what the bot answers; a
  // part of words it does not know ("the blorptastic zorbulator") was not understood.
  const outside = (part: Answer) =>
    part.kind === 'decline' && (part.summary === MESSAGES.pay || (offTopic && part.summary === MESSAGES.decline));
  // Every part outside ("theme of Kafka's Metamorphosis? need a thesis by friday"): one decline, not the same sentence
  // under each part.
  if (answered.length === 0 && parts.length > 0 && parts.every(outside)) return { ...parts[0]!, question: message };
  // Worked out once per part: the first view shows the gist, the details go on with the rest.
  const gists = new Map(answered.map((part) => [part, gistOf(part)]));
  const numbered = parts.map((part, i) => {
    const label = `${i + 1}. ${part.kind === 'answer' ? part.title : `“${plainQuote(part.question)}”`}`;
    if (part.kind === 'answer') return `**${label}**\n${gists.get(part)!.gist}`;
    // A part declined as outside the bot's scope (pay, another field) says so: "not sure what this part asks" would
    // read as if the bot had missed what it plainly asked.
    if (part.kind === 'decline' && part.summary === MESSAGES.pay) return `**${label}**\n${MESSAGES.pay}`;
    if (outside(part)) return `**${label}**\n${MESSAGES.partOutOfScope}`;
    return `**${label}**\n${MESSAGES.partNotUnderstood}`;
  });
  // One set of buttons follows the reply, whatever the number of parts not understood: said once, after them all, and
  // only of guesses (a part declined outright is offered the starters, which are no guess at what it asked).
  const guessed = parts.filter(
    (part) => part.kind === 'suggestions' || (part.kind === 'decline' && part.summary === MESSAGES.declineNearest),
  );
  if (guessed.some((part) => part.suggestions.length > 0)) numbered.push(MESSAGES.partSuggestions);
  if (extra.length > 0) numbered.push(MESSAGES.tooManyParts(extra.map(plainQuote)));
  // Each part goes on from its gist: the reply shows the gist first, and "More" or a DM adds this below it.
  const details = answered
    .map((part) => [`**${part.title}**`, gists.get(part)!.rest, part.details].filter(Boolean).join('\n\n'))
    .join('\n\n');
  const kind: Answer['kind'] = answered.length > 0 ? 'answer' : parts.some((p) => p.kind === 'suggestions') ? 'suggestions' : 'decline';
  return {
    ...blank(message, kind, numbered.join('\n\n')),
    title: answered.length > 0 ? answered.map((part) => part.title).join(' · ') : null,
    details,
    // Each source once, though two parts cite it.
    sources: uniqueSources(answered.flatMap((part) => part.sources)),
    related: unique(answered.flatMap((part) => part.related))
      .filter((r) => !answered.some((a) => answerKey(a).split('+').includes(r.id)))
      .slice(0, MAX_RELATED),
    suggestions: unique(
      (answered.length > 0 ? guessed : parts.filter((part) => part.kind !== 'answer')).flatMap((part) => part.suggestions),
    ).slice(0, 3),
    alternatives: unique(answered.flatMap((part) => part.alternatives)).slice(0, 2),
    confidence: answered.length > 0 ? Math.min(...answered.map((part) => part.confidence)) : Math.max(0, ...parts.map((p) => p.confidence)),
    parts,
  };
}
