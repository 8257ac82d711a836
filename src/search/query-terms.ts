import SearchableMap from 'minisearch/SearchableMap';
import { foldText, processWord, splitWords } from '../text/normalize.js';
import { isEnglishCompound, isEnglishWord, MIN_SPECIFICITY } from '../text/english.js';
import { OTHER_FIELD_WORDS } from '../text/other-fields.js';
import type { SynonymExpander } from '../text/synonyms.js';
import { createRecent } from './recent.js';

/**
 * Figures of speech whose words belong to another field: "which would you take in my shoes?" is not about shoes, and "a
 * smart field to invest in" not about money, and "if Cassandra falls out of fashion" says a tool ages, no word of the fashion
 * trade, and "the consistency model zoo" is a crowd of models, no animals.
 */
/** A word written with hyphens ("h-1b", "month-end"), which splitting into words takes apart. */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** "Distribution" as statistics, utilities, logistics or mail say it: the content's distribution is of data and work. */
const OTHER_FIELD_DISTRIBUTION =
  /\b(?:normal|gaussian|poisson|binomial|t|student'?s t|chi[- ]squared?|uniform|probability|sampling|power|electricity|electric|water|gas|film|email|mail|wealth|income|food) distributions?\b|\bdistribution (?:centers?|centres?|lists?|warehouses?|grids?|transformers?|substations?|trucks?)\b/i;
const FIGURES_OF_SPEECH =
  /\b(?:a |the )?package deal\b|\bjoined at the hip\b|\b(in|into) (my|your|their|his|her|someone'?s) shoes\b|\b(?:am i|are we|i'?m|we'?re|is (?:my|our) team) (?:reading|interpreting|misreading) (?:[\w-]+ ){0,3}?(?:wrong|incorrectly|badly)\b|\b(the )?same (basic |general |core )?idea\b|\bmy two cents\b|\b(draw|draws|drawing|drew) (some |a few |the )?(boxes|box|arrows|diagrams?)( and arrows)?\b|\b(or|just|is it|it'?s|is (?:that|this)|that'?s) (just )?([\w-]+ )?marketing\b|\bunder the hood\b|\b(the )?(big|bigger) picture\b|\b(?:change|changes|changing|fit|fits|fitting|come|comes|coming) (?:into |in )?the picture\b|\bto (?:compensate|make up)(?: for (?:it|that|this|the (?:lack|gap)(?: of \w+)?))?(?=\s*[?.!,]|\s*$)|\bat the end of the day\b|\bin (actual |real )?practi[cs]e\b|\bin (the )?real (life|world)\b|\b(confuses|confused|confusing|confusion)( me| about| by| with)?\b|\b(field|area|skills?|career|path|years?|time) to invest in\b|\binvest(ing)? (my|your|our|the|some|more) (time|years?|energy|effort|learning)\b|\bworth investing( in| my time)?\b|\bwith (a few |some |more )?extra steps\b|\bworth (the|an?|that|this|our|my) (\w+ )?investment\b|\b(falls?|falling|fell|goes|go|going|gone|went) out of (fashion|vogue|style)\b| zoo\b(?<=\b(?:model|models|consistency|algorithm|algorithms|protocol|protocols|tool|tools|framework|frameworks|database|databases|acronym|acronyms|pattern|patterns|clock|clocks|isolation level|isolation levels|cncf|crdt|crdts) zoo)|\b(?:walk|talk|run|take|step) (?:me|us|them|someone|somebody) (?:through|thru)\b|\bwalk[- ]?(?:through|thru)s?\b|\blogic\b(?<=\b(?:retry|retries|backoff|reconnect|reconnection|business|app|application|failover|timeout|routing|validation|cleanup|glue|domain|server|client|consumer|producer|handler|our|the|this|that|my|custom|same|core) logic)|\b(?:expected|normal|intended|correct|desired|default|weird|strange|odd) behaviou?r\b|\bwhat (?:am i|are we) (?:missing|not seeing|overlooking)\b|\b(?:we'?re|i'?m|we are|i am) (?:probably |clearly |obviously )?(?:missing|not seeing|overlooking)(?= here\b|\s*[?.!,]|\s*$)|\bat a (?:very )?high[- ]level\b|\bhigh[- ]level (?:overview|view|explanation|summary|idea)\b|\b(?:without|minus|skip(?:ping)?|no) (?:all )?(?:the |any )?(?:[\w-]+ )?(?:(?:buzz)?words?|acronyms?|alphabet|jargon|terminology) (?:soup|salad|bingo)\b|\b(?:(?:the|this|that|its|their|the original) (?:paper|papers|book|talk|video|article|docs?|spec|explanation|lecture|chapter|proof|wiki(?:pedia)?(?: page)?) )?(?:(?:made|makes|making|make|gave|gives|giving|give) (?:my|me a) (?:brain|head) (?:hurt|ache|explode|melt|spin)s?|(?:melted|melts|melting|fried|fries|frying|broke|breaks|breaking|hurt|hurts|hurting) my (?:brain|head))\b|\bmy (?:brain|head) (?:hurts|is hurting|exploded|is melting|melted|is fried|is spinning)\b/gi;
/**
 * "The outbox thing", "this crdt stuff": the thing is what it is called, "thing" names nothing. "The standard fix", "the
 * usual approach": what people usually do, no standard ("standard" alone finds the RFCs).
 * "Exactly" as an intensifier ("what exactly is a quorum?") asks nothing: read as a word, it is the exactly-once entry's.
 * "exactly once" and "exactly-once" keep it. "The actual difference" asks for the difference, no more. "What's the
 * pattern we're missing" asks for a name: "pattern" says what kind of answer, and the titles that hold the word
 * (the outbox, sagas) are no nearer for it. "Anything special" asks whether anything must be done: read as a word,
 * "special" is the stem of "specialize", the tool specialist's; "in general" asks broadly ("general" is a stem of
 * "generalist" and "generate"). So do the adverbs that say how something is asked, how often or how surely ("mainly",
 * "technically", "probably", "specifically"): "what does an sre do, mainly?" was declined, "mainly" weighing more than
 * "sre" for being rare in the content. Not those that name a property of a system ("eventually", "asynchronously",
 * "locally"), nor those that say when or how usually something happens, which a story needs ("usually", "currently").
 */
const INTENSIFIER =
  /\bexactly\b(?![\s-]*once\b)|\bactual\b|(?<=\b(?:the|that|this|whole) [\w+-]+(?: [\w+-]+)? )(?:thing|stuff)\b|\bwhole\b(?= [\w+-]+ (?:thing|stuff)\b)|\b(?:standard|usual|normal|typical|common)\b(?= (?:fix|fixes|way|ways|approach|approaches|practice|solution|solutions|answer|advice|move|thing to do)\b)|(?<=\b(?:what|which)(?:'?s| is)? (?:the |a )?(?:name of the )?)pattern\b(?= (?:we|i|you|people|teams|that|which|for|to|here|stops|prevents|fixes|solves|handles)\b)|(?<=\b(?:anything|something|nothing) )special\b|\b(?:in general|generally speaking|speaking generally|practically speaking|in particular)\b|\b(?:mainly|primarily|chiefly|largely|technically|theoretically|ideally|obviously|apparently|hopefully|definitely|probably|specifically|particularly|especially)\b/gi;
/**
 * "microservices from day 1", "from the start": when a choice is made, not a first day at a job, unless the message is
 * about someone joining (an onboarding plan's "before day one").
 */
const FROM_THE_START = /\bfrom (?:day (?:1|one|zero|0)|the (?:very )?(?:start|beginning|get-go|outset))\b/gi;
const ABOUT_JOINING = /\b(?:onboard\w*|new hires?|joins?|joining|joined|starts?|starting|first (?:day|week|month)s?|30\/60\/90)\b/i;
/**
 * What to do first about a thing ("what should we change first?", "what do i fix first"): which step comes first, not a
 * first job or a first week, which the word alone finds.
 */
const FIRST_STEP = /(?<=\b(?:change|fix|do|look at|check|try|tackle|touch|prioriti[sz]e|address)(?: \w+)? )first\b/gi;
/**
 * "which language should i go deep on", "worth going really deep in", "get properly good at": of a language, which to learn;
 * "deep" alone would find going deep in one area rather than broad (specialist or generalist), which "should I go deep
 * on storage or stay a generalist?" asks, and so does "how deep should I go on failure handling?".
 */
const OF_A_LANGUAGE = /\b(?:languages?|lang|programming)\b/i;
const GO_DEEP =
  /\b(?:go|goes|going|get|getting|dig|digging|dive|diving)(?: (?:really|properly|super|very|way))? deep (?:on|in|into|with)\b|\b(?:get|getting|become|becoming) (?:really |properly |very |super )?(?:good|great|strong|solid|fluent) (?:at|in|with)\b/gi;
/**
 * An order as a shop takes it ("our order service", "a few hundred orders never arrived", "OrderCreated"): a thing the
 * asker's system handles, not the ordering of messages, which the word alone finds (Kafka's partitions and ordering).
 * "The order of events", "in the same order" and "out of order" keep it, and so does an order to learn or read things in
 * ("is there an order to learn this stuff").
 */
const BUSINESS_ORDER =
  /\border(?=(?:created|placed|cancell?ed|updated|shipped|paid)\b)|\borders?(?=[ _-]?(?:service|svc|row|rows|table|tables|id|ids|topic|events?|api|system|db|database|record|records|status|total|confirmation|page|history|number|numbers|placed|created|paid)\b)|(?<=\b(?:an|each|every|customer|customers'?|new|duplicate|duplicated|paid|lost|missing|few|hundred|hundreds of|thousand|thousands of|million|millions of|some|many|\d+) )orders?\b(?! of\b| in which\b| to (?:learn|study|read|tackle|follow|take|pick|approach|go through|do)\b)|\borders (?=(?:never|were|are|get|got|go|went|show|showed|disappear|disappeared|vanish|vanished|stuck)\b)/gi;
/** What someone's system is built with ("my flask app", "our django monolith"): its words say whose system, not what about. */
const SETUP =
  /\b(my|our|their|the) [\w.-]+( [\w.-]+)? (app|apps|application|service|services|backend|monolith|codebase|project|api|stack|site)\b/gi;
/**
 * Another field's own terms made of our words: a Linux distribution to install, a science's replication crisis, a
 * political party's leadership ("leader election for the party leadership"), people who never reach consensus ("me and my
 * partner can never reach consensus on where to go"): nodes are not said to fail to agree, or to agree in a meeting. And
 * managing people ("how do I run good 1:1s?", "one of my direct reports", "first-time manager here"): a 1:1 the asker
 * has with their own manager about their career is not one. An electrical panel, and a restaurant's tables between its
 * servers, too: the content's panels interview people. So is the game people watch: the content's game is a game day.
 */
const OTHER_FIELD_PHRASES =
  /\b(?:watch(?:ing|ed)? the|tonight'?s|last night'?s|yesterday'?s|this weekend'?s|sunday'?s|the big) game\b(?! ?days?\b)|\bthe game (?:tonight|last night|yesterday|on (?:sunday|saturday))\b|\b(?:breaker|electrical|fuse|main|sub|\d+ ?a(?:mps?)?)(?: distribution)? ?panels?\b|\btables (?:between|across|among) (?:the |my |our )?servers\b|\b(?:run|running|hold|holding)(?: good| better| great| effective| useful)? (?:a )?1:1s?\b|\b1:1s? with (?:my|a|our) (?:reports?|direct reports?|new manager)\b|\bdirect reports?\b|\bfirst[- ]time (?:managers?|ems?)\b|\btemplate for (?:a|my|our) (?:first )?1:1\b|\b(?:we|us|family|partner|friends|group|team|everyone|people|leads|committee|board) (?:(?:can|could) never|never|(?:can'?t|cannot|couldn'?t|don'?t|do not) (?:ever )?|always fail to|struggle to|rarely) (?:reach|get to|come to|find|agree on|build) (?:a )?consensus\b|\bconsensus (?:in|at|during) (?:a |our |the |my )?(?:team |family |group |staff |board )?(?:meetings?|family|committee)\b|\b(?:get|getting) everyone to agree\b|\bdecid(?:e|ing) together\b|\blinux (?:distributions?|distros?)\b|\breplication crisis\b|\bfailed to replicate\b|\bnormally distributed\b|\bt-tests?\b|\bwest coast swing\b|\b(?:party|party's|parties') (?:leader|leaders|leadership|members|membership|conference|whip|chair)\b|\b(?:write|generate|create|make|give) (?:me|us) (?:an?|some|the) (?:[\w.-]+ ){0,3}(?:module|script|function|class|program|snippet|config|manifest|helm chart|dockerfile|query|regex|pipeline|template|playbook|lambda|cron ?job)s?|\bfix (?:this|my|our) (?:[\w.-]+ ){0,2}(?:helm chart|chart|yaml|manifest|dockerfile|script|build|config)\b|\b(?:error|says|complains)\b[^.?!]{0,80}\bon line \d+|\bgame ?dev(?:elopment|elopers?|s)?\b|\b(?:gaming|office|desk|ergonomic|computer) chairs?\b|\bstanding desks?\b|\b(?:make|making|build|building|design|designing) (?:video |indie |mobile )?games\b/i;
/**
 * A government's bodies and votes ("the eu parliament", "the US primaries"): the content's parliament is Lamport's part-time
 * one, of Paxos, and its primaries are databases.
 */
const OTHER_FIELD_BODIES =
  /\b(?:eu|european|uk|british|us|american|national|federal|state|german|french|indian|canadian|australian|japanese) (?:parliament|senate|council|commission|government|congress|elections?|cabinet)\b|\b(?:us|presidential|party|democratic|republican|state) primar(?:y|ies)\b|\bgeneral elections?\b|\b(?:no[- ])?confidence votes?\b|\bvotes? of (?:no )?confidence\b|\bprime ministers?\b|\belections?\b[^.?!]{0,12}\bin (?:the )?(?:uk|us|usa|eu|britain|america|europe|india|canada|australia|germany|france|japan)\b/i;
/** A likeness ("figma-style multiplayer", "netflix-like scale"): the word it likens to says what kind, not what about. */
const LIKENED = /[\p{L}\p{N}]+(?=-(?:style|like|esque|ish)\b| style\b)/giu;
/** Where a claim was heard ("standup claim: kafka gives exactly-once", "at retro someone said"): who said it, not what about. */
const HEARD_AT =
  /\b(?:at|in|during|from) (?:the |our |today'?s |this morning'?s |yesterday'?s )?(?:standup|stand-up|retro|retrospective)\b|\b(?:standup|stand-up|retro) (?:claim|take|hot take|debate)\b/gi;
/** The stack a role works in, in brackets after it ("backend dev (php/laravel)"): who asks, not what about. */
const STACK = /(?<=\b(?:dev|devs|developer|developers|engineer|engineers|eng|swe|sre)\s*\()[^()]{2,60}(?=\))/gi;
/** Where someone works ("an SRE role at a logistics company"): its words say who asks, not what about. */
const WORKPLACE =
  /\b(at|for|with|in) (an?|the|my|our|their|this) (big |small |large |mid-size |local )?[\w-]+( [\w-]+)? (company|companies|co|corp|startup|firm|shop|business|org|organi[sz]ation|employer)\b/gi;

/**
 * Weight of a word the content never uses and that is not a typo of one it does. Low on purpose:
 * people wrap good questions in words the content has no reason to use ("myth", "infra
 * roles", "worth it"), and such a word must not sink the question. Another field's words are
 * counted apart, as evidence of an off-topic question.
 */
export const UNKNOWN_WEIGHT = 0.3;
/**
 * How much everyday-English words are discounted: a term's weight is its rarity in the
 * content times its specificity to this power. Above 1, "lie" and "right" stay near neutral
 * even where the content happens to use them once.
 */
export const SPECIFICITY_POWER = 1;
/** How much a known multi-word phrase ("exactly once delivery") weighs, shared among its words. */
const PHRASE_WEIGHT = 1.5;
const PHRASE_SPECIFICITY = 0.8;
/** How specific a word the content uses as a name (an alias, a synonym) counts at least. */
const NAMED_SPECIFICITY = 0.8;

/** How many words' readings are kept ({@link createQueryReader}). */
const WORDS_KEPT = 8192;

interface WordReading {
  term: string | null;
  spec: number;
  foreign: boolean;
}

/** A question as the index reads it. */
export interface QueryTerms {
  /** Processed terms (with typos corrected to the content's term), each with the specificity of the word behind it. */
  terms: ReadonlyMap<string, number>;
  /** The words that must be covered: every term except canonical stand-ins of a phrase that the user did not type. */
  units: readonly string[];
  /** For a word in a known phrase or a corrected typo: the terms that stand for it. */
  standsFor: ReadonlyMap<string, ReadonlySet<string>>;
  /** How much one unit weighs in coverage: rarer in the content and in everyday English weighs more. */
  weightOf(unit: string): number;
  specificityOf(unit: string): number;
  totalWeight: number;
  /** Query terms with weights, for question-to-question similarity. */
  similarityWeights: ReadonlyMap<string, number>;
  /** The text to give MiniSearch: the question, with corrected typos added. */
  searchText: string;
  /** `searchText`'s terms as MiniSearch reads a query (its tokens and known phrases, processed, stop words out), in order. */
  searchTerms: readonly string[];
  /** Share of the question's weight in words the content never uses (0–1), everyday words aside. */
  unknownShare: number;
  /** How many words of another field the question holds. */
  foreign: number;
}

export interface QueryReaderParts {
  expander: SynonymExpander;
  documentFrequency: ReadonlyMap<string, number>;
  /** The words of the content as written (not stemmed). */
  contentWords: ReadonlySet<string>;
  idf(term: string): number;
  specificity(word: string): number;
  /** Terms the content names things with (aliases, synonyms): topic words, never everyday ones. */
  vocabulary: ReadonlySet<string>;
}

/** Reads questions against the content's vocabulary. */
export function createQueryReader(parts: QueryReaderParts) {
  const { expander, documentFrequency, contentWords, idf, specificity, vocabulary } = parts;
  // Built on the first word that might be a typo: most questions have none, and a start should not wait for it.
  let known: SearchableMap<number> | undefined;
  const knownTerms = () => {
    if (!known) {
      known = new SearchableMap<number>();
      for (const [term, df] of documentFrequency) known.set(term, df);
    }
    return known;
  };

  // The content's words as written, for a typo whose stem strays far from the right one's ("linearizabilty" stems to
  // "linearizabilti", six edits from "lineariz", but is one edit from "linearizability").
  let written: SearchableMap<number> | undefined;
  const writtenWords = () => {
    if (!written) {
      written = new SearchableMap<number>();
      for (const word of contentWords) if (word.length >= 5 && !/\d/.test(word)) written.set(word, 0);
    }
    return written;
  };

  /** The closest key of `map` to `key`, within an edit distance that grows with its length (one at most when `near`). */
  const closest = (map: SearchableMap<number>, key: string, rank: (candidate: string, count: number) => number, near = false) => {
    const distance = key.length >= 9 && !near ? 2 : 1;
    let best: { key: string; distance: number; rank: number } | undefined;
    for (const [candidate, [count, d]] of map.fuzzyGet(key, distance)) {
      const r = rank(candidate, count);
      if (!best || d < best.distance || (d === best.distance && r > best.rank)) best = { key: candidate, distance: d, rank: r };
    }
    if (best) return best.key;
    // Two letters swapped ("thoerem") are one slip of the fingers, but two edits to Levenshtein: tried one by one.
    for (let i = 0; i + 1 < key.length; i++) {
      if (key[i] === key[i + 1]) continue;
      const swapped = `${key.slice(0, i)}${key[i + 1]}${key[i]}${key.slice(i + 2)}`;
      const count = map.get(swapped);
      if (count === undefined) continue;
      const r = rank(swapped, count);
      if (!best || r > best.rank) best = { key: swapped, distance: 1, rank: r };
    }
    return best?.key;
  };

  // Each reading of a message meets its typos again.
  const recentCorrections = createRecent<string | undefined>(1024);
  /** The content's term a typo stands for ("consitent" → "consist"), if one is close enough. */
  const correct = (term: string, word: string): string | undefined =>
    recentCorrections.get(`${term} ${word}`, () => correctFresh(term, word));
  const correctFresh = (term: string, word: string): string | undefined => {
    // A word of everyday English is what the asker meant: "stuff" is not a typo of "staff".
    if (term.length < 5 || /\d/.test(term) || isEnglishWord(word)) return undefined;
    // Nor is a compound of English words ("multiplayer") two slips away from a term ("multiplier"): one slip still is
    // ("discvery" is "disc" and "very", and a typo of "discovery").
    const near = isEnglishCompound(word);
    const byStem = closest(knownTerms(), term, (_, df) => df, near);
    if (byStem) return byStem;
    const asWritten =
      word.length >= 5 && !/\d/.test(word)
        ? closest(writtenWords(), word, (candidate) => documentFrequency.get(processWord(candidate) ?? '') ?? 0, near)
        : undefined;
    const fixed = asWritten ? processWord(asWritten) : null;
    return fixed && documentFrequency.has(fixed) ? fixed : undefined;
  };

  /** What a word says wherever it is read: its term, how specific it is, whether it is another field's. */
  const wordFresh = (word: string): WordReading => {
    const term = processWord(word);
    if (!term) return { term, spec: 0, foreign: false };
    // The content's own names (aliases, synonyms) are topic words, however common in English: "cap", "lease".
    // A name's words are topic words, but not its small numbers: the "3" of "first 3 months" names nothing alone,
    // while a status code does ("HTTP 429").
    const named = vocabulary.has(term) && !/^\d{1,2}$/.test(term);
    const spec = named ? Math.max(specificity(word), NAMED_SPECIFICITY) : specificity(word);
    // Judged on the word as written: "electrical" shares a stem with "electronic" but not a field.
    // Its plural or singular counts as the content's: "blockchain" when the content says "blockchains".
    const said = contentWords.has(word) || contentWords.has(`${word}s`) || (word.endsWith('s') && contentWords.has(word.slice(0, -1)));
    return { term, spec, foreign: OTHER_FIELD_WORDS.has(word) && !said };
  };
  // A message's texts share most of their words, and so do messages: each word is weighed once. Bounded (what people
  // write is not), and started anew when full rather than trimmed (see recent.ts).
  let readings = new Map<string, WordReading>();
  const wordOf = (word: string): WordReading => {
    let reading = readings.get(word);
    if (!reading) {
      reading = wordFresh(word);
      if (readings.size >= WORDS_KEPT) readings = new Map();
      readings.set(word, reading);
    }
    return reading;
  };

  /** Another field's words written with a hyphen ("an h-1b transfer", "month-end close"), which the words split apart. */
  // Most queries hold no hyphen: they are not folded again for it.
  const otherFieldCompounds = (query: string) =>
    query.includes('-')
      ? (foldText(query).match(HYPHENATED) ?? []).filter((word) => OTHER_FIELD_WORDS.has(word) && !contentWords.has(word)).length
      : 0;

  function read(asked: string): QueryTerms {
    const query = asked
      .replace(INTENSIFIER, ' ')
      .replace(BUSINESS_ORDER, ' ')
      .replace(FIRST_STEP, ' ')
      .replace(FROM_THE_START, (words) => (ABOUT_JOINING.test(asked) ? words : ' '))
      .replace(GO_DEEP, (words) => (OF_A_LANGUAGE.test(asked) ? ' learn ' : words));
    const plain = query.replace(FIGURES_OF_SPEECH, ' ');
    const words = splitWords(plain);
    // Words that say who asks, whose system or what kind, not what about (a workplace, a setup, a likeness, a meeting).
    const asides = new Set(
      [
        ...query.matchAll(WORKPLACE),
        ...query.matchAll(SETUP),
        ...query.matchAll(LIKENED),
        ...query.matchAll(HEARD_AT),
        ...query.matchAll(STACK),
      ].flatMap((match) => splitWords(match[0])),
    );
    const phrases = expander.phrases(words);
    const inPhrase = new Set(phrases.flatMap((phrase) => phrase.words));
    const terms = new Map<string, number>();
    const standsFor = new Map<string, Set<string>>();
    const unknown = new Set<string>();
    const foreignTerms = new Set<string>();
    const corrections: string[] = [];
    const tokenTerms: string[] = [];
    // The tokens as the index reads them (`expander.expand`: the words, then each known phrase's canonical term).
    for (const word of [...words, ...phrases.map((phrase) => phrase.canonical)]) {
      const { term, spec, foreign } = wordOf(word);
      if (!term) continue;
      tokenTerms.push(term);
      terms.set(term, Math.max(terms.get(term) ?? 0, spec));
      // A workplace's words ("an SRE role at a logistics company") say who asks, not what about; a setup's ("my flask
      // app") whose system it is. A word of a name the content knows ("comp" in "comp sci") is that name's.
      if (foreign && !asides.has(word) && !inPhrase.has(word)) {
        foreignTerms.add(term);
        continue;
      }
      if (documentFrequency.has(term)) continue;
      const fixed = correct(term, word);
      if (fixed) {
        standsFor.set(term, new Set([fixed]));
        corrections.push(fixed);
      } else {
        unknown.add(term);
      }
    }
    // Each word of a known phrase counts through the phrase's canonical term; an entry that
    // says "SRE" covers every word of "site reliability engineer".
    const standIns = new Set<string>();
    const phraseOf = new Map<string, { canonical: string; length: number }>();
    for (const phrase of phrases) {
      const canonical = processWord(phrase.canonical);
      if (!canonical) continue;
      standIns.add(canonical);
      const phraseTerms = phrase.words.map(processWord).filter((t): t is string => t !== null && t !== canonical);
      for (const term of phraseTerms) {
        standsFor.set(term, (standsFor.get(term) ?? new Set()).add(canonical));
        if (phraseTerms.length > 1) phraseOf.set(term, { canonical, length: phraseTerms.length });
      }
    }
    // A stand-in the user typed as a word of its own ("sre") still counts as a word.
    const typed = new Set(words.map(processWord));
    const units = [...terms.keys()].filter((t) => !standIns.has(t) || typed.has(t));
    // A lone letter ("fit a lognormal distribution in R", "plan B") names nothing of its own: the letters of a formula come
    // in company ("R + W > N"), and one the question asks about comes with what it belongs to ("the C in CAP").
    const letters = units.filter((unit) => /^[a-z]$/.test(unit));
    const lone = letters.length === 1 ? letters[0]! : undefined;
    if (lone && !new RegExp(`\\bthe ${lone} (?:in|of)\\b|\\b${lone} stands? for\\b`, 'i').test(query)) {
      terms.set(lone, Math.min(terms.get(lone) ?? 1, MIN_SPECIFICITY));
    }

    // Asked of every word once per candidate entry: worked out once.
    const weights = new Map<string, number>();
    const weightOf = (unit: string): number => {
      let weight = weights.get(unit);
      if (weight === undefined) weights.set(unit, (weight = weightFresh(unit)));
      return weight;
    };
    const weightFresh = (unit: string): number => {
      const spec = (terms.get(unit) ?? 1) ** SPECIFICITY_POWER;
      if (foreignTerms.has(unit)) return 0;
      if (unknown.has(unit)) return UNKNOWN_WEIGHT * spec;
      const fixed = documentFrequency.has(unit) ? unit : [...(standsFor.get(unit) ?? [])][0];
      const own = idf(fixed ?? unit) * spec;
      // A word of a known phrase weighs like the phrase: "exactly" in "exactly once" is not everyday English.
      const phrase = phraseOf.get(unit);
      return phrase ? Math.max(own, (idf(phrase.canonical) * PHRASE_WEIGHT) / phrase.length) : own;
    };
    let totalWeight = 0;
    let rareUnknown = 0;
    for (const unit of units) {
      totalWeight += weightOf(unit);
      // Everyday words the content lacks ("worth", "guys") are neutral; rare ones are what an off-topic question is made of.
      if (unknown.has(unit) && (terms.get(unit) ?? 1) > MIN_SPECIFICITY) rareUnknown++;
    }

    // Every term, stand-ins included, keyed by the content's form of it (a typo by its correction).
    const similarityWeights = new Map<string, number>();
    for (const term of terms.keys()) {
      const key = documentFrequency.has(term) || unknown.has(term) ? term : ([...(standsFor.get(term) ?? [])][0] ?? term);
      const weight = standIns.has(term) && !typed.has(term) ? idf(term) : weightOf(term);
      similarityWeights.set(key, Math.max(similarityWeights.get(key) ?? 0, weight));
    }

    const searchText = corrections.length > 0 ? `${query} ${corrections.join(' ')}` : query;
    return {
      terms,
      units,
      standsFor,
      weightOf,
      // A word of a known phrase is as specific as the phrase: "exactly" in "exactly once".
      specificityOf: (unit) => (phraseOf.has(unit) ? Math.max(terms.get(unit) ?? 1, PHRASE_SPECIFICITY) : (terms.get(unit) ?? 1)),
      totalWeight,
      similarityWeights,
      searchText,
      // Without corrections or figures of speech the text is the question, whose tokens were just read; otherwise read
      // as a whole (a phrase may run on into a correction; the search still sees "drawing boxes", only the weighing not).
      searchTerms:
        searchText === query && plain === query
          ? tokenTerms
          : expander.expand(splitWords(searchText)).flatMap((word) => processWord(word) || []),
      unknownShare: units.length > 0 ? rareUnknown / units.length : 0,
      // A distribution of another field ("t distribution vs normal", "our distribution centers") is its word too.
      foreign:
        foreignTerms.size +
        (OTHER_FIELD_DISTRIBUTION.test(query) || OTHER_FIELD_BODIES.test(query) || OTHER_FIELD_PHRASES.test(query) ? 1 : 0) +
        otherFieldCompounds(query),
    };
  }

  return {
    read,
    /** The content's words changed (an entry was replaced): what was worked out of each word is worked out again. */
    forget() {
      readings = new Map();
    },
  };
}
