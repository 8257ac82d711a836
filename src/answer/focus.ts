import type { Entry } from '../content/schema.js';
import type { SearchIndex } from '../search/index.js';
import { sentencesOf } from './build.js';

/** The longest passage shown in place of a summary: a sentence or a bullet of the body, not a section. */
const MAX_PASSAGE_CHARS = 420;
/** Words of a question at least this specific say what it asks of an entry ("two nodes", not "what"). */
const ASKING_SPECIFICITY = 0.35;
// A passage that shows rather than tells: "e.g.", "for example", a worked case, a code block.
const ILLUSTRATES = /\b(e\.g\.|for example|for instance|example|such as|say )\b|```/i;

/** What an everyday word of the question adds to a passage that says it: enough to break a tie, too little to pass a threshold. */
const TIE_BREAK = 0.001;

/** A passage that opens with the question it answers, in bold: "**Do traces replace logs?** No. ...". */
const ASKED_LEAD = /^\*\*([^*]{3,80}\?)\*\*/;
/** The words of a lead that ask something of the thing, beyond who asks: "need" in "Do you need it?". */
const LEAD_FRAME = new Set(['do', 'does', 'did', 'you', 'we', 'i', 'it', 'is', 'are', 'a', 'an', 'the', 'or', 'not', 'why', 'how', 'what']);
const plainWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length > 2 && !LEAD_FRAME.has(word)),
  );
/** What each word of the question said in such a lead adds. */
const LEAD_WORD = 0.5;

const SUPPOSITION_FRAME = /\bwhat (?:happens|would happen|will happen|happened) (?:if|when)\b/gi;
/**
 * How people say a node crashed ("what happens if it goes down?"): said as the content says it, so that the passage under
 * "If the leader crashes mid-write" answers. Only for choosing a passage; the search reads the words as written.
 */
const GOES_DOWN = /\b(?:goes|go|went|is|gets|got) down\b|\b(?:dies|died|falls over|fell over)\b/gi;

/**
 * "so is Cassandra CP or AP?": a choice between two labels asked of one thing. The labels are said wherever the entry
 * explains them; the passage that names the thing ("AP-leaning: Cassandra, Riak ...") is the one that answers. A word
 * after the labels ("ok so is cassandra CP or AP then?") asks nothing of its own.
 */
const CHOICE_OF =
  /\b(?:is|are)\s+(.+?)\s+(?:actually\s+|really\s+|more\s+)?(\S+)\s+or\s+(\S+?)(?:\s+(?:then|though|tho|really|actually|exactly|anyway|here|now))?\s*\??\s*$/i;
/** How much more a word of the thing a choice is asked of counts than a word of the labels. */
const CHOICE_SUBJECT = 2;

/** Headings that say what to do about a thing: "What helps", "Fixes", "Defences", "How to prevent it". */
const ACTION_HEADINGS = 'helps fixes defences defenses prevention prevent mitigation mitigations remedies avoiding';
let actionUnitsOf: { index: SearchIndex; units: ReadonlySet<string> } | undefined;
const actionUnits = (index: SearchIndex): ReadonlySet<string> => {
  if (actionUnitsOf?.index !== index) actionUnitsOf = { index, units: new Set(index.analyze(ACTION_HEADINGS)) };
  return actionUnitsOf.units;
};
/** A paragraph that opens with words of its own in bold: "**If it happens anyway**: find the divergent writes". */
const BOLD_LEAD = /^\*\*([^*]+)\*\*:?\s/;
/** What a word of the story around a question adds to a passage that says it, against a word of the question. */
const TOLD_SHARE = 0.5;

/** The best passage found so far, with what `summaryFirst` weighs it by. */
interface Found {
  passage: string;
  list?: string;
  score: number;
  at: number;
  inSummary: boolean;
  words: ReadonlySet<string>;
}

/** The most shown of a list when a follow-up's passage is one of its bullets: the list whole, with the line that leads into it. */
const MAX_LIST_CHARS = 700;
/** A heading, alone or with a note in brackets ("**Designing for them** (how a ... should behave)"): no passage to show. */
const HEADING = /^#+\s|^\*\*[^*]+\*\*:?(\s*\([^)]*\))?$/;

interface Passage {
  text: string;
  /** For a bullet: the list it belongs to, with the line that leads into it ("Work up to it:"), as shown. */
  list?: string;
  /** A sentence of the entry's summary, which the asker has read when the entry answered them before. */
  inSummary: boolean;
  words: ReadonlySet<string>;
  /** The words of the bold heading the passage sits under ("**If the leader crashes mid-write**"): what it is about. */
  under: ReadonlySet<string>;
  /** The words of its own bold lead ("**If it happens anyway**: find the divergent writes"), when it opens with one. */
  lead?: ReadonlySet<string>;
}
// Analysed the first time an entry is focused on; a reload brings new entries, and these go with the old ones.
const analysed = new WeakMap<Entry, Passage[]>();

/** The sentences of a summary and the lines (bullets, paragraphs) of a body, in order, Markdown kept. */
function passagesOf(entry: Entry, index: SearchIndex): Passage[] {
  let passages = analysed.get(entry);
  if (passages) return passages;
  const none = new Set<string>();
  const summary = sentencesOf(entry.summary).map((text) => ({ text: text.trim(), under: none, list: undefined, inSummary: true }));
  const lines: { text: string; under: ReadonlySet<string>; list?: string; inSummary: boolean }[] = [];
  let under: ReadonlySet<string> = none;
  // The bullets of the list being read, and the line before them that leads into it ("... Work up to it:").
  let bullets: { text: string; under: ReadonlySet<string> }[] = [];
  let leadIn: string | null = null;
  const endList = () => {
    const list = [...(leadIn ? [leadIn] : []), ...bullets.map((b) => b.text)].join('\n');
    // A heading is a few words of label: the list is as long as it was without it.
    const length = leadIn && HEADING.test(leadIn) ? list.length - leadIn.length - 1 : list.length;
    const shown = bullets.length > 1 && length <= MAX_LIST_CHARS ? list : undefined;
    // The line that leads into the list ("... may keep acting as leader. Defences:") is shown with it too.
    const lead = lines.at(-1);
    if (leadIn && lead?.text === leadIn && shown) lead.list = shown;
    for (const bullet of bullets) lines.push({ ...bullet, list: shown, inSummary: false });
    bullets = [];
  };
  let previous = '';
  for (const raw of entry.body.split(/\n+/)) {
    const line = raw.trim();
    // A numbered step is an item of its list too: read alone ("3. Run experiments in production") it can mislead.
    const isBullet = /^(?:[-*]|\d+\.)\s/.test(line);
    if (!isBullet && bullets.length > 0) endList();
    // A bold heading right above the list leads into it too: "**What carries over**" says what its bullets are, which read
    // alone ("- APIs, data modelling, SQL ...") could pass for what is still to learn.
    if (isBullet && bullets.length === 0) leadIn = previous.endsWith(':') || HEADING.test(previous) ? previous : null;
    if (HEADING.test(line)) under = new Set(index.analyze(line));
    else if (isBullet && /\p{L}{3,}/u.test(line)) bullets.push({ text: line, under });
    else if (/\p{L}{3,}/u.test(line)) lines.push({ text: line, under, inSummary: false });
    previous = line;
  }
  endList();
  passages = [...summary, ...lines]
    .filter((p) => p.text.length <= MAX_PASSAGE_CHARS)
    .map(({ text, under, list, inSummary }) => {
      const lead = BOLD_LEAD.exec(text)?.[1];
      return { text, under, list, inSummary, words: new Set(index.analyze(text)), lead: lead ? new Set(index.analyze(lead)) : undefined };
    });
  analysed.set(entry, passages);
  return passages;
}

/**
 * The passage of an entry that answers what a follow-up asks of it ("only two nodes?" after
 * split-brain, "got an example?" after the outbox), when that is not what the entry says first:
 * the sentence or bullet holding the most of the question's own words (those that do not merely
 * name the entry). Null when nothing in the entry says more about it than its opening does.
 */
export function focusPassage(
  entry: Entry,
  question: string,
  index: SearchIndex,
  illustration: boolean,
  {
    minScore = 0,
    wholeList = false,
    beyondSummary = false,
    ledByQuestion = false,
    summaryFirst = false,
    told = '',
    action = false,
    bodyOnTie = false,
    everyday = false,
  }: {
    minScore?: number;
    wholeList?: boolean;
    beyondSummary?: boolean;
    ledByQuestion?: boolean;
    summaryFirst?: boolean;
    /** The story around the question ("we're looking at XA across two postgres dbs"): its words count, at a share. */
    told?: string;
    /** The question asks what to do: a passage under a heading that says what helps ("**What helps**") counts more. */
    action?: boolean;
    /**
     * The asker has just read the summary: of a summary sentence and a passage of the body that say as much of the
     * question, the body's is new to them ("what happens if you lose 3 of them?": the etcd bullet, not R + W > N again).
     */
    bodyOnTie?: boolean;
    /**
     * Everyday words count as much as any: for a follow-up whose answer would otherwise be the text just read ("what
     * happens when it runs out?" after error budgets), where a passage that says "runs out" is the best there is.
     */
    everyday?: boolean;
  } = {},
): string | null {
  // What the entry is named for: its title up to the colon ("Benchmarking and performance analysis: USE, RED and
  // coordinated omission" lists after it what it covers, which a question may ask about in particular).
  // Only the name's words the opening says: "Structured logging and correlation IDs" opens on logging alone, so "what's a
  // correlation id" asks for the passage on correlation IDs.
  const passages = passagesOf(entry, index);
  const opened = passages[0]?.words;
  const named = new Set(index.analyze(entry.title.split(':')[0]!).filter((unit) => opened?.has(unit) ?? true));
  // "what happens if the coordinator dies?": the frame of a supposition asks nothing of the entry ("happens" would find
  // "whatever happens" in a bullet about voting, not the passage on a crashed coordinator).
  const read = index.read(question.replace(SUPPOSITION_FRAME, ' ').replace(GOES_DOWN, ' crashes '));
  const asked = read.units.filter((unit) => !named.has(unit) && (everyday || read.specificityOf(unit) >= ASKING_SPECIFICITY));
  if (asked.length === 0 && !illustration) return null;
  const common = read.units.filter((unit) => !named.has(unit) && read.specificityOf(unit) < ASKING_SPECIFICITY);
  // The story's words say where the question is asked, not what it asks: "XA ... postgres" would find the passage on where
  // 2PC is met, not the one on a coordinator dying after the votes, which the question's own words find.
  const story = told ? index.read(told) : undefined;
  const storyUnits = story
    ? story.units.filter((unit) => !named.has(unit) && !read.units.includes(unit) && story.specificityOf(unit) >= ASKING_SPECIFICITY)
    : [];
  const questionWords = plainWords(question);
  // Only labels the entry itself uses ("CP", "AP"): "is Kafka's exactly-once real or marketing?" asks whether a claim
  // holds, which the passages on the claim answer, not the one that names Kafka.
  const choice = CHOICE_OF.exec(question);
  const entrySays = (label: string) => index.analyze(label).every((unit) => passages.some(({ words }) => words.has(unit)));
  const labelled = choice && entrySays(choice[2]!) && entrySays(choice[3]!);
  const subject = new Set(labelled ? index.analyze(choice[1]!) : []);
  const weightOf = (unit: string) => read.specificityOf(unit) * (subject.has(unit) ? CHOICE_SUBJECT : 1);
  let best: Found | null = null;
  const opening = passages[0]?.words ?? new Set<string>();
  passages.forEach(({ text: passage, words, under, lead: ownLead, list, inSummary }, at) => {
    // The summary the asker has just read (`beyondSummary`) is no new passage.
    if (beyondSummary && inSummary) return;
    // One that mostly restates the opening ("Before day one, ..." and "**Before day one (manager)**: ...") adds nothing.
    const restated = [...words].filter((word) => opening.has(word)).length;
    if (at > 0 && restated > words.size / 2) return;
    // A word of its heading counts for it, at half: the first bullet under "If the leader crashes mid-write" answers
    // "what if the leader crashes halfway through a write?", though it does not repeat "crash".
    // A word counts in the content's words for it too: "prod" is said "production".
    const said = (unit: string, in_: ReadonlySet<string>, reading = read) =>
      in_.has(unit) || [...(reading.standsFor.get(unit) ?? [])].some((t) => in_.has(t));
    let score = asked.reduce((sum, unit) => sum + (said(unit, words) ? weightOf(unit) : said(unit, under) ? weightOf(unit) / 2 : 0), 0);
    for (const unit of storyUnits) if (said(unit, words, story)) score += TOLD_SHARE * story!.specificityOf(unit);
    // Between passages that say as much of it, the one that also says the question's everyday words ("is it *safe* to run in
    // prod?": the steps that say it is safe, not the principle "run experiments in production") answers it; never more.
    if (score > 0) score += TIE_BREAK * common.filter((unit) => said(unit, words)).length;
    // A passage led by the question it answers ("**Do you need it?** Usually not ..."): each word of the question said in
    // that lead counts again, everyday ones and those the search drops too ("do we *need* BFT for an internal store?").
    const lead = ASKED_LEAD.exec(passage)?.[1];
    const leadWords = lead ? new Set(index.analyze(lead)) : undefined;
    const leadVerbs = lead ? plainWords(lead) : undefined;
    const asWritten = leadVerbs ? [...questionWords].filter((word) => leadVerbs.has(word)).length : 0;
    // Where only such a passage is asked for, its lead must ask what the question does, in its words ("need"): "No CS
    // degree?" is about a degree, but does not answer "do i need a master's?".
    if (ledByQuestion && asWritten === 0) return;
    if (leadWords) score += LEAD_WORD * (read.units.filter((unit) => !named.has(unit) && said(unit, leadWords)).length + asWritten);
    if (illustration && ILLUSTRATES.test(passage)) score += 1;
    // Under a heading that says what helps, unless its own lead says it is about something else: "**If it happens
    // anyway**: find the divergent writes" under "**Prevention**" is the clean-up, not the prevention asked for.
    if (action && score > 0 && [...actionUnits(index)].some((unit) => (ownLead ?? under).has(unit))) score += 1;
    const newerOnTie = bodyOnTie && best !== null && score === best.score && best.inSummary && !inSummary;
    if (score > minScore && (!best || score > best.score || newerOnTie)) best = { passage, list, score, at, inSummary, words };
  });
  const found = best as Found | null;
  // The opening sentence already says it: showing it again is what the follow-up had.
  if (!found || found.at === 0) return null;
  // With `summaryFirst`, the passage is shown instead of the summary only when it says something the question asks that
  // the summary never does ("hinted handoff", "CA"): a summary that says every word of it already answers, as a whole.
  if (summaryFirst) {
    const summaryWords = new Set(passages.filter((p) => p.inSummary).flatMap((p) => [...p.words]));
    // A letter ("L(a) < L(b)") names a variable of the question, not a topic.
    const saysMore = asked.some((unit) => unit.length > 1 && found.words.has(unit) && !summaryWords.has(unit));
    if (found.inSummary || !saysMore) return null;
  }
  // Shown as a follow-up's answer (`wholeList`), a bullet of a short list comes with the list and what leads into it:
  // "Start in staging" alone answers "where would we even start?" with a fragment; the steps it begins answer it.
  // Otherwise (a part's gist, inside a sentence) a bullet is read on its own, without its list marker.
  return (wholeList ? found.list : undefined) ?? found.passage.replace(/^[-*]\s+/, '');
}

/** The most of an entry's body shown in place of its summary when a follow-up finds no passage of its own. */
const MAX_OPENING_CHARS = 700;

/** A heading line, alone or with a note in brackets; "**Where it comes from**: shared resources ..." is text. */
export const isHeading = (line: string) => /^#+\s|^\*\*[^*]+\*\*:?(\s*\([^)]*\))?$/.test(line);

/**
 * The body's first section (its heading and the lines under it, up to the next heading), whole lines up to
 * `MAX_OPENING_CHARS`: one level deeper than the summary, for a follow-up about an entry the asker has just read.
 */
export function openingSection(entry: Entry): string | null {
  const lines: string[] = [];
  let length = 0;
  for (const raw of entry.body.split('\n')) {
    const line = raw.trimEnd();
    const heading = isHeading(line.trim());
    if (heading && lines.some((l) => l.trim() !== '' && !isHeading(l.trim()))) break;
    if (length + line.length > MAX_OPENING_CHARS) break;
    lines.push(line);
    length += line.length + 1;
  }
  return sectionText(lines);
}

/** Lines kept of a section, as shown: null when only a heading is left. */
function sectionText(lines: string[]): string | null {
  // A heading whose text did not fit ("**Tail-tolerant techniques from the paper**" before a long list) leads nowhere.
  while (lines.length > 0 && (lines.at(-1)!.trim() === '' || isHeading(lines.at(-1)!.trim()))) lines.pop();
  const text = lines.join('\n').trim();
  return /\p{L}{3,}/u.test(text.replace(/^\*\*[^*]+\*\*:?/, '')) ? text : null;
}

/** A heading or bold lead on choosing between the sides: "**Which to pick**", "**When to pick which**", "**Pick SRE if**". */
export const CHOOSING_LEAD =
  /^\*\*(?:which (?:to pick|to choose|first|one)|when to (?:pick|choose|use)|pick |choose |choosing|how to choose)/i;
/** A heading that sets the sides against each other, what a choice rests on where nothing says how to choose. */
export const CONTRAST_LEAD = /^\*\*(?:key differences|side by side|in short|the difference)/i;

/**
 * The body's section under a heading that `lead` matches (its heading and lines, up to the next heading), or the
 * paragraphs led in bold by such words ("**Pick SWE if** ...", "**Pick SRE if** ..."), whole lines up to
 * `MAX_OPENING_CHARS`; null when the entry has none.
 */
export function sectionLedBy(entry: Entry, lead: RegExp): string | null {
  const lines = entry.body.split('\n').map((line) => line.trimEnd());
  const kept: string[] = [];
  let length = 0;
  let inSection = false;
  for (const line of lines) {
    const text = line.trim();
    const led = lead.test(text);
    if (isHeading(text)) {
      if (inSection || (kept.length > 0 && !led)) break;
      if (!led) continue;
      inSection = true;
    } else if (!inSection && !led) {
      // Paragraphs led in bold follow one another: one that is not led so ends them.
      if (kept.length > 0 && text !== '') break;
      continue;
    }
    if (length + line.length > MAX_OPENING_CHARS) break;
    kept.push(line);
    length += line.length + 1;
  }
  return sectionText(kept);
}
