import { foldText } from '../text/normalize.js';
import { isAboutAsker, readAsker } from './asker.js';
import { besidesVerdict } from './follow-up.js';

/** The most questions one reply answers; beyond that people are better served one at a time. */
export const MAX_PARTS = 3;

/** A message read sentence by sentence: the questions in it, and what it says besides. */
export interface MessageParts {
  /** The questions asked, in order (at most `MAX_PARTS`, plus any beyond in `extra`). */
  questions: string[];
  /** Questions beyond `MAX_PARTS`, left for a second message. */
  extra: string[];
  /** Sentences that are not questions: what the asker says about themselves or their situation. */
  context: string[];
}

// Sentence ends, except after the abbreviations people write in technical questions.
const SENTENCE_END = /(?<!\b(?:vs|e\.g|i\.e|etc|approx|incl|dr|mr|ms|no|v))(?:[.!?]+|\n+)(?=\s|$)|\?+/gi;
// "would like to make principal at some point": a wish told without its "i", no question (a question starting "would"
// asks of something: "would raft work here").
const QUESTION_START =
  /^((?:at|in|on|for|by|from|with|under|up to) (?:what|which|whose|how (?:many|much|big|far))|what|whats|wat|wats|how|hows|why|when|where|which|who|whom|is|are|am|do|does|did|can|could|should|would(?! (?:like|love|prefer) to\b)|will|shall|isn'?t|aren'?t|doesn'?t|didn'?t|wouldn'?t|shouldn'?t|can'?t|couldn'?t|any|anyone|anybody|explain|tell|describe|define|compare|contrast|difference|diff|eli5|help|recommend|need|looking|wondering|curious|trying to (understand|decide|figure)|(?:not sure|no idea|unsure) (?:where|how|what|which|whether)|thoughts on|advice on|best way|ways to|tips|(?:quick )?(?:sanity check|check|clarification|clarify|confirm) (?:on|about|whether|if|that|how|what))\b/;
