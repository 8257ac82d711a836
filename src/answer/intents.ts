import { memoize } from '../text/memo.js';
import { MID_WORD } from '../text/levels.js';
import { foldText } from '../text/normalize.js';
import { IN_THE_FIELD } from '../understand/sides.js';

export type Intent =
  | { type: 'greeting' }
  | { type: 'thanks' }
  | { type: 'help' }
  | { type: 'browse' }
  | { type: 'comparison'; sides: string[] }
  | { type: 'level'; level: string }
  | { type: 'definition' }
  | { type: 'question' };

const GREETING =
  /^(hi|hello|hey|hiya|howdy|yo|sup|greetings|good (morning|afternoon|evening|day)|gm)( there| bot| all| team| folks| everyone)?$/;
const THANKS =
  /^((thanks|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it|great|perfect|awesome|nice|cool|ok|okay|got it)( so much| a lot| again| very much)?( bot)?)+$/;
const HELP = /^(help|help me|commands|usage|how (do|can|should) i use (you|this|this bot)|what can you do|how does this work|\?)$/;
const BROWSE =
  /^(topics|list|list (all )?topics|catalog|catalogue|index|menu|browse|show (me )?(all )?(the )?topics|what (topics )?(can|do) you (answer|know|cover)( about)?|what do you cover|what are your topics|what can i ask( you)?)$/;

