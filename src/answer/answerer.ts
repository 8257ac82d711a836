import type { KnowledgeBase } from '../content/load.js';
import { ENTRY_KINDS, type EntryKind } from '../content/kinds.js';
import type { Entry } from '../content/schema.js';
import type { Hit, SearchIndex } from '../search/index.js';
import type { QueryTerms } from '../search/query-terms.js';
import { MIN_SPECIFICITY } from '../text/english.js';
import { foldText, splitWords } from '../text/normalize.js';
import { readAsker, type Asker } from '../understand/asker.js';
import { cleanMessage } from '../understand/clean.js';
import {
  aboutPeopleNamed,
  besidesVerdict,
  asksForMore,
  changesTopic,
  insteadOfBoth,
  likenedTo,
  picksOneOfTwo,
  WORKPLACE_SLOT,
  setsAgainstThird,
  asksIllustration,
  DUMMY_IT,
  leansOnPrevious,
  LIKENS_TO_IT,
  nameDemonstratives,
  pointsBack,
  pointsBackInPost,
  readFollowUp,
  resolveFollowUp,
  supposes,
  THE_CANDIDATE,
  weighsAspectOfIt,
  type ConversationState,
} from '../understand/follow-up.js';
import {
  asksDifference,
  choiceSides,
  IN_THE_FIELD,
  impliedSides,
  namedSideOf,
  namesRoleOrLevel,
  restatesDifference,
} from '../understand/sides.js';
import { asksOfAClaimTold, embeddedQuestion, splitMessage } from '../understand/split.js';
import { answerKey, blank, entryBeside, MAX_RELATED, ref, sentencesOf, shortName, shownKey, topicName } from './build.js';
import { createComparer } from './compare.js';
import { composeParts, PART_GIST_CHARS, partGistMax } from './compose.js';
import { CHOOSING_LEAD, CONTRAST_LEAD, focusPassage, isHeading, openingSection, sectionLedBy } from './focus.js';
import { calibrate, type Calibration } from './calibration.js';
import { ANSWER_THRESHOLD, SUGGEST_THRESHOLD, SURE_THRESHOLD } from './confidence.js';
import { cleanQuestion, detectIntent, levelNamedIn, setsLaddersSideBySide } from './intents.js';
import { MESSAGES, starters } from './messages.js';
import { careerIntent, INTO_OPS_TAG, LEVEL_TAGS, planSearch, ROUTING_TAGS, STARTS_WHERE, SYMPTOM } from './plan.js';
import type { Answer, CatalogueGroup, EntryRef } from './types.js';

export { ANSWER_THRESHOLD, SUGGEST_THRESHOLD } from './confidence.js';
const MAX_SUGGESTIONS = 3;
const MAX_ALTERNATIVES = 2;
/** Words from which a message tells a story rather than asks a question (see `settleStory`). */
const STORY_WORDS = 25;
/** Words that could name a topic, in a question that names a level and asks something of its own about it. */
const OWN_LEVEL_QUESTION_WORDS = 3;
/** From this many words on, a message that names nothing of the last answer is read as a new post, not a follow-up. */
const NEW_POST_WORDS = 27;
/** The least confidence at which a declined story may still be about the neighbourhood its nearest entries share. */
const STORY_FLOOR = 0.1;
/** How many readings of a follow-up with the last topic put back must all find it for a "that" to be that topic. */
const AGREEING_READINGS = 3;
/** A word that points at a thing, not at people ("they" may be the people the last question named). */
const THING_POINTED_AT = /\b(it|that|this)\b/;
/**
 * "does writing one actually help for promo?" after design docs: one of the thing the last answer was about; so is "which
 * one should i read first?" after Google's SRE books, one of the things it listed.
 */
const ONE_OF_IT =
  /\b(?:writ(?:e|ing)|wrote|hav(?:e|ing)|do(?:ing)?|us(?:e|ing)|build(?:ing)?|run(?:ning)?|add(?:ing)?|get(?:ting)?) one\b(?! of\b)|^(?:so |ok |and )?which (?:one|of them|of those|of these)\b/;
/** What the people behind the last topic expect of someone: "how deep do they expect a new grad to go?". */
const THEY_EXPECT = /\b(?:they|interviewers|the interviewers|the panel)\b (?:\w+ )?(?:expect|want|look for|ask)\b/;
/** A tool asked for something: "what tool would you use for it", "any libraries for that". */
const TOOL_FOR_IT =
  /\b(?:what|which|any|good|recommended) (?:tools?|librar(?:y|ies)|libs?|frameworks?|software|products?|vendors?)\b.*\b(?:for|with) (?:it|that|this|them|those)\b/;
/** What is asked in addition to the last answer: "on top of that", "besides that". */
const ADDS_TO_IT = /\b(?:on top of|in addition to|besides|apart from|alongside|along with|together with) (?:that|this|it|those|these)\b/i;
/** Cosine with one of an entry's phrasings at which a question counts as asked in that entry's own words. */
const EXACT_PHRASING = 0.97;
const EXACT_CONFIDENCE = 0.9;
// A summary that opens with its verdict ("Yes, most do, but ..."), and a question that asks for none ("what does a staff
// engineer do all day?"): the verdict answers a question nobody asked here.
const OPENS_WITH_VERDICT = /^(Yes|No), (\S)/;
/** A follow-up that asks how something is done: "so how do services prove who they are?", "ok how do i stop a retry from ...". */
const HOW_IN_OWN_WORDS = /^(?:(?:so|ok|okay|and|but|then|right)[,!]?\s+)*how (?:do|does|can|could|should|would|to)\b/;
/**
 * "(mix of python, go and a node gateway)": a bracketed list of what the asker's system is made of says whose system it
 * is, not what is asked; read as the question, its words ("node", "gateway") find entries of their own.
 */
const LANGUAGE = String.raw`(?:python|java|golang|go|node(?:js)?|ruby|rails|php|kotlin|scala|rust|typescript|javascript|elixir|django|spring|flask|c#|\.net|c\+\+)`;
const STACK_ASIDE = new RegExp(
  String.raw`\s*\((?=\s*(?:a )?(?:mix of|mostly|mainly|all|written in)\b|[^()]*\b${LANGUAGE}\b[^()]*\b${LANGUAGE}\b)[^()]{1,100}\)`,
  'gi',
);
const withoutStackAside = (question: string): string => {
  const plain = question.replace(STACK_ASIDE, '');
  return plain === question || plain.trim().split(/\s+/).length < 3 ? question : plain;
};
/**
 * "and what's consistent hashing, saw both in a db talk and got lost": what a thing is, asked in the clause before the
 * comma; "both" after it is the two things the message asks about, not the last answer.
 */
