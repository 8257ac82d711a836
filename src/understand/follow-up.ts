import { foldText, splitWords } from '../text/normalize.js';
import { namedSideOf } from './sides.js';
import type { Asker } from './asker.js';

/**
 * What a conversation remembers between two messages: enough to read "how does it compare to
 * paxos?" or "and at staff level?". Small and plain, so any replica can load it from the store.
 */
export interface ConversationState {
  /** The last question as the bot understood it (follow-ups resolved), for slot swaps. */
  question: string;
  /** What the last answer was about, best first: entry ids and the short names to put for "it". */
  topics: { id: string; name: string }[];
  /** What the asker said about themselves earlier in the conversation. */
  asker: Asker;
  /**
   * A fingerprint of the text the last answer showed first, so that a follow-up is never shown the same again (states
   * stored before it have none).
   */
  shown?: string;
}

/** How long a conversation is remembered without a new message. */
export const CONVERSATION_TTL_MS = 60 * 60 * 1000;

// Words that stand for the last answer's topic. "it" in "is it worth ..." stands for nothing.
/** "is raft's log the same idea?": likened to the last topic, which is not named. */
export const LIKENS_TO_IT = /\bthe same (idea|thing|concept|principle|pattern|way|mechanism|trick)\b(?! as\b)/i;
// "the same" alone or before "as"/"for" ("is paxos the same?"); before a noun of its own ("in the same library") it names
// that noun, not the last topic.
const ANAPHOR = /\b(it|that|this|those|these|them|they|their|one|ones|the same(?! (?!as\b|for\b|or\b|and\b|with\b)[a-z])|there)\b/i;
// Words for all of the last answer's topics at once ("what's the difference between the three?").
const PLURAL_ANAPHOR =
  /\b(the (two|three|2|3)( of them)?|both( of them)?(?! (halves|sides|nodes|servers|replicas|clusters|regions|data ?cent(er|re)s|dcs|services|teams|copies|writes|leaders|primaries)\b)|each of (them|those|these)|all three|either( one)?|neither)\b/i;