const COMPARISON_PATTERNS: RegExp[] = [
  /^(?:(?:what|where)(?: is|'s|s|re| are)?(?: the)? )?(?:[\w-]+ ){0,3}?(?:differences?|different|diff|line|boundary|distinction|gap) (?:between|btw|b\/w) (.+?) (?:and|&|vs|versus) (.+)$/,
  // "what does an SRE do that a regular software engineer doesn't?"
  /^(?:[\w -]{0,20}, )?what (?:does|do) (?:an? |the )?(.+?) (?:do|know|own|handle) that (?:an? |the )?(.+?) (?:doesn'?t|don'?t|does not|do not|can'?t)\b/,
  /^(?:how (?:does|do|is|are) )?(.+?) (?:differ|different|differs|compare|compares|stack up|stacks up) (?:from|to|than|with|against) (.+)$/,
  // "how does paxos do it differently?": the one named against what "it" stands for.
  /^(?:(?:and|so|ok|okay|but) )?how (?:does|do|would|did) (.+?) (?:do|handle|solve|approach) (.+?) differently$/,
  // "how's that different once you're principal?": the same job, one level up.
  /^(?:how (?:does|do|is|are) )?(.+?) (?:differ|different|change|changes) (?:once|when|after) (?:you(?:'re| are)|you become|you get to|you reach|you make|someone is|they(?:'re| are)|i(?:'m| am)|i become|i get to|i make) (?:an? )?((?:junior|mid[ -]?level|mid|senior|staff|principal|distinguished)(?: (?:engineer|eng|level))?)$/,
  // "and honestly what separates sre from devops, or is it the same job"; where they work ("on an infra team") is no side.
  /^(?:[\w' -]{0,20}? )?what (?:separates|distinguishes|differentiates|sets apart) (?:an? |the )?(.+?) from (?:an? |the )?([^,]+?)(?: (?:on|in|at|for) (?:an?|the|our|my|your) [^,]+)?(?:,.*)?$/,
  /^(?:compare|comparing|contrast) (.+?) (?:and|with|to|vs|versus|&) (.+)$/,
  // "what actually changes between junior and mid level": what changes from one to the other is how they differ.
  /^(?:[\w' -]{0,20}? )?what (?:actually |really |exactly )?(?:changes|changed|shifts|is new) between (?:being )?(?:an? |the )?(.+?) (?:and|&|vs\.?|versus) (?:being )?(?:an? |the )?(.+)$/,
  // "what does pacelc add on top of CAP?": what one says beyond the other is how the two differ.
  /^(?:[\w' -]{0,20}? )?what (?:does|do) (?:an? |the )?(.+?) (?:add|bring|give you|buy you|cover) (?:on top of|beyond|over|that) (?:an? |the )?(.+?)(?: (?:doesn'?t|does not|lacks))?$/,
  // "trying to decide between SRE and DSE postings": a choice between two is weighed by how they differ; the postings
  // are the two roles'.
  /^(?:[\w' -]{0,30}? )?(?:decide|deciding|choose|choosing|pick|picking|torn|weighing up|stuck) between (.+?) (?:and|&|or|vs\.?|versus) (.+?)(?: (?:job )?(?:postings?|openings?|listings?|positions?|roles?|jobs?|offers?|tracks?|paths?))?$/,
  /^(?:how|in what ways?) (?:are|is|do|does) (.+?) (?:and|&) (.+?) (?:different|differ|compare|related)\b/,
  // "is two phase locking related to two phase commit or is the name just a coincidence": how the two relate.
  /^(?:is|are) (.+?) (?:(?:at all|actually|really|even) )?(?:related to|connected to|linked to|tied to|derived from|based on) (.+?)(?:,? or (?:is|are|was|just|did)\b.*)?$/,
  /^(?:is|are) (.+?) (?:(?:basically|really|just|actually|pretty much|kinda|essentially) )?(?:the same (?:thing )?as|same as|basically just|really just|basically|just) (.+)$/,
  // "platform eng is just devops w/ a fancier title, right?": one thing said to be the other, renamed.
  /^(.+?) (?:is|are) (?:basically |really |actually |pretty much |kinda )?just (.+?) (?:w\/|with|under) (?:a )?(?:fancier|new|different|nicer|better|other|shinier) (?:title|name|label)s?(?:,? right| lol| tbh)*$/,
  // "how is platform engineering not just devops with a new name?": the same claim, asked to be refuted. Only with
  // "just" or "the same as": "how is raft not vulnerable to split brain" names no second thing.
  /^(?:(?:how|why|in what way) (?:is|are) |how'?s |why'?s )(.+?) not (?:(?:just|simply|merely|basically|really) |the same (?:thing )?as )(.+?)(?: (?:w\/|with|under) (?:a )?(?:fancier|new|different|nicer|better|other|shinier) (?:title|name|label|sign|logo|badge|sticker|paint job|coat of paint)s?(?: on (?:the|our) door)?)?$/,
  // "platform eng = devops with a new name?": two things set equal. Not a definition ("sharding = splitting a db across
  // servers right?"), which says what the one thing does: a second side that does not open with a verb.
  /^([a-z][\w -]{1,40}?) ?= ?((?![\w-]+ing\b)[a-z][\w-]*(?: [\w-]+){0,5}?)(?: (?:with|under|by) (?:a )?(?:new|different|fancier|other) (?:name|title|label)s?)?(?:,? right)?$/,
  // "is paxos actually that much harder than raft or is that just a meme"
  /^(?:is|are) (.+?) (?:(?:actually|really|that|so|much|way|a lot) )*(?:harder|easier|simpler|better|worse|faster|slower|more complex|more complicated) (?:to [\w-]+ )?than (.+)$/,
  // "when does a saga actually beat plain 2pc", "would raft ever win over paxos here": one thing set to outdo the other.
  /^(?:when|why|where|in what cases?|does|do|would|will|can|could) (?:does |do |would |will |is |are |should )?(.+?) (?:(?:actually|really|ever|clearly) )?(?:beat|beats|win over|wins over|outperform|outperforms|make more sense than|makes more sense than) (?:plain |simple |just |regular |good old )?(.+?)(?: (?:here|then|for (?:us|this|that)))?$/,
  // "backend eng and distsys eng, same job w/ a fancier title?"
  /^(.+?) (?:and|&|vs\.?) (.+?),? (?:(?:is it|are they|is that) )?(?:the )?same (?:thing|job|role|work)\b/,
  /^(.+?) (?:vs\.?|versus|v\.?|compared (?:to|with)|or) (.+)$/,
];

const VERDICT_OPTION =
  /^(?:is it |it'?s |just |only |mostly |purely |all )*(?:an? )?(?:marketing|hype|myth|buzzwords?|bs|fluff|fad|overkill|meme|rebrand(?:ing)?|new name|title change|academic flex|flex)\b/;
/**
 * "what separates a good mid-level answer from a weak one": a good and a poor one of the same thing, not two things set
 * side by side ("from a senior one" is a second level, and stays a side). So is the usual kind of the same thing: "are the sre
 * interviews different from the normal coding ones" asks how SRE interviews differ, which their own entry says.
 */
const ANOTHER_OF_THE_SAME =
  /^(?:an? |the )?(?:(?:good|great|bad|weak|strong|average|mediocre|poor|okay|ok|decent|solid|excellent|typical|normal|so-so) ones?|(?:normal|usual|regular|standard|ordinary|typical|plain|generic|traditional) [\w-]+ ones)$/;

// The level words people use, mapped to the level they mean.
const LEVEL_WORDS: [RegExp, string][] = [
  [/\b(entry[ -]?level|entry|junior|jr|new grad|graduate|intern|associate|beginner|[le]3)\b/, 'entry'],
  [new RegExp(String.raw`\b(mid[ -]?level|${MID_WORD}|intermediate|mid[ -]?career|[le]4)\b`), 'mid'],
  [/\b(senior|snr|sr|[le]5)\b/, 'senior'],
  [/\b(staff|[le]6)\b/, 'staff'],
  [/\b(principal|distinguished|fellow)\b/, 'principal'],
];
// Two ladders' levels set equal: "are those the same level?", "what's E5 equivalent to", "does L4 map to SDE II".
const SAME_LEVEL =
  /\b(?:same level|equivalent (?:to|of|level)|(?:equal|comparable) (?:to|levels?)|maps? (?:to|onto)|correspond(?:s)? to|level (?:numbers|codes))\b|\b(?:l|e)-?numbers\b/;
// Two ladders set side by side by their codes or company names ("is meta E5 the same thing as google L5 or is one of them
// higher", "what's the google equivalent of sde ii"): how ladders line up, not one level against another.
const LEVEL_CODE_WORD = /\b(?:[le][3-8]|sde ?(?:1|2|3|i{1,3})|ic ?[1-7]|ict ?[2-6])\b/g;
const BIG_COMPANY = /\b(?:google|meta|facebook|amazon|aws|microsoft|apple|netflix|uber|stripe)\b/;
const LINES_UP = /\b(?:equivalent|equiv|same(?: thing)? as|higher|lower|maps?|match(?:es)?|translates?)\b/;
/** Whether a text sets two companies' ladders side by side by their level codes ("is that like L4 at google?"). */
export const setsLaddersSideBySide = (text: string) => {
  const codes = text.match(LEVEL_CODE_WORD)?.length ?? 0;
  const company = BIG_COMPANY.test(text);
  // "is that like L4 at google?": a code at a company, likened to what was said.
  return (LINES_UP.test(text) && (codes >= 2 || company)) || (codes >= 1 && company && /\blike\b/.test(text));
};
const LEVEL_CUE =
  /\b(need|needed|needs|require|required|requirements?|expect|expected|expectations?|skills?|competenc\w*|become|becoming|get to|promot\w*|reach|level|know|what does|responsibilit\w*|do at|look like)\b/;
const DEFINITION =
  /^(what(?: is|'s|s| are|re)?|wats?|wat is|define|definition of|meaning of|explain|eli5|describe|tell me about|what do you mean by)\b/;

/** The level a text names ("someone at staff level", "as a new grad"), if any: the first the list knows. */
export function levelNamedIn(text: string): string | undefined {
  const folded = foldText(text);
  return LEVEL_WORDS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** Lower-cases and trims the punctuation people wrap a chat question in. */
export function cleanQuestion(question: string): string {
  return (
    foldText(question)
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[?!.,;:]+$/g, '')
      // Chat's sign-offs are not part of the question: "is that the same thing as devops or nah".
      .replace(/\s+(or nah|or not|or what|lol|lmao|haha|tbh|ngl|pls|plz|please)$/g, '')
      .replace(/[?!.,;:]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const QUESTION_WORD = /^(what|which|how|why|who|where|when|does|do|did|is|are|can|could|should|would|will)\b/;
// Where the first side of "X vs Y" starts inside a longer sentence ("how does that relate to postgres vs cassandra").
/** What the asker would do with the one of two they choose: "should we add X or Y", "can i use X or Y". */
const CHOICE_OF_TWO_TO_USE = /\b(?:should|could|would|do|can|shall) (?:we|i|you) (?:use|add|adopt|go with)\s/;
const SIDE_A_START = new RegExp(
  String.raw`^.*(?:[,;:?\u2013\u2014]|\s-\s|\b(?:to|about|between|of|for|is|are|like|with|pick|choose|learn|better|prefer|need|hire|want|become|be|doing|ask|asks|asked|expect|expects)\s|${CHOICE_OF_TWO_TO_USE.source})`,
);
// Where the last side ends: the rest is the question around it ("..., as a new grad which should i pick", "than CAP to
// bring up in interviews").
/** What the asker is doing, said before a choice: "learning consensus", "building a toy kv store". */
const ASKER_DOING =
  /^(?:learning|studying|reading|building|writing|implementing|picking|choosing|deciding|preparing|prepping|designing) \S/;
const SIDE_B_END =
  /(?:[,;:?(\u2013\u2014]|\s-\s|\s(?:for|as|when|if|which|with|but|or is|or are|in terms of|at|from|same thing|the same|is it|are they|what|how|why|should|and which|and how|and what|do|does|to (?:bring up|mention|use|learn|study|know|focus on|talk about|start with|pick|read)|in (?:an? |my |the )?(?:interviews?|practice|production|prod))\b|\s(?:first|next|instead)(?=\s*[?!.]*$)).*$/;

/** What the level codes of the big companies' ladders (Google's L3-L6, Meta's E3-E6) stand for. */
const LEVEL_CODES: Record<number, string> = { 3: 'entry level', 4: 'mid-level', 5: 'senior', 6: 'staff' };

// A "side" that only points back at another: a pronoun, or a question around one ("how are those").
const POINTS_BACK = /^((how|what|why|where) (is|are|do|does) )?(it|they|them|those|these|that|this|one|ones)$/;

// At a side's end: "a mid in distsys land".
const SIDE_IN_THE_FIELD = new RegExp(`\\s+${IN_THE_FIELD.source}$`);
const ASKERS_OWN =
  /^(what (i|we)( already| currently| actually)?( do)?( now| today| all day)?|my( current| own)?( job| role| work| title)?)$/;

const JOKED_ABOUT =
  /\s+(?:on (?:hard|easy|expert|nightmare|extra hard) mode|with (?:extra|more) steps|on steroids|for (?:adults|grown-?ups|masochists|people who hate themselves)|but (?:harder|worse|better|slower|faster|simpler|easier|more complicated|with more math))(?:\s+(?:lol|lmao|tbh|ngl))?$/;

function stripSide(side: string): string {
  return (
    side
      .trim()
      .replace(/^(ok|okay|so|and|but|hmm|right)( and| so)?\s+/, '')
      // "how's it different from ...": the question word glued to the side is no part of it.
      .replace(/^(how|what)('s|s)\s+/, '')
      .replace(/^(would|could|should|will|can|do|does|is|are|am)\s+/, '')
      .replace(/\s+(cover it|do it|be enough|handle it|do the job|work)$/, '')
      .replace(/^(just|basically|really|simply)\s+/, '')
      // "is paxos just raft on hard mode", "raft with extra steps": a joke about the side, not part of it.
      .replace(JOKED_ABOUT, '')
      .replace(/^(an?|the|being an?|being|becoming an?)\s+/, '')
      // "a regular product swe", "plain old paxos": the everyday kind of the thing, which is the thing (not "normal" or
      // "standard": a normal distribution is a thing of its own).
      .replace(/^(regular|ordinary|typical|plain(?: old)?|good old)\s+/, '')
      .replace(/\s+(day to day|day-to-day|in practice|in real life|nowadays|these days|really|exactly|actually)$/, '')
      .replace(/\s+(role|roles|job|jobs|career|careers|path|track|scope|level|levels|title|work)$/, '')
      // "a mid in distsys land": where the side is, not what it is.
      .replace(SIDE_IN_THE_FIELD, '')
      // "e5 vs e6": a big company's level code, by the level it stands for.
      .replace(/^[le]([3-6])$/, (_, n: string) => LEVEL_CODES[Number(n)]!)
      // "data eng vs distributed systems eng": the short form people type, the name the content uses.
      .replace(/\b(eng|engr)s?$/, 'engineer')
      .trim()
  );
}

/** The most words a side set in a comma list has ("sre, devops or platform"). */
const MAX_LISTED_SIDE_WORDS = 3;

/** The sides of "X vs Y", "X vs Y vs Z", "X, Y or Z": two or three, trimmed of the question around them. */
function sidesOf(first: string, rest: string): string[] {
  // "different from how paxos does it": the way paxos does it is paxos's side.
  const tail = rest
    .replace(/^how (\S+(?: \S+)?) (?:does|do|did|handles?|handled|solves?|solved|deals? with) (?:it|that|this|them)\b/, '$1')
    .replace(SIDE_B_END, '')
    .split(/\s+(?:vs\.?|versus|v\.?|or|compared (?:to|with))\s+/);
  const head = first.split(/\s*,\s*/);
  // "sre, devops or platform": the comma list belongs to the comparison; anything before it is the question.
  const listed = head.length > 1 && head.slice(1).every((side) => side.split(' ').length <= 3) ? head : [head.at(-1)!];
  listed[0] = listed[0]!.replace(SIDE_A_START, '');
  // "our checkout spans 3 services, 2pc or sagas?": a clause before the listed pair says what it is for; it is no side.
  // Nor is what the asker is doing ("learning consensus, paxos or raft first?").
  if (listed.length > 1 && (listed[0]!.split(' ').length > MAX_LISTED_SIDE_WORDS || ASKER_DOING.test(listed[0]!))) listed.shift();
  return (
    [...listed, ...tail]
      .map(stripSide)
      // "ok and leases, how are those different from a lock": "those" is the side before it, not a side of its own.
      // "replicas or shards or both?": "both" is no third side.
      // "what i already do" is the asker's own work, which the post around the question names (read as implied sides).
      // Nor is a clause ("how kafka [does exactly once]"): its verb and object were cut off at the side's end.
      .filter(
        (side) =>
          side.length > 0 &&
          !POINTS_BACK.test(side) &&
          !/^(both|either|neither)$/.test(side) &&
          !ASKERS_OWN.test(side) &&
          !/^(how|what|why|when|where) \S+$/.test(side),
      )
      .slice(0, 3)
  );
}

// Leaving a level is the step to the next one: "when do i stop being junior?", "how long until i'm not mid anymore".
const LEAVES_LEVEL =
  /\b(?:stop being|no longer|outgrow(?:ing)?|graduat(?:e|ing) (?:out of|from)|(?:move|get|getting|moving) (?:past|beyond|out of)|(?:move|moving|step|stepping|level|levelling|leveling) up (?:from|out of|past|beyond)) (?:an? |the )?['"]?(junior|jr|entry[ -]?level|mid[ -]?level|mid|senior)\b|\bnot (?:an? )?(junior|jr|entry[ -]?level|mid[ -]?level|mid|senior)(?: \w+)? any ?more\b/;
const LEVEL_WORD_SOURCE = `(?:junior|jr|entry[ -]?level|mid[ -]?level|mid|senior|sr|staff|principal|[le][3-7])`;
const LEVEL_ARROW = new RegExp(String.raw`^(?:from )?(${LEVEL_WORD_SOURCE})\s*(?:->|→|=>|>|to)\s*(${LEVEL_WORD_SOURCE})\b`);
const NEXT_LEVEL: Record<string, [string, string]> = {
  entry: ['entry level', 'mid-level'],
  mid: ['mid-level', 'senior'],
  senior: ['senior', 'staff'],
};
// The way to a level is the step up to it: "what does the path to staff look like?", "what do they want from me before mid?".
const WAY_TO_LEVEL =
  /\b(?:path|road|way|route|journey|track) (?:to|towards?|into) (mid[ -]?level|mid|senior|staff|principal)\b|\b(?:want|wants|expect|expects)\b[^.?!]{0,20}\bbefore (mid[ -]?level|mid|senior|staff|principal)\b/;
const STEP_TO: Record<string, [string, string]> = {
  mid: NEXT_LEVEL.entry!,
  senior: NEXT_LEVEL.mid!,
  staff: NEXT_LEVEL.senior!,
  principal: ['staff', 'principal'],
};

/**
 * Recognises what kind of question this is, before any searching. Each reading of each part asks it again of the same
 * few texts (6.5 times a message, of 3.3 texts, over the question sets), so the last ones are remembered.
 */
export const detectIntent: (question: string) => Intent = memoize(128, 1000, intentOf);

function intentOf(question: string): Intent {
  // "and is cassandra AP or CP": the word that joins a part to the one before asks nothing ("and is cassandra AP" read as
  // one side of a choice).
  const text = cleanQuestion(question)
    .replace(/^@\S+\s*/, '')
    .replace(/^(?:and|also|plus|but|so)\s+(?=(?:is|are|does|do|did|what|whats|how|which|why|should|can|could|would|will)\b)/i, '');
  if (text === '' || GREETING.test(text)) return { type: 'greeting' };
  if (THANKS.test(text)) return { type: 'thanks' };
  if (HELP.test(text)) return { type: 'help' };
  if (BROWSE.test(text)) return { type: 'browse' };

  if (setsLaddersSideBySide(text)) return { type: 'question' };
  for (const pattern of COMPARISON_PATTERNS) {
    const match = text.match(pattern);
    if (!match) continue;
    // "what does an infra or platform engineer build": an "or" inside a question about one subject.
    // Not where the question's start only says what is done with the two ("should we add a circuit breaker or just retries").
    if (
      / or /.test(match[0]) &&
      pattern === COMPARISON_PATTERNS.at(-1) &&
      QUESTION_WORD.test(match[1] ?? '') &&
      !CHOICE_OF_TWO_TO_USE.test(match[1] ?? '')
    )
      continue;
    // "is there an actual difference in the work or did we just get a new sticker": clauses, not two things.
    if (
      /^there\b|\b(?:or|and) (?:did|do|does|is|are|was|were|have|has|had|can|could|should|would|will) (?:we|i|they|you|it|he|she)\b/.test(
        match[1] ?? '',
      )
    )
      continue;
    // "is it actually different or just marketing": a verdict offered as the other option, not a second thing.
    if (VERDICT_OPTION.test(match[2] ?? '') || ANOTHER_OF_THE_SAME.test((match[2] ?? '').trim())) continue;
    const sides = sidesOf(match[1] ?? '', match[2] ?? '');
    // "or" joins alternatives inside ordinary questions too ("one or more replicas"); only
    // a short question, or one that asks to choose, is taken as a comparison.
    // Only the last pattern can be carried by "or": in "is a lease just a lock with a timer or is
    // there more to it", "just" sets the sides against each other and the "or" is the question's.
    const viaOr = pattern === COMPARISON_PATTERNS.at(-1) && / or /.test(text) && !/ (vs\.?|versus|v\.?|compared) /.test(text);
    // "raft or paxos for a new metadata service?", "replicas or shards or both?": a choice for a use, or between both;
    // "lease or lock for making sure only one worker runs": for what it is to do.
    const choosing =
      /\b(which|should (?:i|we)|pick|choose|better|prefer|go for|go with|difference|differ|different|same|or both|for (a|an|our|my|this) |for \w+ing)\b/.test(
        text,
      );
    const short = sides.every((side) => side.split(' ').length <= 4);
    // "lamport timestamps or vector clocks - when does the extra bookkeeping buy you anything?": the pair comes first,
    // as a heading, and the question about them after the dash.
    const headed = /^[^,?]{2,40} or [^,?]{2,40}(?:\s[-\u2013\u2014]|:)\s/.test(text);
    if (sides.length >= 2 && (!viaOr || text.split(' ').length <= 8 || ((choosing || headed) && short))) {
      return { type: 'comparison', sides };
    }
  }

  // "junior -> mid: what actually changes?", "senior to staff, what's different": one level to the next.
  const arrow = LEVEL_ARROW.exec(text);
  const from = arrow ? levelNamedIn(arrow[1]!) : undefined;
  const to = arrow ? levelNamedIn(arrow[2]!) : undefined;
  const stepUp = to ? STEP_TO[to] : undefined;
  if (from && stepUp && levelNamedIn(stepUp[0]) === from) return { type: 'comparison', sides: [...stepUp] };
  const leaves = LEAVES_LEVEL.exec(text);
  const way = WAY_TO_LEVEL.exec(text);
  const step = leaves
    ? NEXT_LEVEL[levelNamedIn(leaves[1] ?? leaves[2]!) ?? '']
    : way
      ? STEP_TO[levelNamedIn(way[1] ?? way[2]!) ?? '']
      : undefined;
  if (step) return { type: 'comparison', sides: [...step] };

  // "is an SDE II at Amazon the same level as an L4 at Google?": how ladders line up, not what one level needs.
  if (SAME_LEVEL.test(text)) return { type: 'question' };
  for (const [pattern, level] of LEVEL_WORDS) {
    if (pattern.test(text) && (LEVEL_CUE.test(text) || text.split(' ').length <= 3)) return { type: 'level', level };
  }
  if (DEFINITION.test(text) || text.split(' ').length <= 3) return { type: 'definition' };
  return { type: 'question' };
}
