import type { KnowledgeBase } from '../content/load.js';
import { ENTRY_KINDS } from '../content/kinds.js';
import type { Entry } from '../content/schema.js';
import type { Hit, SearchIndex } from '../search/index.js';
import { foldText } from '../text/normalize.js';
import { beyondGist, blank, firstSentences, gistLimit, MAX_RELATED, ref, shortName, topicName, uniqueSources } from './build.js';
import { composeParts } from './compose.js';
import type { Calibration } from './calibration.js';
import { ANSWER_THRESHOLD } from './confidence.js';
import type { Answer, EntryRef } from './types.js';

/** What each side of a built comparison shows first: the gist of its summary. */
const SIDE_GIST_CHARS = 330;
// A side is a thing (a role, a level, a concept), never a question: "SWE" in "SRE vs SWE" is not the
// FAQ "new grad: SRE or SWE?", and the comparison of the two is found by its words instead.
const SIDE_KINDS = ENTRY_KINDS.filter((kind) => kind !== 'comparison' && kind !== 'faq');
const NOT_COMPARISON = ENTRY_KINDS.filter((kind) => kind !== 'comparison');
// "same thing?", "the same as", not "do they catch the same kind of bugs?" (the same of something else).
const ASKS_SAME =
  /\b(same(?! (?!thing|things|concept|idea|name|one|stuff|technology|tech|pattern)[\w-]+)|identical|synonyms?|another (word|name) for|interchangeabl\w*|just another)\b/;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when an entry's summary names the two as one thing: "X, also called Y", "X (also known as Y)", "X, or Y". */
function saysSame(entry: Entry, sides: readonly string[]): boolean {
  const summary = foldText(entry.summary);
  const [a, b] = sides.map((side) => escaped(foldText(side).trim()));
  const between = String.raw`[\s,(]{1,3}(?:also called|also known as|aka|a\.k\.a\.|or|i\.e\.)\s+`;
  return new RegExp(String.raw`\b${a}${between}${b}\b|\b${b}${between}${a}\b`).test(summary);
}

/** Longest name, in words, that a sentence is scanned for. */
const MAX_NAME_WORDS = 3;

export interface Comparer {
  /** The entries a sentence names by an alias or short name ("sagas", "2PC", "read replicas"), in the order named. */
  namedIn(sentence: string): { side: string; id: string }[];
  /** The entries the sides name, where the content has one for a side. */
  sideIds(sides: readonly string[]): string[];
  /** Answers "X vs Y (vs Z)", or null when the sides are not all things the content knows. */
  compare(
    question: string,
    sides: readonly string[],
    entryAnswer: (entry: Entry, question: string, confidence: number) => Answer,
  ): Answer | null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Sides searched by the name the content gives them: a stop word where it is a verb ("go"), and "ops" ("is sre just ops
 * with a fancy title"), the operations role, which the content calls DevOps.
 */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['go', 'golang'],
  ['ops', 'devops engineer'],
  ['traditional ops', 'devops engineer'],
  ['old school ops', 'devops engineer'],
]);