const WANTS =
  /\b(i (?:(?:genuinely|honestly|really|just|still|truly|seriously|actually|also) )?(want to (know|understand|learn|ask)|wanna (know|understand|learn)|would like to (know|understand|learn)|'d like to (know|understand|learn)|need (help|advice|tips|to (know|understand|decide|figure|learn|pick|choose|explain))|am trying|'m trying|was wondering|wonder|am wondering|'m wondering|am curious|'m curious|am looking|'m looking|am thinking|'m thinking|am considering|'m considering|am torn|am planning|'m planning|can'?t decide|don'?t (?:really |quite |fully )?(know|understand|get))|i'?m torn|should (?:i|we) (?:go|pick|use|choose|start|switch)|should i|how (do|can|should) i)\b/;
// Joints inside one sentence where a second question starts (a semicolon before a question word is one too, unless that
// question asks about what the clause before it told: "the business now wants 'zero data loss'; what does that force").
const JOINTS =
  /\s*(?:;\s*(?=(?:what|whats|how|why|which|when|where|who|is|are|does|do|did|should|can|could|would|will|any)\b)(?!\w+(?: \w+)? (?:that|it|this|they|those|these)\b)|,\s*(?:and\s+)?(?:also|separately)\b|,?\s+and\s+also\b|;\s*also\b|,\s*plus\b|,\s*and\s+(?:(?:realistically|honestly|roughly|generally|practically|then)\s+)?(?=(?:what|how|why|which|when|where|who|is|are|does|do|should|can|could|would|will|any)\b)|\s+\+\s+(?=(?:what|how|why|which|when|where|who|should|do|does|is|are|can)\b)|,\s*and\s+(?=(?:once|if|after|now that|assuming|given)\b[^,?]{0,60}?\b(?:how|what|why|which|should|can|do|does)\b)|\s+and\s+(?=if (?:i|we|you)\b[^,?]{0,60}?\b(?:should|would|could|can|which|what|how)\s+(?:i|we|you)\b)|,\s*and\s+(?=(?:for|on|about|as for|regarding) [^,?]{2,40},\s*(?:what|how|why|which|should|do|does|is|are|can|could|would)\b)|,\s*and\s+(?=(?:for|on|as for|regarding) the [^,?]{2,30}? (?:side|part|bit|front|end) (?:how|what|why|which) (?:do|does|should|can|would|is|are)\b)|\s+and\s+(?=(?:what|how|why|which|when|where|who|should i|can i|do i|is there|are there|is (?:that|it|this) (?:the same|just|basically|different|related|part)|in (?:what|which) (?:order|sequence) (?:should|do|would|can|could|to)\b)\b)|,?\s+and\s+(?=i (?:still )?(?:don'?t|do not) (?:really |quite |fully )?(?:understand|get|know) (?:what|how|why|which|when|where|who)\b)|\s*\b(?:also|secondly|second|third|thirdly|finally|lastly),\s*)/gi;
// The marks of a list's items: "1)", "(b)", "#2", "q3:".
const ITEM_MARKS = String.raw`\(?[1-3a-c][).:]|#[1-3]|(?:q|question) ?[1-3][:.)]`;
const ITEM_MARK = new RegExp(String.raw`^(?:${ITEM_MARKS})\s+`);
const NUMBERED = new RegExp(String.raw`(?:^|\s)(?:${ITEM_MARKS}|\d\/)\s+`, 'gi');
// "unrelated, but what is idempotency?": the announcement of a new topic is not part of the question.
const NEW_TOPIC_LEAD =
  /^(?:(?:totally |completely |kinda |somewhat |slightly )?(?:unrelated(?:-ish)?(?: question| q)?|(?:different|diff|new|another|separate|side|random|other) (?:question|q|topic|thing)|new topic)|switching gears|changing (?:the )?(?:topic|subject)|on another note|off topic)\s*[,:;.-]*\s*(?:but\s+)?/i;
// Also with a word of what the questions are about ("two hiring things:"); one that only says how they are asked
// ("3 dumb questions:") is read as a topic lead-in is (TOPIC_LEAD_IN).
const LEAD_IN =
  /^(?:(?:ok|okay|so|hey|hi|alright)[,!]?\s+)?(?:(?:one|1|a) (?:line|sentence|liner)s? each(?: pls| please| plz)?|one[- ]liners?(?: pls| please| plz)?|(?:quick |two |2 |three |3 )?(?:2|3|two|three)[- ]?part(?:er|s)?|(?:quick |two |2 |three |3 |(?:a )?(?:few|couple(?: of)?) |some )(?:quick |(?!(?:dumb|silly|noob|newbie|basic|random|more)\b)[\p{L}-]{3,15} )?(?:questions|q'?s|things|ones|angles|parts|issues|topics)(?: for you| here| (?:i'?m|i am|im) (?:confused|unsure|unclear|stuck|curious|wondering|puzzled) (?:about|on)| from (?:an? |our |my |the )?[\p{L}' -]{2,30}?| (?:about|on|re|for|after|before|while|since) [\p{L}' -]{2,60}?)?(?: really| then| though| actually| sorry| pls| please| incoming| coming(?: up)?| ahead)?|questions?|(?:last|final|one more|another|bonus)(?: one| thing| q| question)|please|pls|plz)\s*[:-]\s*/iu;
// "kafka qs: is ordering guaranteed ...": questions announced with their topic, which stays as what they are about.
const TOPIC_LEAD_IN = /^([\p{L}\d+#.]{2,20}(?: [\p{L}\d+#.]{2,20})?) (?:questions|qs|q's)(?: incoming| coming(?: up)?| ahead)?\s*[:-]\s*/iu;
// "trying to understand job titles:", "trying to wrap my head around raft:": what the asker works through, before a colon.
const WORKING_THROUGH =
  /^(?:(?:i'?m|im|i am) )?(?:trying to|want to|need to|still trying to) (?:understand|figure out|get my head around|wrap my head around|make sense of|get clear on|sort out)\s+([^:?]{2,60}):\s*/i;
// "ok two qs:", "dumb qs:" name no topic.
const NO_TOPIC_LEAD = /^(?:(?:ok|so|hey|hi|quick|a|few|couple|of|some|two|three|2|3|more|random|dumb|silly|noob|newbie|basic)\b\s*)+$/i;

// "when ES gets slow the buffer keeps growing": a "when" that tells what happens, not one that asks.
const WHEN_ASKS = /^when (should|shall|do|does|did|is|are|was|were|would|could|can|will|to|must|might|exactly)\b/;
// "when the pager goes off at 2am what do i look at first": a case, then what to do in it, asked without a question mark.
const WHEN_THEN_ASKS = /^when\b.{3,80}?\b(?:what|how|which|where|who) (?:do|does|should|can|would|is|are) (?:i|we|you|people|ppl)\b/;

const ASKS_FOR_HELP_AFTER =
  /,\s*(?:so |but )?(?:any (?:known |good |common |standard |obvious |easy |simple )?(?:tricks?|tips?|ideas?|advice|suggestions?|fix(?:es)?|recs?|recommendations?|pointers?)|how (?:do|can|should|would) (?:i|we|you|people|ppl) (?:fix|handle|deal with|solve|prevent|avoid|debug|approach|stop)\b)[^,]*$/;

const TOLD_DID = /^did (a|an|the|my|our|some|two|three|\d+|another|one|my first)\b/;

// "and do i need it if i want cqrs", "oh and would staff mean ...": a sentence may start with the joint that ties it
// to the question before.
// Case-blind: also read off a sentence as written ("Also while we're at it we wrap calls ..., should ...").
const JOINED =
  /^(?:(?:oh|ah|ok|okay)[,!]?\s+)?(?:and|also|plus|but|or|so|and also|btw|by the way)(?:,?\s+(?:more generally|in general|separately|relatedly|then|also|btw|honestly|tbh|ngl|seriously|frankly|lastly|finally|(?:to )?be honest|real talk|while (?:we'?re|i'?m|we are|i am) at it),?)?\s+/i;

// "if we shard, where does consistent hashing come in": a supposition, then the question asked under it.
// Without the comma when a question word and its verb start the question ("if i go SRE what do their interviews look like").
const SUPPOSING_ASK =
  /^(?:if|once|assuming|say|suppose|supposing)\b(?:[^,?]{2,100},\s*(?:what|whats|how|why|which|when|where|who|is|are|do|does|should|can|could|would)\b|[^,?]{2,60}?\s(?:what|how|why|which|where|who) (?:do|does|did|is|are|would|should|will|can)\b)/;

/** A sentence of a few words joined on to the one before ("and separately split brain", "also what about p50"). */
function isJoinedThing(sentence: string): boolean {
  const folded = foldText(sentence).trim();
  const rest = folded.replace(JOINED, '').replace(/^(?:what|how) about\s+/, '');
  return rest !== folded && /^[\p{L}\p{N}][\p{L}\p{N}' +/-]*$/u.test(rest) && rest.split(/\s+/).length <= 4 && !REMARK.test(rest);
}

/** "i mostly work on my VP's priorities and review org plans, which archetype is that even": which kind the told is. */
const ASKS_WHICH_KIND = /,\s*(?:so\s+)?(?:which|what) [\w-]+(?: [\w-]+)? (?:is|would|does) (?:that|this|it|mine)\b/;

function isQuestion(sentence: string, endsWithQuestionMark: boolean): boolean {
  // "also unrelated but what's the point of ...": the question after the word that joins it and the change of subject.
  // "(b) what's a good 30/60/90 for the DSE we just hired": a list's mark is no word of the sentence.
  const folded = foldText(sentence).trim().replace(ITEM_MARK, '').replace(JOINED, '').replace(NEW_TOPIC_LEAD, '');
  // "when consumers can't keep up, is that what people mean by backpressure": a case, then what it is called.
  if (NAME_FOR_IT.test(folded)) return true;
  if (!endsWithQuestionMark && folded.startsWith('when ') && !WHEN_ASKS.test(folded) && !WHEN_THEN_ASKS.test(folded)) return false;
  // "did a senior infra loop today": a "did" with no one doing it tells what the writer did.
  if (!endsWithQuestionMark && TOLD_DID.test(folded)) return false;
  return (
    endsWithQuestionMark ||
    QUESTION_START.test(folded) ||
    // "2pc or saga for checkout, whats an outbox, and why ...": what something is, asked after a comma.
    /,\s*what(?:'s| is|s) an? /.test(folded) ||
    // "also wtf is a hedged request": the question word said rudely.
    /^(?:wtf|wth|tf) (?:is|are|does|do|'s|even is)\b/.test(folded) ||
    // "and out of larson's archetypes which one ends up coding the most": what to choose among, then the question.
    /^(?:out of|of|among|amongst|between|from) (?:the |all |all the |those |these )?(?:[\p{L}'-]+ ){1,4}(?:which|what|who)\b/u.test(
      folded,
    ) ||
    // "bigger picture, what problem is consensus solving": a few words that set the scope, then the question.
    /^(?:[\p{L}']+ ){0,2}[\p{L}']+,\s*(?:what|whats|how|why|which|where|who)\b/u.test(folded) ||
    // "someone in review said our benchmark has 'coordinated omission', what is that": what was told, asked about.
    /,\s*(?:so\s+)?what(?:'s| is|s| does| are| do) (?:that|this|it|they|those|these)(?: even| actually)?(?: mean)?$/.test(folded) ||
    // "my manager keeps saying i need more 'scope', i nod along but what does that word even mean concretely".
    /,\s*(?:[\p{L}' ]{0,30}\s)?(?:but|so|and)\s+what (?:does|do) (?:that|this|it)(?: word| term| phrase)?(?: even| actually| really)? mean(?: concretely| exactly| in practice| here| for me)?$/u.test(
      folded,
    ) ||
    ASKS_WHICH_KIND.test(folded) ||
    // "trying to get my head around raft for an interview, how does the voting part work": what is studied, then the
    // question (the lead splitJoints reads as the question's topic).
    studiedThenAsked(folded) ||
    // "also someone mentioned idempotency keys, how do those work": how the thing told of works.
    /,\s*(?:so\s+)?how (?:do|does|would|could|can) (?:that|this|it|those|these|they) (?:even |actually |really )?work$/.test(folded) ||
    // "our search endpoint fans out to ~40 backends and p99 is awful, any known tricks for that": help asked for what was told.
    ASKS_FOR_HELP_AFTER.test(folded) ||
    WANTS.test(folded) ||
    /\b(vs\.?|versus)\b/.test(folded) ||
    // "also go or java if i want to end up on an infra team": a choice put without a question word.
    /^[\w+#-]+(?: [\w+#-]+)? or [\w+#-]+(?: [\w+#-]+)? (?:if|for|when)\b/.test(folded) ||
    SUPPOSING_ASK.test(folded) ||
    // "we're debating 2pc across the two dbs vs a saga": a choice being argued is asked, without its question mark.
    DEBATING.test(folded) ||
    PUT_TO_CHECK.test(folded) ||
    ASKED_AFTER_COMMA.test(folded)
  );
}

const DEBATING =
  /^(?:(?:so|and|but|currently|right now) )?(?:we'?re|we are|i'?m|i am|the team is|my team is|our team is|we keep) (?:(?:currently|still|kind of|kinda) )?(?:debating|torn between|going back and forth (?:on|between)|arguing (?:about|over))\b.*\b(?:vs\.?|versus|or)\b/;

// "and we run 5 etcd members, how many can die before ...", "also our ciso keeps saying 'zero trust', is that the same
// thing": what is told, then, after the last comma, a question put without its question mark.
// So is "..., can i use that in my promo packet somehow", and "got an SRE offer and a SWE offer, not sure which": which to pick.
const ASKED_AFTER_COMMA =
  /,\s*(?:so |but |and |then )?(?:what(?:'s| is| are| does| do|s) |how (?:many|much|long|often|do|does|would|should|can|is|are) |(?:is|are) (?:that|this|it|they|those|these) |should (?:i|we) |(?:can|could) (?:i|we) |do (?:i|we) (?:need|have to) |which (?:one |of (?:them|the two|these|those) )(?:is|would|should|do|does) |which (?:is|would be|should be) (?:the )?(?:better|best|right|preferred|easier|harder|safer|faster|simpler|cheaper|more|less|worse)\b|which (?:do|does|should|would) (?:i|we|you|they) |not sure (?:which|what to|where to|how to|whether|if)\b)[^,]*$/;

/** ", is that what people mean by X", ", is that called X": the name asked for a case just told. */
const NAME_FOR_IT =
  /,\s*(?:is|isn'?t) (?:that|this|it) (?:what (?:people|they|you|folks|ppl|everyone) (?:mean|call|are talking about)|called)\b/;

// "cassandra is PA/EL under pacelc right, or am i mixing up the letters": a statement put up to be checked.
const PUT_TO_CHECK =
  /\b(?:right|correct)\s*,\s*or am i\b|,\s*or am i (?:wrong|mixing|confusing|missing|misremembering|off)\b|,\s*(?:right|correct)\s*$/;

// ", what causes it": a comma before a question word starts a new question, when what came before was one.
// So do ", then which ..." and ", do they still code": an auxiliary put to someone starts a question too.
// So does one after a word on how it is asked ("..., be honest is sre a dead end", "..., and unrelated but what is a crdt"),
// and one put for a setting of its own (", and for our public api should we go token bucket or leaky bucket").
const COMMA_QUESTION =
  /,\s*(?:(?:and )?then\s+|(?:and\s+)?(?:(?:totally |completely )?unrelated(?: but)?|be honest|honestly|tbh|ngl|seriously|realistically)[,:]?\s+)?(?=(?:what|whats|how|why|which|when|where|who)\b|(?:do|does|should|can|could) (?:they|i|we|you)\b|(?:be honest|honestly|tbh|ngl)[,:]?\s+(?:is|are)\b|(?:and )?(?:for|in|at|on|with) (?:our|my|a|an|the|this|their) [\w-]+(?: [\w-]+){0,2},? (?:should|do|does|can|could|would) (?:i|we|you)\b)/i;
// In a message that says it asks several things ("3 q's: ..."), so does ", do certs like CKA actually matter": an
// auxiliary before a subject of its own.
const COMMA_AUX =
  /,\s*(?=(?:do|does|should|can|could|would|will|are) (?!(?:not|you know|i know|that|this|it|those|these)\b)[\w-]+(?: [\w-]+){0,4} (?:actually |really |even |still )?(?:matter|count|help|work|lead|need|make|exist|scale|hurt|apply)\b)/i;
// So does ", is it just ...": a second question about the same thing ("what does a DSE do all day, is it just backend
// with more yaml"), unless the question before it already asks how two things differ: then "is it just staff++" only
// says what the asker suspects the difference is.
const COMMA_IS_IT = /,\s*(?=(?:is it|is that|isn'?t it|are they)\b)/i;
const COMMA_OR_IS_IT = new RegExp(`${COMMA_QUESTION.source}|${COMMA_IS_IT.source}`, 'i');
const COMMA_QUESTION_OR_AUX = new RegExp(`${COMMA_QUESTION.source}|${COMMA_AUX.source}`, 'i');
const COMMA_OR_IS_IT_OR_AUX = new RegExp(`${COMMA_OR_IS_IT.source}|${COMMA_AUX.source}`, 'i');
// "replication vs sharding whats the diff, where does consistent hashing come in": a comparison asks, whatever its first word.
const VERSUS = /\b(?:vs\.?|versus)\s/;
const OF_THE_TWO =
  /^(?:(?:and|so|but) )?(?:which|who|what(?:'s| is|s)? (?:the |their )?(?:\w+ )?(?:diff\w*|split|deal|point|catch|verdict|trade-?offs?|overlap)|what (?:actually |really )?changes|what(?:'s| is|s) (?:actually |really )?different|how (?:do|does) (?:they|the two|these|those) (?:differ|compare))\b/;
const ASKS_HOW_DIFFERENT = /\b(different|difference|differ\w*|vs|versus|compared?)\b/i;

const STUDYING =
  /^(?:(?:i'?m|i am|been|just) )?(?:trying to|want to|wanna|still trying to) (?:finally |really |properly )?(?:(?:get|wrap) my head (?:a)?round|understand|get|grok|learn|figure out|make sense of) (.{2,60}?)(?: for (?:an?|my|the) (?:interview|exam|test|onsite|class)\b.*)?$|\b(?:stuck on|confused (?:about|by)|lost on|struggling with) (.{2,60})$/;

// "can someone explain 1) ... 2) ...": a request for the list's items, before it.
const ASKS_FOR_THE_LIST =
  /^(?:(?:so |ok |hey )?(?:can|could|would) (?:someone|somebody|anyone|anybody|you|u)(?: pls| please)? )?(?:explain|tell me|help me understand|describe|clarify|break down)(?: (?:to me|for me|pls|please))?[:,]?$/;

// "1. ... 2. ...", "1) ... 2) ...", "q1: ... q2: ...": the markers of a numbered list written on one line.
const LIST_MARKER = /(?<=^|[\s:;,.?!(])(?:\(?([1-9])[).:]|#([1-9])|(?:q|question) ?([1-9])[:.)])(?=\s)/gi;

/**
 * A message cut at the markers of a numbered list, when it holds one (markers 1, 2 and maybe 3, in order): the text
 * before the list, then each item. A marker's "1." would otherwise end a sentence, and the item after it ("next
 * language for infra work, Go or Rust?") would read as options of the question before.
 */
function listItems(body: string): { text: string; item: boolean }[] {
  const markers = [...body.matchAll(LIST_MARKER)];
  const firstItem = markers.findIndex((m) => (m[1] ?? m[2] ?? m[3]) === '1');
  const list = firstItem < 0 ? [] : markers.slice(firstItem).filter((m, i) => Number(m[1] ?? m[2] ?? m[3]) === i + 1);
  const inOrder = list.every((m, i) => i === 0 || m.index > list[i - 1]!.index);
  if (list.length < 2 || !inOrder) return [{ text: body, item: false }];
  // "can someone explain 1) ... and 2) ...": the request before the list asks for its items, no question of its own.
  const before = body.slice(0, list[0]!.index);
  const request = /(?:^|[.!?]\s+)([^.!?]*)$/.exec(before)!;
  const chunks = [
    {
      text: ASKS_FOR_THE_LIST.test(foldText(request[1]!).trim()) ? before.slice(0, before.length - request[1]!.length) : before,
      item: false,
    },
  ];
  // "1) what changes day to day, and 2) is SRE a long-term career": the joint before the next number is not the item's.
  list.forEach((m, i) =>
    chunks.push({
      text: body.slice(m.index + m[0].length, list[i + 1]?.index ?? body.length).replace(/[\s,;]+(?:and|or|plus|also)?\s*$/i, ''),
      item: true,
    }),
  );
  return chunks;
}

/**
 * "the difference between what I do and what an SRE does": an "and" that closes a "between" joins its two sides, it
 * does not start a second question.
 */
function joinBetween(pieces: string[]): string[] {
  const joined: string[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    // "between the two" names both sides already.
    // "calls between our services" names a whole of many, not the first of two sides.
    const open =
      last !== undefined &&
      /\bbetween\b(?![^,;]*\band\b)(?! (?:the (?:two|three)|them|these|those|both|our|my|their|your|all|different|multiple|many)\b)[^,;]*$/i.test(
        last,
      ) &&
      !/\bbetween (?:the )?[\w-]+s[?!.]*$/i.test(last);
    if (open) joined[joined.length - 1] = `${last} and ${piece}`;
    else joined.push(piece);
  }
  return joined;
}

const ASKS_ABOUT_THE_REST =
  /^(?:what|which|wat)(?: (?:tool|tools|library|libraries|lib|libs|framework|frameworks|approach|approaches|option|options|stack|software|product|products|service|services))?(?: (?:should|do|would|can|could) (?:i|we|you|people) (?:use|pick|choose|try|go with))?[?.!]*$|^(?:how|any (?:ideas|tips|advice|suggestions|recs|recommendations))[?.!]*$/;

/** Whether a piece holds a word: two letters in a row, or a name with digits in it ("k8s", "o11y", "s3"). */
const hasWord = (piece: string) => /\p{L}{2,}|\p{L}\d+\p{L}?/u.test(piece);

/** A lead that says what the asker studies, then a question after the comma: "trying to get raft, how does it work". */
function studiedThenAsked(folded: string): boolean {
  const lead = /^([^,]{4,80}),\s*(?:so\s+)?(?:how|what|why|which|where|when) (?:do|does|did|is|are|can|should|would|will)\b/.exec(folded);
  return lead !== null && STUDYING.test(lead[1]!.trim());
}

// A clause that says when, before the question it sets ("once someone joins, what should their first 90 days look
// like?", "when a leader dies, what happens?"): no question of its own. "when is raft used" asks when.
const CLAUSE_OF_TIME = String.raw`(?:once|if|after|before|while|until|as soon as|when(?! (?:is|are|was|were|do|does|did|should|would|could|can|will|to|not)\b))\s[^,?]{2,60}`;
const STARTS_WITH_TIME = new RegExp(`^(?:and |but |so )?${CLAUSE_OF_TIME}$`, 'i');
const ENDS_WITH_TIME = new RegExp(`^(.*\\S),\\s*((?:and |but |so )?${CLAUSE_OF_TIME})$`, 'i');

/**
 * The parts of a sentence split at its commas, with a clause of time kept with the question it sets: before the first
 * part it stays where it is ("when a leader dies, what happens"), as the follow-ups that open so ("and if we down-level
 * them, how do we tell them?") are read; at the end of one part it only says when the next applies ("how should the
 * posting read, and once someone joins, what should their first 90 days look like?"), and its words ("joins", "apply")
 * would pull the next to another topic, so it goes.
 */
function withClauseOfTime(first: string, rest: readonly string[]): [string, string[]] {
  if (rest.length === 0) return [first, []];
  if (STARTS_WITH_TIME.test(first.trim())) {
    const [next, ...others] = rest;
    return [`${first.trim()}, ${next}`, others];
  }
  const trailing = ENDS_WITH_TIME.exec(first);
  if (!trailing) return [first, [...rest]];
  return [trailing[1]!, [...rest]];
}

/** Splits one question sentence where a second question starts ("..., and also ...", "1) ... 2) ..."). */
function splitJoints(sentence: string, announcesSeveral: boolean): string[] {
  const numbered = sentence
    .split(NUMBERED)
    .map((s) => s.trim())
    .filter(Boolean);
  const pieces = numbered.flatMap((piece) =>
    joinBetween(piece.split(JOINTS))
      // A joint's "and" goes; a sentence's own first "and" stays: "and at staff level?" leans on the last answer.
      .map((s, i) => (i === 0 ? s.trim().replace(/^(also|plus)\s+/i, '') : s.trim().replace(/^(and|also|plus)\s+/i, '')))
      .filter(hasWord),
  );
  // "is a masters worth it, do AWS certs matter at all, and what should I build?": a sentence that asks several things
  // by its joints says so as "3 q's:" does.
  const several = announcesSeveral || pieces.length > 1;
  return pieces.flatMap((piece) => {
    // "trying to understand raft, how do the nodes agree on a leader?": the lead-in names what the question is about.
    const lead = /^([^,]{4,80}),\s*(.+)$/.exec(piece);
    const studying = lead ? STUDYING.exec(foldText(lead[1]!).trim()) : null;
    const topic = studying?.[1] ?? studying?.[2];
    // "..., how does it work in short": "it" is the thing studied.
    const standsFor = /\b(?:it|that|this)\b/i;
    if (lead && topic) return [standsFor.test(lead[2]!) ? lead[2]!.replace(standsFor, topic) : `${lead[2]} (${topic})`];
    const differs = ASKS_HOW_DIFFERENT.test(piece.split(COMMA_IS_IT)[0] ?? '');
    const joint = differs ? (several ? COMMA_QUESTION_OR_AUX : COMMA_QUESTION) : several ? COMMA_OR_IS_IT_OR_AUX : COMMA_OR_IS_IT;
    const [whole, ...after] = piece.split(joint);
    const [first, rest] = withClauseOfTime(whole ?? '', after);
    if (rest.length === 0) return [first];
    // "need to hammer our api before launch, what tool?": a question with no topic of its own after the comma asks
    // about what came before it, not a second thing.
    if (rest.every((r) => ASKS_ABOUT_THE_REST.test(foldText(r).trim()))) return [piece];
    // Or after a choice put without a question word, when what follows asks what something is ("2pc or saga for
    // checkout, whats an outbox"): "sre vs swe, who codes more?" asks about the two.
    const afterChoice = /\b(?:or|vs\.?|versus)\b/i.test(first ?? '') && rest.every((r) => NEW_DEFINITION.test(foldText(r).trim()));
    // A comparison asks whatever its first word, and a question after it with a topic of its own is a second one; one that
    // picks between the two or asks what separates them ("sre vs distsys engineer, what's the split?") is the same one.
    const compares = VERSUS.test(foldText(first ?? '')) && rest.every((r) => !OF_THE_TWO.test(foldText(r).trim()));
    return first && rest.length > 0 && (QUESTION_START.test(foldText(first).trim()) || compares || afterChoice)
      ? [first, ...rest]
      : [piece];
  });
}

// The question frame a bare follow-on part borrows ("what is CAP, and also PACELC" → "what is PACELC").
const FRAME = /^(what(?:'s| is| are|s)?|how (?:does|do|is|are)|explain|define|tell me about|eli5)\b/i;

function borrowFrame(part: string, previous: string | undefined): string {
  if (!previous || isQuestion(part, false) || part.split(/\s+/).length > 4) return part;
  const frame = foldText(previous).match(FRAME)?.[0];
  return frame ? `${frame} ${part}` : part;
}

// "where do I even begin, every resource assumes I know half of it already": after the comma, a remark about the
// asker's situation (a subject and its verb), not a second question and not part of this one.
const MET_IT_ASIDE =
  /^(.{3,}?),\s*((?:i |we )?(?:keep|kept) (?:seeing|hearing|reading|running into) (?:it|this|that|the term|about it)\b.*)$/i;
const ASIDE =
  /^(.{12,}?),\s+((?:(?:because|cause|cuz|since) )?(?:every|each|all|most|my|our|it|everything|nothing|everyone|everybody|nobody|people|ppl|folks|someone|somebody|i(?:'m|'ve|'d|m)?|we(?:'re|'ve)?|they(?:'re|'ve)?)(?![\w'])(?:\s+\S+){2,})$/i;

// A bare list of alternatives, no question word of its own: "leetcode, design, or trivia about raft?", "coding + system design?".
// Not options put to a new subject: "and for the payloads, avro or protobuf or just json?".
const OPTIONS =
  /^(?!(?:what|whats|how|why|when|where|which|who|is|are|do|does|did|can|could|should|would|will)\b)(?!(?:as )?for (?:the|our|my|your|a|an) [\w-]+(?: [\w-]+)?,)(?:[^,?]{2,40}(?:, [^,?]{2,40}){0,3},? or [^,?]{2,40}|[^,?+&]{2,30} ?[+&] ?[^,?+&]{2,30})$/;

/** Things the asker saw, a number of them: "saw a bunch of", "been seeing lots of" (read by ABOUT_THEN_ASK and HEARD_OF). */
const SAW_SOME = `(?:i )?(?:saw|see|seeing|been seeing|noticed|spotted|came across|keep seeing) (?:a (?:bunch|lot|ton|few|couple) of |lots of |tons of |so many |many |some )`;
// "we wrap calls in resilience4j, should the retry sit inside the breaker?": what the asker's team uses, then the question.
const WE_USE = `(?:we|i) (?:already )?(?:use|wrap|run|rely on|went with|deploy)`;
const ABOUT_THEN_ASK = new RegExp(
  String.raw`^((?:i'?m|i am|i (?:keep|always|still|often|never|love|like|enjoy|hate|prefer|really like|really love)|${WE_USE}|${SAW_SOME}?|as an?|we'?re|we are|(?:still |fairly |pretty |very )?new (?:to|at|in|on)|(?:a )?(?:few |some |two |2 |couple (?:of )?)?(?:questions?|qs?) from an?|(?:(?:we'?re|i'?m|currently|still) )?hiring for)\b[^,:?]{2,80})[,:]\s*((?:what|whats|what's|how|why|when|where|which|who|is|are|do|does|can|could|should|would|any)\b.*)$`,
  'i',
);

// The thing the asker keeps meeting ("i keep hearing about staff 'archetypes'", "saw a bunch of 'platform engineer'
// postings this week"), and the word a question after it uses for it.
const HEARD_OF = new RegExp(
  `^(?:i (?:keep|kept) (?:hearing|seeing|reading) (?:about |the (?:term|word) )?|${SAW_SOME})(.{3,60}?)(?: (?:job )?(?:postings?|posts|ads|adverts|listings|openings|reqs|roles|jobs))?(?: (?:this week|lately|recently|everywhere|on linkedin|online))*$`,
  'i',
);
const STANDS_FOR_HEARD = /(?<=^(?:what|how|why)\b.*?)\b(?:it|that|this|they|those|these|them)\b/i;

// "coming from vm land i still don't really get what kubernetes does": what the asker does not get is the question.
const DOES_NOT_GET =
  /^(.{0,80}?)\b(?:i|we) (?:still |honestly |really |just )?(?:don'?t|do not) (?:really |quite |fully )?(?:get|understand) ((?:what|how|why|which|when|where|who)\b.{6,})$/i;

/** A sentence that only says how long the asker has worked ("3 yrs", "~4 yoe", "5 years of experience"). */
const ONLY_YEARS =
  /^(?:~|about |around |approx\.? |like |roughly )?\d+\+? ?(?:yrs?|years?|yoe)(?: (?:of )?(?:exp|experience|in|in industry|in the industry))?[.!]?$/;
const NEW_DEFINITION = /^what(?:'s| is|s) an? /;
const ASKS_OF_SOMEONE = /\b(?:should|would|could|can|do|does|will|shall) (?:i|we|you|they)\b|\b(?:i|we|you) (?:need|want|have to)\b/;

const MEANING_ONLY = /^(?:meaning|meaning of (?:that|this|it)|means what|which means what|translation)[?!.\s]*$/;

/**
 * "someone in review said we need circuit breakers around our payment client, what are those": what someone said, with no
 * quote to name it, then what it is, asked of it (a quoted name is asked about as quoted).
 */
const SAID_THEN_WHAT =
  /^((?=[^'"\u2018\u201C]{12,}?,)[^'"\u2018\u201C]*?\b(?:said|says|saying|mentioned|mentions|told|tells|suggested|suggests|recommended|recommends|wants|wanted)\b[^'"\u2018\u201C]*?),\s*(?:so |but |ok )?what(?:'s| is|s| are| r) (?:that|those|these|they|them)(?: even| exactly| actually)?(?: things?)?$/i;
const TOLD_THEN_GIST = /^(.{12,}?),\s*((?:so |but |ok )?(?:what(?:'s| is|s) )?the (?:gist|tl;?dr|short version|basic idea)(?: of it)?)$/i;
const RECOMMEND_FOR_IT =
  /^(?:and |also |so )?(?:any|what|which) (?:good |specific |particular )?(?:frameworks?|tools?|books?|resources?|methods?|techniques?|approaches?|processes?|templates?|recs?|recommendations?)(?: (?:you'?d|you would|people|anyone|ppl|u'?d) (?:recommend|suggest|use))?[?.!]*$/;
const SCENE_THEN_ASK = /^(when [^,?]{3,80}),\s*((?:what|whats|how|why|which|who|where|do|does|is|are|can|should)\b[^,]*)$/i;

// "my title is 'devops/sre engineer', which one am i?", "got two offers, one SRE and one SWE, which would you take": a
// statement that names the choice, then the pick in one sentence.
const TOLD_THEN_PICK =
  /^(.{8,}?),\s*((?:so |but |ok |and )?which (?:one|of (?:them|the two|these|those)|(?:would|should|do|will|could) (?:you|u|i|we) (?:take|pick|choose|go with|go for|accept))\b.*)$/i;

// "writing a toy replicated kv store for fun — raft or paxos?": what the asker is doing, then the choice after a dash.
const TOLD_THEN_OPTIONS =
  /^(.{12,}?)\s+(?:\u2014|\u2013|-{1,2})\s+((?!(?:is|are|was|were|do|does|did|should|can|could|would|will|it|that|this)\b)(?:[\w.+-]+ ){0,2}[\w.+-]+,? or (?:[\w.+-]+ ?){1,3})$/i;

/** "for our public api, token bucket or leaky bucket?": a setting of the asker's own, then the choice asked in it. */
const SETTING_FIRST = /^(for (?:our|my|this|that|their) [^,?]{2,40}),\s*((?:[\w.+/-]+ ){0,3}[\w.+/-]+ or (?:[\w.+/-]+ ?){1,4}\??)$/i;

/** A question and the remark after its comma, or the question alone. */
function splitAside(sentence: string): [string, string | null] {
  // "kafka exactly once, real thing or marketing?": a verdict asked on what comes before the comma, which is its topic.
  const verdict = /^(.{3,}?),\s*([^,]+)$/.exec(sentence.trim());
  // Not when a question comes first ("and what other kinds of distsys jobs are there, like does SRE count as one").
  if (verdict && !QUESTION_START.test(foldText(verdict[1]!).trim().replace(JOINED, '')) && besidesVerdict(verdict[2]!) !== null)
    return [verdict[2]!, verdict[1]!];
  // "backpressure eli5 pls, keep seeing it in our kafka design doc": where the asker met the thing is no part of what is asked.
  const metIt = MET_IT_ASIDE.exec(sentence.trim());
  if (metIt) return [metIt[1]!, metIt[2]!];
  // "for our public api, token bucket or leaky bucket?": whose system it is, said first, is no side of the choice after it.
  const setting = SETTING_FIRST.exec(sentence.trim());
  if (setting) return [setting[2]!, setting[1]!];
  const match = ASIDE.exec(sentence.trim());
  if (!match || !QUESTION_START.test(foldText(match[1]!).trim().replace(JOINED, '')) || QUESTION_START.test(foldText(match[2]!)))
    return [sentence, null];
  return [match[1]!, match[2]!];
}

// What the asker is weighing or looking into, said as a statement ("trying to decide where to put my time").
// After a few words that say who weighs it ("new grad trying to pick").
const WEIGHING =
  /^(?!(?:what|whats|how|why|which|who|when|where|is|are|do|does|should|can|could|would)\b)(?:[\w-]+ ){0,3}?(?:(?:i'?m|i am|just|still|currently|really) )*(?:trying to (?:decide|figure out|work out|choose|pick)|looking (?:to|at|into)|thinking (?:about|of)|weighing|considering)\b/;

// "new grad here, which book ...": who is asking, said before the question in the same sentence.
// Also with no stop before the lead-in of a list, where an emoji stood: "new grad here 👋 three qs: ...".
// "PM here trying to follow the infra team: what's a sidecar ...": who asks and why, up to the colon before the questions.
const WHO_HERE =
  /^([\p{L}\p{N}'+ -]{2,50}?)\s+here(?:\s*[,.:;!-]+\s*|\s+(?=(?:quick |a few |some |a couple of )?(?:2|3|two|three)? ?(?:questions|qs|things)\s*[:-])|\s+(?:trying|just trying|looking|hoping|learning|new) [^:?.!]{2,60}:\s*)/iu;

// "3 things: best book, best free course, and which language": the lead-in announces a list.
// "ok 2 qs:", "3 quick ones while i cram for my onsite:", "two things for our infra hiring:".
const LISTED =
  /^(?:(?:ok|okay|so|hey|hi|alright)[,!]?\s+)?(?:quick )?(?:2|3|two|three) (?:quick )?(?:questions|qs|q's|things|ones)(?: (?:for|after|before|while|about|on|re) [\p{L}' -]{2,40}?)?\s*[:-]\s*/iu;
// "k8s newbie, three things: ...": who asks, without "here", before the list announced (read as LISTED reads it).
const WHO_BEFORE_LIST = new RegExp(
  String.raw`^((?:[\p{L}\p{N}'+-]+ ){0,3}(?:newbie|noob|beginner|student|grad|dev|developer|engineer|eng|sre|manager|lead|pm))\s*[,:;-]\s*(?=${LISTED.source.slice(1)})`,
  'iu',
);

// A clause that tells of the asker's situation ("at my co they look like the same job", "we only have three people").
const REMARK =
  /^(?:(?:at|in|on) (?:my|our) \S+ |my |our |i |i'm |i've |we |we're |they |it |it's |everyone |people |nobody )(?!(?:should|would|could|can|do|does|need|have to)\b)/;

// "linearizable, causal, eventual: what does each of those promise?": the items first, then one question about each.
const LIST_THEN_ASK = /^((?:[\p{L}\p{N}' -]{2,30}, ){1,2}(?:and |or )?[\p{L}\p{N}' -]{2,30}?)\s*(?:[\u2013\u2014:]|\s-\s)\s*(.+)$/u;
// The words that stand for every item of the list, with the kind of thing they are ("each of those consistency levels").
const EACH =
  /\beach(?: one)?(?: of (?:them|those|these|the (?:two|three)))?(?: [\p{L}-]+){0,2}?(?= (?:actually |really |even )?(?:promise|mean|do|does|guarantee|give|cost|need|is|are|work)\b|\?|$)/u;
// "and sharding? do i need both or is one enough": whether the two are both needed sets them side by side too.
const THEY_DIFFER =
  /^(?:so )?(?:how (?:do|does) (?:they|these|those|the (?:two|three)) (?:differ|compare)|how (?:are|is) (?:they|these|those|the (?:two|three)) different|what(?:'s| is|s) the differences?(?: between (?:them|these|those|the (?:two|three)))?|which (?:one )?(?:is )?(?:better|best)|(?:do|would|will) (?:i|we|you) (?:really |actually |even )?need (?:both|the two)|is (?:one|either) (?:of them )?enough)\b/;

/** The parts of "A, B and C: <one question about each>", or null when the message is not that. */
function listThenAsk(text: string): string[] | null {
  const match = LIST_THEN_ASK.exec(text.trim());
  if (!match) return null;
  const items = match[1]!
    .split(/\s*,\s*(?:and |or )?|\s+(?:and|or)\s+/)
    .map((s) => s.trim())
    .filter(hasWord);
  const ask = match[2]!.trim();
  if (items.length < 2 || items.length > MAX_PARTS || items.some((item) => item.split(' ').length > 4)) return null;
  if (THEY_DIFFER.test(foldText(ask))) return [`${items.join(' vs ')}`];
  if (!EACH.test(foldText(ask))) return null;
  return items.map((item) => foldText(ask).replace(EACH, item));
}

/** Reads a cleaned message into its questions and its context sentences. */
export function splitMessage(text: string): MessageParts {
  // "mid level backend engineer here, 3 yrs": who asks, and nothing else, is the whole message (a question of its own kind).
  const saidOnlyWho = WHO_HERE.exec(text) ?? WHO_BEFORE_LIST.exec(text);
  const who = saidOnlyWho && ONLY_YEARS.test(foldText(text.slice(saidOnlyWho[0].length)).trim()) ? null : saidOnlyWho;
  const rest = who ? text.slice(who[0].length) : text;
  const saidWho = (): string[] => (who ? [`${who[1]} here`] : []);
  const each = listThenAsk(rest);
  if (each) return { questions: each, extra: [], context: saidWho() };
  const listed = LISTED.exec(rest);
  if (listed) {
    // "is lakehouse work (iceberg, trino) ...": a comma in brackets lists within an item; so does a question mark ("(freeze
    // deploys? who says so?)" asks within the item before it).
    const items = rest
      .slice(listed[0].length)
      .replace(/\(([^()]{0,120})\)/g, (aside) => aside.replace(/[,?]+/g, ' '))
      .split(/\s*(?:,\s*(?:and\s+)?|;\s*|\?\s*)/)
      // "1) sre vs devops whats the diff 2) is sre a dead end": numbered items with no mark between them.
      .flatMap((s) => s.split(NUMBERED))
      .map((s) => s.trim())
      .filter(hasWord)
      // "..., and if i've never implemented either, which one should i start with": a clause that says when the next item
      // applies is no item of its own, but part of the next.
      .reduce<string[]>((merged, item) => {
        const last = merged.at(-1);
        if (last !== undefined && STARTS_WITH_TIME.test(last)) merged[merged.length - 1] = `${last}, ${item}`;
        else merged.push(item);
        return merged;
      }, [])
      // "two things: we have a new SRE starting next month, what should their ramp up look like? and we're also opening
      // a senior req, how many must-haves should the jd list": what is told before a question is that question's setting.
      .reduce<string[]>((merged, item) => {
        const last = merged.at(-1);
        if (last !== undefined && TELLS_SETTING.test(foldText(last)) && !isQuestion(last, false) && isQuestion(item, false))
          merged[merged.length - 1] = `${last}, ${item}`;
        else merged.push(item);
        return merged;
      }, []);
    // "..., at my co they look like the same job": a remark about the asker's situation after a comma, not an item.
    // Nor is a sentence that ends in a full stop and asks nothing ("... look like? We've never had an SRE before.").
    // Nor what the asker is weighing ("... a dead end? new grad trying to pick"): why they ask.
    const asked = items.filter(
      (item, i) =>
        i === 0 ||
        !(REMARK.test(foldText(item)) || WEIGHING.test(foldText(item).trim()) || (/[.!]$/.test(item) && !isQuestion(item, false))),
    );
    const remarks = items.filter((item) => !asked.includes(item));
    if (asked.length >= 2)
      return {
        questions: asked.slice(0, MAX_PARTS),
        extra: asked.slice(MAX_PARTS),
        context: [...saidWho(), ...remarks],
      };
  }
  // "(raft groups? compaction?? range splits???)": words listed in brackets are an aside, not questions of their own; nor
  // is "(freeze deploys? who says so?)" after a question, which it only spells out.
  const body = rest
    .replace(NEW_TOPIC_LEAD, '')
    .replace(LEAD_IN, '')
    .replace(MENTIONED_THEN_WHAT, '$1. $2')
    .replace(/\(([^()]{0,120})\)(\s*[,;.])?/g, (aside, _inside: string, after: string | undefined) => {
      // Its items stay one aside ("(freeze deploys? who says so?)" is no "who says so" question of its own); a question
      // mark that closed it still ends the question before it ("(backoff? jitter?) and should we add a breaker"), unless
      // punctuation after it does so already.
      const closed = aside.slice(0, aside.length - (after?.length ?? 0));
      const inner = closed.replace(/(?:\s*\?)+\s*\)$/, ')').replace(/(?:\s*\?)+\s*/g, ' / ');
      return after !== undefined ? `${inner}${after}` : /\?\s*\)$/.test(closed) ? `${inner},` : inner;
    });
  const sentences: { text: string; asked: boolean; item: boolean }[] = [];
  for (const chunk of listItems(body)) {
    const first = sentences.length;
    let start = 0;
    for (const match of chunk.text.matchAll(SENTENCE_END)) {
      sentences.push({ text: chunk.text.slice(start, match.index).trim(), asked: match[0].includes('?'), item: false });
      start = match.index + match[0].length;
    }
    sentences.push({ text: chunk.text.slice(start).trim(), asked: false, item: false });
    // An item of a numbered list is asked, however it is put ("2. next language for infra work, Go or Rust"): its last
    // sentence, when no sentence of it is a question already ("1. work will pay for the CKA. worth it?" has one).
    const own = sentences.slice(first).filter((s) => /\p{L}/u.test(s.text));
    if (chunk.item && own.length > 0) {
      own[0]!.item = true;
      if (!own.some((s) => isQuestion(s.text, s.asked))) own.at(-1)!.asked = true;
    }
  }

  // "3 q's:", "two questions.", "couple of things:": the message says it asks several things.
  const announcesSeveral = /\b(?:2|3|two|three|couple(?: of)?|few|some) (?:quick )?(?:questions|qs|q'?s|things)\b/i.test(body);
  const questions: string[] = [];
  // The same questions as the asker wrote them (a borrowed frame and the options of the one before aside).
  const written: string[] = [];
  const context: string[] = saidWho();
  for (const sentence of sentences.filter((s) => /\p{L}/u.test(s.text))) {
    let clean = sentence.text.replace(LEAD_IN, '');
    // "trying to understand job titles: where does an SRE stop ...": what the asker is working through, then the question.
    const working = WORKING_THROUGH.exec(clean);
    if (working && /\p{L}/u.test(clean.slice(working[0].length))) {
      context.push(working[1]!);
      clean = clean.slice(working[0].length);
    }
    const topicLead = TOPIC_LEAD_IN.exec(clean);
    if (topicLead) {
      if (!NO_TOPIC_LEAD.test(topicLead[1]!)) context.push(topicLead[1]!);
      clean = clean.slice(topicLead[0].length);
    }
    // "I'm an engineering manager, what is raft?": who asks, then the question, in one sentence.
    // (After the word that joins it to the sentence before: "And I keep hearing about X, what is that".)
    const aboutThenAsk = ABOUT_THEN_ASK.exec(clean.replace(JOINED, ''));
    if (aboutThenAsk) {
      // "2. i keep hearing about staff 'archetypes', what are they": what "they" are is the thing heard of, which the
      // question keeps when the message asks other things too (their context is shared).
      const heard = HEARD_OF.exec(aboutThenAsk[1]!.trim())?.[1];
      // "i'm a java dev thinking about moving into sre, how does one do that": how to make the move told.
      const move = moveWeighed(aboutThenAsk[1]!);
      if (heard && STANDS_FOR_HEARD.test(aboutThenAsk[2]!)) {
        clean = aboutThenAsk[2]!.replace(STANDS_FOR_HEARD, heard);
      } else if (move && DOES_IT.test(aboutThenAsk[2]!.trim())) {
        context.push(aboutThenAsk[1]!);
        clean = move;
      } else {
        context.push(aboutThenAsk[1]!);
        clean = aboutThenAsk[2]!;
      }
    }
    // Not after what someone said ("Half of HN says 'just use CRDTs' but I don't get how ..."): that names the topic.
    const doesNotGet = DOES_NOT_GET.exec(clean);
    if (doesNotGet && !/['"\u2018\u201C]|\bbut\s*$/i.test(doesNotGet[1]!)) {
      if (/\p{L}/u.test(doesNotGet[1]!)) context.push(doesNotGet[1]!.trim());
      clean = doesNotGet[2]!;
    }
    // "when a raft leader crashes, how does the cluster end up with a new one?": a "when" that tells when sets the scene
    // of the question after the comma; it is no question of its own.
    const scene = SCENE_THEN_ASK.exec(clean);
    if (scene && !WHEN_ASKS.test(foldText(scene[1]!))) {
      context.push(scene[1]!);
      clean = scene[2]!;
    }
    // "prof mentioned the two generals thing in lecture and I zoned out, what's the gist": what was told is what the gist
    // is asked of.
    const gist = TOLD_THEN_GIST.exec(clean) ?? SAID_THEN_WHAT.exec(clean);
    if (gist && !isQuestion(gist[1]!, false)) {
      context.push(gist[1]!);
      clean = 'what is that';
    }
    // "people keep saying 'make it idempotent'. meaning?": the one word asks what the sentence before it means.
    if (MEANING_ONLY.test(foldText(clean).trim())) clean = 'what does that mean';
    const toldThenPick = TOLD_THEN_PICK.exec(clean) ?? TOLD_THEN_OPTIONS.exec(clean);
    if (toldThenPick && !isQuestion(toldThenPick[1]!, false)) {
      context.push(toldThenPick[1]!);
      clean = toldThenPick[2]!;
    }
    // "... or is it oversaturated? trying to decide where to put my next two years": without its question mark, in a
    // message that puts one on its questions, a sentence of what the asker is weighing tells why they ask.
    const weighing = !sentence.asked && !sentence.item && WEIGHING.test(foldText(clean).trim()) && sentences.some((s) => s.asked);
    // "can someone explain chaos monkey? and separately split brain": a bare thing joined on after a question asks the same of it.
    // "Is there a faster way to reach agreement ...? Any frameworks you'd recommend?": a request for something generic
    // after a question asks it of that question, not of its own.
    // "what does a dse actually do all day? like vs a normal backend dev": the other side of the question before.
    if (questions.length > 0 && VERSUS_THE_LAST.test(foldText(clean).trim())) {
      questions.push(`${questions.pop()!} ${clean}`);
      written.push(`${written.pop()!} ${clean}`);
      continue;
    }
    if (questions.length > 0 && RECOMMEND_FOR_IT.test(foldText(clean).trim())) {
      questions.push(`${questions.pop()!} ${clean}`);
      written.push(`${written.pop()!} ${clean}`);
      continue;
    }
    // "need a sanity check." before the post: asks for a check of what follows, nothing of its own.
    if (ONLY_ASKS_A_CHECK.test(foldText(clean).trim())) continue;
    const joinedThing = questions.length > 0 && isJoinedThing(clean);
    if (
      !weighing &&
      (isQuestion(clean, sentence.asked) || joinedThing) &&
      // Told of the asker, it asks which kind their work is ("i mostly ..., which archetype is that"), as a question.
      !(
        isAboutAsker(clean) &&
        !sentence.asked &&
        !WANTS.test(foldText(clean)) &&
        !ASKS_WHICH_KIND.test(foldText(clean)) &&
        !DEBATING.test(foldText(clean).trim())
      )
    ) {
      const [asked, aside] = splitAside(clean);
      if (aside) context.push(aside);
      for (const piece of splitJoints(asked, announcesSeveral)) {
        // "what do entry-level interviews test? leetcode, design, or trivia?": the options of the question before.
        // Not when it starts by telling of the asker's situation ("our postgres box is pinned at 90% cpu, bigger
        // instance or shard?"): that is a question of its own, with its reason before it.
        const bare = foldText(piece).trim().replace(JOINED, '');
        // Nor one that asks of someone ("for my project should I learn raft or paxos first", "for gRPC traffic we need
        // L4 or L7?"): the options are its own.
        // So is a thing added to the question before ("which errors should a client retry on? 4xx too?").
        // Nor a choice joined on as a question of its own ("oh and go or rust if im picking up a server language").
        const joinedChoice = JOINED.test(foldText(piece).trim()) && !ADDED_TO_IT.test(bare);
        if (
          questions.length > 0 &&
          !sentence.item &&
          !joinedChoice &&
          (OPTIONS.test(bare) || ADDED_TO_IT.test(bare)) &&
          !REMARK.test(bare) &&
          !ASKS_OF_SOMEONE.test(bare) &&
          !PUT_TO_CHECK.test(bare)
        ) {
          questions.push(`${questions.pop()!} ${piece}`);
          written.push(`${written.pop()!} ${piece}`);
        } else {
          questions.push(borrowFrame(piece, questions.at(-1)));
          written.push(piece);
        }
      }
    } else {
      context.push(clean);
    }
  }
  // Only statements: the whole message is the question ("looking to move from backend into infra").
  // Who asks, said before it ("staff eng here, i havent merged anything in months. normal, or am i doing the job wrong"),
  // is still who asks.
  // A sentence among them that says who the asker is ("pm asked me what an error budget is ... im the new sre and want to
  // explain it right") is context, and the rest is the question; not one that tells what happened to them ("we had an outage").
  if (questions.length === 0) {
    const told = sentences.filter((s) => /\p{L}/u.test(s.text));
    const aboutAsker = told.filter(
      (s) =>
        ONLY_YEARS.test(foldText(s.text).trim()) ||
        (isAboutAsker(s.text) && !WANTS.test(foldText(s.text)) && Object.values(readAsker([s.text])).some(Boolean)),
    );
    if (aboutAsker.length > 0 && aboutAsker.length < told.length)
      return {
        questions: [
          told
            .filter((s) => !aboutAsker.includes(s))
            .map((s) => s.text)
            .join('. '),
        ],
        extra: [],
        context: [...saidWho(), ...aboutAsker.map((s) => s.text)],
      };
    const whole = body.replace(/\s+/g, ' ').trim();
    const metIt = MET_IT_ASIDE.exec(whole);
    if (metIt) return { questions: [metIt[1]!.trim()], extra: [], context: [...saidWho(), metIt[2]!] };
    return { questions: [whole], extra: [], context: saidWho() };
  }
  const announced = toldThingsAsked(questions, context, text);
  if (announced) return announced;
  const asOne = askedAsOne(questions, context);
  if (asOne) return asOne;
  // What is left for a second message is quoted back as the asker wrote it, not with a frame borrowed for searching.
  return { questions: questions.slice(0, MAX_PARTS), extra: written.slice(MAX_PARTS), context };
}

// "Two things keep coming up", "Two Kafka puzzles from this week": a sentence that says how many things follow.
const ANNOUNCES_THINGS =
  /^(?:(?:so |ok |okay )?(?:i have |i've got |ive got |got |we have |we've got )?)?(two|2|three|3) (?:[\w-]+ ){0,2}(?:things|questions|qs|puzzles|problems|issues|mysteries|topics|doubts)\b/i;
const THINGS_COUNT: Readonly<Record<string, number>> = { two: 2, '2': 2, three: 3, '3': 3 };
/** "First, ...", "And separately, ...": which of the things announced a sentence is, said before it. */
const THING_MARK =
  /^(?:(?:and|also|but) )?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|separately|also|then|next|finally|lastly|the other(?: one)?)\b,?\s*/i;

/**
 * "Two Kafka puzzles from this week. We scaled our consumers from 8 to 20 pods and it did nothing. And separately, we turned
 * on exactly-once but still see duplicates. What are we misunderstanding?": the things announced are told, not asked, and
 * the one question after them asks it of each. Each is a part; the question goes with the last, which it follows. Only where
 * the sentences after the announcement are as many as it says, and the question ends the message.
 */
function toldThingsAsked(questions: readonly string[], context: readonly string[], text: string): MessageParts | null {
  if (questions.length !== 1) return null;
  const at = context.findIndex((sentence) => ANNOUNCES_THINGS.test(sentence.trim()));
  if (at < 0) return null;
  const count = THINGS_COUNT[ANNOUNCES_THINGS.exec(context[at]!.trim())![1]!.toLowerCase()]!;
  const told = context.slice(at + 1);
  const question = questions[0]!;
  const last = told.at(-1);
  if (told.length !== count || !last || text.lastIndexOf(question) < text.lastIndexOf(last)) return null;
  // A question told inside one ("I can't articulate what a principal does that I don't") is what it asks.
  const unmarked = told.map((sentence) => embeddedQuestion(sentence) ?? sentence.replace(THING_MARK, ''));
  return { questions: [...unmarked.slice(0, -1), `${unmarked.at(-1)!}. ${question}`], extra: [], context: context.slice(0, at) };
}

/** A sentence that only asks for a check of the rest: "need a sanity check", "quick sanity check pls". */
const ONLY_ASKS_A_CHECK =
  /^(?:i |we )?(?:need|want|could use|would love)?\s*(?:an? )?(?:quick |small )?(?:sanity|gut|reality) check(?: (?:pls|please|here|on this|on something))?[?!.]*$/;

/** A clause that tells what is going on for the asker ("we have a new SRE starting", "and we're also opening a req"). */
const TELLS_SETTING = /^(?:and |also |plus |but )*(?:we|we'?re|we are|we have|we've|i|i'?m|i am|i have|i've|our|my)\b/;
/** A sentence that only names the other side of the question before: "like vs a normal backend dev", "compared to sre?". */
const VERSUS_THE_LAST =
  /^(?:like |and |but |or |as in |i mean )?(?:vs\.?|versus|compared (?:to|with)|as opposed to) (?:an? |the )?[\w-]+(?: [\w-]+){0,3}[?!.]*$/;
// A thing added to the question before it, in a few words ("4xx too?", "and timeouts as well?").
const ADDED_TO_IT = /^(?:and |or |even |also )?(?:the )?[\p{L}\p{N}][\p{L}\p{N}'+/.-]*(?: [\p{L}\p{N}'+/.-]+)? (?:too|as well)[?!.]*$/u;
// A thing named alone, asked with a question mark ("raft?", "consistent hashing?").
const BARE_NAME =
  /^(?!(?:what|whats|how|why|when|where|which|who|is|are|do|does|can|should|and|or|but)\b)[\p{L}\p{N}][\p{L}\p{N}' +/.-]*$/u;
const isBareName = (question: string) => BARE_NAME.test(foldText(question).trim()) && question.trim().split(/\s+/).length <= 3;
// What the right way is, after the asker's guesses: "what's the actual pattern", "or what's the proper fix here".
const THE_RIGHT_WAY =
  /^(?:or |so |but )?(?:what'?s|whats|what is|what are) (?:the )?(?:actual|real|right|proper|correct|usual|standard|best|normal) (?:pattern|fix|answer|way|approach|solution|move)s?\b(?: here| for this| for that)?[?!.]*$/;
// A question about every thing named before it: "what order do ppl learn this stuff in", "which one first".
const ABOUT_ALL_OF_THEM =
  /\b(?:(?:this|that|all this|all that|the) stuff|all (?:of )?(?:this|these|them|those)|these|those|them|(?:what|which) order|which (?:one )?first)\b/;
// Whether what was told is true: "is it?", "true?", "is that right?", "fair or lazy?", "what's wrong with what i wrote?".
const ECHOES_CLAIM =
  /^(?:but |so |ok |and |honestly |tbh )?(?:is (?:it|that|this|he|she)(?: (?:even|actually|really))?(?: (?:true|right|correct|so|real|accurate|legit|possible|fair|a (?:real )?thing))?|(?:is that )?(?:true|right|correct|accurate|legit|fair)(?: (?:summary|take|point|assessment|statement|claim))?(?:,? or (?:not|nah|no|lazy|false|wrong|unfair|bs|myth|a myth|overblown|exaggerated|what|(?:(?:is it|it'?s|just|mostly|pure|all|only) )*(?:[\w-]+ )?(?:hype|marketing|nonsense)|is there (?:an? |any )?(?:actual |real )?difference|(?:are|is) (?:they|it) (?:actually |really )?different))?|really|is that a thing|are they right|(?:do you |would you |u )?agree|thoughts|valid(?: point)?|(?:is|are) (?:he|she|they) (?:right|wrong)(?: or not)?|(?:do|does) (?:he|she|they) have a point|what'?s wrong with (?:that|this|it|what (?:i|he|she|they) (?:wrote|said))(?: answer)?|what was wrong with (?:that|this|it|what i (?:wrote|said))(?: answer)?|is there (?:ever )?a good reason(?: for it| to use it)?(?: or (?:is (?:he|she|they) right|not))?)[?!.]*$/;

// How a claim told in the message is asked about: named, tested or judged. Its pronouns ("their db") are the speaker's.
const CLAIM_FRAMES = {
  named: 'what is it called when ',
  tested: 'how do we test the claim: ',
  judged: 'true or not: ',
  explained: 'what does it mean that ',
} as const;
/** Whether a question was made from a claim told in its own message, which it is about, not the last answer. */
export const asksOfAClaimTold = (question: string) => Object.values(CLAIM_FRAMES).some((frame) => question.startsWith(frame));

// "how would we verify that claim ourselves?": how to test whether what was claimed holds.
const TESTS_CLAIM =
  /\b(?:verify|check|test|prove|disprove|confirm|validate)\b(?: [\w']+){0,3}? (?:that|this|the|their|such an?|those|these) (?:claims?|promises?|guarantees?)\b/;

// "can someone explain what they mean in non-engineer words?": what the claim told says, asked to be explained.
const EXPLAINS_CLAIM =
  /^(?:so |ok |and )?(?:(?:can|could) (?:someone|anyone|you|u) )?(?:(?:explain|translate|unpack) )?what (?:do |does |is |are )?(?:they|he|she) (?:actually |really )?(?:mean|means|saying)\b/;

// "is there a name for that, or is he just being dramatic": the name of what was told, asked for.
const WHATS_IT_CALLED =
  /^(?:so |ok |and )?(?:what(?:'s| is|s) (?:that|this|it) (?:\w+ )?called|what do (?:you|people|ppl|we|they) call (?:that|this|it))\b/;
const NAME_FOR_IT_ASKED = /^(?:so |ok |and )?is there (?:a|an actual|a real|an official) (?:name|term|word) for (?:that|this|it)\b/;

// Who said the claim quoted: "my EM says", "teammate insists", "for writing". What stands between it and the quote is the
// claim's own subject ("my EM says CQRS is 'two databases for no reason'").
// The verbs that tell a claim as someone's ("my lead says", "teammate insists"), told with or without quotes.
const SAID = `says?|said|insists?|insisted|claims?|claimed|keeps? saying|told (?:me|us)|argues?|argued|swears?`;
const ATTRIBUTION = new RegExp(String.raw`\b(?:${SAID}|say|saying|wrote|writing|thinks?)\b:?\s+(?:that\s+)?`, 'gi');
// In double quotes, an apostrophe is part of the claim ("it's broken for a few seconds"); in single quotes, one that
// makes a contraction ('P isn't optional').
const QUOTED =
  /(?:^|\s)(?:["\u201C]([^"\u201C\u201D]{4,120})["\u201D]|['\u2018]((?:[^'"\u2018\u2019]|['\u2019](?=(?:s|t|re|ve|ll|d|m)\b)){4,120})['\u2019])(?=[\s.,!?;:]|$)/;

// A claim told without quotes, after who said it: "my lead says traces make logs pointless now".
const TOLD_CLAIM = new RegExp(
  String.raw`^(?:(?:my|our|a|the|one|some|this)\s+)?[\w-]+(?:\s+[\w-]+){0,6}?\s+(?:${SAID})\s+(?:that\s+)?([^"'\u201C\u2018]{10,160}?)[.!\s]*$`,
  'i',
);

const CAREER_CLAIM =
  /\b(?:mov(?:e|es|ing)|switch\w*|career|jobs?|roles?|titles?|promo\w*|step (?:down|back|up)|demotion|dead[- ]end|worth it|levels?|hir\w+|interview\w*)\b/i;

/**
 * The claim a sentence quotes, with its subject when the quote leaves it out, or tells without quotes after who said it;
 * "=" read as "means" ("CAP = pick 2 of 3").
 */
function quotedClaim(sentence: string): string | undefined {
  // One word in quotes ("so Paxos is the 'safer' choice") is a word held at arm's length, not what was claimed.
  const quoted = QUOTED.exec(sentence);
  const quote = quoted && /\s/.test((quoted[1] ?? quoted[2]!).trim()) ? quoted : null;
  // Not a claim about a career ("my lead says moving to sre is a step down"): the post around it is that career question.
  const told = quote ? undefined : TOLD_CLAIM.exec(sentence.trim().replace(/['"\u2018\u201C]([\p{L}-]+)['"\u2019\u201D]/gu, '$1'))?.[1];
  if (told && CAREER_CLAIM.test(told)) return undefined;
  if (!quote && !told) return undefined;
  const said = quote ? (quote[1] ?? quote[2]!) : told!;
  const before = quote ? sentence.slice(0, quote.index + quote[0].indexOf(said) - 1) : '';
  const verb = [...before.matchAll(ATTRIBUTION)].at(-1);
  const subject = verb ? before.slice(verb.index + verb[0].length).trim() : '';
  const claim = subject !== '' && subject.split(/\s+/).length <= 4 ? `${subject} ${said}` : said;
  // "vector clocks are overkill, lamport timestamps do the same job": the two set side by side.
  const sameJob =
    /^(.+?) (?:is|are) (?:\w+ )?(?:overkill|overrated|unnecessary|pointless|useless|a waste(?: of \w+)?)[,;:]? (?:just use )?(.+?) (?:does|do|can do|will do) the same (?:job|thing|work)\b/i.exec(
      claim,
    );
  if (sameJob) return `${sameJob[1]} vs ${sameJob[2]}?`;
  // "raft is just paxos with a leader bolted on" asks what "is raft just paxos ...?" asks: how the two differ.
  const justAnother = /^((?:\S+ ){0,4}?\S+) (is|are) ((?:basically |really |simply )?just .+)$/i.exec(claim);
  if (justAnother) return `${justAnother[2]} ${justAnother[1]} ${justAnother[3]}?`;
  // "dse = devops w/ fancier words": one thing said to be another renamed, which is how the two differ.
  const renamed =
    /^(.+?)\s*(?:=|is|are|means)\s*(?:basically |really |just |simply )?(.+?) (?:with|w\/) (?:a )?(?:fancier|new|different|better|nicer|shinier) (?:words|name|title|label|branding)\b/i.exec(
      claim,
    );
  if (renamed) return `${renamed[1]} vs ${renamed[2]}?`;
  return claim.replace(/\s*=\s*/g, ' means ');
}

const ASKS_CONSEQUENCE =
  /\b(?:what (?:actually |really )?changes|what would change|what (?:does|would) (?:it|that|this) (?:actually |really )?(?:change|mean|look like)|concretely|in practice|how (?:does|would) (?:it|that|this) (?:affect|change))\b/;
const SAYS_A_TERM =
  /\b(?:say|says|said|saying|hear|hears|heard|hearing|mention\w*|push\w*|talk\w* about|bring\w* up|brought up|throw\w* around)\b/i;
// A term named without quotes at a sentence's end, after what names it: "every job posting mentions k8s".
const MENTIONS_A_TERM =
  /\b(?:mentions?|mentioned|mentioning|lists?|listed|asks? for|requires?|keeps? saying|keep hearing|keeps? bringing up)\s+((?:[\w.+#-]+\s?){1,3})[.!]*$/i;
// "what is it", "what's that actually doing", "what are they for": the thing asked about is a pronoun, which the term said
// before stands for.
const WHAT_IS_IT = /^(?:so |ok |and )?what(?:'s| is| does| do|s) (it|that|this)\b|^(?:so |ok |and )?what (?:are|do) (they|those|these)\b/i;

const THAT_MEANS = /\bwhat (?:does|do) ((?:that|this|it)(?: word| term| phrase)?) (?:actually |really |even )?mean\b/i;

// "etcd docs keep mentioning leases, what are they for": the term named, then a comma and what it is, two sentences (so
// "they" is read as the term, as after a full stop).
const MENTIONED_THEN_WHAT =
  /(\b(?:mentions?|mentioned|mentioning|keeps? saying|keep hearing|keeps? bringing up)\s+(?:[\w.+#-]+\s?){1,3}),\s*(what(?:'s| is| are| do| does|s) (?:it|that|this|they|those|these)\b)/gi;

/** A term of a few words quoted after someone says it: "security keeps saying 'zero trust'". */
function saidTerm(sentence: string): string | undefined {
  const quote = QUOTED.exec(sentence);
  const said = quote?.[1] ?? quote?.[2];
  if (!quote || !said || said.split(/\s+/).length > 4) return undefined;
  return SAYS_A_TERM.test(sentence.slice(0, quote.index)) ? said : undefined;
}

/** The message read as one question, where its pieces only make sense together; null when they are separate questions. */
function askedAsOne(questions: readonly string[], context: string[]): MessageParts | null {
  // "... the queue grows until k8s OOMKills the pod. bigger buffer? more pods? what's the actual pattern": the asker's own
  // guesses, then what the right way is; the guesses are part of the story, not questions of their own.
  const guesses = questions.slice(0, -1);
  if (
    guesses.length >= 1 &&
    context.length > 0 &&
    THE_RIGHT_WAY.test(foldText(questions.at(-1)!).trim()) &&
    guesses.every((guess) => guess.trim().split(/\s+/).length <= 3)
  ) {
    return { questions: [questions.at(-1)!], extra: [], context: [...context, guesses.join(', ')] };
  }
  // "what does one actually do day to day? design docs? coding? pager?": the asker's guesses at the answer, a word or two each
  // after a question that asks no definition, are said around it, not questions of their own; "what is raft? paxos? zab?"
  // asks each what it is.
  const guessed = questions.slice(1).map((q) => q.replace(FRAME, '').trim());
  if (
    questions.length >= 3 &&
    !NEW_DEFINITION.test(foldText(questions[0]!).trim()) &&
    !/^(?:what(?:'s| is| are|s)|how (?:does|do|is|are))\b/.test(foldText(questions[0]!).trim()) &&
    questions[0]!.trim().split(/\s+/).length >= 4 &&
    QUESTION_START.test(foldText(questions[0]!).trim()) &&
    guessed.every((q) => q.split(/\s+/).length <= 2 && isBareName(q))
  )
    return { questions: [questions[0]!], extra: [], context: [...context, guessed.join(', ')] };
  // "raft? cap? kubernetes? ddia? what order do ppl learn this stuff in": bare names, then one question about all of them.
  const names = questions.slice(0, -1);
  if (names.length >= 2 && ABOUT_ALL_OF_THEM.test(foldText(questions.at(-1)!)) && names.every(isBareName))
    return { questions: [`${names.join(', ')}: ${questions.at(-1)!}`], extra: [], context };
  // "and vector clocks? how are they different, which do i use": a thing joined on, then how "they" differ, is that thing
  // set against what came before (the last answer's topic, in a conversation).
  if (questions.length === 2 && isJoinedThing(questions[0]!) && THEY_DIFFER.test(foldText(questions[1]!).trim()))
    return { questions: [`vs ${foldText(questions[0]!).trim().replace(JOINED, '')}`], extra: [], context };
  // "someone in standup said 'exactly once is a lie'. is it?": a bare "is it?" asks whether the claim quoted is true (a claim
  // told without quotes leans on the rest of the post, read with it as before). The last two sentences that quote one: "got
  // marked down for writing 'CAP = pick any 2 of 3'. prof wrote 'P isn't optional'. what's wrong with what i wrote?".
  // "... 'the health check is green but the service is sick'. is there a name for that?": what the claim describes, named.
  const namesIt = questions.length === 1 && NAME_FOR_IT_ASKED.test(foldText(questions[0]!).trim());
  // "vendor swears their db is 'strongly consistent'. how would we verify that claim ourselves?": how to test what was claimed.
  const testsIt = questions.length === 1 && TESTS_CLAIM.test(foldText(questions[0]!).trim());
  const explainsIt = questions.length === 1 && EXPLAINS_CLAIM.test(foldText(questions[0]!).trim());
  const echoes = questions.length === 1 && (namesIt || testsIt || explainsIt || ECHOES_CLAIM.test(foldText(questions[0]!).trim()));
  // "someone proposed storing every change as an immutable log of events. what's that pattern called?": the name of what
  // the sentence before it describes, which a claim in quotes (read below) does not need.
  const called = questions.length <= 2 && context.length > 0 && WHATS_IT_CALLED.test(foldText(questions[0]!).trim());
  if (called && !context.some((sentence) => QUOTED.test(sentence))) {
    // Who proposed it is not what it is called ("someone proposed ...", "our architect wants us to ...").
    const described = context
      .at(-1)!
      .replace(/[.!\s]+$/, '')
      .replace(
        /^(?:(?:someone|somebody|(?:my|our|a|the) [\w-]+)\s+)?(?:proposed|suggested|suggests|wants(?: us)? to|is pushing(?: for)?|keeps suggesting)\s+(?:that\s+)?(?:we\s+)?/i,
        '',
      );
    return { questions: [`${CLAIM_FRAMES.named}${described}`, ...questions.slice(1)], extra: [], context: context.slice(0, -1) };
  }
  // Each sentence's claim read once: [where it stands, what it claims].
  const quoting = echoes
    ? context
        .flatMap((sentence, at) => {
          const claim = quotedClaim(sentence);
          return claim === undefined ? [] : [[at, claim] as const];
        })
        .slice(-2)
    : [];
  if (quoting.length > 0 && quoting.at(-1)![0] === context.length - 1) {
    const claims = quoting.map(([, claim]) => claim);
    const asked = namesIt
      ? `${CLAIM_FRAMES.named}${claims.join('. ')}`
      : testsIt
        ? `${CLAIM_FRAMES.tested}${claims.join('. ')}`
        : explainsIt
          ? `${CLAIM_FRAMES.explained}${claims.join('. ')}`
          : claims.length === 1 && claims[0]!.endsWith('?')
            ? claims[0]!
            : `${CLAIM_FRAMES.judged}${claims.join('. ')}`;
    // A sentence that tells a claim without quotes stays as context too ("my lead says traces make logs pointless now"):
    // with no quotes to mark where the claim starts, its other words are read around it.
    const told = (sentence: string, at: number) => quoting.some(([quoted]) => quoted === at) && QUOTED.test(sentence);
    return { questions: [asked], extra: [], context: context.filter((sentence, at) => !told(sentence, at)) };
  }
  // "security keeps saying 'zero trust' in every planning meeting. concretely, what changes for our service calls?": the
  // term someone keeps saying is what the question asks the consequences of.
  const asksConsequence = questions.length === 1 && ASKS_CONSEQUENCE.test(foldText(questions[0]!));
  const term = asksConsequence ? context.flatMap((sentence) => saidTerm(sentence) ?? []).at(-1) : undefined;
  // "eng says it's 'replica lag'. what does that actually mean and is it fixable?": what "that" means is the term.
  if (term && THAT_MEANS.test(questions[0]!)) {
    return { questions: [questions[0]!.replace(THAT_MEANS, (words, that: string) => words.replace(that, term))], extra: [], context };
  }
  // "keep hearing 'just use a saga' in design reviews. what is it?", "every job posting mentions k8s. what is it actually
  // doing for people?": "it" is the term said.
  const itAsked = questions.length === 1 && !term ? WHAT_IS_IT.exec(questions[0]!) : null;
  const named = itAsked
    ? context.flatMap((sentence) => saidTerm(sentence) ?? MENTIONS_A_TERM.exec(sentence.trim())?.[1]?.trim() ?? []).at(-1)
    : undefined;
  if (itAsked && named) {
    const asked = questions[0]!.replace(WHAT_IS_IT, (words, it?: string, they?: string) =>
      words.replace(new RegExp(`\\b${it ?? they}\\b`), named),
    );
    return { questions: [asked], extra: [], context };
  }
  // A question with "that" of its own ("what does that even look like in practice?") is read for what it stands for later.
  if (term && !foldText(questions[0]!).includes(foldText(term)) && !/\b(?:that|this|it)\b/i.test(questions[0]!)) {
    return { questions: [`${questions[0]!.replace(/[?.!\s]+$/, '')} with ${term}`], extra: [], context };
  }
  // "curious what staff engineers fill their calendars with. meetings? docs?": bare names after a question told as a
  // statement are its options.
  const told = context.at(-1);
  const toldQuestion = told !== undefined && questions.every(isBareName) ? embeddedQuestion(told) : null;
  if (toldQuestion) return { questions: [`${toldQuestion}: ${questions.join(', ')}?`], extra: [], context: context.slice(0, -1) };
  return null;
}

// "I have to figure out how services will find each other", "started wondering how they let several people edit at
// once": a question told inside a statement, which a vague question after it ("what are the usual approaches for
// this?") asks about.
const EMBEDDED =
  /\b(?:figure out|work out|find out|wondering|wonder|curious(?: about)?|understand|decide|learn|know|articulate|put into words|asked to (?:figure out|decide|design|build))\s+((?:how|why|what|whether|which|when|where)\b.{8,})$/i;

// "I've been asked to write our org's first engineering standards": a task told is a how-to question ("any guidance on
// format?" after it asks how to write them).
const TASK =
  /(?:\b(?:asked to|tasked with|in charge of|(?:i|we) (?:have|need|got|want) to|wants? (?:us|me) to|asked (?:us|me) to)|^(?:i'?m|i am|we'?re|we are)?(?: currently| now)?)\s*(rewriting|rewrite|writing|write|designing|design|building|build|setting up|set up|creating|create|drafting|draft|planning|plan|defining|define|running|run|leading|lead|introducing|introduce|rolling out|roll out)\s+(.{8,})$/i;

/** A task done for its own sake: "for fun", "on the side", "as a side project". */
const FOR_FUN =
  /\b(?:for fun|on the side|as a (?:side|hobby|toy|pet|weekend|learning) project|in my (?:spare|free) time|for practice|to learn)\b/i;

// "want to get better at perf work as a senior": a goal told is how to reach it ("where do I start?" after it asks that).
const GOAL =
  /(?:^|\b(?:i|we)(?:'d| would)?\s+)(?:want|need|trying|hoping|looking|like|love)\s+to\s+(get better at|improve (?:at|my)|level up (?:at|in|my)|become good at)\s+(.{6,})$/i;
// "would like to make principal at some point": a level aimed for is how to reach it ("what should i be doing now?"). Only
// the wish alone: "i want to get to staff here but every promo story is about scale" tells what stands in the way.
const LEVEL_GOAL =
  /(?:^|\b(?:i|i'd|i'm|im)\s+)(?:(?:would|'d)\s+)?(?:want|wanna|like|love|hoping|hope|trying|aiming|aim|plan(?:ning)?)\s+(?:to\s+)?(?:reach|make|get to|get promoted to|be promoted to|make it to|hit)\s+(senior|staff|principal)(?:\s+(?:at some point|eventually|someday|one day|(?:in|within) (?:a|the next|\d+|one|two|three|a few) (?:years?|yrs?)(?: or (?:two|three|so|\d+))?))?\s*[.!]*$/i;

/** "how does one do that", "how do i go about it", "where do i start": how to do what was just told, in no words of its own. */
const DOES_IT =
  /^(?:so |but |and )?(?:how (?:does one|do i|do you|would i|would one|can i|should i|do people) (?:do|make|pull off|go about|manage) (?:that|it|this)|how (?:do|would|can) i (?:get|go) (?:there|about it)|where (?:do|should|would) i (?:even )?(?:start|begin))\b[?!.]*$/i;
// "i'm a java dev thinking about moving into sre": a move the asker weighs is how to make it ("how does one do that?").
const MOVE_WEIGHED =
  /\b(?:thinking (?:about|of)|considering|planning (?:on|to)|looking (?:at|into)|want(?:ing)? to|hoping to|trying to) (?:moving|switching|transitioning|pivoting|move|switch|transition|pivot|getting|get) (?:into|to|over to) ((?:an? )?[\w/ -]{2,40}?)(?: (?:work|roles?|jobs?|eventually|someday|at some point|next year))?$/i;

/** "writing" → "write", "setting up" → "set up": the task as a "how to" says it. */
function baseForm(verb: string): string {
  const [head = verb, ...rest] = verb.split(' ');
  if (!head.endsWith('ing')) return verb;
  const stem = head.slice(0, -3);
  const base = /(tt|nn|pp)$/.test(stem) ? stem.slice(0, -1) : /(at|in|ut|ag|iv|rit|fin|duc|creat)$/.test(stem) ? `${stem}e` : stem;
  return [base, ...rest].join(' ');
}

/**
 * The move a statement says the asker weighs, as the question of how to make it ("i'm a java dev thinking about moving
 * into sre": "how do i move into sre"), or null. What "how does one do that?" asks after it; a question with words of its
 * own ("how different is the day to day really") asks something else of the move.
 */
function moveWeighed(sentence: string): string | null {
  const move = MOVE_WEIGHED.exec(sentence.trim());
  return move ? `how do i move into ${move[1]!.toLowerCase()}` : null;
}

/** The question a statement tells of ("... figure out how services will find each other"), or null. */
export function embeddedQuestion(sentence: string): string | null {
  const asked = EMBEDDED.exec(sentence)?.[1]?.trim();
  if (asked) return asked;
  const goal = GOAL.exec(sentence.trim());
  if (goal) return `how to ${goal[1]!.toLowerCase()} ${goal[2]!.trim()}`;
  const level = LEVEL_GOAL.exec(sentence.trim());
  if (level) return `how do i get promoted to ${level[1]!.toLowerCase()}`;
  const task = TASK.exec(sentence);
  // A list of examples in brackets at the end ("(timeouts, retries, versioning, etc)") illustrates the task; it is not the task.
  // Nor is a hobby told as the setting ("building a little notes app for fun. ... how do apps handle that?"): what is
  // asked is a problem met in it, not how to build it.
  if (!task || FOR_FUN.test(task[2]!)) return null;
  // Told without "asked to" ("drafting a staff posting for our storage team"), only with what is made after it.
  if (
    !/\b(to|with|of)\s*$/i.test(sentence.slice(0, task.index + task[0].indexOf(task[1]!))) &&
    !/^(an?|the|our|my|their|some)\b/i.test(task[2]!)
  ) {
    return null;
  }
  return `how to ${baseForm(task[1]!.toLowerCase())} ${task[2]!.replace(/\s*\([^)]*\)\s*$/, '').trim()}`;
}