const definesBeforeAside = (question: string): boolean => {
  const [asked, ...aside] = question.split(/,\s*/);
  return aside.length > 0 && /\bwhat(?:'?s| is| are)\b/i.test(asked!) && !pointsBack(asked!);
};
const ASKS_WHAT_OR_HOW = /^\W*(?:what|whats|how|why|where|which|who|when|tell me|explain)\b/i;
const ASKS_YES_OR_NO =
  /(?:^|[.?!,;:]\s*|\b(?:and|but|or|so)\s+)(?:is|are|am|was|were|do|does|did|can|could|should|would|will|has|have|isn'?t|aren'?t|don'?t|doesn'?t|won'?t)\s/i;
function withoutVerdictFor(summary: string, question: string): string {
  if (!OPENS_WITH_VERDICT.test(summary) || !ASKS_WHAT_OR_HOW.test(question) || ASKS_YES_OR_NO.test(question)) return summary;
  return summary.replace(OPENS_WITH_VERDICT, (_, _verdict: string, first: string) => first.toUpperCase());
}
/** "this kind of failure", "something like that": a kind the question points to, which what was told is an example of. */
const OF_THIS_KIND =
  /\b(?:this|that|these|those) (?:kinds?|sorts?|types?) of\b|\b(?:something|stuff|things|issues|failures|problems) like (?:this|that)\b/;
/** "is that a problem for ...", "would this hurt me": a verdict asked on what was just told. */
const VERDICT_ON_IT =
  /^(?:(?:but|so|and)\s+)?(?:is|isn'?t|would|will|could) (?:that|this) (?:(?:be|going to be|gonna be) )?(?:a (?:real |big |serious )?problem|an issue|a red flag|a dealbreaker|a deal breaker|bad|ok|okay|fine|normal|enough|(?:going to |gonna )?hurt|held against)\b/;
/** Share of two titles' words in common for the entries to be one thing for two roles (the onboarding plans share 7 of 12). */
const SIBLING_TITLES = 0.5;
/** Below this an answer is a guess, shown with "Not what you meant?". */
const GUESS_CONFIDENCE = 0.5;
/** How far down a sure hit may be promoted over an unsure first one, and how sure it must be. */
const RUNNER_UPS = 2;
const PROMOTE_CONFIDENCE = 0.6;
/** The down side of one thing, asked before it ("what are the downsides of raft") or after it ("raft limitations"). */
const SIDES = `(?:main |biggest |real |big |common |known )?(?:downsides?|drawbacks?|disadvantages?|cons|weaknesses|limitations?|limits|pitfalls|gotchas|trade-?offs|costs)`;
const SIDE_OF = new RegExp(
  String.raw`^(?:(?:so |ok |and )?(?:what are|whats|what's|what is|any|are there any) )?(?:the )?${SIDES} (?:of|with|to|in) (?:using |doing |an? |the )?(?<thing>[\w -]{2,40}?)[?.!\s]*$`,
);
const THING_THEN_SIDE = new RegExp(String.raw`^(?<thing>[\w -]{2,40}?) ${SIDES}[?.!\s]*$`);
/** A passage of an entry on its down side, by its heading: "**Trade-offs**", "**Other costs**", "**Pitfalls**". */
const SIDE_HEADING =
  /^\*\*(?:[\w ]{0,20} )?(?:costs?|limits?|limitations|trade-?offs|downsides?|drawbacks?|pitfalls|caveats?)\b[^*]{0,30}\*\*/i;
/** Whether a thing is still worth it, in words that also ask of a career: "still relevant", "outdated", "obsolete". */
const STILL_RELEVANT = /\bstill (?:relevant|a thing|worth (?:it|learning|knowing))\b|\b(?:outdated|obsolete|dying|dead|deprecated)\b/i;
/** Words at most this specific in everyday English cannot carry a question's topic alone ("tools", "staff", "why"). */
const TOPIC_SPECIFICITY = 0.35;
/** How much more of a follow-up's own words a neighbour of the last entry must say to answer it instead: one fairly specific word. */
const CLEARLY_MORE = 0.6;
/** How much of a part's own words a passage must hold to take the place of the rest of its gist (the sum of their specificities). */
const PART_PASSAGE_SCORE = 1;
/** A situation's passage says more of it than a part's gist must: the story around it lends it words that any passage may share. */
const SITUATION_PASSAGE_SCORE = 1.2;
/**
 * A bare "what are they?", "what's that?": what something is, the something named before. Not "what is this?" or "what is
 * it?", which ask what is happening ("every health check says the node is fine but ... what is this?").
 */
const ASKS_WHAT_IT_IS =
  /^(?:so |ok |and |but )?(?:what|wat|wtf|whats|what'?s) (?:(?:are|is|r) )?(?:they|those|these|that|those things|that thing)(?: exactly| even| actually)?[?!.\s]*$/;
/** "staff vs principal beyond the title": what the difference is asked past, not a topic of the comparison's own. */
const BEYOND_THE_NAME =
  /\b(?:beyond|other than|apart from|besides|aside from|except(?: for)?) (?:the |a |just |their |its )?(?:job )?(?:titles?|names?|labels?|pay|money|salary|comp)\b/gi;

/** A role at the end of a question, as whom it matters to: "... for an infra eng", "as a backend dev?". */
const FOR_WHOM = /\b(?:for|as|to) (?:an?|my|our|us|me as an?) [\w/-]+(?: [\w/-]+){0,2}[?!.]*$/;

/**
 * "how do real systems stop this", "how do people solve this properly": others' way with what the post told, whose
 * subject names no topic ("systems", "people" would find the entries that speak of them).
 */
const OTHERS_DEAL_WITH_IT =
  /^how (?:do|would|should|can|does) (?:real(?:[- ]world)? systems|production systems|(?:other |most |big |real |experienced )?(?:people|ppl|folks|teams|companies|orgs|engineers)|others|every(?:one|body)(?: else)?) ((?:usually |normally |actually |typically |generally )?(?:stop|prevent|avoid|solve|fix|handle|deal with|guard against|get around)\b)/i;

/** "someone said we need to shard it. what does that mean": what the thing the post names is. */
const ASKS_WHAT_IT_MEANS = /^(?:so |ok |and |but )?what (?:does|do) (?:that|this|it|they) (?:even |actually |really )?mean[?!.\s]*$/;
/** "what's that about?", "what is this all about": what the thing just told of is. */
const ASKS_WHAT_ITS_ABOUT = /^(?:so |ok |and |but )?(?:what|whats|what'?s) (?:is )?(?:that|this|it) (?:all )?about[?!.\s]*$/;
/** A telling, then a question after a semicolon or a comma: "a reviewer said we'd need 'fencing', what's that about". */
const TOLD_THEN_ASKS_WHAT = /^(.{8,}?)\s*[;,]\s*((?:so |and |but )?what\b[^;,]*)$/i;
/** "what does that force in our setup?", "what would this imply for us": what the thing the post names brings with it. */
/** "it" as what is done or talked of ("start small with it", "how do we roll it out"), not a subject ("is it worth it"). */
const OBJECT_IT =
  /\b(?:with|about|on|into|use|using|do|doing|try|trying|start|adopt|adopting|introduce|introducing|run|running|roll|rolling|sell|pitch|implement|implementing) it\b/;
const ASKS_WHAT_IT_FORCES =
  /^(?:so |ok |and |but )?what (?:does|do|would|will) (?:that|this|it) (?:even |actually |really )?(?:force|imply|require|involve|entail|change|mean for)\b/;
/** A question that asks to choose between things named before it. */
const CHOOSES_BETWEEN =
  /^(so |ok |and )?which (one|ones?|approach|option|pattern|way|of (them|the two|these|those|the 2)|is (better|best|right)|should (i|we) (use|pick|choose|go with|take|go for)|fits|would you (use|pick|choose|take|go with|go for))\b/;
/** A question of a comparison's sides, not of a topic beside them: "which one actually designs the system?", "how do their jobs differ?". */
const ASKS_OF_THE_SIDES =
  /\bwhich (?:one|of (?:them|the two|these|those))\b(?! (?:would|should|do|could|can) (?:you|i|we)\b)|\bhow (?:do|does|would) (?:they|their (?:jobs?|roles?|work|days?)|the (?:two|jobs|roles))(?: (?:actually|really))? differ\b/;
/** How two things the message named go together: "can you use one without the other?". */
const ONE_WITHOUT_THE_OTHER = /\b(?:one without the other|either without the other|need (?:one|both) for the other|one needs? the other)\b/;
/** "how do I get there from senior?": from a side it names to the one the last question was about. */
const GETS_THERE_FROM = /\b(get|getting|go|move) there from\b/i;
const GETS_THERE = /\b(get|getting|go|move) there\b/i;
/** Asks how to go over to the other side of a comparison: "how would I cross it?", "how do I make the jump?". */
const CROSSES =
  /\bhow (?:do|would|can|could|should|does|did) (?:i|we|one|you|someone|people|ppl|a person) (?:actually |even |best |ever )?(?:cross (?:it|that|over|the line|the gap)|make (?:the|that) (?:jump|switch|move|leap|transition)|switch(?: over| sides)?|jump (?:over|ship|across|the fence)|move (?:over|across)|get (?:across|over)|go from (?:one|the first) to the other)\b/;
const GETS_THERE_ASKED = /\bhow (?:do|would|can|could|should) i (?:actually |even )?(?:get|go|move) there\b/;
/**
 * The level a post tells, or the one its years of work make likely where it names none: "2 yrs in on a storage team. what
 * concepts am I expected to have nailed down by now?" is a mid-level engineer's question. Past five years it could be
 * mid or senior, so none.
 */
function levelToldIn(sentences: readonly string[]): string | undefined {
  const asker = readAsker(sentences);
  if (asker.level || asker.years === undefined) return asker.level;
  return asker.years < 2 ? 'entry' : asker.years <= 4 ? 'mid' : undefined;
}

/** What is asked of the asker at their level: "what's expected of me now?", "what changes for me now?". */
const EXPECTED_OF_ME =
  /\b(expected of me|expect(ed)? from me|(what'?s|what is|whats) (actually )?(different|expected) (for me )?now|what changes (for me )?now|(am i|i'?m|im|i am) (supposed|expected) to (know|have|understand|be (solid|good|comfortable|fluent|strong) (on|at|with|in))\b.*\bby now|should i (know|have|understand|be (solid|good|comfortable|fluent|strong) (on|at|with|in))\b.*\bby now)\b/;
/** An asker's level as a question would say it. */
const LEVEL_WORD_OF: Readonly<Record<string, string>> = { entry: 'entry level' };
/** The level a follow-up says the asker is at now: "at this level", "for my level". */
const THIS_LEVEL = /\b(?:this|my|that) level\b/i;
/** A level as a person, as a comparison's side names one. */
const LEVEL_ENGINEER: Readonly<Record<string, string>> = { entry: 'junior engineer', mid: 'mid-level engineer' };
/** The asker set beside another side: "me vs a senior", "a staff engineer vs me". */
// "what's the actual gap between me and a senior": "me and" after "between" sets the asker beside the other side too.
const ME_AS_SIDE = /\b(?:me|myself)(\s+(?:vs\.?|versus)\s)|((?:vs\.?|versus)\s+)(?:me|myself)\b|(?<=\bbetween\s+)(?:me|myself)(\s+and\s)/i;
/** What the asker's own level does not hold: "that isn't on mine", "that i don't do". */
const NOT_MINE =
  /\b(?:that|which) (?:isn'?t|is not|aren'?t|are not) (?:on )?(?:mine|my plate|my level)\b|\bthat i (?:don'?t|do not|never)(?: (?:do|have|own|get))?\b/i;
/** "am i still a junior?", "is he still mid level after 3 years?": asks whether the next step has been made. */
const STILL_AT_LEVEL =
  /\b(?:am i|are we|is (?:he|she|someone|that|this)|are (?:they|you)) still (?:an? |at |just )?(junior|jr|entry[- ]level|mid[- ]?level|mid|senior)\b/;
/** The level a post says the asker is stuck at: "5 yoe, still mid level", "stuck at senior for years". */
const STUCK_AT_LEVEL =
  /\b(?:still|stuck (?:at|as|on))(?: an?| at| just)? (junior|jr|entry[- ]level|mid[- ]?level|mid|senior)\b|\bbeen (?:an? |at )?(junior|jr|entry[- ]level|mid[- ]?level|mid|senior)(?= (?:for|since) )/;
/** What keeps the asker where they are: "what am i missing", "what's holding me back". */
const ASKS_WHAT_HOLDS_BACK =
  /\bwhat(?: am i| are we| is|'?s)(?: (?:probably|likely|actually|really|still))? (?:missing|doing wrong|holding (?:me|us) back)\b/;
/**
 * How much something should count: "how much should i hold that against them", "how much weight should that carry"; "should
 * that worry me?" with "that" already read as the claim told ("should never duplicates, it's exactly-once worry me").
 */
const WEIGHS_IT =
  /\bhow much (?:weight )?should (?:i|we|that|this|it)\b|\b(?:hold|count) (?:that|this|it) against\b|\bshould (?:that|this|it) (?:worry|concern|bother)\b|\bshould [^?]{1,80}? (?:worry|concern|bother) (?:me|us)\b|\bdeal ?breaker\b/;
/** A post that tells of a candidate in a loop: "one candidate's incident story", "debrief tomorrow", "in a screen today someone said". */
const TELLS_OF_A_CANDIDATE =
  /\bcandidates?\b|\bdebrief\b|\binterviewed (?:someone|a|an|this|that)\b|\b(?:screen|screening|interview|loop|onsite)\b[^.?!]{0,30}\b(?:someone|this person|this guy|he|she) (?:said|claimed|told|kept|swore)\b/;
/** The level after each, in the words the comparisons use. */
const NEXT_LEVEL: Readonly<Record<string, string>> = {
  junior: 'mid',
  jr: 'mid',
  entry: 'mid',
  mid: 'senior',
  senior: 'staff',
};
/** A question that asks to pick one: "which one would you actually pick?". */
const PICKS =
  /\bwhich (one |of (them|the two) )?(would|should|do) (you|i|we) (actually |really )?(pick|choose|use|take|go with|go for|recommend)\b/;
/**
 * A comparison's sides as the roles or levels they name, when every side names a different one
 * ("staff engineer job posting" vs "senior one"): the other words are the question's topic. Otherwise
 * as written ("SRE at a trading firm" vs "SRE" compares two workplaces, not two roles).
 */
function coreSides(sides: readonly string[]): string[] {
  const named = sides.map(namedSideOf);
  const distinct = new Set(named).size === sides.length && named.every((name) => name !== null);
  return distinct ? (named as string[]) : [...sides];
}

// What a role is called besides its name: "platform team" is the platform engineer, not a topic of its own.
const ROLE_NOUNS =
  'engineer engineers engineering eng engs team teams dev devs developer developers role roles job jobs one ones level levels people folks side';
const ROLE_NOUN = new RegExp(`^(${ROLE_NOUNS.split(' ').join('|')}|an?|the)$`);
/**
 * The words of a side as written that neither its role's name, a word for a role nor another name for it ("junior" for
 * the entry level) covers: "candidate" in "a staff candidate".
 */
function wordsBeyond(written: string, role: string): string[] {
  const named = new Set(foldText(role).split(/[\s-]+/));
  return foldText(written)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word && !named.has(word) && !ROLE_NOUN.test(word) && namedSideOf(word) === null);
}

const EVERY_IN_THE_FIELD = new RegExp(IN_THE_FIELD.source, 'gi');
const LEVEL_CODE = /^([le][3-8]|sde ?(\d|i{1,3}))$/;
/** A level asked about: "for a new grad", "at senior", "a junior candidate", and the heading of its section. */
const LEVEL_ASKED_GLOBAL = /\b(new grads?|juniors?|entry[- ]level|mid[- ]level|mids?|seniors?|staff|principals?)\b/g;
const SECTION_OF_LEVEL: Readonly<Record<string, string>> = {
  'new grad': 'Entry',
  junior: 'Entry',
  'entry-level': 'Entry',
  'entry level': 'Entry',
  'mid-level': 'Mid',
  'mid level': 'Mid',
  mid: 'Mid',
  senior: 'Senior',
  staff: 'Staff',
  principal: 'Principal',
};
/** A section of an entry headed by a level alone ("**Senior**"): the entry is written level by level. */
const LEVEL_SECTION = /^\*\*(?:Entry|Junior|Mid|Mid-level|Senior|Staff|Principal)\*\*$/gm;
const MIN_LEVEL_SECTIONS = 3;
/** Who asks and where they work, in a sentence of its own: "backend dev at a logistics co", "I'm an SRE at a bank (Go, k8s)". */
const WORKS_AT =
  /^(?:i'?m |i am )?(?:an? )?[\p{L}/+ -]{2,30}? (?:at|in|for) (?:an?|the|my|our|this) [^.?!]{2,60}(?:company|companies|co|corp|startup|firm|shop|business|org|organi[sz]ation|employer|bank|agency|fintech|saas|scale-?up|insurer|telco|retailer)\b[^.?!]{0,40}$/u;
/** The most words of a sentence that only says who the asker is ("Data engineer, 5 yrs, at a fintech."). */
const MAX_INTRODUCTION_WORDS = 14;

/** "SRE, 5 years, at a video streaming company.", "I'm a mid-level backend engineer at an insurance company.": who asks. */
function introducesAsker(sentence: string): boolean {
  if (sentence.split(/\s+/).length > MAX_INTRODUCTION_WORDS || careerIntent(sentence) !== null) return false;
  const asker = readAsker([sentence]);
  return asker.role !== undefined && WORKING_ROLES.has(asker.role) && asker.hires === undefined;
}
/** Roles of people at work on systems: a student's or a new grad's post is about their way in, whatever it tells. */
const WORKING_ROLES = new Set(['sre', 'devops engineer', 'platform engineer', 'data engineer', 'frontend developer', 'backend developer']);

/**
 * A post that tells what a system did, after saying who asks: the sentences that only say who asks, where the rest of it,
 * read without them, is a story of its own (no level, no role, no career asked about), long enough to say what it is
 * about; null for any other post.
 */
function storyIntroductions(question: string, sentences: readonly string[]): ReadonlySet<string> | null {
  if (sentences.length < 2) return null;
  const introductions = new Set(sentences.filter(introducesAsker));
  if (introductions.size === 0) return null;
  const rest = sentences.filter((s) => !introductions.has(s));
  const told = rest.join(' ');
  const story =
    told.split(/\s+/).length >= STORY_WORDS &&
    careerIntent(`${question} ${told}`) === null &&
    !LEVEL_WORD.test(foldText(`${question} ${told}`)) &&
    readAsker([...rest, question]).role === undefined;
  return story ? introductions : null;
}

/** The role the content sets beside SRE as "software engineering" ("New grad: should I pick SRE or software engineering?"). */
const SAID_AS_SWE = 'backend-engineer';
/** "what's the proper fix here?", "what's the right way to do this": the remedy for what the post tells. */
const ASKS_FOR_A_FIX =
  /\b(?:proper|right|correct|real|standard|usual|best) (?:fix|way|solution|approach|pattern)\b|\bhow (?:do|should|would|can) (?:we|i) fix\b/;
/** "which one should i pick?", "ok so which should i apply for": asks to choose between sides just set out. */
const ASKS_TO_CHOOSE = /\bwhich\b(?:(?!\?).)*\b(?:pick|choose|go for|go with|apply|use|aim|better|learn)\b|\bwhich (?:one|should|would)\b/;
/** A question that asks what to do about a thing, not what it is: "how do ppl prevent that", "how do we begin". */
const ASKS_WHAT_TO_DO =
  /\bhow (?:do|can|should|would|could|to|did|does|are) (?:(?:i|we|you|ppl|people|teams|folks|one|apps|systems|they|companies|others)\s+)?(?:actually\s+|even\s+|usually\s+|normally\s+|best\s+)?(?:prevent|avoid|stop|fix|handle|deal with|begin|start|get started|detect|catch|spot|recover|protect|guard|mitigate|reduce|survive|make sure)\b/;
/**
 * "how should we re-shard this?", "how do i decide if that's a good idea?": how to go about a decision or a change, which
 * an entry's body answers where its summary says what the thing is. Only for choosing what of the entry to show: as a
 * reason to read the question apart from who asks (`asksFix`), a career's "how do I decide?" is the asker's own choice.
 * Not "how do we set up / design / plan ...": a guide's summary is the plan (an interview loop, a first 90 days), and its
 * body's passages are details of it.
 */
const ASKS_HOW_TO_GO_ABOUT =
  /\bhow (?:do|can|should|would|could|to) (?:(?:i|we|you|ppl|people|teams|folks|one)\s+)?(?:actually\s+|even\s+|best\s+)?(?:decide|choose|pick|approach|migrate|re-?shard|rebalance|size|tune|configure)\b/;
/** "what do we actually do here?" after what a system did (not what a career asks the asker to do). */
const ASKS_WHAT_WE_DO =
  /\bwhat (?:do|should|can) we (?:actually |even |realistically )?do\b(?! (?:all day|day to day|daily|for a living)\b)/;
/**
 * "is there a proper way to do this?", "what's the standard way": the remedy, where a passage names it as one ("the proper
 * fix is to delete the cached key", "Fixes: ..."); an entry whose summary is the remedy itself (the outbox, idempotency
 * keys) says it best as written.
 */
const ASKS_THE_WAY =
  /\b(?:is there|what'?s|what is|whats) (?:an? |the )?(?:(?:actual|proper|real|right|correct|better|standard|usual) )+(?:way|approach)\b/;
const NAMES_A_REMEDY = /\b(?:fix|fixes|fixed by|the cure|instead)\b/i;
/**
 * A question that asks for a judgement of a thing ("is chaos engineering safe in prod?", "am i right to push back?", "is
 * there an actual proper fix?"): what the entry says of doing it safely, or of the fix, answers it more than what the
 * thing is.
 */
const ASKS_JUDGEMENT =
  /\b(?:is (?:it|this|that|[\w-]+(?: [\w-]+){0,3}?) (?:even |actually |really )?(?:safe|ok|okay|good enough|a good idea|wise|risky|dangerous)\b|is (?:it|this|that) (?:really |actually )?(?:fine|good enough) to\b|am i (?:right|wrong|crazy) to push back|\b(?:is there|what'?s|what is) (?:an? |the )?(?:(?:actual|proper|real|right|correct|better) )+(?:fix|solution)\b)/;
/**
 * "do we need BFT for an internal store?": whether it is needed, which the entry says, if anywhere, in a passage led by
 * that question ("**Do you need it?** Usually not ..."); what the thing is answers most others ("do i need a masters").
 */
const ASKS_IF_NEEDED =
  /\b(?:do|does) (?:we|i|you|a team|that|this|it) (?:really |actually |even |still )?need\b|\bis (?:it|that|this|[\w-]+(?: [\w-]+){0,3}?) (?:really |actually |alone |by itself |on its own )?enough\b|\bcan (?:we|i|you) get away with\b/;
/** A judgement's passage needs less of the question: its own word ("safe") is an everyday one, which never counts much. */
const JUDGEMENT_PASSAGE_SCORE = 0.5;
const LEVEL_WORD = /\b(junior|mid[- ]?level|mids?|senior|staff|principal|l[3-8]|e[3-8])s?\b/i;
/** A question about getting promoted: "what do promo committees want to see?", "what goes in a promo packet?". */
const ASKS_ABOUT_PROMO = /\bpromo(?:tion)?s?\b|\bpromo(?:tion)? (?:committee|packet|case)s?\b/;
/** The level a post says the asker is going up for: "going up for senior next cycle", "up for staff this year". */
const GOING_UP_FOR = /\b(?:going up|put up|putting me up|up|nominated|submitted) for (?:promo(?:tion)? to )?(mid|senior|staff|principal)\b/;
/** A level as the subject of a sentence: "seniors are supposed to ...", "staff engineers are expected to ...". */
const LEVEL_SUBJECT =
  /\b(juniors|mid[- ]?levels|mids|seniors|(junior|mid[- ]?level|senior|staff|principal) (engineers|devs|people|folks))\b/gi;

/**
 * How one reading of a question is searched: `context` votes for the entries the sentences around it are about;
 * `asTyped` is false for a question the bot completed itself; `foreignFromMessage` takes the count of another field's
 * words from the message, not from this reading (whose words include the asker's own story).
 */
interface Reading {
  context?: string;
  asTyped?: boolean;
  foreignFromMessage?: boolean;
}

/** "how do I do that", "how can I show it": asks how to do what was quoted before. */
const DOES_THAT = /^how (do|can|would|should) (i|we|you) (do|show|get|achieve|demonstrate|prove) (that|this|it)\b/;

/** "what does that even mean?", "what is that?", "meaning?": asks what the thing quoted before means. */
const MEANS_THAT =
  /\b(mean|means|meant|meaning|what (is|are|'s) (that|this|it|those|these)|what (does|do|would|should) (that|this|it) (even |actually |really )?look like)\b|^(that|this|it|so)\b/;
/** How exactly something is meant: "what does that mean concretely?" asks no more than "what does that mean?". */
const HOW_EXACTLY = /\b(concretely|exactly|precisely|specifically|in practice|in real terms|day to day|tho|though)\b/gi;
/** "feedback said i 'didn't consider backpressure'. what did they mean?": asks what was meant by what they said. */
const MEANT_BY_THEM =
  /^(?:so |but |ok )?what (?:did|do|does|would|could) (?:they|he|she|the (?:\w+ )?(?:interviewers?|panel|feedback|reviewers?|manager|lead)) (?:even |actually |really )?mean\b/;
/** "what was i missing?", "what did i get wrong?": asks what the thing the post names really is. */
const WHAT_I_MISSED = /^(?:so |ok |but )?what (?:was|am|did) i (?:missing|miss|get wrong|getting wrong|misunderstand(?:ing)?)\b/;
/** "can someone eli5 it?", "explain that like i'm new": asks what the thing named before is. */
// Or asks what it is, with no other word: "I keep hearing about deterministic simulation testing, what is that".
const EXPLAINS_IT =
  /\b(explain|eli5|describe|break down|walk me through)\b.*\b(it|that|this)\b|^(?:so |and |but )?what(?: is|'s|s) that(?: exactly| even| actually)?$/;
/** "should that worry me?", "is that a red flag?": a verdict on what was quoted ("'we used 2PC for everything'"). */
const JUDGES_THAT =
  /\b(should|does|would|is|was|isn'?t) (that|this|it) (actually |really )?(worry|concern|bother|scare|a red flag|a problem|a concern|bad|normal|ok|okay|fine|true|right|the (right )?(answer|call|approach|way to go)|overkill|worth it|a good idea)\b/;

/** A sentence that weighs two things up ("I can't tell which one I'd fit better, or whether the difference matters"). */
const WEIGHS_UP =
  /\bwhich (one|of (them|the two|these|those))\b|\b(the|what'?s the|any) differences?\b|\b(should i|whether to|if i should|whether i should)\b.{3,80}\bor\b/;

/** The word of a follow-up that stands for what the last question named ("how's it different from platform eng?"). */
const STANDS_FOR_TOPIC = /\b(it|that|this)\b/i;
/** A sentence that only says who asks: "as a data eng", "platform eng here", "questions from a frontend dev". */
const ONLY_WHO_ASKS =
  /^(?:(?:as|i'?m|i am) an?|(?:a )?(?:few |some |two |couple (?:of )?)?(?:questions?|qs?) from an?) [\p{L}/+ -]{2,30}$|^[\p{L}/+ -]{2,30} here$/u;
/** What a sentence tells before its comma, then asks about with a pronoun: "X and Y, what does that mean?". */
const TOLD_THEN_ASKED = /^(.{10,}?),\s*(?:so\s+)?(?:what|how|why)\b[^,]*\b(?:it|that|this|those|these|them|they)\b[^,]*$/;
/** A pronoun opening a clause after the main one: "... once they live in separate databases". */
const SUBORDINATE_PRONOUN = /^(.*?)\b(?:once|when|whenever|if|after|until|before|because|since|while)\s+(?:they|it|them|those|these)\b/;
/** A sentence about the asker's own work: "I've been using Figma", "as a frontend dev". */
/** Someone or something the post told of: "how do I get her to stop?". */
const TOLD_OF = /\b(her|him|she|he|them|they)\b/;
// "my cat is named Kafka" is no work of the asker's, "my team runs kafka" is.
const OWN_WORK =
  /^(i|i'm|im|i've|ive|i am|i was|as an?)\b|^my (?:\w+ )?(job|role|team|teams|work|company|employer|title|manager|lead|boss|org|background|experience|current|day|stack|service|services|system|systems|cluster|code|project|company's)\b/;
const NOT_WORK =
  /\b(h-?1b|visa|green card|immigration|landlord|lease agreement|tenant|mortgage|relationship|marriage|divorce|housing co-?op|hoa|homeowners?|condo board|(?:cub |boy |girl )?scouts?|scout (?:pack|troop)|youth group|pta|kids'? (?:team|club|class))\b/;
/** Asks what is used in place of the last topic: "what do they do instead?", "any alternatives?". */
const ASKS_ALTERNATIVE =
  /\b(what|which|whats)\b[^?]{0,40}\b(instead|alternatives?)\b|\bany alternatives?\b|\bwhat else (do|can|could|should) (people|teams|they|we|i|you) use\b|\bwhat replaces (it|that|them)\b/;
/**
 * "is that what people call tail latency?", "is this what they mean by split brain?", "when consumers can't keep up, is that
 * what people mean by backpressure": the name is what is asked about.
 */
const CALLED_WHAT =
  /^(?:(?:so|and|but|ok|okay|wait)[, ]+)?(?:[^,?]{3,80},\s*)?(?:is|isn'?t) (?:that|this|it) (?:what|the thing) (?:people|they|you|folks|everyone|ppl|devs|engineers) (?:call|calls|mean by|refer to as|are calling)\s+(?:a |an |the )?([\w -]{3,40}?)[?.!]*$/;
// "would that realistically get me into infra work?" after a bootcamp told of: whether the thing told of helps.
const HELPS_ME_IN =
  /^(?:(?:and|but|so|ok|okay)\s+)?(?:would|will|could|can|does|do) (?:that|this|those|these) (?:(?:really|actually|realistically|even|ever) )?(?:get|land|help|qualify) (?:me|us|someone|a junior)\b/;
/** Whether what was just told is worth it: "is that worth the investment for us?" (not "is it worth ...", a dummy "it"). */
const THAT_AS_SUBJECT =
  /^(?:(?:and|but|so|ok|okay)\s+)?(?:(?:is|isn'?t|are|would|will) (?:that|this|those|these) (?:(?:really|actually|even|still) )?(?:be )?worth\b|how (?:do|can|should|would) (?:i|we) (?:turn|use|frame|sell|spin|present|write up|leverage) (?:that|this|those|these|it|all that|all of that)\b)/;
/**
 * The last sentence of a message's own said before the question in it, if the two can be placed: what "this" in the
 * question may stand for. Matched on a folded prefix, as splitting trims and folds what it keeps.
 */
function sentenceBefore(message: string, question: string, sentences: readonly string[]): string | undefined {
  const folded = foldText(message);
  const at = (part: string) => folded.indexOf(foldText(part).trim().slice(0, PLACING_CHARS));
  const asked = at(question);
  if (asked < 0) return undefined;
  return sentences
    .filter((sentence) => {
      const told = at(sentence);
      return told >= 0 && told < asked;
    })
    .at(-1);
}
/** Enough of a sentence's start to find it in its message. */
const PLACING_CHARS = 30;
/** The tag of the entries on the way into operations work (SRE, platform). */
const INTO_OPS = 'into-ops';
/**
 * A question asked about "it", its subject: "can it happen with only two nodes?", "does it still hold if ...". Or whose object
 * it is, right after the asking word: "who checks it, the lock service or the storage?" after fencing tokens.
 */
// "do i actually need it to get hired?" after Kubernetes: whether the last topic is needed.
const IT_ASKED_ABOUT =
  /^(?:(?:and|but|so|ok|okay)\s+)?(?:(?:can|could|does|do|did|is|are|will|would|should) (?:it|that|this|those|these)\b|(?:do|does|will|would) (?:i|we|you|one) (?:actually |really |even |still )?(?:need|have to|need to) (?:(?:know|learn|use|master) )?(?:it|that|this|those|these|them)\b|(?:who|what|which \w+) (?:checks|enforces|validates|verifies|issues|generates|assigns|increments) (?:it|that|this|them)\b)/;
// How people soften "off-topic" and "personal": "a bit", "kinda", ...
const SOMEWHAT = 'slightly|a bit|a little|bit|kinda|kind of|somewhat|very';
/** A first post that says it is not about the channel's subject: "a bit off-topic but ...", "kinda personal but ...". */
const SAYS_OFF_TOPIC = new RegExp(`\\b(${SOMEWHAT}|totally|completely|way) (off[- ]?topic|personal)\\b`);
/**
 * Personal or not about work, in any turn: "off topic but what's a bloom filter?" after an answer only changes the
 * subject, but "... how do we sort it out? not a tech question" says the bot has nothing to add.
 */
const SAYS_PERSONAL = new RegExp(
  `\\b(?:me and my|my) (?:partner(?! teams?\\b)|wife|husband|girlfriend|boyfriend|spouse|fiance|fiancee|roommate)\\b(?: and i)?[^.?!]{0,40}\\b(?:argu\\w*|fight\\w*|bicker\\w*|disagree\\w*|got (?:a|an|the) (?:job|offer) (?:in|at) (?:another|a different|a new) (?:city|country|state|town))\\b|\\bin (?:our|my) (?:relationship|marriage)\\b|\\b(${SOMEWHAT}) personal\\b|\\bnot (really )?(distsys|tech|work|career)[- ]related\\b|\\bnot (really )?an? (distsys|tech|technical|work|career|engineering) (question|q)\\b|\\b(?:spread\\w*|tell\\w*|talk\\w*) (?:gossip|rumou?rs|lies|stories|trash|shit) about (?:me|us|my)\\b|\\bbad-?mouth\\w* me\\b`,
);
/** How many of an entry's aliases a question says, each as a word of its own ("go or rust": Go and Rust). */
function aliasesSaid(entry: Entry | undefined, question: string): number {
  if (!entry) return 0;
  const said = ` ${foldText(question).replace(/[^\p{L}\p{N}+#]+/gu, ' ')} `;
  return entry.aliases.filter((alias) => said.includes(` ${foldText(alias)} `)).length;
}
/** A bold lead that opens a line: "**Who owns what**: ...", "- **Why not 100%?** ...". */
const BOLD_LEAD = /^(?:[-*] )?\*\*([^*]{3,60})\*\*.*$/gm;
/** The words of a lead that only frame a question. */
const LEAD_FRAME_WORDS = new Set(['what', 'is', 'are', 'a', 'an', 'the', 'it', 'of', 'to', 'do', 'does', 'you', 'how', 'why']);
/** The words that say what a question asks of a thing: "who owns", "while it is open". */
const ASKING_WORDS = new Set(['who', 'what', 'when', 'while', 'why', 'how', 'which', 'where', 'if']);
/** How much of a follow-up's own words a passage of the last entry must say to answer it there ({@link focusPassage}). */
const LAST_NAMED_PASSAGE = 1;
/** How much of a follow-up's words a body passage must say to follow a summary sentence shown again ({@link focusPassage}). */
const DEEPER_PASSAGE = 1;
/** What to learn or study, asked as such. */
const LEARNS = /\b(?:learn|learning|study|studying)\b/;
/** "what theory do i need to catch up on": what to learn, asked in other words. */
const ASKS_WHAT_TO_LEARN =
  /^(?:so |ok |and )?what (?:theory |stuff |skills |fundamentals |concepts |topics )?(?:do|should|would) i (?:need to |have to )?(?:learn|study|catch up on|brush up on|pick up|read up on)\b/;
/** Says the asker wants to move to other work: "I'd like to move over there", "thinking about switching teams". */
const WANTS_TO_MOVE =
  /\b(?:i'?d (?:like|love)|i want|i wanna|(?:i'?m )?(?:hoping|trying|looking|planning|aiming)|(?:i'?m |i am )?(?:thinking about|considering)) (?:to )?(?:move|moving|switch|switching|transfer|transferring|join|joining|pivot|pivoting|transition|transitioning|(?:be|work|working) on (?:the|a|an) (?:[\w-]+ ){0,3}?team (?:that|which|who) (?:designs|builds|writes|develops))\b/;
/** "What's the path?", "how do i get there?": the way to where the post says the asker wants to go, no topic of its own. */
const ASKS_THE_PATH =
  /^(?:so |ok |and )?(?:what(?:'s| is|s) the (?:path|way|route|roadmap)(?: there)?|how (?:do|would|can|should) i (?:get there|get in|make (?:that|the|this) (?:switch|move|jump)))[?.!]*$/;
/** What a message that says it is off topic or personal counts as: that many words of another field. */
const SAID_OFF_TOPIC = 3;
/** The asker's own wellbeing: "i'm burned out", "sleeping badly", "my mental health". */
const WELLBEING =
  /\b(?:i'?m|i am|i feel|feeling|i've been|been) (?:so |really |totally |completely |pretty |kinda )?(?:burned|burnt) out\b|\bi can'?t sleep\b|\bsleeping badly\b|\bmy mental health\b|\brecover(?:ing|y)? from (?:a |my )?burnout\b|\bmy burnout\b/;
/** A follow-up that asks for a side of the last answer: "what are the downsides?", "any pitfalls?". */
const ASKS_ASPECT =
  /\b(downsides?|drawbacks?|disadvantages?|advantages?|benefits?|pros|cons|trade-?offs?|limitations?|caveats?|gotchas?|pitfalls?)\b/i;
/**
 * The last topic put to work somewhere, the words after it only where: "how would that work across 10 servers behind a
 * load balancer?" after rate limiting, "where does a database actually use one?" after bloom filters.
 */
const IT_AT_WORK =
  /\b(?:how|where|when|why) (?:would|does|do|will|could|can|did|is|are) (?:that|it|this|they|those|these|one) (?:actually |really |even |still )?(?:work|scale|behave|hold up|cope|perform|get used|used)\b|\b(?:use|uses|using) (?:one|it|them|that|this)\b/;
/** A property asked of what was just explained: "is it eventually consistent?", "is that linearizable?". */
const PROPERTY_OF_IT =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:is|isn'?t|are|aren'?t) (?:it|that|this|they) (?:actually |really |still |also |even |always |fully )?(?!(?:basically |just )?(?:what|how|why|where|when|who|which)\b)([a-z][a-z -]{2,40}?)[?.!]*$/;
/** Where or how to begin, with nothing to begin on named: "where would we even start?", "how do we get started". */
const STARTS_ON =
  /^(?:\W*(?:and|ok|okay|so|but)\b)?[^.?!]*\b(?:where (?:do|would|should|can|could) (?:i|we|you|one) (?:even )?(?:start|begin)|where to (?:even )?(?:start|begin)|how (?:do|would|should|can|could) (?:i|we) (?:even )?(?:start|begin|get started))\b/;
/** "is that where crdts come in?", "so is this why raft needs a majority?": the last answer, put to a thing it names. */
const IS_THAT_WHERE = /^(?:so |and |ok |wait )?(?:is|isn'?t) (?:that|this|it) (?:where|when|why|how|what)\b/i;
/** What the asker already has, weighed against the last answer's topic: "we already have retries, is that not enough?". */
// Also what something of theirs already does: "we already retry with backoff", "our envoy mesh already does retries";
// and the need asked first: "do we still need one if we already retry with exponential backoff?", "... if every call
// already retries".
const ALREADY_HAVE =
  /\b(?:(?:we|i)(?:'ve| have)? (?:already|just|currently) (?:have|use|do|got|run)|(?:we|i|our (?:[\w-]+ ){0,2}[\w-]+) (?:already|currently) [\w-]+)\b.*\b(?:(?:not |good )?enough|still need|need (?:it|this|that|them|one)|overkill|redundant)\b|\b(?:still )?need (?:it|this|that|them|one)\b.*\b(?:if|when|since|given|as) (?:we|i|(?:every|each|all|all of|our|my) (?:[\w-]+ ){0,2}?[\w-]+)(?:'ve| have)? (?:already|currently)\b/;
/** "do i need event sourcing with it?", "does it have to come with a service mesh?": another thing needed with the last topic. */
const NEEDED_WITH_IT =
  /\b(?:do|does|would|will) (?:i|we|you|one|it|that|this) (?:really |actually |still |also |then )?(?:need|require|have to (?:use|have|come with))\b.{2,40}\b(?:with|for|alongside|on top of|together with) (?:it|that|this|them)\b/;
/** "we already retry with backoff and it didn't help", "tried bumping the timeout but no luck": a remedy that failed. */
const TRIED_IN_VAIN =
  /\b(?:we|i)(?:'ve| have| are|'re)? (?:already|tried|been trying)\b.*\b(?:didn'?t|did not|doesn'?t|does not|don'?t|isn'?t|wasn'?t|not) (?:help|helped|helping|work|working|fix|solve|enough|cut it|do (?:it|much|anything))\b|\btried [\w -]{2,40}\b(?:but|and) (?:it )?(?:didn'?t|did not|no luck|nothing)\b/;
/** The words a follow-up may open with before what it asks: "ok but", "so", "hmm". */
const FOLLOW_UP_LEAD = String.raw`^(?:(?:ok|okay|but|so|and|hmm|wait|right|cool|nice|gotcha),?\s+)*`;
/** "ok but why not just use 2pc instead?", "that sounds overcomplicated, isn't 2pc enough?": another way of doing what the last answer did. */
const WHY_NOT_INSTEAD = new RegExp(
  String.raw`${FOLLOW_UP_LEAD}(?:why (?:not|wouldn'?t (?:you|we|i)|don'?t (?:you|we|i)) (?:just )?(?:use |go with |do |pick |try )?(.+?)|(?:[^,]{3,60},\s*)?(?:isn'?t|is not|wouldn'?t|won'?t) (?:just )?(?:using )?(?:a |an |the )?([\w-]+(?: [\w-]+)?) (?:be )?enough(?: (?:here|for this|for that))?)[?.!]*$`,
);
/** "is etcd that?", "is cassandra one of those then?": whether the thing named is what the last answer explained. */
const NAMED_HAS_IT =
  /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:is|are) ([a-z][\w.-]*(?: [\w.-]+)?) (?:that|this|it|one of (?:those|them|these)|like that)(?: (?:too|then|though|either|by default))?[?.!]*(?:\s.*)?$/;
/** The use a pick is for, at the question's end: "which one do i need for grpc?". */
const USE_NAMED = /\bfor (?:an? |the |our |my )?([\w.+/-]{2,30})[?.!]*$/;
/** What a slot is said to be, not the slot ("sre roles", "platform jobs"): the kind of thing, which titles rarely say. */
const SLOT_KIND_WORDS = new Set(['role', 'roles', 'job', 'jobs', 'position', 'positions', 'gig']);
/** "so can i drop our retries then?" after circuit breakers: whether the one named is still needed beside the last topic. */
const DROP_IT = new RegExp(
  `${FOLLOW_UP_LEAD}(?:can|could|should) (?:i|we) (?:just )?(?:drop|remove|ditch|get rid of|stop using|skip|turn off|rip out) (?:the |our |my |all )?(.+?)(?: then| now| entirely| completely)?[?.!]*$`,
);
/**
 * "so do i still need retries then?", "do i still need retries if i have one?" after circuit breakers: whether the one
 * named is needed beside the last topic.
 */
const STILL_NEED = new RegExp(
  String.raw`${FOLLOW_UP_LEAD}(?:if (?:i|we|you) (?:already )?(?:have|use|add|run|got) (?:one|it|them|that|this|one of (?:those|them|these)),? )?(?:do|would|will) (?:i|we|you) (?:still|also|even) need (?:to use |to add |to do )?(?:the |a |an )?(.+?)(?: then| too| as well| anymore| at all| on top| if (?:i|we|you) (?:already )?(?:have|use|add|run|got) (?:one|it|them|that|this|those|one of (?:those|them|these)))*(?:,? or (?:does|do|will|would|can) (?:the |a |an )?[\w-]+ (?:replace|cover|handle|do) (?:it|them|that|those|this)(?: for (?:me|us|you))?|,? or (?:is|would) (?:it|that|this) (?:be )?(?:redundant|overkill|too much|unnecessary|pointless))?[?.!]*$`,
);
/**
 * "we already rate limit at the gateway, doesnt that cover it?" after backpressure: whether what the asker has already
 * does the last topic's job, which is the two side by side.
 */
const ALREADY_COVERS = new RegExp(
  String.raw`${FOLLOW_UP_LEAD}(?:we|i|our (?:team|service|app|api|platform)) (?:already |also )?(?:have |use |run |do |got |added |set up |rely on )?(?:an? |the |some |our )?(.+?)(?: (?:at|in|on|across|via|through|behind) (?:the |our |an? )?[\w-]+(?: [\w-]+)?)?(?: already)?,?\s*(?:so )?(?:doesn'?t|does not|won'?t|wouldn'?t|isn'?t|is not) (?:that|it|this) (?:already )?(?:cover|handle|solve|fix|do|take care of|be enough|enough)(?: (?:it|this|that|the same(?: thing| job)?|for (?:it|this|that)))?[?.!]*$`,
);
/** "where do retries fit into all this?": how a thing named goes with the last answer's. */
const FITS_IN = new RegExp(
  `${FOLLOW_UP_LEAD}where (?:do|does|would|should) (?:the )?(.+?) (?:fit|come in|go)(?: in| into)?(?: (?:all )?(?:this|that|it|these|them))?[?.!]*$`,
);
/** Where a thing sits among the last answer's: "and where does linearizable sit on that scale?". */
const SITS_AMONG = new RegExp(
  `${FOLLOW_UP_LEAD}where (?:do|does|would|should) (?:the )?(.+?) (?:sit|fit|go|land|fall|rank)(?: in| on| into| among| between)? (?:that|this|the|those|these|them)(?: (?:scale|spectrum|ladder|range|list|picture|order|ranking))?[?.!]*$`,
);
/** A thing named in three words at most, with no condition or case of its own ("if i'm using redlock", "for grpc"). */
/**
 * "do we also need the bulkhead thing on top of that or is it redundant?", "do I need a bulkhead alongside it too?": a
 * thing asked for beside the last topic, said of it ("on top of that"), with or without "still" or "also".
 */
const NEED_BESIDE_IT = new RegExp(
  String.raw`${FOLLOW_UP_LEAD}(?:do|would|will) (?:i|we|you) (?:still |also |even )?need (?:to add )?(?:the |a |an )?(.+?)(?: thing| stuff| pattern)? (?:on top of|alongside|as well as|together with|in addition to|next to|besides) (?:it|that|this|them|those)(?: too| as well| also)?(?:,? or (?:is|would) (?:it|that|this) (?:be )?(?:redundant|overkill|too much|unnecessary|pointless))?[?.!]*$`,
);
const NAMED_IN_FEW = /^(?!.*\b(?:if|when|for|because|since|with|in|on)\b)\S+(?: \S+){0,2}$/;
/** How the work changes, asked without saying where: "how different is the day to day gonna be?". */
const HOW_WORK_DIFFERS =
  /\bhow (?:different|much different|much will (?:it|things|the work) change)\b|\bwhat (?:will|would|is going to|'s going to) (?:change|be different)\b|\bwhat changes\b/;
/** A regulated finance workplace, and a tech company, as a post names them ("a large retail bank", "a saas startup"). */
const FINANCE_PLACE =
  /\b(bank|banking|fintech|trading (?:firm|shop|desk|company)|payments (?:company|processor)|insurer|insurance company|hedge fund|exchange)\b/;
const TECH_PLACE =
  /\b(saas|startup|tech (?:company|co|firm)|big tech|faang|cloud(?:[- ]native)? (?:company|shop)|product company|scale-?up)\b/;
// "is there like a study plan for that?", "what should i be studying to get there?": what to study, in order.
const ASKS_STUDY_PLAN =
  /\b(?:study plan|study guide|learning plan|learning path|roadmap|what (?:should|do|would|could) i (?:be )?(?:study|studying|learn|learning|read|reading|practi[cs]e|practi[cs]ing)|what to (?:study|learn|read|practi[cs]e)|what to read and practi[cs]e|books?\/papers)\b/;
// "to get there from mid": where the asker starts, not the level the plan is for.
const FROM_A_LEVEL = /\bfrom (?:an? )?(?:junior|mid[- ]?level|mid|senior|staff)\b/g;
/** How long "tl;dr?" after an answer may be: a sentence or two. */
const TLDR_CHARS = 260;
/** Asks for the step after the last answer's: "what should i study next?", "and after that?". */
const ASKS_WHAT_NEXT =
  /\b(next|after (that|this|the [\w-]+)|then what|what then|what else|beyond that|later|later on|down the line|from there)\b/;
/** Study told as done: "finished DDIA", "worked through the Gossip Glomers challenges", "done with the MIT course". */
const FINISHED_STUDY =
  /\b(?:finished|done with|worked through|got through|completed|read|went through)\b.{0,40}\b(?:ddia|book|books|course|courses|challenges?|glomers|papers?|lectures?|labs?|6\.824|6\.5840|textbook)\b/;
/** A remark about the asker, not a question: "my brain hurts", "i'm lost", "i'm confused", "i'm a frontend dev". */
const ABOUT_ME =
  /^[\s,.!-]*(?:my (?:brain|head)\b|i'?m (?:so |totally |completely |still )?(?:lost|confused|dumb|slow|new|tired)\b|i (?:don'?t|do not|still don'?t) (?:get|understand) (?:it|this|that)\b|i'?m not (?:really |exactly |much of )?(?:an? )?(?:[\w-]+ ){0,2}(?:person|engineer|expert|guy|dev|developer|specialist|native speaker)\b|i'?m (?:a )?non[- ]?(?:technical|tech|ops|engineer)\b|i'?m (?:just |only )?(?:an? )(?:[\w-]+ ){0,2}(?:dev|developer|engineer|pm|designer|student|manager|intern|grad)\b)/;
/** "where do I even start?", "where do we begin": asks how to begin on what the post tells. */
const WHERE_TO_START = new RegExp(`^(?:so |ok |okay |but )?${STARTS_WHERE.source.replace(/^\\b/, '')}`);
/** "where do we start?": a team asks where to start on something, not a person on a career. */
const TEAM_STARTS_WHERE = /^(?:so |ok |okay |but )?where (?:do|would|should|can) we (?:even )?(?:start|begin)\b/;
/**
 * "what did we break?", "what went wrong?", "why is this happening?": asks what the story told before it is, and names
 * nothing of its own ("break" would find the interview guide that asks candidates "what breaks if a setting changes").
 */
const WHAT_WENT_WRONG =
  /^(?:so |ok |okay |but |and )?(?:what (?:did (?:we|i|they) (?:break|do wrong|mess up|screw up|miss)|went wrong|broke|(?:is|'s) going on|happened|are we missing|am i missing)|why (?:is|was|would|does|did) (?:this|that|it) (?:happen|happening|break|broken)|how is (?:this|that) (?:even )?possible|(?:is|was) (?:this|that|it) (?:a bug|normal|expected|expected behaviou?r|intended|by design|a problem)(?: or (?:a bug|normal|expected|intended|by design|a feature|not|just how (?:it|this|that) works))?|bugs? or (?:expected|a feature|feature|by design|intended))[?!. ]*$/;
/** The level tags of entries written once per level, in the order of the ladder. */
const SERIES_LEVELS: readonly string[] = ['entry-level', 'mid-level', 'senior', 'staff', 'principal'];
/** Something to read: books, papers, a reading list. */
const READ_MATTER = /\b(books?|papers?|reading|read|textbooks?)\b/;
const READ_MATTER_GLOBAL = /\b(?:books?|papers?|reading|read|textbooks?|sources?|references?|citations?)\b/g;
/** "which one wraps which?", "which goes first?", "in what order?": the order of two things, asked of them. */
const ORDER_WORDS = 'order outside inside around nest together';
const ORDER_OF_TWO =
  /\bwhich (?:one |of (?:the two|them|the 2) )?(?:wraps|should wrap|goes (?:inside|outside|first|on the outside|on the inside)|comes first|sits (?:inside|outside))\b|\b(?:in )?(?:what|which) order\b/;
/** "any papers on that?", "source?", "where can i read more about it": what to read about the thing just explained. */
/** What to read, of any kind: "any books on that?", "good resources for it?". */
const ASKS_READING = /\b(?:books?|papers?|reading|read|resources?|courses?)\b/;
const ASKS_SOURCES = /\b(?:papers?|sources?|references?|citations?|read (?:more|further|up)|further reading)\b/;

/** How many of a post's sentences (its last) are read one by one with a thin question. */
const MAX_TOLD_SENTENCES = 4;

/** The most words a quoted term has ("holds a lease"); more is a sentence someone said. */
const MAX_TERM_WORDS = 3;

/** The most entries one "More" shows: a three-way comparison or a three-part reply. */
const MAX_MORE = 3;

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

export interface Answerer {
  /**
   * Answers one chat message: reads it (greetings and sign-offs out, context about the asker
   * kept, several questions split into parts), resolves a follow-up against `previous`, and
   * returns one reply whose `conversation` is what to remember for the next message.
   */
  ask(message: string, previous?: ConversationState | null): Answer;
  /** The answer for one entry, as if it had been asked about directly (buttons, `/topic`). */
  answerFor(id: string, question?: string): Answer | null;
  /**
   * The whole answer behind a "More" button: `key` is the answer's key (an entry id, or ids
   * joined by `+` for a comparison or a multi-part reply). Null when no id is known.
   */
  moreFor(key: string): Answer | null;
  catalogue(): CatalogueGroup[];
  /**
   * How the first question of a message was searched: the part as read, and the ranked
   * entries with the features confidence is computed from (for the fit, and for editors asking "why?").
   */
  explain(message: string): { question: string; hits: Hit[] };
}

/** `calibration` reads the confidence model for this content; by default it is measured here. */
export function createAnswerer(kb: KnowledgeBase, index: SearchIndex, calibration: Calibration = calibrate(kb, index)): Answerer {
  // The confidence model read for this content: a FAQ it was not fitted on is judged by its own shape.
  const { confidenceOf, rivalOf } = calibration;
  const comparer = createComparer(kb, index, { confidenceOf, rivalOf });
  const relatedOf = (entry: Entry): EntryRef[] => entry.related.slice(0, MAX_RELATED).map((id) => ref(kb.byId.get(id)!));

  /** Whether the content links two entries, either way round (`related`). */
  const linked = (a: string, b: string) => kb.byId.get(a)?.related.includes(b) || kb.byId.get(b)?.related.includes(a);

  function entryAnswer(entry: Entry, question: string, confidence: number): Answer {
    return {
      ...blank(question, 'answer', withoutVerdictFor(entry.summary, question)),
      entryId: entry.id,
      entryKind: entry.kind,
      title: entry.title,
      details: entry.body,
      sources: entry.sources,
      related: relatedOf(entry),
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

  /** The nearest entries to a question the bot will not answer: what it can answer instead. */
  const nearest = (hits: Hit[]): EntryRef[] =>
    hits
      .filter((hit) => hit.coverage >= 0.25 && hit.foreign === 0)
      .slice(0, MAX_SUGGESTIONS)
      .map((hit) => ref(hit.entry));

  /**
   * A hit whose tags the search plan weighed down, below the first: the plan held it back for this kind of question
   * (the guides for another starting point, for the other side of an interview).
   */
  const heldBack = (hit: Hit, top: Hit) => (hit.tagWeight ?? 1) < Math.min(1, top.tagWeight ?? 1);

  /**
   * A hit just below the first that the model is sure of, when the first is one it would not
   * answer with: the first matched more text ("is it worth reading the raft paper"), the other
   * matched what the question is about ("as an undergrad"). -1 when there is none.
   */
  function sureRunnerUp(ranked: Hit[]): number {
    const [top, ...rest] = ranked;
    if (!top || confidenceOf(top, rivalOf(ranked)) >= ANSWER_THRESHOLD) return -1;
    // Not one the search plan held back against the first ("a new grad's choice" for an SRE of four years who asks how
    // to make the switch): the plan knows what kind of entry answers this kind of question; the model does not.
    const index = rest
      .slice(0, RUNNER_UPS)
      .findIndex((hit, i) => !heldBack(hit, top) && confidenceOf(hit, rivalOf(ranked, i + 1)) >= PROMOTE_CONFIDENCE);
    return index < 0 ? -1 : index + 1;
  }

  // A hyphenated name that reads as one of its words ("write-through" as "write", "at-least-once" as "least"): asked
  // in that one word, an entry is asked in its exact words only when the name itself is written ("what is
  // write-through?"), not the word alone ("how should I write it up?"). For each entry, each such word and its names.
  const halfNames = new Map<Entry, Map<string, string[]>>();
  const losesHalf = (word: string) => {
    const kept = word.includes('-') ? index.analyze(word).length : 0;
    return kept > 0 && kept < word.split('-').length;
  };
  for (const entry of kb.entries) {
    const lossy = entry.aliases.filter((alias) => index.analyze(alias).length === 1 && alias.split(/\s+/).some(losesHalf));
    // The rest of the entry's phrasings are read only for the few with such a name, not for every entry at each start.
    if (lossy.length === 0) continue;
    // A word the entry is also asked by alone stays its exact phrasing.
    const otherPhrasings = [entry.title, ...entry.questions, ...entry.aliases.filter((a) => !a.includes('-'))];
    const whole = new Set(otherPhrasings.map((p) => index.analyze(p)).flatMap((terms) => (terms.length === 1 ? terms : [])));
    const names = new Map<string, string[]>();
    for (const alias of lossy) {
      const term = index.analyze(alias)[0]!;
      if (!whole.has(term)) names.set(term, [...(names.get(term) ?? []), foldText(alias).replace(/-/g, ' ')]);
    }
    if (names.size > 0) halfNames.set(entry, names);
  }
  const askedByHalfName = (hit: Hit, question: string) => {
    const names = hit.matched.length === 1 ? halfNames.get(hit.entry)?.get(hit.matched[0]!) : undefined;
    if (!names) return false;
    const asked = foldText(question).replace(/-/g, ' ');
    return !names.some((name) => asked.includes(name));
  };

  // An entry's name (its title and aliases, each read on its own line) and its title alone, read once.
  const namesOfEntry = new WeakMap<Entry, ReadonlySet<string>>();
  const namesOf = (entry: Entry) => {
    let names = namesOfEntry.get(entry);
    if (!names) namesOfEntry.set(entry, (names = new Set(index.analyze([entry.title, ...entry.aliases].join('\n')))));
    return names;
  };
  const titlesOfEntry = new WeakMap<Entry, readonly string[]>();
  const titleTermsOf = (entry: Entry) => {
    let terms = titlesOfEntry.get(entry);
    if (!terms) titlesOfEntry.set(entry, (terms = index.analyze(entry.title)));
    return terms;
  };

  /**
   * A comparison first or second among the hits that says nothing its own side's entry does not, of a question that names
   * only that side ("is 2pc a good idea": 2PC, not sagas vs 2PC nor 2PC vs 2PL): put after the rest, so that it neither
   * answers nor stands as the side's rival. Further down it stays where it is, as an alternative to offer. The other side
   * is what the comparison's title says beyond the side's own names.
   */
  function sideAloneFirst(question: string, ranked: Hit[]): Hit[] {
    // Most questions have no comparison among their first two hits: nothing is read for them.
    if (!ranked.slice(0, 2).some((hit) => hit.entry.kind === 'comparison')) return ranked;
    const asked = new Set(index.analyze(question));
    const saysNoMore = (hit: Hit, hits: Hit[]) =>
      hit.entry.kind === 'comparison' &&
      hits.slice(0, RUNNER_UPS + 1).some((side) => {
        // Of concepts only: a question about one role or level often asks about the other side unnamed ("can i sell my ops
        // work as distributed systems experience").
        if (side.entry.kind !== 'concept' || !hit.entry.related.includes(side.entry.id)) return false;
        if (!hit.matched.every((term) => side.matched.includes(term))) return false;
        const ownNames = namesOf(side.entry);
        const otherSide = titleTermsOf(hit.entry).filter((term) => !ownNames.has(term) && term !== 'vs');
        return otherSide.length > 0 && !otherSide.some((term) => asked.has(term));
      });
    let hits = ranked;
    for (let moved = 0; moved < RUNNER_UPS + 1; moved++) {
      const at = hits.slice(0, 2).findIndex((hit) => saysNoMore(hit, hits));
      if (at < 0) break;
      hits = [...hits.slice(0, at), ...hits.slice(at + 1), hits[at]!];
    }
    return hits;
  }

  /**
   * Answer, "did you mean", or decline, from the top hits; a `vague` question gets "did you
   * mean" at most. `asTyped` is false for a question the bot completed itself (a follow-up with
   * the last topic put in): only words the person typed can match an entry's phrasing exactly.
   */
  function decide(question: string, asRanked: Hit[], vague = false, asTyped = true, move = false): Answer {
    const ranked = sideAloneFirst(question, asRanked);
    // A question asked exactly as an entry's own phrasing is that entry's, whatever else matches more text; a move's
    // role is where it goes, not the role's own entry asked for by name, and a move's two roles ("how do i go from sre
    // to dse") are its start and end, not the comparison that holds the same two words.
    const exact = asTyped
      ? ranked.findIndex(
          (hit) =>
            hit.similarity >= EXACT_PHRASING &&
            hit.coverage >= 0.9 &&
            hit.queryTermCount <= 4 &&
            hit.foreign === 0 &&
            hit.unknown === 0 &&
            !askedByHalfName(hit, question) &&
            !(move && (hit.entry.kind === 'role' || hit.entry.kind === 'comparison')),
        )
      : -1;
    const promoted = exact > 0 ? exact : sureRunnerUp(ranked);
    const hits = promoted > 0 ? [ranked[promoted]!, ...ranked.slice(0, promoted), ...ranked.slice(promoted + 1)] : ranked;
    const [top] = hits;
    if (!top) return { ...blank(question, 'decline', MESSAGES.decline), suggestions: starters(kb) };
    const model = confidenceOf(top, rivalOf(hits));
    // Asked in the entry's own words: as sure as the bot gets.
    const confidence = vague ? Math.min(model, ANSWER_THRESHOLD - 0.001) : exact >= 0 ? Math.max(model, EXACT_CONFIDENCE) : model;
    if (confidence >= ANSWER_THRESHOLD) {
      const answer = entryAnswer(top.entry, question, confidence);
      if (confidence >= SURE_THRESHOLD) return answer;
      const alternatives = hits
        .slice(1)
        .filter((hit) => confidenceOf(hit) >= SUGGEST_THRESHOLD)
        .slice(0, MAX_ALTERNATIVES)
        .map((hit) => ref(hit.entry));
      return { ...answer, alternatives };
    }
    if (confidence >= SUGGEST_THRESHOLD) {
      const close = hits.filter((hit) => confidenceOf(hit) >= SUGGEST_THRESHOLD).slice(0, MAX_SUGGESTIONS);
      return { ...blank(question, 'suggestions', MESSAGES.suggestions), suggestions: close.map((h) => ref(h.entry)), confidence };
    }
    // "The nearest topics I do know" only above entries that are close; otherwise the usual starters, said plainly.
    const close = nearest(hits);
    const message = close.length > 0 ? MESSAGES.declineNearest : MESSAGES.decline;
    return { ...blank(question, 'decline', message), suggestions: close.length > 0 ? close : starters(kb), confidence };
  }

  /**
   * One question, read on its own (no conversation): a comparison, or a search planned by its
   * intent. `foreign` counts another field's words anywhere in the message ("my sourdough
   * starter ... tips?"): they speak against every part of it.
   */
  function answerOne(question: string, asker: Asker, foreign = 0, reading: Reading = {}): Answer {
    const { context, asTyped = true, foreignFromMessage = false } = reading;
    // "what are the downsides of raft?", "raft limitations": a side of one thing. The thing alone finds its entry (the side
    // words alone find guides that use them: "name the downsides" in interviews), whose passage on that side comes first.
    const plain = foldText(question).trim();
    const sideAsked = SIDE_OF.exec(plain) ?? THING_THEN_SIDE.exec(plain);
    const thing = sideAsked?.groups?.thing;
    if (thing && !reading.context) {
      const alone = answerOne(thing, asker, foreign, reading);
      const entry = alone.kind === 'answer' && alone.entryId ? kb.byId.get(alone.entryId) : undefined;
      if (entry && alone.confidence >= SURE_THRESHOLD) {
        const passage = entry.body
          .split(/\n\s*\n/)
          .find((block) => SIDE_HEADING.test(block.trim()))
          ?.trim();
        const shown = passage ? { summary: passage, details: entryBeside(entry, [passage]) } : {};
        return { ...alone, question, ...shown };
      }
    }
    // "is raft still relevant?", "is paxos outdated now?": whether a technique is still used, not a career's prospects.
    if (careerIntent(question) === 'prospects' && STILL_RELEVANT.test(question) && namesOnlyTechniques(question)) {
      return answerOne(question.replace(STILL_RELEVANT, 'still used'), asker, foreign, reading);
    }
    // Read with the post around it (`foreignFromMessage`), pay the post mentions ("pay is about the same") is not what
    // is asked: the question itself was checked for pay before.
    if (careerIntent(question) === 'pay' && !foreignFromMessage) {
      return { ...blank(question, 'decline', MESSAGES.pay), suggestions: payRefs(question), confidence: 0 };
    }
    // `foreignFromMessage`: the question was read with the post around it, whose other-field words ("recent physics
    // PhD here") say who asks; the message's own count (`foreign`) is the one that speaks against the answer.
    const countForeign = (hits: Hit[]) =>
      hits.map((hit) => (hit.foreign === foreign || (hit.foreign > foreign && !foreignFromMessage) ? hit : { ...hit, foreign }));
    const intent = detectIntent(question);
    if (intent.type === 'comparison') {
      // "staff engineer job posting" vs "senior one": the sides are the levels; the posting is the topic.
      const sides = coreSides(intent.sides);
      const answer = comparer.compare(question, sides, entryAnswer);
      // "how do I write job descriptions for junior vs senior roles": the comparison is inside a
      // question about something else, which a plain search may answer better.
      // A side's role or level is the side; its other words ("staff engineer job posting") are the question's topic.
      const sideTerms = new Set(sides.flatMap((side) => index.analyze(side)));
      // "in distsys land" says where, as every entry could: no topic of its own.
      const read = index.read(question.replace(EVERY_IN_THE_FIELD, ' ').replace(BEYOND_THE_NAME, ' '));
      // A level code ("e6 vs e5") is the side it was read as, not a topic of its own.
      // Nor is a word for a role ("a staff engineer vs a senior").
      const rest = read.units.filter(
        (unit) =>
          !sideTerms.has(unit) &&
          !roleUnits.has(unit) &&
          !wayUnits.has(unit) &&
          !comparingUnits.has(unit) &&
          !LEVEL_CODE.test(unit) &&
          read.specificityOf(unit) > TOPIC_SPECIFICITY,
      );
      // "what does the path from SRE to DSE look like?" names both sides but asks the way from one to the other: a
      // guide to that move, when the content has one, answers it.
      const moving = careerIntent(question) === 'move';
      if (answer && rest.length === 0 && !moving) return answer;
      const searched = decide(question, countForeign(searchFor(question, { type: 'question' }, asker)));
      const sideIds = [
        ...comparer.sideIds(intent.sides.map((side) => namedSideOf(side) ?? side)),
        ...(answer ? answerKey(answer).split('+') : []),
      ];
      // The search wins only with a topic of its own, not one side of the comparison; surely, unless the sides
      // came with words of their own ("a staff candidate"), which say the question is about those.
      // Everyday words ("a regular senior") say nothing of their own.
      const topical = sides.some((side, i) => {
        const beyond = index.read(wordsBeyond(intent.sides[i]!, side).join(' '));
        return beyond.units.some((unit) => beyond.specificityOf(unit) > TOPIC_SPECIFICITY);
      });
      const enough = topical ? ANSWER_THRESHOLD : SURE_THRESHOLD;
      // "which one actually designs the system?" asks of the sides; a guide to moving from one side to the other
      // answers how to get there, which only a move asks ("basically ppl who use kafka vs ppl who build it?").
      const ofTheSides = answer !== null && ASKS_OF_THE_SIDES.test(foldText(question));
      const aMove = isMoveGuide(searched) && !moving;
      const theMove = moving && isMoveGuide(searched) && searched.confidence >= ANSWER_THRESHOLD;
      if (
        searched.kind === 'answer' &&
        (!answer || theMove || (searched.confidence >= enough && !sideIds.includes(answerKey(searched)) && !ofTheSides && !aMove))
      ) {
        return searched;
      }
      if (answer) return answer;
    }
    const hits = countForeign(searchFor(question, intent, asker, context));
    // One everyday word ("life?", "books?") matches whatever happens to use it: never an outright answer.
    const read = index.read(question);
    const vague = read.units.length === 1 && read.specificityOf(read.units[0]!) <= MIN_SPECIFICITY;
    // A move asked with the role's bare name ("whats the way into sre": "way" and "into" are stop words) is not the
    // role's own name asked exactly: how to get there is the question.
    return decide(question, hits, vague, asTyped, careerIntent(question) === 'move');
  }

  /** Whether a question names one concept and nothing else: no role, level or second thing ("is raft still relevant?"). */
  function namesOnlyTechniques(question: string): boolean {
    const named = comparer.namedIn(question);
    return named.length === 1 && kb.byId.get(named[0]!.id)?.kind === 'concept' && namedSideOf(question) === null;
  }

  // The way to a level ("what does the path to staff look like?") is the step up, no topic of its own.
  const wayUnits = new Set(index.analyze('path road route journey track'));
  // Nor are the words that set two sides against each other ("what separates senior from staff").
  const comparingUnits = new Set(index.analyze('separates separate distinguishes differentiates difference differences different differ'));
  // What a role is called besides its name ("engineer", "team"), as the index reads those words.
  const roleUnits = new Set(index.analyze(ROLE_NOUNS));

  // Words that ask for help without saying with what: "tips?", "any advice?".
  const requestUnits = new Set(
    index.analyze(
      'tips advice suggestions ideas thoughts help recommendations pointers deal handle fix solve tackle approach approaches ' +
        // "what's the basic idea" after a post that names the topic: the gist of that, not the side projects' ideas.
        'idea basic basics gist nutshell overview ' +
        // "how do we stop that happening again?" after an incident story: what to stop is the story.
        'stop prevent avoid happen happening ' +
        'downsides drawbacks disadvantages advantages benefits pros cons tradeoffs limitations caveats gotchas pitfalls',
    ),
  );
  /** A word that asks for help, unless it is part of a term ("happens before" names a relation; "happening" alone does not). */
  const asksOnly = (read: QueryTerms, unit: string) =>
    requestUnits.has(unit) && [...(read.standsFor.get(unit) ?? [])].every((term) => requestUnits.has(term));
  /** Only words that ask for help or for a side of something ("what are the pros and cons?", "any tips?"). */
  const onlyAsks = (question: string) => {
    const read = index.read(question);
    return read.units.length > 0 && read.units.every((unit) => asksOnly(read, unit));
  };
  /** Whether a reply that does not answer offers more than another: a guess, or nearby entries instead of the starters. */
  const offersMore = (reply: Answer, than: Answer) =>
    (reply.kind === 'suggestions' && than.kind === 'decline') ||
    (reply.kind === 'decline' &&
      than.kind === 'decline' &&
      reply.summary === MESSAGES.declineNearest &&
      than.summary !== MESSAGES.declineNearest);

  /**
   * The words of a question that could name a topic but that the entries answering it do not name in their title or
   * aliases: "kafka" in "is kafka a queue or pub/sub?", answered by queues vs pub/sub. Empty when there are none.
   */
  function unnamedBy(question: string, answer: Answer): string {
    if (answer.kind !== 'answer') return '';
    const names = new Set(
      answerKey(answer)
        .split('+')
        .flatMap((id) => kb.byId.get(id) ?? [])
        .flatMap((entry) => index.analyze([entry.title, ...entry.aliases].join(' '))),
    );
    const read = index.read(question);
    return splitWords(foldText(question))
      .filter((word) =>
        index.analyze(word).some((unit) => read.specificityOf(unit) > TOPIC_SPECIFICITY && !asksOnly(read, unit) && !names.has(unit)),
      )
      .join(' ');
  }

  /** How many words of a question could name a topic ("structure" in "any tips on structure?"). */
  function topicWords(question: string): number {
    const read = index.read(question);
    return read.units.filter((unit) => read.specificityOf(unit) > TOPIC_SPECIFICITY && !asksOnly(read, unit)).length;
  }

  // Each entry's words as the index reads them, worked out the first time a follow-up asks whether it names them.
  // Keyed by the entry itself, as focus.ts keys its passages: an entry replaced by a reload is read afresh.
  const wordsOfEntry = new WeakMap<Entry, ReadonlySet<string>>();
  const entryWords = (entry: Entry) => {
    let words = wordsOfEntry.get(entry);
    if (!words) wordsOfEntry.set(entry, (words = new Set(index.analyze(`${entry.title} ${entry.summary} ${entry.body}`))));
    return words;
  };
  /** Whether a thing the question names with "the" ("the coordinator", "the leader") is one the last answer's entries name. */
  function namesPartOf(question: string, previous: ConversationState): boolean {
    const named = [...foldText(question).matchAll(/\bthe ([a-z][a-z-]+)/g)].flatMap((m) => index.analyze(m[1]!));
    if (named.length === 0) return false;
    const entries = previous.topics.flatMap((topic) => kb.byId.get(topic.id) ?? []);
    return named.some((word) => entries.some((entry) => entryWords(entry).has(word)));
  }

  /**
   * A pronoun in a clause after the question's own topic ("how do we keep orders and inventory consistent once they live
   * in separate databases?"): it stands for that topic, not for the last answer's.
   */
  function pointsWithin(question: string): boolean {
    const folded = foldText(question).trim();
    // "and what happens mid-write if it goes down?": an opening "and" leans on the last answer, whatever follows.
    if (/^(and|but|so|also|then|ok|okay|what about|how about)\b/.test(folded)) return false;
    // "our payments folks keep talking about double-entry ledgers and reconciliation, what does that mean on the systems
    // side?": what comes before the comma is what "that" stands for.
    const clause = SUBORDINATE_PRONOUN.exec(folded) ?? TOLD_THEN_ASKED.exec(folded);
    return clause !== null && !/\b(it|that|this|those|these|them|they)\b/.test(clause[1]!) && topicWords(clause[1]!) >= 2;
  }

  /** Whether every topic word of the question is a word of the entry's name (its title or an alias). */
  /**
   * The comparison of the last topic with the other thing the last question named (the circuit breaker, and retries), at
   * its passage on what the question asks of the two; null where no one comparison sets them side by side.
   */
  function orderOfTwo(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    const last = previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (!last) return null;
    // The comparisons of the last topic with a thing the last question named in any words ("retry with backoff").
    const asked = new Set(index.analyze(previous.question));
    const own = new Set(index.analyze([last.title, ...last.aliases].join(' ')));
    const sharing = (entry: Entry) => index.analyze(entry.title.split(':')[0]!).filter((unit) => asked.has(unit) && !own.has(unit)).length;
    const pairs = kb.entries.filter(
      (entry) => entry.kind === 'comparison' && comparer.namedIn(entry.title).some((n) => n.id === last.id) && sharing(entry) > 0,
    );
    if (pairs.length !== 1) return null;
    const entry = pairs[0]!;
    // The passage on how the two are put together, in the words entries say an order in ("retry on the outside, breaker
    // around each attempt"), which "wraps" is not.
    const passage = focusPassage(entry, `${question} ${ORDER_WORDS}`, index, false, {
      wholeList: true,
      beyondSummary: true,
      everyday: true,
    });
    const answer = { ...entryAnswer(entry, question, EXACT_CONFIDENCE), followUp: true };
    return {
      answer: passage ? { ...answer, summary: passage, details: entryBeside(entry, [passage]) } : answer,
      resolved: `${question} ${entry.title}`,
    };
  }

  /** Whether two words or more of a question could name a topic, and the entry says every one of them. */
  function allTopicWordsOf(question: string, entry: Entry): boolean {
    const read = index.read(question);
    const units = read.units.filter((unit) => read.specificityOf(unit) > TOPIC_SPECIFICITY && !asksOnly(read, unit));
    return units.length >= 2 && units.every((unit) => entryWords(entry).has(unit));
  }

  function topicUnitsWithin(question: string, entry: Entry): boolean {
    const read = index.read(question);
    const units = read.units.filter((unit) => read.specificityOf(unit) > TOPIC_SPECIFICITY && !asksOnly(read, unit));
    if (units.length === 0) return false;
    const name = namesOf(entry);
    return units.every((unit) => name.has(unit));
  }

  /**
   * Whether the question's own words (not those of the last entry's name) are said by a neighbour entry clearly more than
   * by the last entry: by at least one fairly specific word more.
   */
  function neighbourSaysMore(question: string, last: Entry, neighbour: Entry | undefined): boolean {
    if (!neighbour) return false;
    const read = index.read(question);
    const named = new Set(index.analyze(last.title.split(':')[0]!));
    const own = read.units.filter((unit) => !named.has(unit) && read.specificityOf(unit) > TOPIC_SPECIFICITY && !asksOnly(read, unit));
    const weight = (words: ReadonlySet<string>) => own.reduce((sum, unit) => sum + (words.has(unit) ? read.specificityOf(unit) : 0), 0);
    return weight(entryWords(neighbour)) >= weight(entryWords(last)) + CLEARLY_MORE;
  }

  /** No word that could name a topic of its own ("why?", "tools?", "and staff?", "what does that mean?", "tips?"). */
  function isTopicless(question: string): boolean {
    return topicWords(question) === 0;
  }

  /**
   * The two things a post names as the choice a vague "which one fits?" asks about: the last
   * sentence that names two entries ("someone suggested 2PC, someone else said sagas").
   */
  function namedPair(sentences: readonly string[]): [string, string] | null {
    for (const sentence of [...sentences].reverse()) {
      const named = comparer.namedIn(sentence);
      const distinct = [...new Map(named.map((n) => [n.id, n])).values()];
      // Two of a kind: two roles or two patterns are a choice; "an SRE role at a fintech" names a role and a place.
      const kinds = new Set(distinct.map((n) => kb.byId.get(n.id)?.kind));
      if (distinct.length === 2 && kinds.size === 1) return [distinct[0]!.side, distinct[1]!.side];
      // Two roles the content has no entry of its own for ("an SRE offer and a SWE offer").
      const roles = choiceSides(sentence);
      if (roles) return roles;
    }
    return null;
  }

  /** The one thing a post names by an entry's name (its alias or short name), or null when it names none or several. */
  function soleNamed(sentences: readonly string[]): string | null {
    const named = sentences.flatMap((sentence) => comparer.namedIn(sentence));
    return new Set(named.map((n) => n.id)).size === 1 ? named[0]!.side : null;
  }

  function searchFor(question: string, intent: ReturnType<typeof detectIntent>, asker: Asker, context?: string): Hit[] {
    // "how does leader election work in distributed systems": where, as every entry could say; its words would vote for
    // the entries whose titles name the field (the levels), not for the topic asked about. Not in a career question
    // ("how do i get a job in distributed systems"), where the field is what is asked about.
    const placed =
      careerIntent(question) === null && IN_THE_FIELD.test(foldText(question)) ? question.replace(EVERY_IN_THE_FIELD, ' ') : question;
    // Only where what is left names a concept of its own: "is math gonna hold me back in distsys" asks about the field.
    const namesConcept = placed !== question && comparer.namedIn(placed).some((named) => kb.byId.get(named.id)?.kind === 'concept');
    const plan = planSearch(namesConcept ? placed : question, intent, asker);
    return index.search(plan.query, { ...plan.options, context });
  }

  // The sides the guides for a move into operations work (SRE, DevOps, platform) lead to.
  const INTO_OPS_SIDES: ReadonlySet<string> = new Set(['sre', 'devops', 'platform engineer']);
  /** An answer from a guide for moving from one role to another ("From SRE into a distributed systems engineer role"). */
  const isMoveGuide = (answer: Answer) => kb.byId.get(answer.entryId ?? '')?.tags.includes(ROUTING_TAGS.move!) === true;

  const levelRefs = () =>
    kb.entries
      .filter((e) => e.kind === 'level')
      .slice(0, MAX_SUGGESTIONS)
      .map(ref);

  /**
   * What a pay question is offered instead: what the level and role it names are expected to do ("how much does a senior
   * SRE make at Stripe": senior, and the SRE role), then the other levels.
   */
  const payRefs = (question: string) => {
    const level = levelNamedIn(foldText(question));
    const named = [
      ...kb.entries.filter((e) => e.kind === 'level' && level !== undefined && (e.id === level || e.id === `${level}-level`)),
      ...comparer.namedIn(question).flatMap((n) => {
        const entry = kb.byId.get(n.id);
        return entry && (entry.kind === 'role' || entry.kind === 'level') ? [entry] : [];
      }),
    ];
    const refs = [...new Map([...named.map(ref), ...levelRefs()].map((r) => [r.id, r])).values()];
    return refs.slice(0, MAX_SUGGESTIONS);
  };

  /**
   * The tags of the entries that answer a question's kind of career question ("any books for that?": reading), if any.
   * What to study next ("what do I study first to close that gap?") is the last answer's to say; what to read is not.
   */
  function routeOf(question: string): readonly string[] | undefined {
    const intent = careerIntent(question);
    if (intent === 'reading') return READ_MATTER.test(foldText(question)) ? ['reading', 'learning'] : undefined;
    const tag = intent ? ROUTING_TAGS[intent] : undefined;
    return tag ? [tag] : undefined;
  }

  /** An answer, at least as sure as answering takes, by an entry carrying one of these tags. */
  const answeredOn = (answer: Answer, tags: readonly string[]) =>
    answer.kind === 'answer' &&
    answer.confidence >= ANSWER_THRESHOLD &&
    (kb.byId.get(answer.entryId ?? '')?.tags.some((tag) => tags.includes(tag)) ?? false);

  /** What a part leaves for the next one to lean on. */
  function stateOf(answer: Answer, question: string, asker: Asker): ConversationState | null {
    // Every entry it answered with: one, the sides of a comparison, or the parts of a three-way one.
    const ids = answerKey(answer)
      .split('+')
      .filter((id) => kb.byId.has(id));
    if (answer.kind !== 'answer' || ids.length === 0) return null;
    return { question, topics: ids.map((id) => ({ id, name: topicName(kb.byId.get(id)!) })), asker };
  }

  /**
   * A part that tells a thing and asks about it in one ("the business now wants 'zero data loss'; what does that force on
   * its design"): the question with the thing put in for "that", when the telling names one (in quotes, or by name).
   */
  function ownToldThing(part: string): string | undefined {
    const split = TOLD_THEN_ASKS_WHAT.exec(part);
    if (!split) return undefined;
    const [, told, asked] = split as unknown as [string, string, string];
    const folded = foldText(asked).trim();
    const quoted = quotedTerm(told);
    // What a demand in quotes brings with it ("'zero data loss'") is asked of those words, whether or not they name an entry.
    if (quoted && ASKS_WHAT_IT_FORCES.test(folded)) return asked.replace(/\b(?:that|this|it)\b/i, quoted);
    const named = quoted ?? soleNamed([told]);
    if (!named || comparer.namedIn(named).length === 0) return undefined;
    if (ASKS_WHAT_IT_IS.test(folded) || ASKS_WHAT_IT_MEANS.test(folded) || ASKS_WHAT_ITS_ABOUT.test(folded)) return `what is ${named}`;
    return ASKS_WHAT_IT_FORCES.test(folded) ? asked.replace(/\b(?:that|this|it)\b/i, named) : undefined;
  }

  /** The one entry the last topic links to whose title names every topic word of the slot asked about ("for SRE"). */
  function linkedForSlot(question: string, previous: ConversationState): Entry | undefined {
    const last = previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    // "for SRE specifically": how narrowly it is asked, not what about.
    const read = index.read(question.replace(/\b(?:specifically|particularly|in particular|exactly|instead|though)\b/gi, ' '));
    // Nor the last question's own words said again ("what about for sre roles, same rounds or different?" after what
    // rounds a DSE loop has): the slot is what is new.
    const askedBefore = new Set(index.analyze(previous.question));
    const slot = read.units.filter(
      (unit) => read.specificityOf(unit) > TOPIC_SPECIFICITY && !askedBefore.has(unit) && !SLOT_KIND_WORDS.has(unit),
    );
    // Not a slot the last topic's own title names ("what about principals?" after whether staff and principals code).
    const lastTitle = new Set(last ? index.analyze(last.title) : []);
    // Nor a level ("and at staff?"): the last question asked at that level, which its own entry answers at that level.
    if (!last || slot.length === 0 || slot.every((unit) => lastTitle.has(unit)) || levelNamedIn(question)) return undefined;
    const naming = last.related.flatMap((id) => {
      const entry = kb.byId.get(id);
      const title = entry ? new Set(index.analyze(entry.title)) : new Set<string>();
      return entry && slot.every((unit) => title.has(unit)) ? [entry] : [];
    });
    return naming.length === 1 ? naming[0] : undefined;
  }

  /**
   * "im mid w 4 yoe, how do i get there" after what makes someone senior: from the asker's own level to the level just
   * explained, as if they had said "from mid".
   */
  function fromOwnLevel(question: string, asker: Asker, previous: ConversationState | null): string {
    const last = previous?.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (last?.kind !== 'level' || !GETS_THERE.test(question)) return question;
    // "how do i get there from mid" after the senior entry: the step from mid to senior, which "there" alone would leave
    // to the senior entry again. "There" is the level just shown, named so that the two levels are read side by side.
    const there = levelNamedIn(last.title);
    const named = (verb: string) => (there ? `${verb} to ${LEVEL_WORD_OF[there] ?? there}` : `${verb} there`);
    if (GETS_THERE_FROM.test(question)) return question.replace(GETS_THERE, (_, verb: string) => named(verb));
    if (!asker.level || last.tags.includes(LEVEL_TAGS[asker.level] ?? asker.level)) return question;
    return question.replace(GETS_THERE, (_, verb: string) => `${named(verb)} from ${LEVEL_WORD_OF[asker.level!] ?? asker.level}`);
  }

  /**
   * "what should i be reading at this level?" after two levels side by side, from someone who said which of the two they
   * are ("just got promoted to staff", answered with senior vs staff): the asker's own level, not the first side.
   */
  function atOwnLevel(question: string, asker: Asker, previous: ConversationState | null): string {
    if (!asker.level || !THIS_LEVEL.test(question)) return question;
    const last = previous?.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (last?.kind !== 'comparison') return question;
    const sides = last.title.split(/\s+vs\.?\s+/i).map((side) => levelNamedIn(side.replace(/[:(].*$/, '')));
    if (!sides.includes(asker.level)) return question;
    return question.replace(THIS_LEVEL, `${LEVEL_WORD_OF[asker.level] ?? asker.level} level`);
  }

  /**
   * "how would I cross it?", "how do I make the jump?" after a comparison of two roles: the move from one side to the
   * other, as "how do I move from X to Y", from the side the asker says they are on, else from the first named.
   * Null for any other question, or after anything but a comparison of two.
   */
  function crossingOf(question: string, asker: Asker, previous: ConversationState | null): string | null {
    const last = previous?.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    const folded = foldText(question);
    // "how do I get there from where I am?" after two roles side by side: to the side the asker is not on, where they said
    // which they are on. After two levels "there" is the next one, which the step up between them answers already.
    const crossesOutright = CROSSES.test(folded);
    const crosses = crossesOutright || (GETS_THERE_ASKED.test(folded) && last?.tags.includes('roles') === true);
    if (last?.kind !== 'comparison' || !crosses) return null;
    const sides = last.title.split(/\s+vs\.?\s+/i);
    if (sides.length !== 2) return null;
    const [first, second] = sides.map((side) => side.replace(/[:(].*$/, '').trim()) as [string, string];
    // A role by its first word: "backend developer" is on the side of the "backend engineer".
    const role = asker.role?.split(' ')[0];
    const onSide = (side: string) => role !== undefined && foldText(side).includes(role);
    if (!crossesOutright && !onSide(first) && !onSide(second)) return null;
    const onSecond = onSide(second) && !onSide(first);
    return onSecond ? `how do I move from ${second} to ${first}` : `how do I move from ${first} to ${second}`;
  }

  /**
   * A question read on its own, with the rest of its message, and against the last answer of
   * the conversation; whichever reading answers it best. A vague question ("which one fits
   * this kind of problem?") takes its topic from the sentences around it; one that leans on the
   * last answer ("how does it compare to paxos?") from that answer, unless it names a topic of
   * its own that the last answer was not about ("and where does the outbox fit in with it?").
   */
  function answerInContext(
    asked: string,
    asker: Asker,
    previous: ConversationState | null,
    sentences: readonly string[],
    foreign: number,
    firstPart = true,
    toldBefore?: string,
    /** The only question of its message. */
    onlyQuestion = true,
  ) {
    // "is there a study plan for that?" after what a level needs, "what should i study to get there from mid?" after the
    // senior entry: the study plan for the level just talked about (of two levels compared, the one to get to).
    // A later part of the same message too: "whats expected of me vs a senior, and what should i be studying to get there".
    const planForLevel =
      previous &&
      ASKS_STUDY_PLAN.test(foldText(asked)) &&
      !LEVEL_WORD.test(foldText(asked).replace(FROM_A_LEVEL, ' ')) &&
      // Not a topic of its own: "what should i read about raft?" after the senior entry is about raft.
      comparer.namedIn(asked).every((named) => kb.byId.get(named.id)?.tags.includes('study-plan'))
        ? studyPlanAt(previous)
        : undefined;
    if (planForLevel) {
      return { answer: { ...entryAnswer(planForLevel, asked, EXACT_CONFIDENCE), followUp: true }, resolved: asked };
    }
    // "ok and what should our retry policy look like on top of that?": a topic of its own, added to the last answer, which
    // it points back to no more than "and" does.
    const added = previous !== null && ADDS_TO_IT.test(asked) ? asked.replace(ADDS_TO_IT, ' ').replace(/\s+/g, ' ').trim() : asked;
    const own = added !== asked && topicWords(added) >= 2 ? added : asked;
    // Between messages only: a later part of one message ("what should i study to get there") leans on the part before.
    const leveled = firstPart ? fromOwnLevel(atOwnLevel(own, asker, previous), asker, previous) : own;
    // "just got promoted to senior. what's expected of me now?": of a senior, as this message says, whatever came before.
    // "mid level here. whats expected of me vs a senior": the asker's own level is the side "me" stands for.
    // "im staff now. what is on a principal's plate that isnt on mine?": what the asker's level does not do, said of that level.
    const asMe = asker.level ? `a ${LEVEL_ENGINEER[asker.level] ?? `${asker.level} engineer`}` : undefined;
    const mySide = ME_AS_SIDE.test(leveled) ? asMe : undefined;
    const sided = mySide
      ? leveled.replace(ME_AS_SIDE, (_, after?: string, before?: string, and?: string) => `${before ?? ''}${mySide}${after ?? and ?? ''}`)
      : asMe && NOT_MINE.test(leveled)
        ? leveled.replace(NOT_MINE, `that ${asMe} doesn't`)
        : leveled;
    const saysLevel = !mySide && EXPECTED_OF_ME.test(foldText(sided)) ? levelToldIn(sentences) : undefined;
    // "mid-level here, going up for senior next cycle. what do promo committees actually want to see?": the promotion the
    // post says it is about, which the question does not name.
    const promotedTo =
      // In a first message: in a conversation the last answer says which step it is about already.
      previous === null && !saysLevel && ASKS_ABOUT_PROMO.test(foldText(sided)) && !LEVEL_WORD.test(foldText(sided))
        ? (GOING_UP_FOR.exec(foldText(sentences.join(' ')))?.[1] ?? (asker.level ? NEXT_LEVEL[asker.level] : undefined))
        : undefined;
    const question = saysLevel
      ? `${sided} as a ${LEVEL_WORD_OF[saysLevel] ?? saysLevel}`
      : promotedTo
        ? `${sided} for a promotion to ${promotedTo}`
        : sided;
    // Pay is declined however it is asked ("how big a raise for senior to staff?" names two levels, but asks about pay).
    if (careerIntent(question) === 'pay') return { answer: answerOne(question, asker, foreign), resolved: question };
    // Who asks ("as a data eng", "platform eng here") says nothing about what a term means ("what does exactly-once
    // really mean?") or what a question about the last answer asks: its words would vote for that role's own entries.
    // In a move, the asker's role already steers the search (planSearch): its words would count twice; so it does in
    // what to read ("new grad here! ... any books to start with": the reading list, not the new grads' job guide).
    const whoAsksSaysNothing =
      detectIntent(question).type === 'definition' ||
      (previous !== null && pointsBack(question)) ||
      careerIntent(question) === 'move' ||
      careerIntent(question) === 'reading' ||
      // Nor whether something is worth it ("new grad here. is a masters worth it?"): the thing's, not the new grads' guide.
      careerIntent(question) === 'prospects';
    // Nor where they work, for the fix of what their system did ("backend dev at a logistics co. ... orders never reached
    // the warehouse service. what's the proper fix?"): the backend's own entries know no fix for it.
    // So is "how do we stop this from happening again?".
    const asksFix =
      careerIntent(question) === null && (ASKS_FOR_A_FIX.test(foldText(question)) || ASKS_WHAT_TO_DO.test(foldText(question)));
    // What the asker tried in vain ("we already retry with exponential backoff and it didn't help") is what the answer
    // is not: its words would vote for the entry they have read already.
    // Who asks, before a story of what a system did ("I'm a mid-level backend engineer at an insurance company. Our
    // dashboards show average latency around 90ms ... what should we actually be looking at?"), says where they work,
    // not what is asked: its words (mid level, backend) would vote for the role's and the level's own entries.
    const introductions = storyIntroductions(question, sentences);
    const context = sentences
      .filter(
        (s) =>
          (!whoAsksSaysNothing || !ONLY_WHO_ASKS.test(foldText(s).trim())) &&
          !((asksFix || introductions) && WORKS_AT.test(foldText(s).trim())) &&
          !introductions?.has(s) &&
          !TRIED_IN_VAIN.test(foldText(s)),
      )
      .join(' ');
    const answerQuestion = (q: string, a: Asker, around?: string) => answerOne(q, a, foreign, { context: around });
    // "candidate kept saying 'we' for everything ... how much should i hold that against them?": someone weighing what a
    // candidate did in a loop asks whether it is a red flag, which the post's words alone ("deep dive", "design round")
    // take to how loops are built.
    const folded = foldText(question);
    // So in a conversation about something else: the candidate told of in this message is what "that" stands for.
    if (careerIntent(question) === null && WEIGHS_IT.test(folded) && TELLS_OF_A_CANDIDATE.test(foldText(context))) {
      // Read as said of the candidate, which a later part's "them" then stands for ("how do we level them?").
      const ofCandidate = `is that a red flag in a candidate? ${question}`;
      // The post's words may find what the candidate talked about ("exactly-once"); the weighing itself is the hiring side's.
      const withPost = answerOne(ofCandidate, asker, foreign, { context });
      const weighed = answeredOn(withPost, ['hiring']) ? withPost : answerOne(ofCandidate, asker, foreign);
      if (weighed.kind === 'answer' && weighed.confidence >= ANSWER_THRESHOLD)
        return { answer: { ...weighed, question }, resolved: ofCandidate };
    }
    // "18 months in, am i still a junior?": whether the asker has made the next step, which the two levels side by side say.
    // So is "5 yoe, still mid level ... what am i missing": the post says where the asker is stuck, the question asks why,
    // in a conversation too ("ok so i've been mid for like 5 years now. what's holding me back?" after mid vs senior).
    const stillAt =
      STILL_AT_LEVEL.exec(folded) ?? (ASKS_WHAT_HOLDS_BACK.test(folded) ? STUCK_AT_LEVEL.exec(foldText(`${question} ${context}`)) : null);
    const stuckAt = stillAt?.[1] ?? stillAt?.[2];
    const stepUp = stuckAt ? NEXT_LEVEL[stuckAt.replace(/[- ]?level$/, '')] : undefined;
    if (stuckAt && stepUp) {
      const sides = [stuckAt, stepUp];
      const compared = comparer.compare(`${sides[0]} vs ${sides[1]}`, sides, entryAnswer);
      // Right after the two levels were set side by side, the passage on the evidence that is missing: what holds one back
      // at a level is what the step up asks to be shown.
      const fresh = (answer: Answer) => (previous ? notAgain(answer, `${question} what evidence is missing`, previous) : answer);
      if (compared) return { answer: fresh({ ...compared, question }), resolved: `${sides[0]} vs ${sides[1]}` };
    }
    // So when the two levels are set side by side in so many words ("we're trying to level a candidate ... senior or staff?").
    // A manager who grows their own seniors is not hiring: the post must say so.
    const hiring = careerIntent(question) === 'hiring' || careerIntent(context) === 'hiring';
    const read = detectIntent(question);
    if (hiring && read.type === 'comparison' && read.sides.every((side) => levelNamedIn(side) !== undefined)) {
      const forLevelling = asLevelling(question, (q) => answerQuestion(q, asker, context));
      if (forLevelling) return forLevelling;
    }
    // "reliability at a large retail bank for 4 yrs, got an offer from a saas company. how different is the day to day
    // gonna be?": the two workplaces side by side, which the question does not name.
    // The question's own words first: most questions ask no such thing, and the post need not be folded for them.
    const places = HOW_WORK_DIFFERS.test(folded) ? foldText(`${question} ${context}`) : '';
    const finance = FINANCE_PLACE.exec(places)?.[1];
    const tech = TECH_PLACE.exec(places)?.[1];
    if (finance && tech) {
      const between = `how different is engineering at a ${finance} vs a ${tech} company`;
      const workplaces = answerQuestion(between, asker);
      if (workplaces.kind === 'answer' && workplaces.confidence >= ANSWER_THRESHOLD)
        return { answer: { ...workplaces, question }, resolved: between };
    }
    // "where's the line between data eng and distsys eng, and how would I cross it?": the move from one side to the other.
    const crossing = crossingOf(question, asker, previous);
    if (crossing) {
      const moved = answerQuestion(crossing, asker);
      if (moved.kind === 'answer') return { answer: { ...moved, question }, resolved: crossing };
    }
    // "Finished DDIA and the first few Gossip Glomers challenges. What's next, mid-level wise?": what to study next.
    if (
      previous === null &&
      ASKS_WHAT_NEXT.test(foldText(question)) &&
      topicWords(question) <= 3 &&
      FINISHED_STUDY.test(foldText(context))
    ) {
      const studyNext = answerQuestion(`what should I study next ${question}`, asker, context);
      if (studyNext.kind === 'answer') return { answer: { ...studyNext, question }, resolved: question };
    }
    // "we want to do chaos engineering. where do we start?": the way into the one practice the post names, not into the
    // field, where the post tells of no problem (a symptom is read below, as where to start debugging).
    // Only a team's question ("where do we start"): "where do i even start" after a post naming redis asks the way in.
    // In a conversation too: the practice is this message's own, whatever the last answer was.
    if (TEAM_STARTS_WHERE.test(foldText(question).trim()) && !SYMPTOM.test(foldText(context)) && careerIntent(context) === null) {
      const named = comparer.namedIn(context).filter((n) => kb.byId.get(n.id)?.kind === 'concept');
      const practice = new Set(named.map((n) => n.id)).size === 1 ? named[0] : undefined;
      const started = practice ? answerQuestion(`how do we start with ${practice.side}`, asker) : undefined;
      if (started?.kind === 'answer' && answerKey(started) === practice!.id)
        return { answer: { ...toWhatIsAsked(started, question, [context]), question }, resolved: question };
    }
    // "errors only in one availability zone, everything else fine. where do i even start": not the way into a career
    // but into the problem the post tells of, when it tells of one and nothing of a career.
    if (
      previous === null &&
      WHERE_TO_START.test(foldText(question).trim()) &&
      SYMPTOM.test(foldText(context)) &&
      careerIntent(context) === null
    ) {
      const debugging = answerQuestion(`how do i start debugging ${context}`, asker);
      if (debugging.kind === 'answer') return { answer: { ...debugging, question }, resolved: question };
      // The story too long to place ("p99 went from 200ms to 3s after the deploy, half the pods look normal"): where to
      // start on any production problem, which the guide to debugging one says.
      const anyProblem = answerQuestion('where do i start debugging a production issue', asker);
      if (anyProblem.kind === 'answer') return { answer: { ...anyProblem, question }, resolved: question };
      // Not sure which entry helps, it still offers the ones on debugging: the way into a career would answer another question.
      if (debugging.kind !== 'decline') return { answer: { ...debugging, question }, resolved: question };
    }
    // "we bumped the topic from 12 to 24 partitions and now events arrive out of order. what did we break?" (or "is that a
    // bug or expected?"): the story is the question, which alone asks nothing the content could answer.
    // In a conversation too: the story is this message's, whatever the last answer was.
    // Where the story read so finds nothing near, the question is read as any other (it may offer the entries near it).
    const storyAnswer =
      context !== '' && WHAT_WENT_WRONG.test(foldText(question).trim()) && careerIntent(context) === null
        ? answerQuestion(`${context} ${question}`, asker)
        : undefined;
    if (storyAnswer && storyAnswer.kind !== 'decline') return { answer: { ...storyAnswer, question }, resolved: question };
    // A question that sets out its own sides ("how is a staff JD supposed to differ from a senior one") is read as
    // a comparison by itself, which also sees the topic around the sides; the implied reading is for the rest.
    // "and how do I get there from senior?" after a staff engineer's day: from the side it names to the last question's.
    const getsThereFrom = previous !== null && GETS_THERE_FROM.test(question) && namedSideOf(question) !== null;
    // "what should I study next to get to senior?" after "I'm mid-level" asks what to study, not how the two levels differ;
    // "does my pipeline work count as distsys experience, or is it a totally different thing?" whether the work counts.
    const implied =
      read.type === 'comparison' || careerIntent(question) === 'reading' || careerIntent(question) === 'crossover'
        ? null
        : getsThereFrom
          ? fromFirst(impliedSides(question.replace(GETS_THERE_FROM, '$1 to it from'), `${previous!.question} ${context}`), question)
          : // Who asks may be a side ("sre here ... what's actually the diff between the two?"), so every sentence counts.
            // "and how is a dse different?" after what a devops engineer does: the other side is the last question's.
            (impliedSides(question, sentences.join(' '), asker.level) ??
            (previous !== null && firstPart
              ? impliedSides(question, [previous.question, ...previous.topics.map((t) => t.name)].join(' '))
              : null));
    // "how much deeper do they expect a senior to go than a junior?" after system design interviews: two levels set
    // side by side within the last topic, whose entry says how each is judged (weighed with the thread below), unless
    // the thread was about levels already ("and mid to senior?" after the step to staff).
    const withinLastTopic =
      implied !== null &&
      previous !== null &&
      !getsThereFrom &&
      // Levels or roles alike ("what about for an sre, anything different?" after a DSE's 30/60/90 plan), unless the
      // last topic was a role, a level or a comparison itself ("and how is a dse different?" after what devops do).
      implied.every((side) => namedSideOf(side) !== null) &&
      previous.topics.every((t) => !['level', 'comparison', 'role'].includes(kb.byId.get(t.id)?.kind ?? ''));
    const compared = implied && !withinLastTopic && comparer.compare(`${implied[0]} vs ${implied[1]}`, implied, entryAnswer);
    // Someone who hires, asking how to level a candidate between the two ("should we level them staff or senior?"): a
    // guide for people who hire answers that, where the search finds one, more than what the two levels are.
    // So does someone on an interview panel ("first time on an interview panel ... what separates mid from senior?"), whose
    // post says they hire where the question does not.
    const forHiring = compared && hiring ? answerQuestion(question, asker, context) : undefined;
    if (forHiring && answeredOn(forHiring, ['hiring'])) return { answer: forHiring, resolved: question };
    // Two levels, where the question's own words are only the levels ("how do we tell if they're senior or staff?"):
    // which of the two to give a candidate, read as that.
    const forLevelling =
      forHiring && implied!.every((side) => levelNamedIn(side) !== undefined)
        ? asLevelling(question, (q) => answerQuestion(q, asker, context))
        : null;
    if (forLevelling) return forLevelling;
    // "how do i go from sre to dse": a move between two roles, which a guide to that move answers where the content has
    // one (the guides lead into distributed systems work, or into operations work); between two levels ("from senior to
    // staff"), or to a role no guide leads to, the comparison says what the step takes.
    const leadsTo = implied?.[1] === 'distributed systems engineer' ? 'dse' : implied && INTO_OPS_SIDES.has(implied[1]) ? 'ops' : null;
    // "how do i get there from backend?" after SRE vs SWE: "there" is the side it leads to, put in for the search.
    const moveAsked = getsThereFrom && implied ? `how do i move from ${implied[0]} to ${implied[1]}` : question;
    const asksMove = compared && leadsTo && careerIntent(question) === 'move';
    const guidesTheMove = (answer: Answer | undefined): answer is Answer =>
      answer !== undefined && answeredOn(answer, [ROUTING_TAGS.move!]) && answeredOn(answer, [INTO_OPS_TAG]) === (leadsTo === 'ops');
    const forMove = asksMove ? answerQuestion(moveAsked, asker, getsThereFrom ? undefined : context) : undefined;
    if (guidesTheMove(forMove)) return { answer: { ...forMove, question }, resolved: moveAsked };
    // "backend dev thinking about sre, how do ppl usually make that jump": the question's own words name no side, so
    // the search finds no guide by them; the move between the two sides, spelled out, does.
    const spelledMove = `how do i move from ${implied?.[0]} to ${implied?.[1]}`;
    const forSpelledMove = asksMove && !getsThereFrom ? answerQuestion(spelledMove, asker, context) : undefined;
    if (guidesTheMove(forSpelledMove)) return { answer: { ...forSpelledMove, question }, resolved: spelledMove };
    if (compared) return { answer: { ...compared, question }, resolved: `${implied![0]} vs ${implied![1]}` };
    // The two things may have been named in the last question ("someone suggested sagas and someone else said 2PC"),
    // when this one asks to pick ("which one would you actually pick?"; not "which one do interviewers ask about more").
    const cleaned = cleanQuestion(question);
    const choice =
      CHOOSES_BETWEEN.test(cleaned) || ONE_WITHOUT_THE_OTHER.test(cleaned)
        ? namedPair(previous && PICKS.test(cleaned) ? [previous.question, ...sentences] : sentences)
        : null;
    if (choice) {
      // "I've seen sagas and 2PC mentioned. Which one fits this kind of problem?": the two it names are the choice.
      // A choice between two jobs ("an SRE offer and a SWE offer") is answered by an entry written for that choice, read
      // with the post ("new grad, two offers"), before the comparison of the two roles in general.
      const compared = comparer.compare(`${choice[0]} vs ${choice[1]}`, choice, entryAnswer);
      // Not one side's own entry: "devops" alone does not say which of the two the asker is.
      const sideIds = new Set(comparer.sideIds(choice));
      // Nor the guide for moving from one to the other, unless a move is asked: a choice is not a move.
      const moving = careerIntent(`${question} ${context}`) === 'move';
      // Written for this choice: its name says both sides ("New grad: should I pick SRE or software engineering?" is no
      // answer to internal offers from an SRE team and a platform team).
      const namesBoth = (reading: Answer) => {
        const entry = kb.byId.get(reading.entryId ?? '');
        const name = entry ? [entry.title, ...entry.aliases].join(', ') : '';
        const named = new Set(comparer.namedIn(name).map((n) => n.id));
        return [...sideIds].every((id) => named.has(id) || (id === SAID_AS_SWE && /\b(?:software engineer(?:ing)?|swe)\b/i.test(name)));
      };
      const forTheChoice = (reading: Answer) =>
        reading.kind === 'answer' &&
        reading.confidence >= ANSWER_THRESHOLD &&
        reading.entryKind !== 'comparison' &&
        !sideIds.has(reading.entryId ?? '') &&
        (moving || !isMoveGuide(reading)) &&
        namesBoth(reading);
      // The choice put in words first; the whole post only when that does not answer, and only when there is a post:
      // without one it is the question alone, which has lost the choice ("which one should i go for if i like writing code?").
      const readings = [
        () => answerQuestion(`${question}, ${choice[0]} or ${choice[1]}`, asker, context),
        ...(context ? [() => answerOne(`${question} ${context}`, asker, foreign, { foreignFromMessage: true })] : []),
      ];
      let situated: Answer | undefined;
      if (compared && choice.every(namesRoleOrLevel)) {
        for (const read of readings) {
          const reading = read();
          if (forTheChoice(reading)) {
            situated = reading;
            break;
          }
        }
      }
      const chosen = situated ?? compared ?? answerQuestion(`${question}, ${choice[0]} or ${choice[1]}`, asker);
      if (chosen.kind === 'answer') return { answer: { ...chosen, question }, resolved: `${choice[0]} or ${choice[1]}` };
    }
    // "sysadmin for 8 years. I want to become an SRE. what should I learn and in what order?": what to learn for the role the
    // post says the asker wants, which the guide into it lists; read alone it is the field's general learning order.
    // Or, where the post names no role to go to but says the asker wants to move ("data engineer, 3 yoe ... the team that
    // runs our kafka clusters seems way more interesting and I'd like to move over there"), the way from their own role.
    // So does "What's the path?" after such a post: the way, from where the asker is to where they want to be.
    const learns =
      previous === null &&
      ((careerIntent(question) === 'reading' && LEARNS.test(foldText(question))) || ASKS_WHAT_TO_LEARN.test(foldText(question).trim())) &&
      !LEVEL_WORD.test(foldText(question));
    const fromOwnRole = () =>
      asker.role !== undefined && WORKING_ROLES.has(asker.role) && sentences.some((s) => WANTS_TO_MOVE.test(foldText(s)))
        ? `how do i move from ${asker.role} into distributed systems`
        : undefined;
    const asksThePath = previous === null && ASKS_THE_PATH.test(foldText(question).trim());
    const wished =
      learns || asksThePath ? (sentences.find((s) => careerIntent(s) === 'move' && namedSideOf(s) !== null) ?? fromOwnRole()) : undefined;
    if (wished) {
      const forGoal = answerQuestion(`${wished}, ${question}`, asker);
      if (forGoal.kind === 'answer' && forGoal.confidence >= ANSWER_THRESHOLD)
        return { answer: { ...forGoal, question }, resolved: `${wished}, ${question}` };
    }
    const besides = context ? besidesVerdict(question) : null;
    if (besides !== null && isTopicless(besides)) {
      // "normal, or a warning sign?" after "i'm staff and haven't shipped code in six months": a verdict on what
      // the post tells, which is its topic: read in the order it was written, or the telling alone, since the
      // verdict's own words ("worried", "warning sign") name other entries; whichever answers surer.
      // The verdict's words are no topic ("worried", "real or hype?" would name other entries), and another field's
      // word among them ("real or marketing?") does not count: the telling alone, or with the verdict if need be.
      const alone = answerOne(context, asker, 0);
      const situated = alone.kind === 'answer' ? alone : answerQuestion(`${context} ${question}`, asker);
      if (situated.kind === 'answer') return { answer: { ...situated, question }, resolved: question };
    }
    // "what problems do these teams deal with?" after "just joined a data platform team": the teams it names.
    const named = sentences.length > 0 ? nameDemonstratives(question, sentences) : question;
    // "how do real systems stop this from happening?" after a story: how others deal with what was told, asked as "we".
    const ownQuestion = context ? named.replace(OTHERS_DEAL_WITH_IT, 'how do we $1') : named;
    const standalone = answerQuestion(ownQuestion, asker, context || undefined);
    // "what happens if the coordinator dies halfway?" after two-phase commit: "the coordinator" is the last topic's.
    // "how do I pick the target?" after SLOs: "the target" is the SLO's, as a question of few words of its own says.
    const bridges = previous !== null && (supposes(question) || topicWords(question) <= 2) && namesPartOf(question, previous);
    // "... and what's a hybrid logical clock?": an "and" before a question that names an entry of its own (not one the
    // last answer was about, and with no word that points back) joins a new question, not a follow-up.
    // The cheap tests first: naming entries reads every run of words, and most follow-ups start otherwise.
    const namesItsOwn =
      previous !== null &&
      // So does "is that where crdts come in?": "that" is the last answer, the entry it names is what is asked about.
      (IS_THAT_WHERE.test(question.trim()) ||
        // "and the bulkhead thing in the same library, same idea or different?": the thing named is asked about too.
        (/^(and|also|plus)(?:,?\s+(?:honestly|tbh|ngl|seriously|separately|then|while (?:we'?re|i'?m|you'?re|ur) at it),?)?\s+(what|how|why|whats|the|should|does|do|is|are|can|would)\b/i.test(
          question.trim(),
        ) &&
          (!pointsBack(question) || definesBeforeAside(question))) ||
        // So does a choice of its own: "and for my project should I learn raft or paxos first" after PACELC.
        (/^(and|also|plus)\b/i.test(question.trim()) && !pointsBack(question) && detectIntent(question).type === 'comparison')) &&
      !/\binstead\b/i.test(question) &&
      !asksIllustration(question) &&
      comparer.namedIn(question).some(
        (n) =>
          !previous.topics.some((t) => t.id === n.id) &&
          // "and how would someone become an sre" after DSE vs SRE: a role named as where to go is a question of its own.
          // So is a level named in a question of words enough of its own ("and do staff engineers still write code day to
          // day" after what scope means), where "and for staff?" asks the last question again of it.
          (kb.byId.get(n.id)?.kind === 'concept' ||
            (kb.byId.get(n.id)?.kind === 'role' && careerIntent(question) === 'move') ||
            (kb.byId.get(n.id)?.kind === 'level' &&
              topicWords(foldText(question).split(foldText(n.side)).join(' ')) >= OWN_LEVEL_QUESTION_WORDS)),
      );
    // "p99 keeps spiking while the median is flat. is that what people call tail latency?": the name asked about is the
    // question; what was told is the example of it (whose words find the percentiles entry instead).
    const calledWhat = CALLED_WHAT.exec(foldText(question).trim())?.[1];
    if (calledWhat) {
      const named = answerQuestion(`what is ${calledWhat}`, asker);
      if (named.kind === 'answer' && named.confidence >= ANSWER_THRESHOLD) return { answer: { ...named, question }, resolved: calledWhat };
    }
    // "I keep hearing about deterministic simulation. Is that worth the investment for a team of four?": "that" is what the
    // sentence before it told of, whatever the question's other words find alone ("start with" finds a new grad's start).
    // In a conversation too, for a verdict on "this" right after a sentence of its own ("our cto wants chaos engineering in
    // prod next quarter. is this safe?" after Raft): the sentence before it, not the last answer. Only one said BEFORE the
    // question: in "is that safe in prod at a bank? our risk team would lose their minds" the sentence after it is comment.
    const judgesItsOwn =
      previous !== null &&
      toldBefore !== undefined &&
      firstPart &&
      STANDS_FOR_TOPIC.test(question) &&
      (ASKS_JUDGEMENT.test(foldText(question)) || JUDGES_THAT.test(foldText(question))) &&
      topicWords(question) <= 1 &&
      topicWords(toldBefore) >= 2;
    const helpsMeIn = HELPS_ME_IN.test(foldText(question).trim());
    const lastTold =
      previous === null && (THAT_AS_SUBJECT.test(foldText(question).trim()) || helpsMeIn)
        ? sentences.at(-1)
        : judgesItsOwn
          ? toldBefore
          : undefined;
    if (lastTold) {
      // "would that get me into infra work?" after a bootcamp told of: whether the bootcamp is worth it, which the move the
      // question names (a guide into the field) does not say.
      const asItIs = answerQuestion(`${question} ${lastTold}`, asker);
      const worthIt = helpsMeIn ? answerQuestion(`is ${lastTold} worth it`, asker) : undefined;
      const aboutLast = worthIt?.kind === 'answer' && worthIt.confidence > asItIs.confidence ? worthIt : asItIs;
      if (aboutLast.kind === 'answer' && aboutLast.confidence >= ANSWER_THRESHOLD) {
        // A follow-up is not brought to the passage that says what to do later on: a verdict on the sentence before it is.
        const judged = judgesItsOwn ? toWhatIsAsked(aboutLast, question, [lastTold]) : aboutLast;
        return { answer: { ...judged, question }, resolved: `${question} ${lastTold}` };
      }
    }
    // "where would we even start?" after chaos engineering: where to start on it, not how to start a career.
    const startsOnIt =
      previous !== null &&
      STARTS_ON.test(foldText(question)) &&
      previous.topics.every((t) => kb.byId.get(t.id)?.kind === 'concept') &&
      topicWords(question) <= 1;
    // A story told at length before the question ("backend dev at a payments company ... charged twice ... what's the
    // standard way to handle this?") is what "this" stands for, not the last answer (between messages: a later part of
    // one message leans on the part before it).
    const toldAtLength = firstPart && context.split(/\s+/).length >= STORY_WORDS;
    // "is raft's log the same idea?": likened to the last topic without naming it.
    const likens = previous !== null && LIKENS_TO_IT.test(question);
    // "and the downside compared to just doing 2pc?": the other side is named, the side whose downside it is is the last topic.
    const weighsIt = previous !== null && weighsAspectOfIt(question);
    // "vendor swears their db is 'strongly consistent'. how would we verify that claim ourselves?": "their" and "that" are
    // the message's own, whatever was asked before it.
    // "so how many nodes would i need if up to 2 of them can lie?" after Byzantine fault tolerance: every word it could name
    // a topic by is the last concept's own, and its words alone find an entry that has nothing to do with it ("lie" finds
    // the percentiles, where averages lie).
    // The one entry the last answer was about, where it was about one.
    const lastOne = previous?.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    const inWordsOfTheLast =
      firstPart &&
      lastOne?.kind === 'concept' &&
      standalone.kind === 'answer' &&
      !answerKey(standalone)
        .split('+')
        .some((id) => id === lastOne.id || linked(id, lastOne.id)) &&
      allTopicWordsOf(question, lastOne);
    const leans =
      weighsIt ||
      ((leansOnPrevious(question) || bridges || startsOnIt || likens || inWordsOfTheLast) &&
        !pointsWithin(question) &&
        !namesItsOwn &&
        !toldAtLength &&
        !asksOfAClaimTold(question));
    // No word that could name a topic of its own ("why?", "tools?", "and staff?"): it must lean on something.
    // Once "it" is put in the words the post said it in ("why is exactly once hard"), the question has a topic of its own.
    const topicless = isTopicless(ownQuestion) && !(previous !== null && toldAtLength);
    const sure = standalone.kind === 'answer' && standalone.confidence >= SURE_THRESHOLD;
    let best = { answer: standalone, resolved: question };
    // "what are the downsides?" with nothing before it: of what? A guess at most, whatever entry its words match. Only
    // words that ask for help or a side of something: "how can I close my account?" has everyday words, and a topic.
    if (!previous && !context && onlyAsks(question) && standalone.kind === 'answer' && standalone.entryId) {
      const guessed = [standalone.entryId, ...standalone.alternatives.map((alternative) => alternative.id)];
      best = {
        answer: {
          ...blank(question, 'suggestions', MESSAGES.suggestions),
          suggestions: guessed.flatMap((id) => kb.byId.get(id) ?? []).map(ref),
          confidence: Math.min(standalone.confidence, ANSWER_THRESHOLD - 0.001),
        },
        resolved: question,
      };
    }
    // A question the post tells of ("I have to figure out how services will find each other") is what a vague
    // question after it ("what are the usual approaches for this?") asks; the rest of the post only dilutes it.
    // Even a sure reading of the question alone is weighed against it: "any tips on structure?" after "I've been
    // asked to write our first standards" is not about structuring an interview answer.
    const told = sentences.flatMap((s) => embeddedQuestion(s) ?? []);
    // "are those the same level?" after "an SDE II offer from Amazon and an L4 from Google": what "those" are, the post
    // says; the one word of the question's own ("level") makes no sure answer by itself.
    // Nor does "is that a problem for senior roles?": a verdict asked on what the post told, the rest is whom it matters for.
    // So does "how do teams catch this kind of failure before customers do?" after a story: "this kind of" says the story
    // is what it asks about, whose own words ("teams", "customers") would find the platform team's entry.
    const leansOnPost =
      previous === null &&
      named === question &&
      pointsBackInPost(question) &&
      !pointsWithin(question) &&
      (topicWords(question) <= 1 || VERDICT_ON_IT.test(foldText(question)) || (toldAtLength && OF_THIS_KIND.test(foldText(question))));
    if (context && (!sure || topicless || told.length > 0 || leansOnPost)) {
      // A level the post names as who does something ("seniors are supposed to find bottlenecks by measuring") is
      // not what a question without a level of its own ("which methods do people use?") asks about.
      // Unless what is said of them is the claim the question weighs ("my director says staff engineers here don't code").
      const levelOwn = LEVEL_WORD.test(foldText(question)) || /\b(?:says?|said|claims?|claimed|insists?|insisted)\b/i.test(context);
      // Read only when it is weighed: a told question that answers leaves the whole post unread.
      let wholeRead: Answer | undefined;
      const whole = () =>
        (wholeRead ??= answerOne(`${question} ${levelOwn ? context : context.replace(LEVEL_SUBJECT, ' ')}`, asker, foreign, {
          foreignFromMessage: true,
        }));
      const aboutTold =
        told.length === 0
          ? null
          : [`${question} ${told.join(' ')}`, told.join(' ')]
              .map((reading) => answerQuestion(reading, asker))
              .reduce((a, b) => (b.kind === 'answer' && (a.kind !== 'answer' || b.confidence > a.confidence) ? b : a));
      const withContext = aboutTold?.kind === 'answer' ? aboutTold : whole();
      // A role or level the post names ("node + postgres backend dev. what's the path to the actual infra?") matches that
      // entry by name once the post is read as the question: it does not outvote what the question found, read with
      // the post's votes.
      const byName = (withContext.entryKind === 'role' || withContext.entryKind === 'level') && standalone.kind === 'answer';
      // A question of one topic word at most ("any tips on structure?") asks about the task the post tells of.
      const toldWins = aboutTold?.kind === 'answer' && aboutTold.confidence >= ANSWER_THRESHOLD && topicWords(question) <= 1;
      // "is that fair for a senior infra role?" after what a candidate did: "that" is the post's, which says what is asked.
      const aboutPost =
        (!sure || leansOnPost) &&
        previous === null &&
        named === question &&
        pointsBackInPost(question) &&
        !pointsWithin(question) &&
        withContext.confidence >= ANSWER_THRESHOLD;
      // "what's the actual pattern" after a consumer whose queue grows until it is killed: the one word of its own
      // ("pattern") offers every pattern; the post offers what it is about (what the question alone offered still
      // counts as a guess below).
      const postOffers =
        withContext.kind !== 'answer' &&
        standalone.kind === 'suggestions' &&
        topicWords(question) <= 1 &&
        whole().kind === 'suggestions' &&
        // A story of what a system did: a post about a career spreads its words over levels and roles it only mentions.
        ['concept', 'comparison', 'scenario'].includes(kb.byId.get(whole().suggestions[0]?.id ?? '')?.kind ?? '');
      if (
        withContext.kind === 'answer' &&
        !byName &&
        (standalone.kind !== 'answer' || toldWins || aboutPost || withContext.confidence > standalone.confidence)
      ) {
        best = { answer: { ...withContext, question }, resolved: question };
      } else if (
        (standalone.kind === 'decline' && offersMore(whole(), standalone)) ||
        (topicless && (standalone.kind !== 'answer' || !sure)) ||
        postOffers
      ) {
        // Not answered either way, but the post around the question says what it is about: its nearest entries
        // (a question with no topic of its own, "how do we deal with that?", has no nearest entries of its own).
        best = { answer: { ...whole(), question }, resolved: question };
      }
      // Still a guess, from a long post with a thin question ("am I doing staff wrong?"): the guess the whole post
      // leads to is the answer when one of its sentences, read with the question, answers with that same entry
      // ("I've written maybe 200 lines of code this quarter"). Two readings agreeing is the evidence one lacks.
      // The whole post's own first guess counts too, when the question read alone guessed elsewhere ("how do I fix this
      // properly instead of bumping the memory limit?" guesses rate limiting; the post about a growing buffer, backpressure).
      // A story told at length, then a thin question whose own words guess at another entry ("... invoices got generated
      // twice. is redis just the wrong tool or whats the right pattern here?" guesses the tools taxonomy): the story's
      // neighbourhood (locks, fencing, leases) is what it is about, where the guess is not among the entries it offers.
      // A story of what a system did, not of a career: a career post's words spread over the career entries, linked too.
      const storyOffers =
        toldAtLength &&
        best.answer === standalone &&
        !sure &&
        standalone.kind === 'answer' &&
        careerIntent(`${question} ${context}`) === null
          ? whole()
          : undefined;
      if (
        storyOffers?.kind === 'suggestions' &&
        !storyOffers.suggestions.some((s) => s.id === standalone.entryId) &&
        storyOffers.suggestions.every((s) => ['concept', 'scenario', 'guide'].includes(kb.byId.get(s.id)?.kind ?? ''))
      ) {
        const settled = settleStory(storyOffers, question, `${question} ${context}`, asker);
        if (settled) best = { answer: { ...settled, question }, resolved: question };
      }
      const guesses = new Set(
        best.answer.kind === 'suggestions'
          ? [best.answer, whole(), ...(postOffers ? [standalone] : [])].flatMap((reading) => reading.suggestions?.[0]?.id ?? [])
          : [],
      );
      if (guesses.size > 0 && sentences.length > 1) {
        // The first that agrees, in the post's order: the sentences after it are not read.
        for (const sentence of sentences.slice(-MAX_TOLD_SENTENCES)) {
          const reading = answerQuestion(`${question} ${sentence}`, asker);
          if (reading.kind === 'answer' && guesses.has(reading.entryId ?? '')) {
            best = { answer: { ...reading, question }, resolved: question };
            break;
          }
        }
      }
    }
    // A question with words of its own that does not point back stands on its own, answered or not:
    // "what is the blorptastic zorbulator?" after an answer about quorums is not about quorums.
    // Unless the question alone is not understood and every word of it is the content's: "would cutting our cloud bill
    // by 40% count?" after "can I make staff at a small startup?" goes on with the thread.
    const ownWords = index.read(question);
    // A later part of a message too ("replicas vs shards eli5? also when is 'just get a bigger instance' no longer the
    // answer"): read with the part before it, it answers what that part's topic leads to; a reading that only says
    // the part before it again is left out where the parts are put together.
    const goesOnWithThread = best.answer.kind !== 'answer' && ownWords.unknownShare === 0 && ownWords.foreign === 0;
    // "ok but why not just use 2pc between the database and kafka instead?" after the outbox: the two side by side.
    const insteadOf =
      previous &&
      (whyNotInstead(question, previous) ??
        alternativeTo(question, previous) ??
        placedAmong(question, previous) ??
        namedHasIt(question, previous));
    if (insteadOf) return insteadOf;
    // "ok if we keep both, which one wraps which?" after "we already retry with backoff, is a circuit breaker redundant?":
    // the order of the two things the last question named, which the comparison of the two says, not either one's entry.
    const ordered = previous && firstPart && ORDER_OF_TWO.test(folded) ? orderOfTwo(question, previous) : null;
    if (ordered) return ordered;
    // "ok say i finish all that, what comes next" after the entry-level study plan: the same guide a level up.
    const following =
      previous && firstPart && ASKS_WHAT_NEXT.test(foldText(question)) && topicWords(question) <= 2
        ? nextInSeries(previous, question)
        : undefined;
    if (following) {
      return { answer: { ...entryAnswer(following, question, EXACT_CONFIDENCE), followUp: true }, resolved: question };
    }
    // Where to start on the one concept just explained: that entry, at the passage on starting, if it has one.
    const startingOn = previous && startsOnIt && previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (previous && startingOn && !namesItsOwn) return atPassage(startingOn, question, previous);
    // "are they actually used anywhere real or is it just papers?" after CRDTs: where the one concept just explained is
    // used, from its own entry, whatever the question's other words find ("papers" finds a study plan).
    const illustrated =
      previous && previous.topics.length === 1 && pointsBack(question) && asksIllustration(question) && !namesItsOwn
        ? kb.byId.get(previous.topics[0]!.id)
        : undefined;
    if (previous && illustrated?.kind === 'concept' && ownWords.foreign === 0) return atPassage(illustrated, question, previous);
    // "any papers on that?" after vector clocks: the papers the entry just shown draws on, which it cites, not the reading
    // list for the field. Only a question about what to read and nothing else.
    const cites =
      pointsBack(question) &&
      ASKS_SOURCES.test(folded) &&
      // Books are the reading list's: "any books or papers on that?" asks what to read to learn the field's part.
      !/\bbooks?\b/.test(folded) &&
      topicWords(question.replace(READ_MATTER_GLOBAL, ' ')) === 0
        ? lastOne
        : undefined;
    if (cites?.kind === 'concept' && cites.sources.length > 0) {
      const answer = { ...entryAnswer(cites, question, EXACT_CONFIDENCE), followUp: true };
      const summary = MESSAGES.citedBy(cites.sources.length);
      return { answer: { ...answer, summary, details: entryBeside(cites, []) }, resolved: `${question} ${previous!.topics[0]!.name}` };
    }
    // "any books on that?" after how to become an SRE: the one reading entry the last answer leads to (Google's SRE books);
    // a concept's own sources answer it above, and a question about what to read with words of its own is searched.
    const readingFor =
      previous && firstPart && lastOne && lastOne.kind !== 'concept' && !lastOne.tags.includes('reading') && pointsBack(question)
        ? ASKS_READING.test(folded) && topicWords(question.replace(READ_MATTER_GLOBAL, ' ')) === 0
          ? lastOne.related.map((id) => kb.byId.get(id)).filter((e): e is Entry => e?.tags.includes('reading') === true)
          : []
        : [];
    if (readingFor.length === 1) {
      return { answer: { ...entryAnswer(readingFor[0]!, question, EXACT_CONFIDENCE), followUp: true }, resolved: readingFor[0]!.title };
    }
    // "ok and which should i join if i like building tools for other devs?" after platform vs devops: the comparison just
    // shown says when to pick which, at the passage on what the asker likes; one side's own entry says only what it is.
    // Not a later part of one message ("which one should I implement for a side project?"), nor a career question of its
    // own ("which one has better long term prospects?").
    const pickedFrom =
      previous &&
      firstPart &&
      previous.topics.length === 1 &&
      picksOneOfTwo(question) &&
      !setsAgainstThird(question) &&
      !namesItsOwn &&
      careerIntent(question) === null
        ? kb.byId.get(previous.topics[0]!.id)
        : undefined;
    // "so which one for a new grad with two offers?" after SRE vs SWE: the choice as that level makes it, where the content
    // answers it for that level surely ("New grad: should I pick SRE or software engineering?").
    const forALevel = levelNamedIn(question) !== undefined && sure && standalone.entryKind === 'faq';
    if (previous && pickedFrom?.kind === 'comparison' && ownWords.foreign === 0 && !forALevel)
      return atPassage(pickedFrom, question, previous);
    // "which one do i need for grpc?" after "difference between l4 and l7 load balancers?": the two were set side by side
    // inside one concept's entry, which says which fits the use named, where it names it.
    const comparedInside =
      previous &&
      firstPart &&
      previous.topics.length === 1 &&
      picksOneOfTwo(question) &&
      detectIntent(previous.question).type === 'comparison'
        ? kb.byId.get(previous.topics[0]!.id)
        : undefined;
    const use = comparedInside?.kind === 'concept' ? USE_NAMED.exec(foldText(question).trim())?.[1] : undefined;
    if (previous && comparedInside && use && foldText(comparedInside.body).includes(use) && ownWords.foreign === 0)
      return atPassage(comparedInside, question, previous);
    // "is it eventually consistent?" after CRDTs: whether the one concept just explained has a property, which its own
    // entry says where it names that property; the property's own entry answers what the property is, not this.
    // Not a likeness ("is that the same as pacelc?"): that sets two things side by side.
    const property =
      previous && previous.topics.length === 1 && !asksDifference(question) && !/\b(same|like|similar|related|part)\b/i.test(question)
        ? PROPERTY_OF_IT.exec(foldText(question).trim())?.[1]
        : undefined;
    const holder = property ? kb.byId.get(previous!.topics[0]!.id) : undefined;
    if (previous && holder && holder.kind === 'concept' && ownWords.foreign === 0) {
      const units = index.analyze(property!);
      if (units.length > 0 && units.every((unit) => entryWords(holder).has(unit))) return atPassage(holder, question, previous);
    }
    // "who owns it, the sre team or the dev team?" after SLOs: the entry just read has a passage led by what is asked
    // ("**Who owns what**"), whatever the roles named beside it find alone (a new grad's pick between SRE and SWE).
    const ledTo =
      previous && previous.topics.length === 1 && pointsBack(question) && !namesItsOwn && ownWords.foreign === 0
        ? kb.byId.get(previous.topics[0]!.id)
        : undefined;
    const ledPassage = previous && ledTo?.kind === 'concept' ? passageLedByAsked(ledTo, question) : undefined;
    if (previous && ledTo && ledPassage) {
      const answer = { ...entryAnswer(ledTo, question, EXACT_CONFIDENCE), followUp: true };
      return {
        answer: { ...answer, summary: ledPassage, details: entryBeside(ledTo, [ledPassage]) },
        resolved: `${question} ${previous.topics[0]!.name}`,
      };
    }
    // "are etcd reads linearizable out of the box?" after linearizability: the question names the last topic, and its entry
    // says it of the thing asked about ("etcd reads are linearizable by default"), where the search alone finds an entry the
    // question does not name (quorums).
    // Between messages only: a later part of one message names the part before it in passing ("how do I stop retries from
    // double-charging people?" after a retry policy).
    // Not where the search found a neighbour the content links to it ("how do i get our p99 down when every request fans
    // out?" after percentiles: tail latency).
    const lastId = previous?.topics.length === 1 ? previous.topics[0]!.id : undefined;
    const foundId = best.answer.kind === 'answer' ? best.answer.entryId : null;
    const namedHere = firstPart && lastId && foundId && !linked(foundId, lastId) ? comparer.namedIn(question) : [];
    const lastNamed = namedHere.some((n) => n.id === lastId) && !namedHere.some((n) => n.id === foundId) ? kb.byId.get(lastId!) : undefined;
    if (
      previous &&
      lastNamed?.kind === 'concept' &&
      ownWords.foreign === 0 &&
      focusPassage(lastNamed, question, index, false, { beyondSummary: true, minScore: LAST_NAMED_PASSAGE })
    )
      return atPassage(lastNamed, question, previous);
    // Another field's word in the follow-up ("also my landlord is keeping my deposit, can he do that?", "so how does
    // consensus work in the EU council?") says it is not about the last answer, whatever it points back to.
    if (!previous || ownWords.foreign > 0) return best;
    // A question of its own that finds the last entry again is still answered with what is new to the asker.
    if (!leans && !topicless && !goesOnWithThread) {
      const unsaid = firstPart ? leansUnsaid(question, best.answer, previous, asker, foreign) : null;
      return unsaid ?? { ...best, answer: notAgain(best.answer, question, previous) };
    }
    // "what about someone coming from a sysadmin background instead?": a slot offered in place of the last one, with a
    // few words of its own; the last question, so changed, is what it asks, whatever its own words find alone.
    const { text: resolved, swapped, offered: swapOffered = false, whole = false } = readFollowUp(question, previous);
    // "how's it different from platform eng?" after "is SRE a good long term career?": "it" is the role the last question
    // named, of the same kind as the other side, not the entry that answered it (the SRE career path).
    const namedBefore = comparedWithNamedBefore(question, previous);
    if (namedBefore) return namedBefore;
    // The topic by its short name too ("do staff still code", not "do Staff engineer in distributed systems still code").
    const byShortName = resolveFollowUp(question, {
      ...previous,
      topics: previous.topics.map((t) => ({ ...t, name: shortName(kb.byId.get(t.id)!) })),
    });
    // The last question itself, too: "and once they're hired, ..." leans on "our first SRE hire", not on the topic's name.
    // The last question votes as context, as the sentences around a question do in one message.
    // A swapped slot ("and at staff level?") is the whole reading: the last question still names the old one.
    // The question as asked, beside the last one, too: "they" put in as the last topic's title ("once Designing an
    // interview loop're hired") says less than the last question did ("our first SRE hire").
    const people = aboutPeopleNamed(question, previous);
    const beside = [
      resolved,
      byShortName,
      `${resolved} ${previous.question}`,
      `${question} ${previous.question}`,
      ...(people ? [people] : []),
    ];
    const readings = [...new Set(swapped || whole ? [resolved] : beside)].map((text) => ({
      text,
      // A workplace swapped in ("what about at a bank?") is the one asked about, not where the asker works.
      answer: answerOne(text, swapped ? { ...asker, industry: previous.asker.industry } : asker, foreign, {
        context: swapped ? undefined : previous.question,
        // A slot swapped into the last question is still the asker's own words ("what's sre work like at a bank").
        asTyped: swapped,
      }),
    }));
    const answering = readings.filter((r) => r.answer.kind === 'answer');
    // "do they still code?" after "what's a staff engineer, is it just senior+?": the last answer's comparison, put in for
    // "they" ("senior vs staff"), sets nothing side by side that the question asked to; a reading that answers without
    // comparing is the question's, where one does.
    const compares = (answer: Answer) => answer.comparedIds.length > 0 || answer.entryKind === 'comparison';
    const plain =
      !firstPart || previous.topics.length < 2 || !/\b(they|them|their)\b/i.test(question) || asksDifference(question)
        ? []
        : answering.filter((r) => !compares(r.answer) && r.answer.confidence >= ANSWER_THRESHOLD);
    // "why do they care so much about clocks?" after infra work at a trading firm: "they" are the people (or the firms)
    // the last question named, where that reading answers, not the entry that answered it.
    // So is the candidate a later part of a debrief asks about ("... how do we pick the level without being unfair to
    // them?"), whatever the part before it answered.
    const ofPeople =
      (firstPart || people?.includes(THE_CANDIDATE)) && people
        ? answering.filter((r) => r.text === people && r.answer.confidence >= ANSWER_THRESHOLD)
        : [];
    const answered = (ofPeople.length > 0 ? ofPeople : plain.length > 0 ? plain : answering).sort(
      (a, b) => b.answer.confidence - a.answer.confidence,
    );
    if (answered.length === 0) return best;
    const contextual = answered[0]!.answer;
    const previousIds = new Set(previous.topics.map((t) => t.id));
    // "what about for SRE specifically?" after the reading list: the last question asked again with the slot swapped in
    // finds the same entry, whose words outweigh the slot's; the entry the last one links to for that slot (Google's SRE
    // books) is the answer, where exactly one of its links names the slot in its title.
    const forTheSlot = swapped || swapOffered ? linkedForSlot(question, previous) : undefined;
    if (forTheSlot) return { answer: { ...entryAnswer(forTheSlot, question, contextual.confidence), followUp: true }, resolved };
    // "what about at a bank?" after the SRE career path: the last question asked there finds the same entry again, whose
    // words outweigh the place's; what the role the last question named is like at such a place is what is new.
    // Whether the reading with the last answer put in finds only what the last answer was about.
    const findsOnlyTheLast = answerKey(contextual)
      .split('+')
      .every((id) => previousIds.has(id));
    const placeSwapped = swapped ? WORKPLACE_SLOT.exec(question)?.[0] : undefined;
    // "what about at a bank?" after finance vs cloud-native companies: the comparison just shown has the bank's side (its
    // summary names banks), whose passage answers; the role's own entry says nothing of banks.
    const placeSide = placeSwapped && lastOne?.kind === 'comparison' ? lastOne : undefined;
    const sideWords = placeSide ? new Set(index.analyze([placeSide.title, ...placeSide.aliases, placeSide.summary].join(' '))) : undefined;
    if (placeSide && index.analyze(placeSwapped!).some((unit) => sideWords!.has(unit))) {
      return atPassage(placeSide, question, previous);
    }
    const roleBefore = placeSwapped ? namedSideOf(previous.question) : null;
    if (placeSwapped && roleBefore && findsOnlyTheLast) {
      const there = answerOne(`what is ${roleBefore} work like ${placeSwapped}`, asker, foreign);
      if (
        there.kind === 'answer' &&
        there.confidence >= ANSWER_THRESHOLD &&
        !answerKey(there)
          .split('+')
          .some((id) => previousIds.has(id))
      )
        return { answer: { ...there, question, followUp: true }, resolved: `what is ${roleBefore} work like ${placeSwapped}` };
    }
    // "do distsys engineers actually need to know it?" after Kubernetes: the words around "it" name who, and "it" is the
    // last topic, when the reading with it put back is the surer.
    // Only a role's entry found alone: the question names the people, not the topic.
    // So is "it" asked about as the subject ("can it happen with just one replica standby?" after split-brain), when the
    // reading with the last topic put in is the surer: the standby names where, not what.
    // So is "that" in "how do i show that in a promo packet?" after mid vs senior, when every reading with the last topic
    // put back finds that topic: the question's own words ("promo packet") find whatever else speaks of packets.
    const allAgree = answering.length >= AGREEING_READINGS && answering.every((r) => answerKey(r.answer) === answerKey(contextual));
    const oneOfIt = ONE_OF_IT.test(foldText(question));
    // "what tool would you actually use for it?" after distributed tracing: the tools for the last topic, which its entry
    // names (OpenTelemetry, Jaeger), not the map of every tool. Which tools to learn is the map's to say (what to learn
    // each with).
    const toolForIt =
      TOOL_FOR_IT.test(foldText(question)) &&
      !/\b(?:learn|study|master)\b/.test(foldText(question)) &&
      pointsBack(question) &&
      contextual.confidence >= SURE_THRESHOLD;
    // A later part of one message too, when the role ends it as whom it matters to ("what are those and why do they matter
    // for an infra eng"): "they" are what the part before asked about.
    const forWhom = !firstPart && best.answer.entryKind === 'role' && FOR_WHOM.test(foldText(question).trim());
    const itIsTheLast =
      toolForIt ||
      ((firstPart || forWhom) &&
        (pointsBack(question) || oneOfIt) &&
        (((best.answer.entryKind === 'role' || IT_ASKED_ABOUT.test(foldText(question).trim())) &&
          contextual.confidence > best.answer.confidence) ||
          (allAgree &&
            !namesItsOwn &&
            (THING_POINTED_AT.test(foldText(question).replace(DUMMY_IT, ' ')) || oneOfIt) &&
            comparer.namedIn(question).length === 0)));
    // "so how many partitions should we use then" after Kafka partitions: a word of the last topic's own name is that topic's,
    // however another entry ("network partitions") reads it alone. Not after a comparison: one side's name asks for that side.
    const namesOnlyTheLast = lastOne !== undefined && lastOne.kind !== 'comparison' && topicUnitsWithin(question, lastOne);
    const ownTopic =
      !namesOnlyTheLast &&
      !inWordsOfTheLast &&
      best.answer.kind === 'answer' &&
      best.answer.confidence >= SURE_THRESHOLD &&
      !answerKey(best.answer)
        .split('+')
        .some((id) => previousIds.has(id)) &&
      findsOnlyTheLast &&
      !itIsTheLast;
    const nextToPrevious = (id: string) => !previousIds.has(id) && previous.topics.some((t) => linked(t.id, id));
    // Unless the supposition is the last topic reached and the question asks for the step after it, which it finds on
    // its own ("and say I get there, how would I later go from SRE to designing the systems?" after becoming an SRE).
    // "and if the coordinator dies, then what?": after a supposition, "then what" asks what happens, not the next step.
    const stepAfter = ownTopic && ASKS_WHAT_NEXT.test(foldText(question).replace(/\bthen what\b/g, supposes(question) ? ' ' : '$&'));
    if (supposes(question) && contextual.confidence >= ANSWER_THRESHOLD && !stepAfter) {
      const shown = focused({ ...contextual, question, followUp: true }, question, previous);
      // Leaning only by "the old leader", the last entry with no passage of its own on it would show the summary just
      // read; a neighbour of it that the question finds on its own answers it (fencing, when the old leader keeps writing).
      // (A body passage that only ties with a sentence of the summary is no passage of its own on it either.)
      const nothingNew =
        !leansOnPrevious(question) &&
        focused({ ...contextual, question, followUp: true }, question, previous, false, false).summary === contextual.summary;
      const neighbour = best.answer.kind === 'answer' && nextToPrevious(answerKey(best.answer));
      if (!(nothingNew && neighbour)) return { answer: shown, resolved };
    }
    // A slot swapped into the last question ("and at staff?") is that question asked again, not the slot's own entry.
    // Unless the last topic is what is put to work, and the question's own words only say where.
    const itAtWork = IT_AT_WORK.test(foldText(question));
    // Nor when what the asker already has is weighed against it ("we already have retries w backoff, is that not enough?"
    // after circuit breakers): the question is whether the last topic is still needed.
    // Nor when another thing is weighed as needed with it ("do i need event sourcing with it?" after CQRS): whether the last
    // topic needs it, which that topic's entry says.
    const weighsNeedOfIt = ALREADY_HAVE.test(folded) || NEEDED_WITH_IT.test(folded);
    // Two levels set side by side within the last topic ("how should a junior answer differ from a senior one?" after
    // system design interviews): the topic's own entry says how each level is judged; the two levels in general do not.
    // So is one level asked of what "they" expect ("how deep do they expect a new grad to go?" after system design
    // interviews): the interviewers of the last topic, whose entry says what each level is expected to do there.
    const levelExpectedThere =
      THEY_EXPECT.test(folded) &&
      best.answer.entryKind === 'level' &&
      previous.topics.every((t) => !['level', 'role', 'comparison'].includes(kb.byId.get(t.id)?.kind ?? ''));
    const levelsWithin =
      withinLastTopic ||
      levelExpectedThere ||
      (best.answer.comparedIds.length === 2 &&
        best.answer.comparedIds.every((id) => kb.byId.get(id)?.kind === 'level') &&
        previous.topics.every((t) => kb.byId.get(t.id)?.kind !== 'level'));
    // Nor when it is likened to the last topic ("is raft's log the same idea?" after the write-ahead log).
    // A part of another thing likened to it ("is raft's log the same idea?"): the last topic answers how the two are alike,
    // where the other thing whole ("is zero trust the same idea?") is answered by its own entry.
    const likensAPart = likens && /\b[\w-]+'s [\w-]+|\bthe [\w-]+ (?:log|logs|protocol|approach|model|design|version)\b/.test(question);
    if (ownTopic && !topicless && !swapped && !swapOffered && !itAtWork && !weighsNeedOfIt && !levelsWithin && !likens) return best;
    // "and staff vs principal?" after mid vs senior: a comparison that names both its sides, answered surely as they are,
    // is those two, not those two with a side of the last comparison added.
    const ownSides = detectIntent(question);
    if (
      sure &&
      ownSides.type === 'comparison' &&
      ownSides.sides.length >= 2 &&
      /\b(?:vs\.?|versus)\s/.test(foldText(question)) &&
      !pointsBack(question) &&
      ownSides.sides.every((side) => !POINTS_BACK_SIDE.test(foldText(side).trim())) &&
      compares(best.answer) &&
      answerKey(best.answer)
        .split('+')
        .every((id) => !previousIds.has(id))
    )
      return best;
    // "any books for that?" after a student's question: what to read, as the question asks, not the last topic again.
    const route = routeOf(question);
    // Unless the last entry names its own books ("any books for that" after the system design interview, which lists them).
    const namesBooks =
      route?.includes('reading') === true && previous.topics.some((t) => /\bbooks?\b/i.test(kb.byId.get(t.id)?.body ?? ''));
    if (route && !namesBooks && answeredOn(best.answer, route) && !answeredOn(contextual, route)) return best;
    // "ok and leases, how are those different from a normal lock?" after fencing tokens: on its own the question
    // already finds a comparison next to the last answer's topic (one of its neighbours), which "those" only restates.
    if (sure && !topicless && best.answer.entryKind === 'comparison' && nextToPrevious(answerKey(best.answer))) return best;
    // The reading against the last answer only gives that answer again, while the question on its own finds
    // another entry: a follow-up asks something new ("..., and which one do interviewers ask about more?"),
    // unless it asks for an example of the last answer.
    const repeats = answerKey(contextual)
      .split('+')
      .every((id) => previousIds.has(id));
    const elsewhere =
      best.answer.kind === 'answer' &&
      !answerKey(best.answer)
        .split('+')
        .some((id) => previousIds.has(id));
    // A word that stands for the last topic ("do real databases use them?") asks more of the other entry than a bare "and".
    // Unless the question with that word put back finds the same neighbour of the last topic as the question alone ("why
    // does fan-out make it so much worse?" after p99: tail latency, both ways): two readings agreeing are evidence enough.
    // (The question with the word put back is read on its own here: with the last question's votes it finds that again.
    // That is one more search, so it is made only when a rule below weighs it, and once.)
    let agreedRead: boolean | undefined;
    const agreed = () => {
      if (agreedRead !== undefined) return agreedRead;
      const alone =
        best.answer.kind === 'answer' && !swapped && nextToPrevious(answerKey(best.answer)) ? answerOne(resolved, asker, foreign) : null;
      agreedRead =
        alone !== null && alone.kind === 'answer' && alone.confidence >= ANSWER_THRESHOLD && answerKey(alone) === answerKey(best.answer);
      return agreedRead;
    };
    // "and how does that decide what pages me at 3am?" after SLOs: "that" is the last topic, but what is asked of it (paging)
    // is the neighbour's to say (alerting), where the last entry never speaks of it.
    const saysMore =
      lastOne !== undefined && best.answer.kind === 'answer' && nextToPrevious(answerKey(best.answer))
        ? neighbourSaysMore(question, lastOne, kb.byId.get(best.answer.entryId ?? ''))
        : false;
    const enough = pointsBack(question) && !agreed() && !saysMore ? SURE_THRESHOLD : ANSWER_THRESHOLD;
    // Unless it asks for an example of the last answer, or for its downsides ("what are the downsides?").
    if (
      repeats &&
      elsewhere &&
      !likensAPart &&
      !swapped &&
      !swapOffered &&
      best.answer.confidence >= enough &&
      // Not a guess on its own against a sure reading with the thread: "how do i figure out if the sre one is real
      // engineering?" after two offers, one SRE, one SWE, is about that choice, not what SREs do.
      // Between messages only: a later part of one message asks something new of its own.
      // Unless it asks what comes after ("ok and after the language, what should i study next?").
      !(
        firstPart &&
        contextual.confidence >= SURE_THRESHOLD &&
        best.answer.confidence < SURE_THRESHOLD &&
        !ASKS_WHAT_NEXT.test(foldText(question)) &&
        !agreed() &&
        !saysMore &&
        // "How" something is done, asked in words of its own ("so how do services prove who they are to each other then"
        // after zero trust), finds a neighbour of the last topic (mTLS): the step the thread takes, not a guess.
        // Alone in its message: beside "is that where crdts come in?" it is the last topic's part of the answer.
        !(
          onlyQuestion &&
          HOW_IN_OWN_WORDS.test(foldText(question).trim()) &&
          !pointsBack(question) &&
          !/\b(one|ones|there)\b/i.test(question) &&
          nextToPrevious(answerKey(best.answer))
        )
      ) &&
      !asksIllustration(question) &&
      !ASKS_ASPECT.test(question) &&
      !itIsTheLast &&
      !itAtWork &&
      !weighsNeedOfIt &&
      !levelsWithin &&
      !namesOnlyTheLast
    ) {
      return best;
    }
    const better = leans || topicless || best.answer.kind !== 'answer' || contextual.confidence > best.answer.confidence;
    if (!better) return { ...best, answer: notAgain(best.answer, question, previous) };
    // The last entry again, with nothing more to say about the follow-up ("any projects to go with it?" after the
    // reading list): the entry the question finds on its own is offered beside it, one click away.
    const again = focused({ ...contextual, question, followUp: true }, question, previous);
    // Gone on with the thread only for want of words of its own, the last entry's summary again says nothing new: the
    // guesses the question made alone are more use ("what would you build instead then" after certifications).
    const saysNothingNew = repeats && again.summary === contextual.summary;
    // Not when it asks what else there is ("any alternatives if I can't slow the producer down?" after backpressure): the
    // entry's next passage sets out the other ways, which the guesses would not.
    if (goesOnWithThread && !leans && !topicless && saysNothingNew && !ASKS_ALTERNATIVE.test(foldText(question))) return best;
    const offered = repeats && elsewhere && again.summary === contextual.summary && best.answer.confidence >= ANSWER_THRESHOLD;
    const alternatives = offered
      ? [ref(kb.byId.get(best.answer.entryId!)!), ...(again.alternatives ?? [])].slice(0, MAX_ALTERNATIVES)
      : again.alternatives;
    // Nothing in the entry more to the point than its summary, just read: one level deeper, not that summary again.
    // Only the entry's own summary, alone: one written for this question ("sidecar pattern and service mesh name the
    // same thing here") or several entries side by side answer it already.
    const lastEntry = again.entryId && previousIds.has(again.entryId) ? kb.byId.get(again.entryId) : undefined;
    const deeper =
      lastEntry && again.summary === contextual.summary && again.summary === lastEntry.summary && answerKey(again) === lastEntry.id
        ? openingSection(lastEntry)
        : null;
    // The rest of the entry stays under "More", without the section now shown or the summary just read.
    const deeperShown = deeper && lastEntry ? { summary: deeper, details: entryBeside(lastEntry, [lastEntry.summary, deeper]) } : {};
    return { answer: { ...again, alternatives, ...deeperShown }, resolved };
  }

  /**
   * A follow-up that leans on the last answer without a word that points back ("what would a promo committee want to
   * see?" after mid vs senior): its own reading is a guess, and read with the last question it is sure of the last
   * topic. Null otherwise, or when the guess is a neighbour of the last topic ("do we still need logs then?" after
   * tracing: observability), which the question asks about.
   */
  function leansUnsaid(
    question: string,
    guess: Answer,
    previous: ConversationState,
    asker: Asker,
    foreign: number,
  ): { answer: Answer; resolved: string } | null {
    if (guess.kind !== 'answer' || guess.confidence >= GUESS_CONFIDENCE || previous.topics.length !== 1) return null;
    const last = previous.topics[0]!.id;
    const neighbour = answerKey(guess)
      .split('+')
      .some((id) => linked(last, id));
    if (neighbour) return null;
    const withLast = answerOne(`${question} ${previous.question}`, asker, foreign, { context: previous.question });
    const onLast = withLast.kind === 'answer' && answerKey(withLast) === last;
    if (!onLast || withLast.confidence < SURE_THRESHOLD) return null;
    return { answer: focused({ ...withLast, question, followUp: true }, question, previous), resolved: `${question} ${previous.question}` };
  }

  /** The one entry the last answer was about, again, at the passage that answers this follow-up where it has one. */
  function atPassage(entry: Entry, question: string, previous: ConversationState): { answer: Answer; resolved: string } {
    const answer = focused({ ...entryAnswer(entry, question, EXACT_CONFIDENCE), followUp: true }, question, previous);
    return { answer, resolved: `${question} ${previous.topics[0]!.name}` };
  }

  /**
   * The passage of the entry led by what the question asks, in its words ("**Who owns what**: ..."): every word of the
   * bold lead but the question frame ("what", "is") is the question's, and there are two of them at least ("who owns").
   * Words the search reads as everyday ("who", "owns") say it where the search cannot.
   */
  function passageLedByAsked(entry: Entry, question: string): string | undefined {
    const asked = new Set(foldText(question).match(/[a-z0-9%]+/g) ?? []);
    const led = [...entry.body.matchAll(BOLD_LEAD)].find((lead) => {
      const all = foldText(lead[1]!).match(/[a-z0-9%]+/g) ?? [];
      const words = all.filter((word) => !LEAD_FRAME_WORDS.has(word));
      // It asks what the question asks ("who", "while"): "**The two phases**" only names what "between the two phases" says.
      return words.length >= 2 && words.every((word) => asked.has(word)) && all.some((word) => ASKING_WORDS.has(word) && asked.has(word));
    });
    if (!led) return undefined;
    // A lead that heads a list ("**What to do while it is open** (...)" then its bullets) comes with the list.
    const after = entry.body
      .slice(led.index! + led[0].length)
      .split('\n')
      .slice(1);
    const list = after.slice(
      0,
      Math.max(
        0,
        after.findIndex((line) => !/^\s*(?:[-*]|\d+\.)\s/.test(line)),
      ),
    );
    return [led[0], ...(isHeading(led[0]) ? list : [])].join('\n');
  }

  /** Two levels asked about by someone who hires: which of the two to give a candidate, where a guide for that answers. */
  function asLevelling(question: string, answerTo: (question: string) => Answer): { answer: Answer; resolved: string } | null {
    const levelling = `levelling a candidate: ${question}`;
    const answer = answerTo(levelling);
    return answer.kind === 'answer' && answeredOn(answer, ['hiring']) ? { answer: { ...answer, question }, resolved: levelling } : null;
  }

  /**
   * The last answer's entry found again by a follow-up on its own ("why odd numbers tho, whats wrong with 4 nodes" after
   * quorums): the passage that answers it, where the entry has one, not the summary just read.
   */
  function notAgain(answer: Answer, question: string, previous: ConversationState): Answer {
    const entry = answer.kind === 'answer' && answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    if (!entry || answerKey(answer) !== entry.id || previous.topics[0]?.id !== entry.id) return answer;
    const shown = focused(answer, question, previous, true);
    return shown === answer ? answer : { ...shown, followUp: true };
  }

  /**
   * "and where does linearizable sit on that scale?" after eventual vs causal consistency: the entry that places all of
   * them (consistency models links the three), where exactly one links both last topics and the thing named.
   */
  function placedAmong(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    const placed = SITS_AMONG.exec(foldText(question).trim())?.[1];
    if (!placed || previous.topics.length !== 2) return null;
    const named = comparer.namedIn(placed).find((n) => !previous.topics.some((t) => t.id === n.id));
    if (!named) return null;
    const wanted = [...previous.topics.map((t) => t.id), named.id];
    const holders = kb.entries.filter((entry) => wanted.every((id) => entry.related.includes(id)));
    if (holders.length !== 1) return null;
    return { answer: { ...entryAnswer(holders[0]!, question, EXACT_CONFIDENCE), followUp: true }, resolved: holders[0]!.title };
  }

  /**
   * "is etcd that?" after linearizability: whether the thing named has the property just explained, which the property's
   * entry answers (it names the stores that give it); null unless the question names a thing of its own.
   */
  function namedHasIt(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    const named = NAMED_HAS_IT.exec(foldText(question).trim())?.[1];
    const last = previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (!named || last?.kind !== 'concept') return null;
    const thing = comparer.namedIn(named).find((n) => n.id !== last.id);
    if (!thing || !foldText(last.body + last.summary).includes(foldText(named))) return null;
    return atPassage(last, `is ${named} ${shortName(last)}`, previous);
  }

  /**
   * "why not just use X instead?", "do i still need X then?": the last answer's topic and the thing it names, compared;
   * null when it names none.
   */
  function whyNotInstead(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    const folded = foldText(question).trim();
    // A thing needed is named in a few words: "do i still need one if im using redlock" asks of the last topic under a
    // condition, and "client-side load balancing for grpc" of a case of its own.
    const fitted = FITS_IN.exec(folded)?.[1];
    const needed =
      STILL_NEED.exec(folded)?.[1] ??
      NEED_BESIDE_IT.exec(folded)?.[1] ??
      DROP_IT.exec(folded)?.[1] ??
      ALREADY_COVERS.exec(folded)?.[1] ??
      fitted;
    const instead = WHY_NOT_INSTEAD.exec(folded);
    const asked = instead?.[1] ?? instead?.[2] ?? (needed && NAMED_IN_FEW.test(needed) ? needed : undefined);
    const last = previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (!asked || !last) return null;
    const other = comparer.namedIn(asked).find((n) => n.id !== last.id);
    if (!other) return null;
    // "so do i still need retries or does the breaker cover that?" after retries vs circuit breaker: the last comparison
    // sets the two side by side already, and is the answer again.
    if (last.kind === 'comparison' && comparer.namedIn(last.title).some((n) => n.id === other.id))
      return { answer: { ...entryAnswer(last, question, EXACT_CONFIDENCE), followUp: true }, resolved: last.title };
    // "where do retries fit into all this?" after circuit breaker vs bulkhead: the content's comparison, beside the last
    // one, of the thing named with one of its sides (retries vs circuit breaker).
    const beside =
      last.kind === 'comparison'
        ? last.related.map((id) => kb.byId.get(id)).find((e) => e?.kind === 'comparison' && e.related.includes(other.id))
        : undefined;
    if (beside) return { answer: { ...entryAnswer(beside, question, EXACT_CONFIDENCE), followUp: true }, resolved: beside.title };
    // Only there: where a thing fits after a concept or a level ("where do crdts fit into that?" after eventual consistency,
    // "where does 'senior staff' fit in that?" after the ladder) is left to the reading of the question before this, which
    // answers what fits, not the two side by side.
    if (fitted !== undefined && asked === fitted) return null;
    const sides = [shortName(last), other.side];
    const compared = comparer.compare(`${sides[0]} vs ${sides[1]}`, sides, entryAnswer);
    // The content's comparison of the two, or the two entries side by side.
    if (!compared || (compared.entryKind !== 'comparison' && !answerKey(compared).split('+').includes(last.id))) return null;
    return { answer: { ...compared, question, followUp: true }, resolved: `${sides[0]} vs ${sides[1]}` };
  }

  /**
   * "what do they do instead?" after two-phase commit: the alternative, which the content's one comparison of the last
   * concept with another thing (sagas vs 2PC) sets beside it. Null when the question names a topic of its own, or the
   * content compares the concept with nothing, or with several things.
   */
  function alternativeTo(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    const last = previous.topics.length === 1 ? kb.byId.get(previous.topics[0]!.id) : undefined;
    if (last?.kind !== 'concept' || !ASKS_ALTERNATIVE.test(foldText(question)) || topicWords(question) > 1) return null;
    const name = foldText(shortName(last));
    const named = kb.entries.filter(
      (entry) => entry.kind === 'comparison' && entry.related.includes(last.id) && foldText(entry.title).includes(name),
    );
    // Of several ("Sagas vs two-phase commit", "Two-phase commit vs two-phase locking"), the one whose other side is a thing
    // the concept's own entry leads to (sagas): an alternative to it, not a thing of another kind with a like name.
    const titleNames = (entry: Entry, other: Entry) =>
      [shortName(other), ...other.aliases].some((n) => ` ${splitWords(entry.title).join(' ')} `.includes(` ${splitWords(n).join(' ')} `));
    const comparisons =
      named.length > 1
        ? named.filter((entry) => last.related.some((id) => entry.related.includes(id) && titleNames(entry, kb.byId.get(id)!)))
        : named;
    if (comparisons.length !== 1) return null;
    const answer = entryAnswer(comparisons[0]!, question, EXACT_CONFIDENCE);
    return { answer: { ...answer, followUp: true }, resolved: comparisons[0]!.title };
  }

  /**
   * A comparison with one side that points back ("how does it compare to X?"), the other side put in as the thing of
   * the same kind the last question named; null when there is none, or no comparison of the two.
   */
  function comparedWithNamedBefore(question: string, previous: ConversationState): { answer: Answer; resolved: string } | null {
    if (!pointsBack(question)) return null;
    const ownNames = new Set(comparer.namedIn(question).map((named) => named.id));
    for (const named of comparer.namedIn(previous.question)) {
      // "how is that different from staff?" after staff vs principal: "that" is not the side the question names itself.
      if (ownNames.has(named.id)) continue;
      const intent = detectIntent(question.replace(STANDS_FOR_TOPIC, named.side));
      if (intent.type !== 'comparison' || intent.sides.length !== 2 || !intent.sides.includes(named.side)) continue;
      const compared = comparer.compare(`${intent.sides[0]} vs ${intent.sides[1]}`, intent.sides, entryAnswer);
      if (!compared) continue;
      // A comparison the content wrote, or two entries of one kind, one of them the thing named before.
      const ids = compared.comparedIds;
      const ofAKind = ids.length === 2 && ids.includes(named.id) && kb.byId.get(ids[0]!)?.kind === kb.byId.get(ids[1]!)?.kind;
      if (compared.entryKind === 'comparison' || ofAKind) {
        return { answer: { ...compared, question, followUp: true }, resolved: `${intent.sides[0]} vs ${intent.sides[1]}` };
      }
    }
    return null;
  }

  /** The study plan for the level the last answer was about: a level's entry, or the higher of two levels compared. */
  function studyPlanAt(previous: ConversationState): Entry | undefined {
    if (previous.topics.length !== 1) return undefined;
    const last = kb.byId.get(previous.topics[0]!.id);
    if (!last || (last.kind !== 'level' && !(last.kind === 'comparison' && last.tags.includes('levels')))) return undefined;
    const level = SERIES_LEVELS.filter((tag) => last.tags.includes(tag)).at(-1);
    return level ? kb.entries.find((entry) => entry.tags.includes('study-plan') && entry.tags.includes(level)) : undefined;
  }

  /**
   * "tl;dr?" right after one entry's summary: its opening sentences, since the summary was just read in full (it came back
   * word for word). The rest of it stays in the details, so nothing is lost.
   */
  function shorterStill(again: Answer, previous: ConversationState): Answer {
    if (again.kind !== 'answer' || previous.topics.length !== 1 || again.entryId !== previous.topics[0]!.id) return again;
    // The sentence that says most of what was asked ("what's an error budget?" is not the SLI sentence the summary opens with).
    // A comparison's opening sentence is its verdict on the two ("both give the same guarantee ..."), whatever was asked.
    const asked = new Set(index.analyze(previous.question));
    const sentences = sentencesOf(again.summary);
    const scores = sentences.map((sentence, at) =>
      again.entryKind === 'comparison' ? (at === 0 ? 1 : 0) : index.analyze(sentence).filter((unit) => asked.has(unit)).length,
    );
    const best = scores.indexOf(Math.max(...scores));
    if (sentences.length < 2 || scores[best]! === 0) return again;
    const withNext = sentences.slice(best, best + 2).join('');
    const short = (withNext.length <= TLDR_CHARS ? withNext : sentences[best]!).trim();
    if (short.length > TLDR_CHARS * 1.5) return again;
    return { ...again, summary: short, details: [again.summary, again.details].filter(Boolean).join('\n\n') };
  }

  /**
   * The entry one level up from the last one in a series written per level (the study plans, the levels themselves):
   * the same tags but the level's, with the next level's tag instead. None when the last answer was no such entry.
   */
  function nextInSeries(previous: ConversationState, question = ''): Entry | undefined {
    if (previous.topics.length !== 1) return undefined;
    const last = kb.byId.get(previous.topics[0]!.id);
    const levels = last ? last.tags.filter((tag) => SERIES_LEVELS.includes(tag)) : [];
    if (!last || levels.length !== 1) return undefined;
    const next = SERIES_LEVELS[SERIES_LEVELS.indexOf(levels[0]!) + 1];
    // "once i'm mid level, what then?": a level named is the one reached, which must be the next ("once i'm staff, what
    // then?" after the entry-level plan skips three, and is not this question).
    const named = levelNamedIn(question);
    if (named && SERIES_LEVELS.find((tag) => tag.startsWith(named)) !== next) return undefined;
    const rest = last.tags.filter((tag) => tag !== levels[0]);
    return kb.entries.find(
      (entry) => entry.kind === last.kind && entry.tags.includes(next ?? '') && rest.every((tag) => entry.tags.includes(tag)),
    );
  }

  /**
   * A follow-up answered by the entry just shown ("only two nodes?", "got an example?"): the
   * passage of it that answers the follow-up goes first, not the summary the asker has just read.
   */
  function focused(answer: Answer, question: string, previous: ConversationState, beyondSummary = false, bodyOnTie = true): Answer {
    const entry = answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    if (!entry || !previous.topics.some((topic) => topic.id === entry.id)) return answer;
    const passage = focusPassage(entry, question, index, asksIllustration(question), { wholeList: true, beyondSummary, bodyOnTie });
    if (!passage) return answer;
    // A sentence of the summary the asker has just read ("It is prevented by requiring a majority quorum ... never running a
    // two-node cluster without a tie-breaker") answers, but says nothing new: the body's passage on what is asked ("*Tie-
    // breaker*: two data nodes plus a lightweight third vote") follows it, where one says some of it too.
    const deeper =
      !beyondSummary && entry.summary.includes(passage.trim())
        ? focusPassage(entry, question, index, asksIllustration(question), {
            wholeList: true,
            beyondSummary: true,
            minScore: DEEPER_PASSAGE,
          })
        : null;
    const shown = deeper ? `${passage}\n\n${deeper}` : passage;
    return { ...answer, summary: shown, details: entryBeside(entry, deeper ? [passage, deeper] : [passage]) };
  }

  /**
   * A follow-up whose answer would be the very text the asker has just read ("which one should i pick?" after SRE vs
   * DevOps, "what happens when it runs out?" after error budgets): the part of the entry that says more to it, and the
   * rest under "More". `question` is as the asker wrote it ("which would you pick", not the sides it was read as). Of a
   * choice, the entry's passage on choosing, or on how the sides differ; otherwise the passage
   * that says most of the question's words, everyday ones too; else the section one level deeper than the summary.
   */
  /**
   * Whether an answer of one entry would show the asker what they have just read: the same text, or a sentence of the
   * summary just read picked out again ("the leaky bucket (requests drain at a constant rate)" for "and if the downstream
   * needs a perfectly steady rate?" after the rate limiting summary).
   */
  function readAlready(answer: Answer, question: string, previous: ConversationState): boolean {
    const entry = answer.kind === 'answer' && answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    if (!entry || previous.shown === undefined || answerKey(answer) !== entry.id) return false;
    // A yes or no asked of it ("is it eventually consistent?" after gossip) is answered by the very sentence that says so.
    return (
      previous.shown === shownKey(answer.summary) ||
      (previous.shown === shownKey(entry.summary) && entry.summary.includes(answer.summary.trim()) && !ASKS_YES_OR_NO.test(question))
    );
  }

  /**
   * A follow-up whose reading with the last topic would only show what was just read, while its own words find, surely,
   * an entry the content links to that topic: that neighbour says what is new ("and if the downstream
   * needs a perfectly steady rate instead of bursts?" after rate limiting: token bucket vs leaky bucket). Null otherwise.
   */
  function neighbourInstead(answer: Answer, question: string, previous: ConversationState, asker: Asker, foreign: number): Answer | null {
    // Only a question with words of its own that points at nothing said before: "and at staff?" asks the last question
    // again, and "how do i fix it in our 2 node setup?" asks more of the last topic, whose deeper passage says it.
    if (!readAlready(answer, question, previous) || pointsBack(question) || topicWords(question) < 2) return null;
    const alone = answerOne(question, asker, foreign);
    const id = alone.kind === 'answer' ? alone.entryId : null;
    const previousIds = previous.topics.map((topic) => topic.id);
    if (!id || alone.confidence < SURE_THRESHOLD || previousIds.includes(id) || !previousIds.some((topic) => linked(topic, id)))
      return null;
    return { ...alone, question, followUp: true };
  }

  function notShownAgain(answer: Answer, question: string, previous: ConversationState): Answer {
    const entry = answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    if (!entry || !readAlready(answer, question, previous)) return answer;
    const choosing = ASKS_TO_CHOOSE.test(foldText(question));
    const passage =
      (choosing ? (sectionLedBy(entry, CHOOSING_LEAD) ?? sectionLedBy(entry, CONTRAST_LEAD)) : null) ??
      focusPassage(entry, question, index, asksIllustration(question), { wholeList: true, beyondSummary: true, everyday: true }) ??
      openingSection(entry);
    if (!passage || passage.trim() === answer.summary.trim()) return answer;
    return { ...answer, summary: passage, details: entryBeside(entry, [entry.summary, passage]) };
  }

  /**
   * One part of a multi-part reply, whose gist is a sentence or two: the entry's opening sentence,
   * then the passage that answers what this part asks ("never average percentiles across
   * servers"), when the opening alone would not say it.
   */
  function leadingTo(answer: Answer, question: string): Answer {
    // How two things differ is what a comparison's summary opens with ("Both slow work down, but for different reasons.
    // Rate limiting ..."): a later passage in its place would leave out the very contrast asked for.
    // A pick asked too ("which one should i learn first") is the passage on when to use which, where there is one.
    if (answer.entryKind === 'comparison' && asksDifference(question) && !ASKS_TO_CHOOSE.test(foldText(question))) return answer;
    const entry = summarisedEntry(answer);
    const passage = entry && focusPassage(entry, question, index, asksIllustration(question), { minScore: PART_PASSAGE_SCORE });
    // A passage within the gist a part shows anyway is shown already; one step of a numbered list ("3. Run experiments in
    // production") is a fragment, which read alone can say the opposite of the list.
    if (!entry || !passage || entry.summary.slice(0, PART_GIST_CHARS).includes(passage) || /^\d+\.\s/.test(passage)) return answer;
    // A later sentence of the summary comes with those before it, where they fit in the gist: "Days 1 to 30 ..." then
    // "Days 61 to 90 ..." reads as if nothing came between them.
    const sentences = sentencesOf(entry.summary).map((sentence) => sentence.trim());
    const through = sentences.slice(0, sentences.indexOf(passage.trim()) + 1);
    if (through.length > 1 && through.join(' ').length <= partGistMax(answer)) {
      return { ...answer, summary: through.join(' '), details: entryBeside(entry, through) };
    }
    // Too long to show whole: what is left out between them is marked, as a part's gist marks it.
    return openingThen(answer, entry, passage, through.length > 2 ? ' … ' : ' ');
  }

  /**
   * A story told at length ("our report job takes a redis lock ... both wrote the same file. how do you make that
   * safe?") matches few of an entry's words, so the model is unsure of every entry; when the nearest entries are ones
   * the content links to each other (locks, fencing, leases), the story is about that neighbourhood, which another
   * field's story, near entries at random, is not. Answered by the nearest, at the least confidence an answer has, the
   * others offered beside it. Null when the reply is not such a "did you mean" to a story.
   */
  function settleStory(reply: Answer, question: string, message: string, asker: Asker): Answer | null {
    // Just under the suggestion line too: a story's words spread its votes over the neighbours it is about.
    const unsure = reply.kind === 'suggestions' || (reply.kind === 'decline' && reply.confidence >= STORY_FLOOR);
    if (!unsure || message.split(/\s+/).length < STORY_WORDS) return null;
    const offered = reply.suggestions.map((s) => kb.byId.get(s.id)).filter((e): e is Entry => e !== undefined);
    const linked = (a: Entry, b: Entry) => a.related.includes(b.id) || b.related.includes(a.id);
    // The whole story read as the question finds one of them first: "what do people do to make this airtight?" alone
    // finds the career entries about what people do, which are linked to each other too. Not always the first offered:
    // "... 'traces are just better logs'. is that a reasonable take?" offers tracing first; the story is about whether
    // logs are still needed, which the observability entry beside it answers.
    const storyFirst = searchFor(message, { type: 'question' }, asker)[0]?.entry.id;
    const chosen = offered.find((entry) => entry.id === storyFirst);
    const others = offered.filter((entry) => entry !== chosen);
    if (!chosen || !others.some((other) => linked(chosen, other))) return null;
    return { ...entryAnswer(chosen, question, ANSWER_THRESHOLD), alternatives: others.slice(0, MAX_ALTERNATIVES).map(ref) };
  }

  /**
   * An answer to a question that asks what to do ("how do ppl prevent that?", "how do we begin?") or whether it is safe
   * to do ("is chaos engineering safe in prod?"): the entry's opening
   * sentence, then the passage of its body that says what to do, when the summary only says what the thing is (a cache
   * stampede named in the caching summary; how to prevent one in its body).
   */
  function toTheAction(answer: Answer, question: string, told: readonly string[]): Answer {
    const folded = foldText(question);
    const ifNeeded = ASKS_IF_NEEDED.test(folded);
    const verdict = ASKS_JUDGEMENT.test(folded);
    const judgement = ifNeeded || verdict;
    const doing = ASKS_WHAT_TO_DO.test(folded) || ASKS_WHAT_WE_DO.test(folded) || ASKS_HOW_TO_GO_ABOUT.test(folded);
    const asksTheWay = !judgement && !doing && ASKS_THE_WAY.test(folded);
    const entry = judgement || doing || asksTheWay ? summarisedEntry(answer) : undefined;
    const focusOn = (ledByQuestion: boolean) =>
      entry &&
      focusPassage(entry, [...told, question].join(' '), index, false, {
        minScore: judgement ? JUDGEMENT_PASSAGE_SCORE : PART_PASSAGE_SCORE,
        ledByQuestion,
        wholeList: true,
        beyondSummary: true,
        action: !judgement,
      });
    // "do we need an L7 balancer for grpc or is L4 fine?": a verdict asked as well, which any passage may give.
    const passage = focusOn(ifNeeded) || (ifNeeded && verdict ? focusOn(false) : null);
    // One step of a numbered list too long to show whole ("2. *Estimates (5 min)*") is a fragment, not what to do.
    if (!entry || !passage || /^\d+\.\s/.test(passage)) return answer;
    if (asksTheWay && !NAMES_A_REMEDY.test(passage)) return answer;
    return openingThen(answer, entry, passage, '\n\n');
  }

  /**
   * An answer to a question about one situation inside a concept ("it only made it to one follower and then the leader
   * got oomkilled. is that entry gone for good?"): the entry's opening sentence, then the passage of its body that says
   * what happens in that situation, when it says something the question asks that the summary never does (the summary
   * says what the thing is).
   */
  function toTheSituation(answer: Answer, question: string, told: readonly string[]): Answer {
    const entry = summarisedEntry(answer);
    if (entry?.kind !== 'concept' || detectIntent(question).type === 'definition') return answer;
    const passage = focusPassage(entry, question, index, false, {
      minScore: SITUATION_PASSAGE_SCORE,
      wholeList: true,
      summaryFirst: true,
      told: told.join(' '),
    });
    if (!passage || /^\d+\.\s/.test(passage)) return answer;
    return openingThen(answer, entry, passage, '\n\n');
  }

  /** Whether a question asks what to do, or a judgement of doing it ("how do ppl prevent that?", "is it safe in prod?"). */
  const asksWhatToDo = (question: string) => {
    const folded = foldText(question);
    return (
      ASKS_IF_NEEDED.test(folded) ||
      ASKS_JUDGEMENT.test(folded) ||
      ASKS_WHAT_TO_DO.test(folded) ||
      ASKS_HOW_TO_GO_ABOUT.test(folded) ||
      ASKS_THE_WAY.test(folded) ||
      ASKS_WHAT_WE_DO.test(folded)
    );
  };

  /** An answer shown at what its question asks: what to do, where it asks that, else the situation it asks about. */
  const toWhatIsAsked = (answer: Answer, question: string, told: readonly string[]): Answer =>
    asksWhatToDo(question) ? toTheAction(answer, question, told) : toTheSituation(answer, question, told);

  /**
   * A message's one answer, shown at what to do where its question asks it; failing that, where a later question of the
   * message that found the same entry asks it ("is there a name for this kind of failure and how do ppl catch it?").
   */
  function toTheActionOfAny(part: { answer: Answer; resolved: string }, repeated: readonly string[], told: readonly string[]): Answer {
    const shown = toWhatIsAsked(part.answer, part.resolved, told);
    if (shown !== part.answer || repeated.length === 0) return shown;
    const later = repeated.join(' ');
    const action = toTheAction(part.answer, later, told);
    // A situation the later question asks about in its own words ("is CA a real option?"): the story's words, read for
    // the first question already, would only pull in passages about its setting ("db vendor" finds a Go checker).
    return action !== part.answer ? action : toTheSituation(part.answer, later, []);
  }

  /**
   * "what's fair to expect from a new grad in an infra interview loop?": an entry written level by level (a section headed
   * **Entry**, **Mid**, **Senior** ...) answers for the level asked about in that level's section, after its opening.
   */
  function atLevelAsked(answer: Answer, question: string): Answer {
    const entry = summarisedEntry(answer);
    const named = new Set([...foldText(question).matchAll(LEVEL_ASKED_GLOBAL)].map((m) => SECTION_OF_LEVEL[m[1]!.replace(/s$/, '')]));
    // One level only: "a principal candidate or a really strong staff one" asks what the summary sets side by side.
    if (!entry || named.size !== 1) return answer;
    const heading = [...named][0]!;
    const lines = entry.body.split('\n');
    const at = lines.findIndex((line) => line.trim() === `**${heading}**`);
    if (at < 0 || (entry.body.match(LEVEL_SECTION) ?? []).length < MIN_LEVEL_SECTIONS) return answer;
    const section: string[] = [];
    for (const line of lines.slice(at + 1)) {
      if (line.trim() === '' || /^\*\*[^*]+\*\*:?$/.test(line.trim())) break;
      section.push(line);
    }
    return section.length > 0 ? openingThen(answer, entry, section.join('\n'), '\n\n') : answer;
  }

  /** The entry an answer shows as written (its summary, not a passage already picked out of it). */
  const summarisedEntry = (answer: Answer): Entry | undefined => {
    const entry = answer.kind === 'answer' && answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    return entry && answer.summary === entry.summary ? entry : undefined;
  };

  /** The entry's opening sentence, then a passage of it; the rest of the entry under "More". */
  function openingThen(answer: Answer, entry: Entry, passage: string, joiner: string): Answer {
    const opening = sentencesOf(entry.summary)[0]?.trim() ?? '';
    if (!opening) return answer;
    return { ...answer, summary: `${opening}${joiner}${passage}`, details: entryBeside(entry, [opening, passage]) };
  }

  /**
   * "i run our kafka and etcd clusters as an sre ... how do people make that switch?": the way into SRE work is no answer
   * to an SRE, who asks the way out of it: the content's move from SRE, unless the question names SRE as where it goes.
   */
  function outOf(answer: Answer, question: string, asker: Asker): Answer {
    const entry = answer.kind === 'answer' && answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    const role = asker.role;
    if (!entry || role !== 'sre' || !entry.tags.includes(INTO_OPS) || /\bsres?\b/.test(foldText(question))) return answer;
    const from = kb.entries.find((e) => e.tags.includes('career-change') && e.tags.includes(role) && !e.tags.includes(INTO_OPS));
    return from ? { ...entryAnswer(from, question, answer.confidence), alternatives: answer.alternatives } : answer;
  }

  /**
   * "and once i'm hired what should the first 90 days look like" after becoming an SRE: of two entries that differ by whom
   * they are for (the onboarding plan for a new DSE, for a new SRE), the one the conversation was about, when the
   * follow-up itself names neither. The two relate to each other, are of one kind, are filed first under one tag and share
   * most of their titles; each is told by the words of its title the other's lacks.
   */
  function siblingNamedBefore(answer: Answer, question: string, previous: ConversationState): Answer {
    const entry =
      answer.kind === 'answer' && answer.entryId && answerKey(answer) === answer.entryId ? kb.byId.get(answer.entryId) : undefined;
    if (!entry) return answer;
    const asked = new Set(index.analyze(question));
    const before = new Set(index.analyze([previous.question, ...previous.topics.map((t) => t.name)].join(' ')));
    const ownTitle = new Set(titleTermsOf(entry));
    const shareIn = (terms: string[], words: Set<string>) => terms.filter((t) => words.has(t)).length / terms.length;
    for (const id of entry.related) {
      const other = kb.byId.get(id);
      // Not the last answer itself: a follow-up that left it for its sibling moved on on purpose.
      if (!other || previous.topics.some((t) => t.id === other.id)) continue;
      if (other.kind !== entry.kind || !other.related.includes(entry.id) || other.tags[0] !== entry.tags[0]) continue;
      const otherTitle = titleTermsOf(other);
      const otherOnly = otherTitle.filter((t) => !ownTitle.has(t));
      const ownOnly = [...ownTitle].filter((t) => !otherTitle.includes(t));
      if (otherOnly.length === 0 || ownOnly.length === 0 || ownOnly.some((t) => asked.has(t)) || otherOnly.some((t) => asked.has(t)))
        continue;
      // Two of one thing (most of their titles shared), for two roles: levels have their own reading (the asker's level).
      const shared = otherTitle.length - otherOnly.length;
      if (shared / (shared + otherOnly.length + ownOnly.length) < SIBLING_TITLES) continue;
      if (LEVEL_WORD.test(`${other.title} ${entry.title}`)) continue;
      if (shareIn(otherOnly, before) > shareIn(ownOnly, before))
        return { ...entryAnswer(other, question, answer.confidence), followUp: true };
    }
    return answer;
  }

  function expand(previous: ConversationState, message: string): Answer | null {
    const entries = previous.topics.map((t) => kb.byId.get(t.id)).filter((e): e is Entry => e !== undefined);
    const first = entries[0];
    if (!first) return null;
    return { ...entryAnswer(first, message, 1), followUp: true, conversation: previous };
  }

  return {
    catalogue,
    explain(message) {
      index.startMessage();
      const { questions, context } = splitMessage(cleanMessage(message).text);
      const question = questions.find((q) => index.read(q).units.length > 0) ?? questions[0] ?? message;
      return { question, hits: searchFor(question, detectIntent(question), readAsker([...context, ...questions])) };
    },
    moreFor(key) {
      const entries = key
        .split('+')
        .slice(0, MAX_MORE)
        .map((id) => kb.byId.get(id))
        .filter((e): e is Entry => e !== undefined);
      if (entries.length === 0) return null;
      const answers = entries.map((entry) => entryAnswer(entry, entry.title, 1));
      return answers.length === 1 ? answers[0]! : composeParts(entries.map(shortName).join(', '), answers, []);
    },
    answerFor(id, question) {
      const entry = kb.byId.get(id);
      if (!entry) return null;
      const answer = entryAnswer(entry, question ?? entry.title, 1);
      return { ...answer, conversation: stateOf(answer, question ?? entry.title, {}) };
    },
    ask(message, previous = null) {
      index.startMessage();
      // A message answered as if it came first still keeps what the asker said of themselves before it.
      const keepingAsker = (state: ConversationState | null, before: ConversationState): ConversationState | null =>
        state && { ...state, asker: { ...before.asker, ...state.asker } };
      const intent = detectIntent(message);
      switch (intent.type) {
        case 'greeting':
          return { ...blank(message, 'greeting', MESSAGES.greeting), suggestions: starters(kb), confidence: 1, conversation: previous };
        case 'thanks':
          return { ...blank(message, 'thanks', MESSAGES.thanks), confidence: 1, conversation: previous };
        case 'help':
          return { ...blank(message, 'help', MESSAGES.help), suggestions: starters(kb), confidence: 1, conversation: previous };
        case 'browse':
          return { ...blank(message, 'browse', MESSAGES.browse), catalogue: catalogue(), confidence: 1, conversation: previous };
        default:
      }
      const { text, brief } = cleanMessage(message);
      // "tl;dr?" after an answer: the same topic, short. So is "eli5 please, my brain hurts": what is left besides the
      // wish for brevity names no topic, only how the asker feels.
      // (Its words counted without the comma the wish for brevity leaves before them.)
      const remark = text.replace(/^[\s,.!-]+/, '');
      if (brief && previous && (text === '' || (ABOUT_ME.test(foldText(text).trim()) && remark.split(/\s+/).length <= 6))) {
        // A comparison or several parts are asked again; one entry is shown again, short.
        const again = previous.topics.length > 1 ? answerOne(previous.question, previous.asker) : expand(previous, message);
        if (again) return { ...shorterStill(again, previous), question: message, brief, followUp: true, conversation: previous };
      }
      if (text === '')
        return { ...blank(message, 'greeting', MESSAGES.greeting), suggestions: starters(kb), confidence: 1, conversation: previous };
      // "totally different q: how much math do i need for this field": a new topic announced leans on nothing before it
      // ("this field" is the field, not the last answer's topic); who the asker said they are still holds.
      // So does what the asker wants instead of the things just offered ("neither, I like building internal tools" after SRE
      // vs DevOps), asked on its own: read against the last answer, its words would only pick a passage of it.
      const instead = previous ? insteadOfBoth(text) : null;
      const fresh =
        instead && topicWords(instead) >= 1 ? instead : previous && (changesTopic(text) || changesTopic(message)) ? message : null;
      if (previous && fresh !== null) {
        const afresh = this.ask(fresh, null);
        return {
          ...afresh,
          question: message,
          conversation: keepingAsker(afresh.conversation, previous),
        };
      }
      // "is that like L4 at google?" after what a mid-level engineer does: how ladders line up, of the level just talked
      // about, which the last topic's own entry does not say.
      // Checked in the order of cost, so that most messages stop at the first test.
      const levelTalkedOf =
        previous?.topics[0] && setsLaddersSideBySide(foldText(text)) && pointsBack(text)
          ? levelNamedIn(foldText(previous.topics[0].name))
          : undefined;
      if (previous && levelTalkedOf) {
        // The level by its word ("mid level"), not the entry's whole name, whose role words would make it a comparison.
        const lined = this.ask(text.replace(/\b(?:that|it|this)\b/i, LEVEL_WORD_OF[levelTalkedOf] ?? `${levelTalkedOf} level`), null);
        if (lined.kind === 'answer') return { ...lined, question: message, followUp: true, conversation: lined.conversation };
      }
      // "isn't that just rate limiting with extra steps?" after backpressure: the last topic set beside the thing it is
      // likened to, which the comparison of the two answers where the content has one (or an entry that names both).
      const likened = previous?.topics.length === 1 ? likenedTo(text) : null;
      if (previous && likened) {
        const [topic] = previous.topics;
        const asOne = this.ask(`is ${topic!.name} just ${likened}?`, null);
        const setBeside = asOne.kind === 'answer' && (asOne.entryKind === 'comparison' || asOne.comparedIds.includes(topic!.id));
        if (setBeside) {
          return {
            ...asOne,
            // A comparison's "Yes, keep both" answers whether both are needed: asked whether one is just the other, a
            // "Yes" would say it is.
            summary: asOne.summary.replace(/^Yes, (\S)/, (_, first: string) => first.toUpperCase()),
            question: message,
            followUp: true,
            conversation: keepingAsker(asOne.conversation, previous),
          };
        }
      }
      // A story told at length that never names what the last answer was about ("our scheduler uses a redis key with a
      // TTL ... what went wrong and how do we make it safe?" after Raft) is a new post: its "it" is the story's.
      // (The word count first: most follow-ups are short, and stop there.)
      // The message's parts, worked out once: the test for a new post below may need them before the parts are read.
      let splitOnce: ReturnType<typeof splitMessage> | undefined;
      const splitText = () => (splitOnce ??= splitMessage(text));
      const longPost = previous !== null && text.split(/\s+/).length >= NEW_POST_WORDS;
      const lastNames = longPost ? previous.topics.flatMap((t) => index.analyze(kb.byId.get(t.id)?.title.split(':')[0] ?? t.name)) : [];
      const ownWords = lastNames.length > 0 ? new Set(index.analyze(text)) : undefined;
      // Only a story: questions alone that point back ("what lookback windows do ppl use for this, like 1h? a day? and at what
      // point does it become a ticket ...?" after burn-rate alerts) ask on about the last answer, however long.
      if (previous && ownWords && !lastNames.some((w) => ownWords.has(w)) && (!pointsBack(text) || splitText().context.length > 0)) {
        const afresh = this.ask(message, null);
        return { ...afresh, conversation: keepingAsker(afresh.conversation, previous) };
      }
      if (previous && asksForMore(text)) {
        const more = expand(previous, message);
        if (more) return more;
      }
      // "how do we stop that?" after a story the bot could only offer guesses for: the story's question, asked as if both
      // had been one message.
      if (previous && previous.topics.length === 0 && (pointsBack(text) || isTopicless(text))) {
        const asOne = this.ask(`${previous.question} ${message}`, null);
        return {
          ...asOne,
          question: message,
          conversation: keepingAsker(asOne.conversation, previous),
        };
      }
      const split = splitText();
      const questions = split.questions.map(withoutStackAside);
      const { extra, context } = split;
      // Another field's words in what is asked speak against every part. In what the asker says about themselves
      // ("staff engineer at a logistics company") they only say where they work, unless the questions have no
      // topic of their own and the sentences around them are the topic ("my sourdough starter ... tips?").
      // So does a question of one topic word at most about someone or something the post told of ("how do I get her to
      // stop?" after "my cat ... knocks my coffee off the desk").
      const aboutContext = questions.every(
        (q) => isTopicless(q) || (context.length > 0 && TOLD_OF.test(foldText(q)) && topicWords(q) <= 1),
      );
      // Several of them in the story around the questions ("our HOA ... bylaws say 51%") say what it is about, too; not
      // in what the asker says of their own work ("frontend dev, mostly Vue. I've been using Figma").
      const askedForeign = index.read(aboutContext ? text : questions.join(' ')).foreign;
      // A visa or a lease is never the asker's work: said of themselves too, it says what the post is about.
      const story = aboutContext
        ? []
        : context.filter((s) => NOT_WORK.test(foldText(s)) || (!OWN_WORK.test(foldText(s).trim()) && !readAsker([s]).role));
      const toldForeign = story.length === 0 ? 0 : index.read(story.join(' ')).foreign;
      const notWork = story.some((s) => NOT_WORK.test(foldText(s)));
      const folded = foldText(message);
      // Said outright, it weighs as several of another field's words: in a long post one word is only the setting.
      const toldOffTopic = (previous === null && SAYS_OFF_TOPIC.test(folded)) || SAYS_PERSONAL.test(folded) ? SAID_OFF_TOPIC : 0;
      const messageForeign = Math.max(toldForeign >= 2 || notWork ? Math.max(askedForeign, toldForeign) : askedForeign, toldOffTopic);
      const asker: Asker = { ...previous?.asker, ...definedOnly(readAsker([...context, ...questions])) };

      // Each part with what the conversation remembers of it, worked out once.
      // `asked`: the part as the message asked it, before any reading put words in.
      const parts: { answer: Answer; resolved: string; state?: ConversationState | null; asked?: string }[] = [];
      // The questions of parts that only repeated an earlier part's entry: still asked of it ("is there a name for this
      // kind of failure and how do ppl catch it?" is one entry, and how to catch it is what the reply must show).
      const repeated: string[] = [];
      // For a part of several, the later questions its entry answers again: what its gist should show beside the opening.
      const askedAgain = new Map<number, string[]>();
      let lastState = previous;
      // A part with no words of its own ("any advice?", "thoughts?") adds nothing; if all are like that, the whole text is the question.
      // "I keep being told I need 'more scope'. what does that even mean?": a quoted phrase is what "that" stands for.
      // Of several quotes, the last that names an entry ("'last save wins' ... someone said 'just use CRDTs'").
      // "can someone eli5 it?" (its "eli5" cleaned away, the brief answer asked for): what "it" is, explained.
      // "can you explain it like i'm 5?" leaves "can you" once cleaned: asked of someone, about what the post named.
      const asksToExplain = (q: string) =>
        EXPLAINS_IT.test(foldText(q)) ||
        // "i said kafka gives you exactly once and the interviewer just smiled. what was i missing?": the truth of it.
        WHAT_I_MISSED.test(foldText(q).trim()) ||
        (brief && topicWords(q) <= 1 && /\b(it|that|this)\b|^(can|could|would) (you|someone|anyone|somebody)\b/.test(foldText(q).trim()));
      // Or, with no quote, the one concept the post names ("asked me to explain CAP in plain english. can someone eli5
      // it?"), for a question that asks to explain "it".
      // (Looked for only then: naming every entry a long post mentions is not free.)
      // The post as a whole first; else the last sentence that names one ("trying to test our replication layer ... I
      // keep hearing about deterministic simulation testing, what is that").
      const namedConcept = () => {
        const conceptsIn = (text: string) => [
          ...new Set(
            comparer
              .namedIn(text)
              .filter((n) => kb.byId.get(n.id)?.kind === 'concept')
              .map((n) => n.side),
          ),
        ];
        const all = conceptsIn(context.join(' '));
        if (all.length === 1) return all[0];
        const last = conceptsIn(context.at(-1) ?? '');
        return all.length > 1 && last.length === 1 ? last[0] : undefined;
      };
      // What a kind of job is called ("recruiters for 'distributed systems' roles keep passing on me ... what am i
      // missing?") is not a term asked about: the post is the asker's situation.
      const quotesAJobsName = [...context.join(' ').matchAll(QUOTED_JOB_LABEL)].length > 0;
      const quoted = quotesAJobsName
        ? undefined
        : (quotedTerm(context.join(' ')) ??
          [...context.join(' ').matchAll(QUOTED)].reverse().find((quote) => comparer.namedIn(quote[1]!).length > 0)?.[1] ??
          (context.length > 0 && questions.some(asksToExplain) ? namedConcept() : undefined));
      // Only a question that asks what the thing quoted means ("what does that even mean?"), or how to do it ("how do
      // I do that without switching teams?"): in "what do seniors do that mids don't?", "that" points nowhere, and in
      // "how do people usually settle this?" after "currently 'Staff Engineer' at a small company" it is the situation.
      const standsForQuote = (q: string) => {
        const folded = foldText(q);
        // A verdict asked of it ("is that actually the answer or overkill for a team our size?") may bring words of its own.
        return (
          leansOnPrevious(q) &&
          ((isTopicless(q.replace(HOW_EXACTLY, ' ')) && MEANS_THAT.test(folded)) ||
            JUDGES_THAT.test(folded) ||
            DOES_THAT.test(folded) ||
            asksToExplain(q))
        );
      };
      // "vector clocks came up in a design review and i nodded along. what are they?": the one thing the post names by
      // name is what a bare "what are they?" asks about, as a quoted term is; in a first message only.
      // So is a bare "what does that mean?" after a post with no term in quotes ("my role is 'solver'. meaning?" asks
      // what the quoted word means).
      // In a conversation too: "what does that mean" right after a sentence of its own message means that sentence.
      const unquoted = !context.some((sentence) => /(?:^|\s)['"\u2018\u201C]/.test(sentence));
      const asksMeaning = (q: string) => unquoted && ASKS_WHAT_IT_MEANS.test(foldText(q).trim());
      const whatItIs = new Set(questions.filter((q) => ASKS_WHAT_IT_IS.test(foldText(q).trim()) || asksMeaning(q)));
      const ofThisMessage = whatItIs.size > 0 && [...whatItIs].every(asksMeaning);
      // The one thing the post's sentences name, read once for whichever question needs it.
      let told: string | null | undefined;
      const toldThing = () => (told === undefined ? (told = soleNamed(context)) : told);
      // "we want to try chaos engineering but mgmt is scared we'll break prod. how do teams start small with it": "it" is the
      // one thing the post names, where the question names nothing of its own (its words alone found the new grad's start).
      const standsForTold = (q: string) =>
        !lastState &&
        context.length > 0 &&
        questions.length === 1 &&
        OBJECT_IT.test(foldText(q)) &&
        pointsBack(q) &&
        comparer.namedIn(q).length === 0 &&
        comparer.namedIn(context.join(' ')).every((n) => kb.byId.get(n.id)?.kind === 'concept');
      const namedThing = quoted || (lastState && !ofThisMessage) || whatItIs.size === 0 ? null : toldThing();
      const questionsRead = quoted
        ? questions.map((q) =>
            // Asked to explain it, the question is what the thing is; its other words ("so i don't embarrass myself") only dilute.
            (asksToExplain(q) && (leansOnPrevious(q) || isTopicless(q))) || MEANT_BY_THEM.test(foldText(q).trim())
              ? `what is ${quoted}`
              : standsForQuote(q)
                ? resolveFollowUp(q, { question: '', topics: [{ id: '', name: quoted }], asker: {} })
                : // "leadership just declared 'RPO of zero'. what does that actually force us to do with replication": what
                  // the quoted thing brings with it.
                  ASKS_WHAT_IT_FORCES.test(foldText(q).trim())
                  ? q.replace(/\b(?:that|this|it)\b/i, quoted)
                  : q,
          )
        : questions.map((q) =>
            namedThing && whatItIs.has(q)
              ? `what is ${namedThing}`
              : // "compliance keeps quoting nist 800-53 and 800-207 at us. what are those and ...": things the content names
                // in words of its own, which the sentence before says as the asker met them.
                whatItIs.has(q) && !quoted && !lastState && context.length > 0 && questions.length > 1 && toldThing() === null
                ? `what are ${context.at(-1)}`
                : // "compliance wants rpo zero. what does that force in our setup?": the thing its own sentence names, in a
                  // conversation about something else too.
                  (ASKS_WHAT_IT_FORCES.test(foldText(q).trim()) || standsForTold(q)) && toldThing()
                  ? q.replace(/\b(?:that|this|it)\b/i, toldThing()!)
                  : q,
          );
      // "... a reviewer also said we'd need 'fencing' on top, what's that about": a part that tells its own thing before
      // asking about "that" asks about the thing it told, not about the part before it.
      for (const [i, q] of questionsRead.entries()) {
        if ((i > 0 || previous === null) && questionsRead[i] === questions[i]) questionsRead[i] = ownToldThing(q) ?? q;
      }
      const readAsQuote = new Set(questionsRead.filter((q) => !questions.includes(q)));
      // "what's actually the diff between the two?" has no word of its own to search, but sets the two the post names
      // side by side (in the questions before it too: "our SRE team runs the k8s platform now. are we platform engineers?
      // whats the actual difference").
      // "my title is 'devops/sre engineer'. which one am i?", "got an SRE offer and a SWE offer. which one?": no words of
      // its own either, but a pick between the two the post names.
      const meaningful = questionsRead.filter(
        (question, i) =>
          index.read(question).units.length > 0 ||
          (context.length > 0 && impliedSides(question, [...context, ...questionsRead.slice(0, i)].join(' ')) !== null) ||
          // In a conversation, a pick before another question is the last answer's to read ("which one is it really and
          // what should i prep" after SRE vs DevOps), with the question after it.
          (CHOOSES_BETWEEN.test(cleanQuestion(question)) &&
            namedPair(context) !== null &&
            (previous === null || i === questionsRead.length - 1)),
      );
      // Nothing asked in words of its own ("What would you do?", "Thoughts?"): the sentence of the post that says what the asker
      // wants ("I think I want to be on the side that designs this stuff") is the question, read with the rest;
      // otherwise the whole text is.
      const wish = [...context].reverse().find((sentence) => {
        const intent = careerIntent(sentence);
        return (intent !== null && intent !== 'pay') || WEIGHS_UP.test(foldText(sentence));
      });
      // A question that points at the post ("how much should that count against them?") is read with it instead.
      // Not one that sets two things the post names side by side ("DevOps and SRE job ads look nearly identical to me.
      // what's different?"), which a wish of the post ("job ads") would take elsewhere.
      const advice = questionsRead.every(
        (q) => isTopicless(q) && !leansOnPrevious(q) && !(restatesDifference(q) && meaningful.includes(q)),
      );
      // "... should I move to a DSE role or go for staff SRE? What are the pros and cons?": a question of asking words
      // alone asks about the one before it.
      const asked: string[] = [];
      // The whole text, when no question has words of its own ("Is there a proper way to do this?"): without who asks, when
      // the rest is a story of what a system did (as {@link storyIntroductions} reads it for a question of its own).
      const wholeText = () =>
        [...(storyIntroductions(questions.join(' '), context) ?? [])]
          .reduce((rest, intro) => rest.replace(intro, ' '), text)
          .replace(/^[\s.,;:!-]+/, '');
      for (const q of wish && advice ? [wish] : meaningful.length > 0 ? meaningful : [wholeText()]) {
        if (asked.length > 0 && onlyAsks(q)) asked[asked.length - 1] = `${asked.at(-1)} ${q}`;
        else asked.push(q);
      }
      // "what is a crdt? and whats the best pizza in nyc": another field's words in one part of several speak against that
      // part alone; a part that stands on its own without them is answered, and the other is said to be outside.
      // Only a part whole by itself: nothing in it points at the rest ("is it overblown or legit?"), it names an entry
      // ("async updates?" after a standup story names none) and its own words find that surely.
      const ownForeign = (question: string) =>
        asked.length > 1 &&
        messageForeign === askedForeign &&
        !pointsBack(question) &&
        !/\b(it|that|this|they|them|those|these|one|there)\b/.test(foldText(question).replace(DUMMY_IT, '')) &&
        index.read(question).foreign === 0 &&
        comparer.namedIn(question).length > 0 &&
        answerOne(question, asker, 0).confidence >= SURE_THRESHOLD
          ? 0
          : messageForeign;
      // "what even is an SLO vs an SLA (sales keeps promising '99.99'), and how do we set up alerts ...": another field's
      // words in a part answered surely all the same were its setting, and speak against no part after it.
      // Only where the asked words hold them all: words in the story around the questions are no part's own.
      const settles = messageForeign === askedForeign;
      let foreignLeft = askedForeign;
      for (const question of asked) {
        const foreignOfOwn = settles ? index.read(question).foreign : 0;
        const partForeign = settles && foreignLeft === 0 && foreignOfOwn === 0 ? 0 : ownForeign(question);
        // "sre vs devops vs platform. what's the difference between the three?": asked already, by the comparison before it.
        const lastPart = parts.at(-1);
        if (lastPart && detectIntent(lastPart.resolved).type === 'comparison' && restatesDifference(question)) continue;
        // "... need 'more org-wide impact'. what does that even look like?": "that" was the quote, not the last answer.
        const read = answerInContext(
          question,
          asker,
          readAsQuote.has(question) ? null : lastState,
          context,
          partForeign,
          parts.length === 0,
          sentenceBefore(text, question, context),
          asked.length === 1,
        );
        // "someone said we need a 'circuit breaker'?": not understood as a whole, the term put in quotes is what is asked.
        // Only a term that names an entry: "'single'" in hostile markup names nothing; a sentence quoted ("'the replication
        // setup was wrong'") is what someone said, not a term.
        const quoted = read.answer.kind === 'answer' ? undefined : quotedPhrase(question);
        const term = quoted && quoted.split(/\s+/).length <= MAX_TERM_WORDS && comparer.namedIn(quoted).length > 0 ? quoted : undefined;
        const byTerm = term ? answerOne(term, asker, partForeign) : null;
        let part = byTerm?.kind === 'answer' ? { answer: { ...byTerm, question }, resolved: term! } : read;
        const earlier = new Set(parts.flatMap((p) => (p.answer.kind === 'answer' ? answerKey(p.answer).split('+') : [])));
        const repeats = (answer: Answer) =>
          answer.kind === 'answer' &&
          answerKey(answer)
            .split('+')
            .every((id) => earlier.has(id));
        // Read with the post, a second question can only find the post's topic again ("... splitting our monolith into
        // microservices ... how do we keep orders and inventory consistent once they live in separate databases?"):
        // read alone, it finds its own.
        // So can one read with the part before it, whose "they" is not that part's topic ("and more generally what are
        // they testing in the other rounds?" after a question about the system design round).
        // Only a neighbour of what was answered: a part with no context of its own stays near the one it follows.
        const readWithPost = context.length > 0 && (!pointsBack(question) || pointsWithin(question));
        // "if not, how do I keep ... in order?" goes on with the part before it, whatever its words find alone.
        const goesOn = /^(if (not|so)|otherwise)\b/.test(foldText(question).trim());
        if (repeats(part.answer) && (readWithPost || ((context.length === 0 || pointsBack(question)) && !goesOn))) {
          const alone = answerOne(question, asker, partForeign);
          const near = (answer: Answer) =>
            answerKey(answer)
              .split('+')
              .some((id) => [...earlier].some((e) => kb.byId.get(e)?.related.includes(id) || kb.byId.get(id)?.related.includes(e)));
          // "why do databases use it?": "it" is still the part before's topic, unless the words around it clearly
          // find the neighbour ("how do ppl alert on it without getting paged?").
          const aboutIt = /\b(it|that|this)\b/.test(foldText(question).replace(DUMMY_IT, ''));
          // Or words enough of its own to find it ("how do i alert on it without paging ppl for every tiny blip?" after
          // picking an SLI): left out otherwise, the part would go unanswered.
          const sureEnough =
            !aboutIt || alone.confidence >= PROMOTE_CONFIDENCE || (topicWords(question) >= 2 && alone.confidence >= ANSWER_THRESHOLD);
          // Or a question whole by itself ("and if i wanted to become a platform eng, what should i learn?" after platform
          // vs devops): its words alone find an entry surely, and nothing in it points back.
          const whole = !pointsBack(question) && alone.confidence >= SURE_THRESHOLD && topicWords(question) >= 2;
          // Or one that names the entry it finds, twice over ("should I pick up go or rust for it" names two languages of
          // the languages entry): "it" is what the languages are for, not the part before's topic.
          const namesTwice = sureEnough && aliasesSaid(kb.byId.get(alone.entryId ?? ''), question) >= 2;
          if (alone.kind === 'answer' && !repeats(alone) && (readWithPost || (near(alone) && sureEnough) || whole || namesTwice)) {
            part = { answer: alone, resolved: question };
          } else if (aboutIt) {
            // "is kafka a queue or pub/sub? and how does it keep stuff in order": "it" is the thing the part before asked
            // about (kafka), which the entry that answered it (queues vs pub/sub) does not name: read with that thing in.
            const before = parts.at(-1);
            const subject = before?.asked ? unnamedBy(before.asked, before.answer) : '';
            const put = subject ? question.replace(/\b(?:it|that|this)\b/i, subject) : '';
            const withSubject = put ? answerOne(put, asker, partForeign) : null;
            if (withSubject?.kind === 'answer' && !repeats(withSubject) && withSubject.confidence >= PROMOTE_CONFIDENCE) {
              part = { answer: { ...withSubject, question }, resolved: put };
            }
          }
        }
        // "lamport clock vs vector clock, what's the diff? and where do hybrid logical clocks fit in": a comparison built
        // again of the two sides an earlier part compared (its entry's title names them) is that part twice; the
        // question read alone says what else it asks.
        if (part.answer.kind === 'answer' && !part.answer.entryId && part.answer.comparedIds.length > 1) {
          const compared = new Set(
            parts.flatMap((p) =>
              p.answer.kind !== 'answer'
                ? []
                : [
                    ...answerKey(p.answer).split('+'),
                    ...(p.answer.entryKind === 'comparison' ? comparer.namedIn(p.answer.title ?? '').map((n) => n.id) : []),
                  ],
            ),
          );
          if (part.answer.comparedIds.every((id) => compared.has(id))) {
            const alone = answerOne(question, asker, partForeign);
            // Only a question whole by itself ("what are these DORA metrics"): "which side are they on" alone is about
            // side projects.
            const whole =
              alone.kind === 'answer' && alone.confidence >= PROMOTE_CONFIDENCE && (!pointsBack(question) || topicWords(question) >= 2);
            if (!whole || (!alone.entryId && alone.comparedIds.every((id) => compared.has(id)))) continue;
            part = { answer: alone, resolved: question };
          }
        }
        // "would read replicas help or do we have to shard? also is it dumb to just throw a bigger instance at it first":
        // read with the post (a primary at 90% cpu), the first part found what the second asks, scaling up; where the
        // second's own words find that surely and the first, read alone, surely finds an entry of its own, each part
        // gets its own.
        const sharedWith = repeats(part.answer)
          ? parts.findIndex((p) => p.answer.kind === 'answer' && answerKey(p.answer) === answerKey(part.answer))
          : -1;
        const holder = sharedWith >= 0 ? parts[sharedWith]! : undefined;
        let eachItsOwn = false;
        if (holder?.asked) {
          const ownAlone = answerOne(question, asker, partForeign);
          const holderAlone = answerOne(holder.asked, asker, partForeign);
          if (
            ownAlone.kind === 'answer' &&
            answerKey(ownAlone) === answerKey(part.answer) &&
            ownAlone.confidence >= PROMOTE_CONFIDENCE &&
            holderAlone.kind === 'answer' &&
            holderAlone.confidence >= SURE_THRESHOLD &&
            !answerKey(holderAlone)
              .split('+')
              .some((id) => earlier.has(id))
          ) {
            const answer = outOf({ ...holderAlone, question: holder.answer.question }, holder.asked, asker);
            parts[sharedWith] = { answer, resolved: holder.asked, state: stateOf(answer, holder.asked, asker), asked: holder.asked };
            part = { answer: ownAlone, resolved: question };
            eachItsOwn = true;
          }
        }
        // A part that only repeats what an earlier part answered adds nothing ("..., what's the difference between the three?").
        if (repeats(part.answer) && !eachItsOwn) {
          // As asked: read against the entry, "it" put in stands for its whole title ("... scared of Jepsen, linearizability
          // checkers and TLA+"), whose words would find passages on those.
          repeated.push(question);
          // Still asked of the part that answered it ("... slo vs sla, how much downtime does 99.9% allow per month, ...").
          const of = parts.findIndex((p) => p.answer.kind === 'answer' && answerKey(p.answer) === answerKey(part.answer));
          if (of >= 0) askedAgain.set(of, [...(askedAgain.get(of) ?? []), question]);
          continue;
        }
        const ids = part.answer.kind === 'answer' ? answerKey(part.answer).split('+') : [];
        // "what's a vector clock, and how is it different from a lamport timestamp?": the comparison tells what each
        // side is, so the part that answered one side alone would only say it twice.
        const covered = ids.length > 1 ? parts.findIndex((p) => p.answer.kind === 'answer' && ids.includes(answerKey(p.answer))) : -1;
        if (covered >= 0) parts.splice(covered, 1);
        if (foreignOfOwn > 0 && part.answer.kind === 'answer' && part.answer.confidence >= SURE_THRESHOLD) foreignLeft -= foreignOfOwn;
        part = { ...part, answer: outOf(part.answer, part.resolved, asker) };
        const state = stateOf(part.answer, part.resolved, asker);
        parts.push({ ...part, state, asked: question });
        lastState = state ?? lastState;
      }
      // A part not understood that is near a part answered ("is going into distributed systems a pipe dream? where
      // would I even start?"), or only leans on the others ("where does it even live?"), is not worth a "not sure
      // what this part asks" beside their answers; one with a topic of its own is, so the asker knows.
      const anyAnswered = parts.some((p) => p.answer.kind === 'answer');
      for (let i = parts.length - 1; i >= 0 && anyAnswered && parts.length > 1; i--) {
        const part = parts[i]!;
        if (part.answer.kind === 'answer') continue;
        const shown = new Set(parts.filter((p) => p.answer.kind === 'answer').flatMap((p) => answerKey(p.answer).split('+')));
        // Its nearest entries include one already answered: it asks about that, in words the search could not place.
        const near = searchFor(part.resolved, detectIntent(part.resolved), asker)
          .slice(0, RUNNER_UPS + 1)
          .some((hit) => shown.has(hit.entry.id));
        // Nor, in a conversation, one that asks how to go about it ("is it safe in prod? how do ppl start without blowing
        // things up" after chaos engineering): the answered part is about the topic it would start on.
        const howToGoAbout = previous !== null && ASKS_WHAT_TO_DO.test(foldText(part.resolved));
        if (near || isTopicless(part.resolved) || pointsBack(part.resolved) || howToGoAbout) parts.splice(i, 1);
      }
      const single = parts.length <= 1 && extra.length === 0;
      // Only a story told around a question: a story that asks nothing ("we had a nasty outage last week ...") is offered
      // the nearest entries to pick from, not told which of them it was about.
      if (single && parts[0] && messageForeign === 0 && context.length > 0) {
        const settled = settleStory(parts[0].answer, parts[0].resolved, text, asker);
        if (settled) {
          const state = stateOf(settled, parts[0].resolved, asker);
          parts[0] = { answer: settled, resolved: parts[0].resolved, state };
          lastState = state ?? lastState;
        }
      }
      const answered = parts.filter((p) => p.answer.kind === 'answer');
      const topics = parts.flatMap((p) => p.state?.topics ?? []);
      let answer: Answer;
      // What the post tells says what the doing is about ("a popular cache key expires ... how do ppl prevent that").
      // A follow-up is focused on what it asks of the last answer already.
      if (single && previous) {
        const sibling = siblingNamedBefore(parts[0]!.answer, parts[0]!.resolved, previous);
        if (sibling !== parts[0]!.answer) parts[0] = { ...parts[0]!, answer: sibling, state: stateOf(sibling, parts[0]!.resolved, asker) };
        const asked = parts[0]!.asked ?? parts[0]!.resolved;
        const neighbour = neighbourInstead(parts[0]!.answer, asked, previous, asker, messageForeign);
        if (neighbour) parts[0] = { ...parts[0]!, answer: neighbour, state: stateOf(neighbour, asked, asker) };
      }
      if (single)
        answer = previous
          ? notShownAgain(parts[0]!.answer, parts[0]!.asked ?? parts[0]!.resolved, previous)
          : atLevelAsked(toTheActionOfAny(parts[0]!, repeated, context), parts[0]!.resolved);
      // Two parts where one is not understood: answer the one that is, and say which was not.
      else
        answer = composeParts(
          message,
          parts.map((p, i) => {
            // The later question the part's gist does not say yet ("how much downtime does 99.9% allow?"): its passage,
            // where the entry has one; the part's own question is answered by the opening already.
            const again = askedAgain.get(i);
            const own = leadingTo(p.answer, p.resolved);
            const forLater = again ? leadingTo(p.answer, again.join(' ')) : p.answer;
            // Only a passage added to the opening that the gist can show whole: cut back to its first sentence, it says less.
            return forLater !== p.answer && (forLater.summary ?? '').length <= partGistMax(forLater) ? forLater : own;
          }),
          extra,
          messageForeign > 0,
        );
      // What the next message may lean on: every topic this reply answered, and the asker.
      // A story told at length that only got guesses is kept, topicless, for a follow-up to ask about; so is who the
      // asker said they are ("i'm an sre, 5 yrs, lots of k8s and postgres oncall"), for the question they ask next.
      const untold =
        previous === null &&
        answer.kind !== 'answer' &&
        (text.split(/\s+/).length >= STORY_WORDS || Object.values(asker).some((said) => said !== undefined));
      const conversation: ConversationState | null =
        answered.length > 0 && lastState
          ? {
              question: lastState.question,
              topics,
              asker,
              ...(single && answer.kind === 'answer' ? { shown: shownKey(answer.summary) } : {}),
            }
          : untold
            ? { question: text, topics: [], asker }
            : previous && { ...previous, asker };
      // "i'm burned out ... can't sleep ... any tips?": not a guess at the nearest entries, but a plain and kind decline.
      const kindly =
        answer.kind !== 'answer' && WELLBEING.test(foldText(message))
          ? { ...answer, kind: 'decline' as const, summary: MESSAGES.wellbeing, suggestions: [] }
          : answer;
      return { ...kindly, question: single ? message : answer.question, brief, conversation };
    },
  };
}

/** The two sides of a move, the one the question starts from ("how do i get there from backend?") first. */
function fromFirst(sides: [string, string] | null, question: string): [string, string] | null {
  const from = namedSideOf(question);
  return sides && from === sides[1] ? [sides[1], sides[0]] : sides;
}

// A side that only points back ("it", "that one", "the first"): not a side named of its own.
const POINTS_BACK_SIDE =
  /^(?:it|this|that|they|them|these|those|the (?:first|second|other|former|latter)(?: one)?|(?:this|that|the other) one)$/;
const QUOTED_JOB_LABEL = /['"\u2018\u201C][^'"\u2019\u201D]{2,40}['"\u2019\u201D]\s+(?:roles?|jobs?|positions?|openings?|postings?)\b/gu;
const QUOTED = /(?:^|[\s(])['"\u2018\u201C]((?:[^'"\u2019\u201D]|(?<=\p{L})['\u2019](?=\p{L})){2,60})['"\u2019\u201D](?=[\s,.;:!?)]|$)/gu;

/** The last phrase the asker put in quotes, if any ('more scope', "cross-team influence"). */
function quotedPhrase(text: string): string | undefined {
  return [...text.matchAll(QUOTED)].at(-1)?.[1];
}

/**
 * The one phrase a post puts in quotes, which "that" in a question may stand for ("I keep being told I need 'more
 * scope'. what does that even mean?"). Several quotes are things someone said ("'our team did X', 'we migrated Y'"):
 * "that" is what they have in common, not the last of them.
 */
function quotedTerm(text: string): string | undefined {
  const quotes = [...text.matchAll(QUOTED)];
  return quotes.length === 1 ? quotes[0]![1] : undefined;
}

const definedOnly = (asker: Asker): Asker => Object.fromEntries(Object.entries(asker).filter(([, value]) => value !== undefined)) as Asker;