export function createComparer(
  kb: KnowledgeBase,
  index: SearchIndex,
  { confidenceOf, rivalOf }: Pick<Calibration, 'confidenceOf' | 'rivalOf'>,
): Comparer {
  // An alias written out is the surest name: "partitioning" is the sharding entry's, whatever shares its stem.
  const byName = new Map<string, string>();
  for (const entry of kb.entries.filter((e) => e.kind !== 'comparison')) {
    for (const name of [...entry.aliases, shortName(entry)]) byName.set(foldText(name).trim(), entry.id);
  }

  /** The entry a side names, when the side is squarely that entry's topic. */
  const sideEntry = (side: string): Hit | undefined => {
    const named = byName.get(foldText(side).trim());
    const ranked = index.search(SPELLED_OUT.get(foldText(side).trim()) ?? side, { kinds: SIDE_KINDS, limit: 10 });
    const exact = named ? ranked.find((hit) => hit.entry.id === named) : undefined;
    if (exact) return exact;
    const [top] = ranked;
    // A side must be what the entry is about (named in its title, aliases, questions or tags), not a word its body mentions.
    if (!top || top.focus < 0.5 || confidenceOf(top, rivalOf(ranked)) < ANSWER_THRESHOLD) return undefined;
    // Nor one a question-and-answer entry is more about: "a tech lead" is a staff archetype, not the bootcamp guide
    // that mentions tech leads.
    const [anyKind] = index.search(side, { kinds: NOT_COMPARISON, limit: 1 });
    return anyKind && anyKind.entry.kind === 'faq' && anyKind.score > top.score ? undefined : top;
  };

  /**
   * A side's entry, and for a field ("is backend just distributed systems with less theory?") the roles that work in it:
   * set beside a role, a field is the role that does its work.
   */
  const standsFor = (entry: Entry): string[] =>
    entry.kind === 'guide' ? [entry.id, ...entry.related.filter((id) => kb.byId.get(id)?.kind === 'role')] : [entry.id];

  /** Comparison entries that are about this side (its words in their title, aliases or questions). */
  const comparisonsAbout = (side: string) =>
    new Set(
      index
        .search(side, { kinds: ['comparison'] })
        .filter((hit) => hit.coverage >= 0.6 && hit.focus >= 0.5)
        .map((hit) => hit.entry.id),
    );

  function builtComparison(entries: Entry[], pairs: string[], question: string, confidence: number): Answer {
    const ids = new Set(entries.map((e) => e.id));
    // Comparison entries of two of the sides first ("SRE vs DevOps" under "SRE vs platform vs DevOps").
    const relatedIds = [...pairs, ...entries.flatMap((e) => e.related)];
    const related: EntryRef[] = [...new Map(relatedIds.map((id) => [id, ref(kb.byId.get(id)!)])).values()];
    return {
      ...blank(
        question,
        'answer',
        entries.map((e) => `**${shortName(e)}**: ${firstSentences(e.summary, gistLimit(e.summary, SIDE_GIST_CHARS))}`).join('\n\n'),
      ),
      comparedIds: entries.map((e) => e.id),
      // A title starts with a capital, whichever name comes first ("structured logs").
      title: capitalised(entries.map(shortName).join(' vs ')),
      // On demand ("More"), each side in full.
      // Each side goes on from the gist shown above it.
      details: entries
        .map((e) => [`**${e.title}**`, beyondGist(e.summary, gistLimit(e.summary, SIDE_GIST_CHARS)), e.body].filter(Boolean).join('\n\n'))
        .join('\n\n'),
      sources: uniqueSources(entries.flatMap((e) => e.sources)),
      related: [
        ...related.filter((r) => !ids.has(r.id) && pairs.includes(r.id)),
        ...entries.map(ref),
        ...related.filter((r) => !ids.has(r.id) && !pairs.includes(r.id)),
      ].slice(0, MAX_RELATED),
      confidence,
    };
  }

  // Names by the words they are written with, so that "read replicas" finds the alias "read replica"; built on first use.
  let names: Map<string, string> | undefined;
  // Written as the name is, but for case, accents and plurals: an analysed key would let "read" stand for "read-through".
  const nameKey = (text: string) =>
    foldText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => (word.length > 3 ? word.replace(/(e?s)$/, '') : word))
      .join(' ');
  const namesByKey = () => {
    if (names) return names;
    names = new Map();
    for (const entry of kb.entries.filter((e) => (SIDE_KINDS as readonly string[]).includes(e.kind))) {
      // The title's name as well: "rate limiting" names the entry whose short name is its alias "rate limiter".
      for (const name of [...entry.aliases, shortName(entry), topicName(entry)]) {
        const key = nameKey(name);
        if (key && !names.has(key)) names.set(key, entry.id);
      }
    }
    return names;
  };

  return {
    namedIn(sentence) {
      const words = foldText(sentence)
        .split(/[^\p{L}\p{N}-]+/u)
        .filter(Boolean);
      // Each word's key once: a name's key is its words' keys in a row (nameKey splits and folds word by word).
      const keys = words.map(nameKey);
      const found: { side: string; id: string; at: number }[] = [];
      const used = new Set<number>();
      // Longest names first, so that "two phase commit" is one name and not "commit".
      for (let n = MAX_NAME_WORDS; n >= 1; n--) {
        for (let i = 0; i + n <= words.length; i++) {
          if (Array.from({ length: n }, (_, k) => i + k).some((k) => used.has(k))) continue;
          const key = keys
            .slice(i, i + n)
            .filter(Boolean)
            .join(' ');
          const id = key ? namesByKey().get(key) : undefined;
          if (!id) continue;
          found.push({ side: words.slice(i, i + n).join(' '), id, at: i });
          for (let k = i; k < i + n; k++) used.add(k);
        }
      }
      return found.sort((a, b) => a.at - b.at).map(({ side, id }) => ({ side, id }));
    },
    sideIds: (sides) => sides.flatMap((side) => sideEntry(side)?.entry.id ?? []),
    compare(question, sides, entryAnswer) {
      const hits = sides.map(sideEntry);
      const found = hits.every((hit) => hit !== undefined);
      const entries = [...new Map(hits.filter((h) => h !== undefined).map((hit) => [hit.entry.id, hit.entry])).values()];
      const confidence = found ? Math.min(...hits.map((hit) => confidenceOf(hit!))) : 0;
      // A side is also known by its entry's short name: "Raft consensus algorithm" is "Raft" in "Raft vs Paxos".
      const fits = sides.map((side, i) => {
        const ids = comparisonsAbout(side);
        const entry = hits[i]?.entry;
        if (entry) for (const id of comparisonsAbout(shortName(entry))) ids.add(id);
        return ids;
      });
      /** A comparison entry of two sides' own entries, where the sides have entries: one that merely shares
       * words with both ("data platforms" for "platform engineer") compares something else. */
      const pairEntry = (text: string, a: number, b: number) => {
        const aboutBoth = (entry: Entry) =>
          [hits[a], hits[b]].every(
            (hit) => hit === undefined || standsFor(hit.entry).some((id) => entry.related.includes(id) || entry.id === id),
          );
        return index
          .search(text, { kinds: ['comparison'] })
          .find((hit) => fits[a]!.has(hit.entry.id) && fits[b]!.has(hit.entry.id) && aboutBoth(hit.entry));
      };
      if (found && entries.length === 1 && hits.every((hit) => hit!.anchor >= 0.9)) {
        // Both sides name one entry: it answers the comparison. Only when asked whether they are
        // the same ("sharding vs partitioning, same thing?") does the bot say so: one entry can also
        // name two things to tell them apart ("linearizability and how it differs from serializability").
        // Unless a comparison written for the two names them both ("token bucket vs leaky bucket": both are names of the
        // rate limiting entry, which the comparison sets side by side with a verdict).
        // Only one that names each side as written: "token bucket or sliding window" is no question for it. Asked whether
        // the two are the same ("sharding vs partitioning, same thing?"), the entry that says so answers.
        const namesEach = (entry: Entry) =>
          sides.every((side) => [entry.title, ...entry.aliases].some((name) => foldText(name).includes(foldText(side))));
        const pair = sides.length === 2 ? (pairEntry(question, 0, 1) ?? pairEntry(sides.join(' vs '), 0, 1)) : undefined;
        if (pair && namesEach(pair.entry) && !ASKS_SAME.test(foldText(question)))
          return entryAnswer(pair.entry, question, Math.max(confidenceOf(pair), ANSWER_THRESHOLD));
        const answer = entryAnswer(entries[0]!, question, confidence);
        // Only sides that are each a name of the entry (an alias, its short name) are the same thing: "serializable" found
        // the linearizability entry by its title, which sets the two apart.
        const byName = sides.every((side) => namesByKey().get(nameKey(side)) === entries[0]!.id);
        // And only where the entry says so ("Sharding, also called partitioning"): one entry may cover two different
        // things by name (Jepsen and TLA+).
        if (!ASKS_SAME.test(foldText(question)) || !byName || !saysSame(entries[0]!, sides)) return answer;
        const names = sides.map((side) => `**${side}**`).join(' and ');
        return { ...answer, summary: `${names} name the same thing here. ${answer.summary}` };
      }
      if (sides.length === 2) {
        // The question's own words first; the sides as read ("e6 vs e5" is "staff vs senior") when they find none.
        const best = pairEntry(question, 0, 1) ?? pairEntry(sides.join(' vs '), 0, 1);
        // Only where a side is something the content knows, or the comparison is found surely by itself: "dead sd card or
        // dead board?" shares one word ("dead") with a comparison of two roles, and nothing else.
        const knownSide = hits.some((hit) => hit !== undefined);
        if (best && (knownSide || confidenceOf(best) >= ANSWER_THRESHOLD))
          return entryAnswer(best.entry, question, Math.max(confidenceOf(best), ANSWER_THRESHOLD));
      }
      if (sides.length === 3) {
        // "SRE vs DevOps vs platform": where the content sets each pair side by side, those are the
        // differences asked for, each under its own title; otherwise what each side is. A side by a bare word
        // ("platform") that finds no entry of its own still finds the comparisons that name it, as with two sides.
        const pairs = (
          [
            [0, 1],
            [0, 2],
            [1, 2],
          ] as const
        ).map(([a, b]) => pairEntry(`${sides[a]} vs ${sides[b]}`, a, b));
        if (pairs.every((hit) => hit !== undefined) && new Set(pairs.map((hit) => hit.entry.id)).size === 3) {
          return composeParts(
            question,
            pairs.map((hit) => entryAnswer(hit.entry, question, Math.max(confidenceOf(hit), ANSWER_THRESHOLD))),
            [],
          );
        }
      }
      if (!found || entries.length < 2) return null;
      const pairs = [...new Set(fits.flatMap((ids) => [...ids]))].filter((id) => fits.filter((ids) => ids.has(id)).length >= 2);
      return builtComparison(entries, pairs, question, confidence);
    },
  };
}