/** An "it" that stands for nothing said before: "is it worth ...", "it depends". */
export const DUMMY_IT =
  /\b(is it|it is|it's|isn't it|was it) (worth|possible|true|normal|ok|okay|bad|good|better|best|hard|easy|realistic|too late|common|fine|smart|wise|necessary|required|enough|important|likely|a good idea|a bad idea|useful)\b|\bit depends\b|\bmake it\b(?! (?:so |much |even |way |a lot |any )*(?:worse|better|faster|slower|harder|easier|safer|cheaper|scale|work)\b)|\bhow is it going\b|\b(what(?:'s| is|s)|how is) it called\b|\bwhile (?:you're|youre|you are|ur|u r|we're|were|we are|i'm|im|i am) at it\b/i;
/** "what separates a good answer from a weak one": "one" stands for a thing of the same sentence, set against it, not the last answer. */
const ANOTHER_ONE =
  /\b(?:from|than|vs|versus) (?:an?|the) (?:good|great|bad|weak|strong|average|mediocre|poor|decent|solid|excellent) ones?\b/;
/**
 * "or is there a proper fix?": a "there" that stands for nothing said before, where it asks for a fix or a way of its
 * own. ("is there stuff i should be reading?" after senior vs staff is still about staff.)
 */
const EXISTENTIAL_THERE =
  /\b(?:is|are|isn'?t|aren'?t) there (?=(?:an? |any |some )?(?:(?:actual|proper|real|right|correct|better|standard|simple|clean) )+(?:fix|fixes|solution|solutions|way|ways|pattern|approach)\b)/gi;
// "what about when there's no partition?": "there" as the subject of a clause of its own ("there is ...") stands for
// nothing before it; after "when", "if" and the like, or starting the sentence, it is never a place.
const THERE_IS =
  /(?:^|\b(?:when|if|where|while|unless|since|because|once|until|as long as)\s+)there(?='s\b|'re\b| (?:is|are|was|were|isn'?t|aren'?t|will be|would be|might be)\b)/gi;
// Going over to where the last answer was about: "what changes day to day if i move over?", "if i make the jump".
const GOES_OVER =
  /\b(?:move|moving|switch|switching|go|going|jump|jumping|head|heading|come|coming) (?:over|across)\b|\bmake the (?:move|switch|jump|leap)\b/;
const FROM_THERE = /\bfrom there (?:in)?to\b/i;
const SAME_QUESTION_FOR =
  /^(?:(?:ok|okay|and|so|now)[,\s]+)?(?:same (?:question|q|thing)|ditto|same)(?:,? but)?,? (?:(?:for|about|with) )?((?:at|in|on|for|with) [^?.!]{2,40}|[^?.!]{2,40}?)[?.!]*$/i;
// A guide to getting into a role ("How do I become an SRE or platform engineer?"), and interviews asked of it.
const WAY_IN = /^how (?:do|can|should) i (?:become|get into|move into|break into|switch to)\b/i;
const INTERVIEWS_FOR_IT =
  /\b((?:the )?(?:interviews?|interview loops?|interview process|hiring process) (?:for|of|to get)) (?:that|it|one|this)(?: role| job)?\b/i;
const EITHER_ONE = /\beither(?: one| of (?:them|those|the two))?\b/i;
const FROM_ONE_TO_OTHER = /\bfrom (?:the )?one(?: role| side| job)? (?:in)?to (?:the )?other(?: one)?\b/i;
// "how do I get from the second to the first?": the sides named by their place in the last answer.
const FROM_SECOND_TO_FIRST = /\bfrom (?:the )?(?:second|latter)(?: one)? (?:in)?to (?:the )?(?:first|former)(?: one)?\b/i;
const FROM_FIRST_TO_SECOND = /\bfrom (?:the )?(?:first|former)(?: one)? (?:in)?to (?:the )?(?:second|latter)(?: one)?\b/i;
const CLOSER_TO_THIRD =
  /^which(?: one| of (?:the two|them|those|these))? (?:is|are|sits?) (?:closer|nearer|more similar) to (?:an? |the )?(?:actual |real )?(.{3,60}?)[?!.\s]*$/i;
/** "which of the two is closer to distributed systems engineering?": a third thing the two are set against. */
export const setsAgainstThird = (text: string): boolean => CLOSER_TO_THIRD.test(foldText(text).trim());
// Picking one of the two things the last answer compared: "which one owns the SLOs?" after DSE vs SRE.
const WHICH_OF_TWO = /^which (one|of (the two|them|those|these)|(should|would|could|do|will) (i|we|you))\b/i;
// "what do i need to learn that i don't already know": a "that" that starts a clause about the asker points at nothing before.
const RELATIVE_THAT = /\bthat (?=(i|we|you|he|she|people|everyone|someone|most)\b)/gi;
// "how do services prove who they are?": "they" are the services the sentence named, not the last topic.
const OWN_THEY = /\b(?![a-z]*(?:ss|is|us|as|ys)\b)[a-z]{3,}s\b(?: [a-z']+){1,6} (?:who|what|where|when|whether|if) they\b/gi;
const COMPARED_TO_UNSAID =
  /^(?:and |so |ok |but )?(?:is|are) [\w-]+(?: [\w-]+)? (?:actually |really |much |way |any )?(?:easier|harder|simpler|safer|faster|slower)\b(?![^?!.]*\bthan\b)/;
// "do design docs count as promo evidence or is that a myth?": "that" is what the same question claims.
// "do we need a bulkhead as well or is that overkill": "that" is the thing the question would add.
const OR_IS_THAT_SO =
  /\bor (?:is|was|are) (?:that|this|it) (?:just |all |even )?(?:a myth|true|real|bs|overblown|exaggerated|a meme|made up|a thing|hype|nonsense)\b|(?<=\b(?:need|add|use|adopt|introduce|get|bother with|set up|do|doing|write|writing) (?:an? |the |some )?[a-z][\w-]*(?: [\w-]+){0,2} (?:as well |too |also )?)or (?:is|was|are) (?:that|this|it) (?:just |really |actually )?(?:overkill|over-?engineering|over-?engineered|necessary|needed|worth it|too much)\b/gi;
// "what is an error budget, the sre team said it like 10 times": "it" after a comma is the thing the sentence just named,
// as someone said it.
const SAID_IT_AFTER =
  /(?<=\S.*,\s*(?:the |my |our |a |an |some )?[\w-]+(?: [\w-]+){0,2} )(?:said|says|say|mentioned|mentions|keeps? saying|kept saying|brought up|brings up|used|uses|threw out|throws around) (?:it|that|this)\b/gi;
// "what if the old leader doesn't realise it lost?": "it" is the thing the sentence named, not the last topic.
const OWN_IT =
  /\b(?:the|a|an|our|my|that|this) [a-z-]{3,}(?: [a-z-]{3,})? (?:doesn'?t|does not|didn'?t|did not|won'?t|can'?t|never|still|even) (?:\w+ )?(?:realise|realize|know|notice|see|think|believe|remember|care)s? (?:that )?it\b/gi;
// "vs lamport clocks?" after vector clocks leans on it too: the comparison's other side is the last topic.
const CONTINUATION =
  /^(and|but|so|ok|okay|then|also|what about|how about|vs\.?|versus|compared (to|with)|same (for|with|question for)|and for|and at|and what|and how|and why|why not|wait|hmm|right|cool)\b/i;
// Asking for an illustration of the last answer: "got an example with kafka?", "in practice?".
const ILLUSTRATION =
  /\b(an? example|examples?|e\.?g\.?|for instance|in practice|in real life|real[- ]world|a concrete|(?:used|use|using) (?:anywhere|somewhere|in) (?:real|production|prod)|who (?:actually )?uses? (?:it|them|this|that|these|those)|(?:anyone|anybody|people|companies|teams) (?:actually |really )?(?:use|using|uses|run|running|runs|ship|shipping) (?:it|them|this|that|these|those)(?: (?:for real|in prod\w*|in real life))?|(?:for real|in prod\w*) or (?:just |only |mostly )?(?:research|academic|theory|papers|hype))\b/i;
const MORE =
  /^(?:(?:ok|okay|cool|nice|thanks|and|so)[,!]?\s+)?(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(more|tell me more|go on|details|more details|more detail|full answer|the full answer|expand|elaborate|keep going|continue|longer|say more|more please|more info|go deeper|dig deeper|go (?:a bit |a little |one level )?deeper|(?:in )?more (?:depth|detail)|deeper dive|deep dive|expand on (?:that|it|this)|elaborate on (?:that|it|this))(?: please| pls| on (?:that|it|this))?$/i;

/** The most words of its own a swap offered with "what about ..." may bring. */
const LOOSE_SWAP_WORDS = 5;
/** Slot words that a short follow-up swaps into the last question ("and at staff level?"). */
const SLOTS: RegExp[] = [
  /\b(entry[- ]level|entry|juniors?|jr|new grads?|beginners?|(?:someone|people|folks) (?:just )?starting out|mid[- ]level|mids?|seniors?|sr|staff|principals?|distinguished)( (engineers?|level|levels|role|roles))?\b/i,
  /\b(sres?|site reliability engineers?|devops( engineers?)?|platform engineers?|backend (engineers?|developers?|devs?)|frontend (engineers?|developers?|devs?)|data engineers?|distributed systems engineers?|distsys engineers?|dses?|sysadmins?|system administrators?|dbas?|network engineers?|qa engineers?|support engineers?)\b/i,
];

/** Each slot, for every place it is filled in a question (built once, not per follow-up). */
const EVERY_SLOT = new Map(SLOTS.map((slot) => [slot, new RegExp(slot.source, 'gi')]));

/** The rungs of the ladder in order, as the level slot writes them. */
const LADDER_RANKS = [
  /^(entry|juniors?|jr|new grads?|beginners?)/i,
  /^mids?/i,
  /^(seniors?|sr)$/i,
  /^staff$/i,
  /^(principals?|distinguished)$/i,
];

/** A workplace a follow-up may swap into the last question ("what about at a bank?"). */
export const WORKPLACE_SLOT =
  /\b(?:at|in|for) (?:an? |the |a big |a small )?(?:banks?|startups?|big tech|faang|fintech|hedge funds?|(?:cloud[- ]native|tech|product|saas|trading|payments?|small|big|large|mid-size|consulting|enterprise)(?: [\w-]+)? (?:company|companies|firms?|shops?|startups?))\b/i;
/** What a workplace swap may say besides ("what about at a bank, is it the same job?"). */
const JOB_WORDS = /\b(job|jobs|work|role|roles|like|there)\b/gi;

// What may stand around a swapped slot word for the message to be only that swap ("and at staff level?", "and for staff
// candidates?": who is at that level).
const ELLIPSIS_FILLER =
  /\b(what|how|about|at|for|the|a|an|in|as|of|on|level|levels|then|too|instead|one|ones|case|if|i|am|i'm|im|were|was|an?|anything|any|different|differently|else|changes?|same|is it|does it|(?:would|does|will) (?:that|it|this) look like|still|thing|just|harder|easier|tougher|more|less|really|basically|or|there|candidates?|hires?|folks|people|engineers?|eng|engs)\b|[?!.,]/gi;

const JOINING_WORDS = /\b(?:and|ok|okay|so)\b/gi;

// What may stand around a slot word added to the last question ("and for staff?", "what about at senior level?").
const DIFFERENT_FOR =
  /^(?:(?:and|but|ok|so) )?(?:is (?:it|that|this)|would (?:it|that) be|does (?:it|that|this)) (?:any |much |very )?(?:different|change|differ)(?= (?:for|at)\b)/i;
const BARE_SLOT_FILLER = /\b(and|what|how|about|at|for|the|a|an|level|levels|role|roles|then|too)\b|[?!.,]/gi;

const VERSUS_ONLY =
  /^(?:and |but |ok |so )?(?:vs\.?|versus|v\.?|compared (?:to|with)|against|(?:and )?how about vs\.?)\s+(?:an? |the )?(.+?)[?.!\s]*$/i;
// "how is that different in paxos?", "is it any different with zookeeper?": the last topic set against the one named.
// Not a place, a level or a setting ("different in practice", "different for a bank", "different at staff"): those ask
// the same question of somewhere else.
const DIFFERENT_IN =
  /^(?:and |but |ok |so )?(?:how(?:'s| is| are| does| do)|is|are|does|do) (?:it|that|this|they|those|things) (?:any |much |very )?(?:different|differ|work differently|done differently) (?:in|with) (?!(?:an?|the|my|our|your|their|this|that|practice|production|prod|real|reality|interviews?|general|theory|staff|senior|junior|principal|mid)\b)(.+?)[?.!\s]*$/i;
// "and the downside compared to just doing 2pc?" after sagas: an aspect of the last topic, weighed against the one named.
const ASPECT_COMPARED =
  /^(?:and |but |ok |so )?((?:what(?:'s| is| are)? |any )?(?:the )?(?:main |big |real )?(?:downsides?|drawbacks?|cons|tradeoffs?|trade-offs?|catch|upsides?|benefits?|advantages?|disadvantages?|pros(?: and cons)?|costs?|differences?)) ((?:compared (?:to|with)|vs\.?|versus) .+)$/i;

/** "and the downside compared to just doing 2pc?": an aspect of the last topic weighed against another, which it names. */
export const weighsAspectOfIt = (text: string) => ASPECT_COMPARED.test(text.trim());

// A verdict asked on what the message told before it: "normal, or a warning sign?", "can I sell that as distsys
// experience?", "how much should that count against them?". The telling is the topic, not the verdict's words.
const APPRAISAL =
  /^(?:is (?:that|this|it) )?(?:normal|ok|okay|fine|bad|common|typical|weird|expected)\b|^(?:is (?:that|this|it) )?(?:an? )?(?:problem|issue|dealbreaker|deal breaker|blocker)(?: for (?:distsys|distributed systems|dse|infra|sre|this field|(?:a |my )?career in [\w ]{2,30}))?$|^(?:(?:is|would) (?:that|this|it) (?:be )?)?(?:an? )?(?:good|bad|smart|sane|reasonable|terrible|dumb|sensible) (?:idea|move|call|plan|approach)(?:,? or (?:nah|not|no|naw|nope|a mistake))?$|\b(?:warning sign|red flag|bad sign|should i (?:be )?worr(?:y|ied)|(?:is|was) (?:that|this) (?:normal|ok|okay|fine|bad|common|typical|weird|enough|realistic|a problem)|(?:does|do|would|will|can) (?:that|this|it|those) (?:count|make (?:it|me|that|this))|count (?:against|for|as)|sell (?:that|this|it|those) as|am i (?:behind|doing (?:it|something) wrong|on track|falling behind)|(?:is (?:it|that|this) )?(?:a )?real(?: thing)?,? or (?:just )?(?:marketing|hype|a myth|myth|a buzzword|buzzwords?|fluff|bs)|(?:just )?(?:marketing|hype|a myth)$)\b/;

/**
 * For a question that asks for a verdict on the situation the message told ("normal, or a warning
 * sign?"), what it says besides the verdict ("should I be worried about being a one-tool engineer?"
 * → "about being a one-tool engineer"); null for any other question.
 */
export function besidesVerdict(text: string): string | null {
  const folded = foldText(text).trim();
  if (!APPRAISAL.test(folded)) return null;
  return folded.replace(new RegExp(APPRAISAL.source, 'g'), ' ').trim();
}

// A scenario put to the last answer: "and if the coordinator dies right after the votes?", "what happens if the
// leader dies mid-write?" asks how that topic copes, even when its words name a neighbour (leader election).
// So does "what happens to the keys when a node dies?" after consistent hashing: what becomes of its part.
const SUPPOSITION =
  /^(?:(?:and|but|so|ok|okay|hmm|wait)[, ]+)?(?:what if|if|what happens (?:to (?:the|my|our|its|their) [\w-]+(?: [\w-]+)? )?(?:if|when)|what would happen if|suppose|say)\b/;

/** True when the message puts a scenario to the last answer ("and if the coordinator dies?"). */
export function supposes(text: string): boolean {
  return SUPPOSITION.test(foldText(text).trim());
}

/** What a post says the asker is weighing: "i'm eyeing the CKA", "thinking about getting an AWS cert". */
// The thing runs to where the sentence turns to when ("the AWS SA pro + CKA this summer").
const WEIGHING =
  /\b(?:eyeing|considering|thinking (?:about|of)(?: getting| doing| taking| grinding| studying for)?|looking at(?: getting| doing| taking))\s+((?:the|a|an) [\w+.-]+(?: (?:[\w+.-]+|\+)){0,4}?)(?= (?:this|next|over|during|before|after|in|while|when|since|so|because|cert|certs|certification|exam|course|degree|bootcamp|program)\b|\s*[,.;:!?]|\s*$)(?: (cert|certs|certification|exam|course|degree|bootcamp|program)\b)?/i;

/** "why is it actually hard", "why are they so slow": a quality asked of "it", which an earlier sentence says of a thing. */
const CLAIM_ECHOED = /\b(is|are) (?:it|that|this|they) ((?:actually|really|so|even|considered) )?([a-z]{3,})\b/i;
/** What leads a claim in, before its subject: "my lead said", a quote mark, "everyone says". */
const CLAIM_LEAD = /\b(?:says?|said|insists?|claims?|thinks?|told (?:me|us)|swears?)\b(?: that)?|['"\u2018\u201C]/i;

/**
 * A question with "these teams", "those queues" put in the words the message used before it:
 * "just joined a data platform team. what problems do these teams deal with?" → "... do data
 * platform team deal with?". Unchanged when no earlier sentence names that kind of thing.
 */
export function nameDemonstratives(question: string, sentences: readonly string[]): string {
  // "my cousin is a devops engineer. what does that job involve?": the role the post names, by its name (the post is
  // read for it only when the question says "that job").
  const roleNamed = () => [...sentences].reverse().reduce<string | null>((found, sentence) => found ?? namedSideOf(sentence), null);
  // So is "that person" after a role the post quotes ("a 'distributed systems engineer' opening. what does that person work on?").
  const withJob = question.replace(/\b(?:that|this) (job|role|position|gig|career|person)\b/gi, (whole, noun: string) => {
    const role = roleNamed();
    return role ? `the ${role} ${noun}` : whole;
  });
  // "want to get into sre. how do i actually get hired as one?": one of the role the post names.
  const withRole = withJob.replace(/\b(as|become|becoming|be) one\b(?! of\b)/gi, (whole, verb: string) => {
    const role = roleNamed();
    return role ? `${verb} ${role}` : whole;
  });
  // "i'm eyeing the CKA ... does anyone hiring actually care about it?": what the asker is weighing, by its name.
  const weighing = (sentence: string) => {
    const found = WEIGHING.exec(sentence);
    return found ? [found[1], found[2]].filter(Boolean).join(' ') : null;
  };
  const weighed = [...sentences].reverse().reduce<string | null>((found, sentence) => found ?? weighing(sentence), null);
  // "will hiring managers actually care?": care, with nothing after it, is about what is weighed.
  const withWeighed = weighed
    ? withRole
        .replace(/\b(care about|value|respect|look at|ask about|need) it\b/gi, `$1 ${weighed}`)
        .replace(/\bcare(?=\s*[?!.]*\s*$)/i, `care about ${weighed}`)
    : withRole;
  // "my lead said 'exactly once is hard'. why is it actually hard?": "it" is what the post said is hard.
  const withClaimed = withWeighed.replace(CLAIM_ECHOED, (whole, verb: string, adverb: string | undefined, quality: string) => {
    const said = new RegExp(
      String.raw`([\p{L}\p{N}][\p{L}\p{N} +/-]{1,40}?)\s+${verb}\s+(?:so |really |actually |super |too |very )?${quality}\b`,
      'iu',
    );
    // The subject starts after what leads the claim in (the last such lead before it).
    for (const piece of sentences.flatMap((sentence) => sentence.split(CLAIM_LEAD)).reverse()) {
      const subject = said.exec(piece)?.[1];
      if (subject && !/^(?:it|that|this|they|he|she|we|i|you)$/i.test(subject)) return `${verb} ${subject} ${adverb ?? ''}${quality}`;
    }
    return whole;
  });
  // Only "these"/"those" with a plural: "that makes", "this is" would read a verb as the thing.
  return withClaimed.replace(/\b(these|those) ([a-z]{2,}s)\b/gi, (whole, _which: string, noun: string) => {
    const singular = noun.replace(/s$/i, '');
    const named = new RegExp(`\\b((?:[\\p{L}\\p{N}-]+ ){1,3})${singular}s?\\b`, 'iu');
    for (const sentence of [...sentences].reverse()) {
      const found = named.exec(sentence);
      const words = found?.[1]
        ?.trim()
        .split(/\s+/)
        .filter((w) => !/^(a|an|the|our|my|their|this|that|these|those|of|on|in|to|and|or|joined|just|new)$/i.test(w));
      if (words && words.length > 0) return `${words.join(' ')} ${noun}`;
    }
    return whole;
  });
}

/** True when the message asks for the rest of the last answer ("more", "go on"). */
export function asksForMore(text: string): boolean {
  return MORE.test(
    foldText(text)
      .replace(/[?!.]+$/, '')
      .trim(),
  );
}

// Words that announce a new topic: whatever follows does not lean on the last answer.
// Also after a word that only opens the message: "ok unrelated but ...", "also, different question: ...".
const NEW_TOPIC =
  /^(?:(?:ok|okay|so|also|and|btw|anyway|oh|hey)[,!]?\s+)*(unrelated|(?:(?:totally|completely|kinda|slightly) )?(?:unrelated|different|diff|new|another|separate|random|side|other) (?:question|q|qs|topic|thing)|(?:totally|completely) separate|new topic|switching gears|changing (the )?(topic|subject)|on another note|off topic|separately|(?:that|this|which) reminds me|speaking of which|on a (?:different|totally different|separate|side) note)\b/i;

// "neither, I like building internal tools" after two roles side by side: both turned down, and what follows says what
// the asker wants instead, a question of its own that leans on nothing compared. A few words may say how ("neither
// really excites me tbh."), up to the first stop.
const TURNS_DOWN_BOTH =
  /^(?:(?:hmm+|ok(?:ay)?|honestly|tbh|actually|well|nah|no|nope)[,!.]?\s+)*(?:neither|none of (?:those|them|these|the above)|not really either)(?: of (?:those|them|these|the two|the three))?(?:\s+[a-z']+){0,6}?\s*[,.!:;\u2014\u2013-]+\s*/i;

/** What follows a reply that turns down both things just compared ("neither, I like building internal tools"), or null. */
export function insteadOfBoth(text: string): string | null {
  const trimmed = text.trim();
  const turnedDown = TURNS_DOWN_BOTH.exec(trimmed);
  return turnedDown ? trimmed.slice(turnedDown[0].length) : null;
}

// "isn't that just rate limiting with extra steps?" after backpressure: the last topic likened to another thing, which
// is how the two differ; the other thing named is no new topic of its own.
const LIKENED_TO_ANOTHER =
  /^(?:(?:but|so|ok|okay|and|wait|hmm+)[,]?\s+)*(?:isn'?t|is|aren'?t|are) (?:that|it|this|they|those)(?: (?:really|basically|actually|not))* (?:just|basically|simply|the same(?: thing)? as|a (?:fancy|fancier|glorified) (?:version of )?)\s+(.+?)(?:\s+(?:with extra steps|in disguise|by another name|with a new name|under another name|rebranded))?\s*[?!.]*$/i;

/** The other thing the last topic is likened to ("isn't that just rate limiting with extra steps?": "rate limiting"), or null. */
export function likenedTo(text: string): string | null {
  return LIKENED_TO_ANOTHER.exec(text.trim())?.[1] ?? null;
}

/** True when the message asks for an example or the practice of the last answer ("got an example with kafka?"). */
export function asksIllustration(text: string): boolean {
  return ILLUSTRATION.test(foldText(text));
}

/** True when the message picks one of the two things just compared ("ok and which should I join if ...?"). */
export function picksOneOfTwo(text: string): boolean {
  return WHICH_OF_TWO.test(
    foldText(text)
      .trim()
      .replace(CONTINUATION, '')
      .replace(/^[\s,]+/, ''),
  );
}

/** True when the message says it changes the subject ("unrelated, but ..."). */
export function changesTopic(text: string): boolean {
  return NEW_TOPIC.test(foldText(text).trim());
}

/** True when the message probably leans on the last answer (a pronoun for its topic, "and ...", "what about ..."). */
export function leansOnPrevious(text: string): boolean {
  const folded = foldText(text).trim();
  if (NEW_TOPIC.test(folded)) return false;
  if (CONTINUATION.test(folded) || PLURAL_ANAPHOR.test(folded) || ILLUSTRATION.test(folded) || GOES_OVER.test(folded)) return true;
  // "same question but for platform engineering": the last question asked again.
  if (SAME_QUESTION_FOR.test(folded)) return true;
  // "which should I join?", "from the second to the first": a pick between, or a way between, what was just compared.
  if (WHICH_OF_TWO.test(folded) || FROM_SECOND_TO_FIRST.test(folded) || FROM_FIRST_TO_SECOND.test(folded)) return true;
  // "what if i was coming from data engineering instead?": the last move, from another start.
  if (FROM_INSTEAD.test(folded.replace(CONTINUATION, '').replace(/^[\s,]+/, ''))) return true;
  // "is raft actually easier to learn?" after paxos: easier than the last topic, which the question leaves unsaid.
  if (COMPARED_TO_UNSAID.test(folded)) return true;
  return ANAPHOR.test(
    folded
      .replace(DUMMY_IT, '')
      .replace(OR_IS_THAT_SO, '')
      .replace(OWN_IT, '')
      .replace(RELATIVE_THAT, '')
      .replace(EXISTENTIAL_THERE, '')
      .replace(ANOTHER_ONE, '')
      .replace(OWN_THEY, '')
      .replace(SAID_IT_AFTER, ''),
  );
}

// "how do i move over to the team that actually designs the systems?": a thing the sentence names, then what it does.
// Said after a post, "that" points at nothing in it; between messages the question is left as it was read before.
const SUBJECT_RELATIVE_THAT =
  /(?<=\b(?:the|a|an|any|every|each) [\w-]+ )that (?=(?:\w+ly )?(?:is|are|was|were|has|have|does|do|did|can|could|will|would|should|[a-z]{2,}(?:s|ed))\b)/gi;

/** {@link pointsBack}, for a question read against the post around it rather than a last answer. */
export function pointsBackInPost(text: string): boolean {
  return pointsBack(text.replace(SUBJECT_RELATIVE_THAT, ''));
}

/** True when a word of the message stands for the last answer's topic ("do real databases use them?"), not merely "and ...". */
export function pointsBack(text: string): boolean {
  const folded = foldText(text).trim();
  // Not "one": "which one do interviewers ask about more?" picks between the topics, it does not ask about them again.
  return (
    PLURAL_ANAPHOR.test(folded) ||
    /\b(it|that|this|those|these|them|they)\b/.test(
      folded
        .replace(DUMMY_IT, '')
        .replace(OR_IS_THAT_SO, '')
        .replace(OWN_IT, '')
        .replace(RELATIVE_THAT, '')
        .replace(OWN_THEY, '')
        .replace(SAID_IT_AFTER, ''),
    )
  );
}

/**
 * The message with the last answer put in: a slot word swapped into the last question
 * ("and at staff level?" after "what's needed for senior"), a pronoun replaced by the topic's
 * name ("how does it compare to paxos?" after Raft), or else the topic's name added.
 */
export function resolveFollowUp(text: string, previous: ConversationState): string {
  return readFollowUp(text, previous).text;
}

/** Who "them" is after a question about what a candidate did. */
export const THE_CANDIDATE = 'the candidate';

/**
 * "do they still code?" after "what's the bar for a staff promo": "they" are the people the last question named (a level
 * or a role), not its answer's topic; else a candidate the last question was about, a workplace it named, or the one the
 * asker hires. Null when the message has no such pronoun or none of these is there.
 */
export function aboutPeopleNamed(text: string, previous: ConversationState): string | null {
  if (!/\b(they|them|their)\b/i.test(text)) return null;
  const putFor = (name: string, everyTime = false) =>
    text.replace(everyTime ? /\b(they|them|their)\b/gi : /\b(they|them|their)\b/i, (word) =>
      word.toLowerCase() === 'their' ? `${name}'s` : name,
    );
  for (const slot of SLOTS) {
    const named = previous.question.match(slot);
    if (named) return putFor(named[1]!);
  }
  // "how do we pick the level without being unfair to them?" after weighing what a candidate did: the candidate.
  if (/\bcandidate\b/i.test(previous.question)) return putFor(THE_CANDIDATE);
  // "why do they care so much about clocks?" after infra work at a trading firm: the firms.
  const place = previous.question.match(WORKPLACE_SLOT)?.[0].replace(/^(?:at|in|for) (?:an? |the )?/i, '');
  if (place) return putFor(place);
  // "and once they're in, how do we onboard them?" after how to interview for a first SRE: the one being hired, however
  // often the message says so.
  const hire = previous.asker.hires;
  if (hire) return putFor(`the new ${hire}`, true);
  // "do they even touch code anymore?" after "what fills their calendar" answered with what staff engineers spend their
  // week on: the people the last answer's title names, where the last question named none. Named as people ("staff
  // engineers"), not as roles a title is for ("an interview loop for distributed systems, infra and SRE roles").
  for (const slot of SLOTS) {
    const named = previous.topics.map((topic) => topic.name.match(slot)).find((match) => match && /(?:engineers|[^s]s)$/i.test(match[0]));
    if (named) return putFor(named[1]!);
  }
  return null;
}

const WHAT_ABOUT_TEAM =
  /^(?:(?:and|ok|okay|so|but)[\s,]+)?(?:what|how) about (?:for |on |in |at )?(?:an? |the )?([\p{L}\d-]+(?: [\p{L}\d-]+)?) team\b/u;
const WHAT_ABOUT_FOR = /^(?:(?:and|ok|okay|so|but)[\s,]+)?(?:what|how) about (?:for|with) ([\p{L}\d][\p{L}\d' -]{1,40}?)(?:\s*[,?.!]|$)/u;

/**
 * A follow-up that asks the last question again with one thing changed, and where that thing sits in the last question:
 * "what about for a storage team?" after "go or java if i want to end up on an infra team" (the team), "what about for
 * kafka events?" after "json vs protobuf for service to service calls?" (what it is for).
 */
/** "what if i was coming from data engineering instead?", "what about someone starting from sysadmin work?": another start. */
const FROM_INSTEAD =
  /^(?:what (?:if|about) (?:i was|i were|i'?m|im|i am|someone|somebody|people|you'?re|a person|one is) )?(?:coming|moving|switching|starting|pivoting|transitioning) (?:over )?from (?:an? |the )?([\p{L}\d/+ -]{2,40}?)(?: background| work| roles?)?(?: instead)?(?:\s*[,;.:]\s*.*)?[?.!]*$/iu;
/** Where a move starts, in the question that asked it: "from backend" in "how do I make the jump from backend into ...". */
const STARTING_FROM = /\bfrom (?:an? |the )?[\p{L}\d/+-]+(?: [\p{L}\d/+-]+)?(?= (?:into|to|in|over to)\b)/iu;

const ASKED_AGAIN: readonly { asks: RegExp; slot: RegExp; put: (other: string) => string }[] = [
  {
    asks: WHAT_ABOUT_TEAM,
    slot: /\b(?:on|in|for|to|into|at) (?:an? |the |my |our )?[\p{L}\d-]+(?: [\p{L}\d-]+)? team\b/iu,
    put: (team) => `on a ${team} team`,
  },
  { asks: WHAT_ABOUT_FOR, slot: /\bfor [\p{L}\d][\p{L}\d' -]{1,60}?(?=\s*[,?.!]|$)/u, put: (use) => `for ${use}` },
];

// The side a comparison was asked with first: "dse" in "dse vs backend engineer, what's the actual difference".
const ASKED_FIRST_SIDE =
  /(?:\b(?:is|are|between|of|about|difference|diff|what'?s|whats)\s+|[,:;.!?]\s*|^)(?:an? |the )?([\p{L}\d+/-]+(?: [\p{L}\d+/-]+){0,2}?)\s+(?:vs\.?|versus)\s/iu;

/**
 * What "vs X?" sets X against: the last topic, or after a comparison ("and vs a data engineer?" after DSE vs backend) the
 * side the asker put first, as the asker compares one thing with several, not all of them at once.
 */
function setAgainst(topic: string, lastQuestion: string): string {
  if (!/ vs /i.test(topic)) return topic;
  return ASKED_FIRST_SIDE.exec(lastQuestion)?.[1] ?? topic.split(/ vs /i)[0]!;
}

/**
 * A follow-up read against the last answer; `swapped` when it was a slot swapped into the last question; `whole` when
 * the reading says all that was asked ("vs paxos?" is the two side by side, and the last question's words add nothing).
 */
export function readFollowUp(
  text: string,
  previous: ConversationState,
): { text: string; swapped: boolean; offered?: boolean; whole?: boolean } {
  const topic = previous.topics.map((t) => t.name).join(' and ');
  const stripped = text
    .replace(CONTINUATION, '')
    .replace(/^[\s,]+/, '')
    .trim();
  // "vs paxos?", "and compared to a distsys engineer?" after one topic: that topic set against the one named.
  const versus = VERSUS_ONLY.exec(text.trim());
  const other = versus ?? DIFFERENT_IN.exec(text.trim());
  if (other && previous.topics.length === 1)
    return { text: `${setAgainst(topic, previous.question)} vs ${other[1]}`, swapped: false, whole: !/[?.!]/.test(other[1]!) };
  const aspect = ASPECT_COMPARED.exec(text.trim());
  if (aspect && previous.topics.length === 1) return { text: `${aspect[1]} of ${topic} ${aspect[2]}`, swapped: false };
  // "same question but for platform engineering" after the path into an SRE job: the last question with the thing named
  // in place of the one of its kind it asked about, or added to it.
  const same = SAME_QUESTION_FOR.exec(text.trim());
  if (same) {
    const named = same[1]!;
    const slot = SLOTS.find((pattern) => pattern.test(named) && pattern.test(previous.question));
    const asked = slot
      ? previous.question.replace(slot, named)
      : `${previous.question.replace(/[?.!\s]+$/, '')} ${/^(?:at|in|for|on|with)\b/i.test(named) ? named : `for ${named}`}`;
    return { text: asked, swapped: true };
  }
  // "what about at a bank?" after SRE work at a cloud-native company: the same question, asked of another workplace.
  const place = stripped.match(WORKPLACE_SLOT);
  if (place && stripped.replace(WORKPLACE_SLOT, ' ').replace(ELLIPSIS_FILLER, ' ').replace(JOB_WORDS, ' ').trim() === '') {
    const asked = WORKPLACE_SLOT.test(previous.question)
      ? previous.question.replace(WORKPLACE_SLOT, place[0])
      : `${previous.question.replace(/[?.!\s]+$/, '')} ${place[0]}?`;
    return { text: asked, swapped: true };
  }
  // "what if i was coming from data engineering instead?" after the way from backend into the field: the same move, from
  // another start (the last question's "from backend" swapped, or the start added to it).
  const start = FROM_INSTEAD.exec(stripped);
  if (start) {
    const from = `from ${start[1]!.trim()}`;
    const asked = STARTING_FROM.test(previous.question)
      ? previous.question.replace(STARTING_FROM, from)
      : `${previous.question.replace(/[?.!\s]+$/, '')}, coming ${from}?`;
    return { text: asked, swapped: true };
  }
  // The same question asked again of another team or for another use (see ASKED_AGAIN).
  for (const { asks, slot, put } of ASKED_AGAIN) {
    const other = asks.exec(text.trim());
    if (other && slot.test(previous.question)) return { text: previous.question.replace(slot, put(other[1]!)), swapped: true };
  }
  for (const slot of SLOTS) {
    const now = stripped.match(slot);
    // "ok and a principal, what changes there?": the second joining word too ("ok" went with the continuation).
    const rest = stripped.replace(slot, ' ').replace(ELLIPSIS_FILLER, ' ').replace(JOINING_WORDS, ' ').trim();
    if (now && slot.test(previous.question) && rest === '') {
      // The word itself ("staff"), not what came with it ("staff level"), in place of the old one. Of two levels set side
      // by side ("senior vs mid", then "and staff?"), the one further from the new level goes: staff is set against senior.
      const olds = [...previous.question.matchAll(EVERY_SLOT.get(slot)!)];
      const rank = (word: string) => LADDER_RANKS.findIndex((pattern) => pattern.test(word));
      const target = rank(now[1]!);
      const far =
        slot === SLOTS[0] && olds.length === 2 && target >= 0 && olds.every((m) => rank(m[1]!) >= 0)
          ? olds.reduce((a, b) => (Math.abs(rank(b[1]!) - target) > Math.abs(rank(a[1]!) - target) ? b : a))
          : olds[0]!;
      const at = far.index!;
      // "someone just starting out" is a beginner, by the word the content uses.
      const word = /starting out$/i.test(now[1]!) ? 'beginner' : now[1]!;
      const replaced = word + far[0].slice(far[0].split(' ')[0]!.length).replace(/^ (level|levels|role|roles)\b/, '');
      return { text: previous.question.slice(0, at) + replaced + previous.question.slice(at + far[0].length), swapped: true };
    }
  }
  // "and for staff?" after "how do i write a job description for an sre role?": a level (or role) the last question did
  // not name is added to it, as a workplace is.
  // Only the bare slot ("and for staff?"): "what changes at staff level?" asks how the level differs.
  // So is "is it different for SRE roles?": the last question asked again for the slot.
  const differentFor = DIFFERENT_FOR.test(text.trim());
  for (const slot of differentFor || /^(?:and |what |how )?(?:for|at|about)\b/i.test(text.trim()) ? SLOTS : []) {
    const now = stripped.match(slot);
    const rest = stripped.replace(DIFFERENT_FOR, ' ').replace(slot, ' ').replace(BARE_SLOT_FILLER, ' ').trim();
    const named = slot.test(previous.question) || (slot === SLOTS[0] && /\bbeginners?\b/i.test(previous.question));
    // "what about at senior level, still worth it?" after "are certifications worth it ...": the rest only says the last
    // question again.
    const asked = new Set(splitWords(previous.question));
    const saidAgain = rest !== '' && splitWords(rest).every((word) => asked.has(word) || /^(still|again|also|even)$/.test(word));
    if (now && (rest === '' || saidAgain) && !named && previous.question.trim() !== '') {
      return { text: `${previous.question.replace(/[?.!\s]+$/, '')} for ${now[0]}?`, swapped: true };
    }
  }
  // "what about a distsys engineer joining a storage team instead?": the swap, with a few words of its own said after it.
  const offered = /^(what|how) about\b|\binstead\b/i.test(text);
  for (const slot of offered ? SLOTS : []) {
    const now = stripped.match(slot);
    // "what about for sre roles, same rounds or different?": the word that led to the slot, and the comma after it, are
    // not words of its own.
    const rest = stripped
      .replace(slot, ' ')
      .replace(ELLIPSIS_FILLER, ' ')
      .replace(/^\s*(?:(?:for|at|in|on|with)\b)?\s*[,;:-]?\s*/i, ' ')
      .trim();
    if (now && slot.test(previous.question) && rest.split(/\s+/).length <= LOOSE_SWAP_WORDS) {
      return { text: `${previous.question.replace(slot, now[1]!)} ${rest}`, swapped: false, offered: true };
    }
  }
  if (previous.topics.length > 1 && PLURAL_ANAPHOR.test(stripped)) {
    return { text: stripped.replace(PLURAL_ANAPHOR, previous.topics.map((t) => t.name).join(' vs ')), swapped: false };
  }
  // The two are the last answer's two topics, or the sides of the one comparison it gave ("DSE vs SRE").
  const two = previous.topics.length === 2 ? previous.topics.map((t) => t.name) : topic.split(/ vs /i);
  // "which of the two is closer to distributed systems engineering?" after SRE vs DevOps: the two and the third side by side.
  const third = two.length === 2 ? CLOSER_TO_THIRD.exec(stripped) : null;
  if (third) return { text: `${two[0]} vs ${two[1]} vs ${third[1]}`, swapped: false };
  if (two.length === 2 && WHICH_OF_TWO.test(stripped)) {
    return { text: `${stripped.replace(/[?.!\s]+$/, '')}, ${two.join(' or ')}?`, swapped: false };
  }
  // "how do I move from one to the other?" after data engineer vs DSE: from the first side to the second.
  if (two.length === 2 && FROM_ONE_TO_OTHER.test(stripped))
    return { text: stripped.replace(FROM_ONE_TO_OTHER, `from ${two[0]} to ${two[1]}`), swapped: false };
  if (two.length === 2 && FROM_SECOND_TO_FIRST.test(stripped))
    return { text: stripped.replace(FROM_SECOND_TO_FIRST, `from ${two[1]} to ${two[0]}`), swapped: false };
  if (two.length === 2 && FROM_FIRST_TO_SECOND.test(stripped))
    return { text: stripped.replace(FROM_FIRST_TO_SECOND, `from ${two[0]} to ${two[1]}`), swapped: false };
  // "how would i get into either one from backend?" after SRE vs platform engineer: into one or the other.
  if (two.length === 2 && EITHER_ONE.test(stripped)) return { text: stripped.replace(EITHER_ONE, two.join(' or ')), swapped: false };
  // "if sre, how do i get hired as one?" after DSE vs SRE: "one" is the side the follow-up names, not the comparison.
  // Unless the role named is who asks ("if i'm a backend dev, how would i become one?" after what SREs do and SRE vs
  // software engineer): then "one" is the role the last question asked about.
  const named = topic.includes(' vs ') ? SLOTS[1]!.exec(stripped) : null;
  // So is a role the asker comes from ("how would i become one coming from a sysadmin background?").
  const askersOwn = named !== null && /\b(?:i'?m|im|i am|as|from) (?:an? |my )?$/i.test(stripped.slice(0, named.index));
  const side = askersOwn ? SLOTS[1]!.exec(previous.question)?.[0] : named?.[0];
  if (side && /\b(one|it)\b/i.test(stripped)) return { text: stripped.replace(/\b(one|it)\b/i, side), swapped: false };
  // "ok but how do i actually get from there to building distributed systems?" after whether SRE is a dead end: from the
  // role the last question named (the topic's name, "The SRE career path", is no place to start from).
  const roleBefore = FROM_THERE.test(stripped) ? SLOTS[1]!.exec(previous.question)?.[0] : undefined;
  if (roleBefore) return { text: stripped.replace(FROM_THERE, `from ${roleBefore} to`), swapped: false, whole: true };
  // "what do the interviews for that usually look like?" after how to become an SRE: the interviews for the role the
  // asker is heading for, not for the guide that told the way in.
  const wayIn = WAY_IN.test(topic) ? /\b(?:become|into|to)\b(.*)$/i.exec(previous.question) : null;
  const goal = (wayIn && SLOTS[1]!.exec(wayIn[1]!)?.[0]) ?? previous.asker.goal;
  if (wayIn && goal && INTERVIEWS_FOR_IT.test(stripped))
    return { text: stripped.replace(INTERVIEWS_FOR_IT, (_, asked: string) => `${asked} ${goal}`), swapped: false };
  const withoutDummy = stripped
    .replace(DUMMY_IT, (m) => m.replace(/\bit\b/i, '\u0000'))
    .replace(OWN_IT, (m) => m.replace(/\bit$/i, '\u0000'))
    .replace(OR_IS_THAT_SO, (m) => m.replace(/\b(?:that|this|it)\b/i, '\u0000'))
    .replace(EXISTENTIAL_THERE, (m) => m.replace(/\bthere\b/i, '\u0001'))
    .replace(THERE_IS, (m) => m.replace(/\bthere$/i, '\u0001'))
    .replace(OWN_THEY, (m) => m.replace(/\bthey$/i, '\u0002'));
  // "is raft's log the same idea?" after the write-ahead log: the same idea as the last topic, which stays asked.
  if (topic && LIKENS_TO_IT.test(withoutDummy) && !ANAPHOR.test(withoutDummy.replace(LIKENS_TO_IT, ' '))) {
    return {
      text: withoutDummy
        .replace(LIKENS_TO_IT, (_, noun: string) => `the same ${noun} as ${topic}`)
        .replace(/\u0000/g, 'it')
        .replace(/\u0001/g, 'there')
        .replace(/\u0002/g, 'they'),
      swapped: false,
    };
  }
  if (topic && ANAPHOR.test(withoutDummy)) {
    // "get there" is getting to the topic: "how do I get there from senior?" is "how do I get to staff from senior?".
    const placed = withoutDummy.replace(/\b(get|getting|go|going|move|moving) there\b/i, (_, verb: string) => `${verb} to ${topic}`);
    return {
      text: placed
        .replace(ANAPHOR, topic)
        .replace(/\u0000/g, 'it')
        .replace(/\u0001/g, 'there')
        .replace(/\u0002/g, 'they'),
      swapped: false,
    };
  }
  return { text: topic ? `${stripped} ${topic}`.trim() : stripped, swapped: false };
}
