import { foldText } from '../text/normalize.js';

/** A chat message with what is not the question taken out. */
export interface CleanMessage {
  /** The message without greetings, preambles, sign-offs, emoji and mentions; case kept. */
  text: string;
  /** The asker wants it short ("tl;dr", "quick", "eli5", "in one sentence"). */
  brief: boolean;
}

// Emoji, Slack/Discord shortcodes (:wave:) and mentions (<@U123>, @bot) carry no question.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu;
const EMOJI_BREAK =
  /(?<=[\p{L}\p{N})])\s+(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D})+\s+(?=(?:what|how|why|which|when|where|who|is|are|do|does|did|can|could|should|would|any|anyone)\b)/giu;
const SHORTCODES = /:[a-z0-9_+-]{2,30}:/gi;
const MENTIONS = /<[@#!][^>\s]{1,80}>|(^|\s)@[\w.-]{1,40}/g;
const EMOTICONS = /(^|\s)(?::-?[)(dpo/]|;-?\)|xd|<3|\^_\^)(?=\s|$)/gi;

// What people put around a question in a community channel. Each is removed wherever it
// stands at a sentence edge; the words in between are the question.
const OPENERS = [
  /\b(hi|hey|hello|hiya|howdy|yo|sup|greetings|heya|hallo|good (morning|afternoon|evening|day)|gm)( (there|all|everyone|everybody|folks|team|guys|people|friends|bot|y'?all|all of you))?\b[\s!,.:;-]*/gi,
  /\b(first (time )?(post(ing)?|question)( (here|in this (channel|server|community)))?|new (here|to this (channel|server|community))|long[- ]time lurker(, first[- ]time poster)?)\b[\s!,.:;-]*/gi,
  // "help: the switch between our racks flapped ...": a cry for help before the story, no question of its own.
  /^(?:(?:pls|please|urgent|sos)\s+)?(?:help|halp|sos|urgent)(?: (?:pls|please|needed|wanted))?\s*[:!-]+\s*/gi,
  // "interviewer training question: ...", "career q:", "one more:": a label for what follows.
  /^([\w-]+ ){0,3}(question|q)\s*:\s*/gi,
  /^(ok(ay)?[,.]? )?(thanks|thank you|thx|cool)[.!,]*\s+|^(and |also |ok )?one more( thing| question| q)?\s*[:,-]\s*/gi,
  // "ok dumb q but what does CAP say": the lead-in and the "but" that joins it to the question.
  /\b(?:(?:ok(?:ay)?|so|hmm)[,.]? )?(long story short|tl;?dr of my situation|quick (question|q)|random (question|q)|dumb (question|q)|noob question|newbie question|possibly (a )?(dumb|stupid) question|(sorry|apologies) (if|for) (this is |this |the )?(a )?(dumb|stupid|basic|silly|long|newbie|noob|naive)( question| post)?|not sure if this is the right (place|channel)( to ask)?|hope this is the right (place|channel)|sorry for the (long|wall of) (post|text|message))\b(?: but\b)?[\s!,.:;-]*/gi,
  // "ok real talk, what does an sre do all day", "been wondering, ...": how the asker means it, said before the question.
  /^(?:(?:ok(?:ay)?|so|alright|hmm)[,.]? )?(?:real talk|serious (?:question|q)|honest (?:question|q)|genuine (?:question|q)|honest(?:ly)? asking|(?:i'?ve |i have )?been wondering|i was wondering|(?:i'?m |im )?just curious|curious)\b(?: but\b)?\s*[,:;.!-]+\s*/gi,
];
// "understood nothing", "didn't get a single word": the asker did not follow what they heard.
const LOST_IT = `(?:understood nothing|(?:didn'?t|did not) (?:understand|get|follow) (?:a (?:single )?(?:thing|word)|any of it|anything))`;
const ADVICE_AFTER_QUESTION =
  /^(\s*(?:what|whats|what's|how|which|why|when|where|who|should|is|are|do|does|can)\b[^?.!]*?)[\s,;-]+(?:any (?:advice|tips|thoughts|pointers|help|input|suggestions)|thoughts|advice)\s*[?!.]*$/i;
const AS_WHO_AFTER =
  /^(\s*(?:how|what|which|where|should|can|could|is|do)\b[^?.!,]{6,}?),?\s+as an? ((?:backend|back-end|frontend|front-end|full[- ]?stack|web|mobile|java|python|data|devops|ops|platform|sysadmin|site reliability|sre|qa|support)(?: (?:dev|developer|engineer|eng|person|guy|girl|admin))?)\s*[?!.]*$/i;
/** What a person is taken on as, before "as an sre": hired, a job, a role, started. */
const TAKEN_ON_AS =
  /\b(?:hired|employed|a job|a role|a position|an? (?:first |entry[- ]level )?(?:job|role|position|offer)|started|start|start out|work|working|in)\s*$/i;
const CLOSERS = [
  /[\s,.!-]*\b(thanks|thank you|thx|ty|tia|cheers|much appreciated)( (so much|a lot|in advance|all|guys|folks|everyone))*\b[\s!.]*$/i,
  /[\s,.!-]*\b(any|all) (advice|help|tips|pointers|thoughts|input|insight|guidance|suggestions)( (would be|is|are|much|greatly|really|appreciated|welcome))+\b[\s!.]*$/i,
  /[\s,.!-]*\bappreciate (any|the|all) (advice|help|tips|pointers|thoughts|input)\b[\s!.]*$/i,
  // "... and i nodded along but understood nothing": says the asker wants it explained, which any answer does; its words
  // ("nodded") are no topic's.
  new RegExp(
    String.raw`[\s,.!-]*\b(?:and |but )?(?:i )?(?:just )?(?:nodded along|pretended to (?:understand|follow|get it)|${LOST_IT})(?: (?:but|and) ${LOST_IT})?\b[\s!.]*$`,
    'i',
  ),
  // "would love to hear from people who made the switch": asks for stories, which the question before it already asks.
  /[\s,.!-]*\b(?:(?:i )?would|i'?d) love to hear (?:from|about|what) [^.?!]{0,80}[\s!.?]*$/i,
];
// Markdown emphasis around a word ("stuff that just *feels* bad"): the word is the question's, the stars are not.
// Only at word edges, so snake_case names keep their underscores.
const EMPHASIS = /(^|[\s("'])(\*{1,2}|_{1,2}|~~)(\S(?:[^*_~\n]{0,80}?\S)?)\2(?=[\s.,;:!?)"']|$)/g;

// "wtf is a saga, our architect keeps saying we need one": the question word said rudely asks what it is, as "what" does.
/**
 * "whats the diffrence", "how is it diffrent", "hows it diff from an api gateway": the word that asks for a comparison, as
 * people slip on it or shorten it.
 */
const DIFFERENCE_SLIP =
  /\b(?:diffrences?|diferences?|differnces?|difrences?|differances?|diffrances?|diffrent|diferent|differnt|diffferent|differant|diff(?= (?:from|than)\b))\b/gi;
const RUDE_WHAT = /\b(?:wtf|wth)\b(?=\s+(?:is|are|was|were|does|do|even)\b)/gi;

// "fires an OrderCreated message at kafka": an event named in code, read as an event (its words alone read "order" as
// message ordering). Case matters: only a name written in CamelCase.
const EVENT_NAME =
  /\b(?:[A-Z][a-z]+)+(?:Created|Updated|Deleted|Placed|Shipped|Changed|Cancell?ed|Paid|Completed|Submitted|Registered|Failed|Received|Sent)(?:Event)?\b(?: events?\b)?/g;
const MODULO = /(?<=[\p{L}\p{N}_)\]])\s*%\s*(\d+|n)\b/giu;

// Chat fillers that are not words of the question.
const FILLERS =
  /(^|\s)(lol|lmao|rofl|haha+|hehe|tbh|tbf|imo|imho|fwiw|ngl|idk|pls|plz|please|ok so|okay so|so yeah|um+|uh+)(?=[\s,.!?]|$)/gi;

// "is that technically a distributed system": strictly speaking, no word of the topic ("technical" finds interviews).
// "is that an actual legal requirement or just a perf thing?": the asker's other guess, a kind of thing, not a topic to
// answer beside the first ("perf" would answer with the senior level's performance work).
const OR_JUST_A_THING = /,?\s+or (?:is it |it'?s |just )?(?:just|only|merely) (?:an? )?(?:[\w-]+ ){1,2}thing\b/gi;
const STRICTLY =
  /\s\btechnically(?: speaking)?,?(?= (?:a|an|the|already|still|correct|right|true|wrong|possible|even|just|considered|called|counts?|part of|different|the same)\b)/gi;

// "is that a distributed system already", "does my app count as one": what counts as a distributed system, the field's
// own question; its words alone find whatever else mentions distributed systems (testing them, moving into them).
const COUNTS_AS =
  /\b(?:is|does) (?:that|this|it|my [\w ]{1,30}?|our [\w ]{1,30}?)(?: (?:already|even|really|still|actually))? (?:a |count as an? )?distributed system\b(?: (?:already|yet|too))?(?:,? or (?:does|is) (?:that|it|the)(?: (?:word|term|name))?(?: mean)? (?:something|anything) (?:bigger|else|more)(?: than that)?)?/gi;

// "when the pager goes off at 2am": any small hour is the night page the synonyms know as "3am"; another hour tells
// when, not what is asked (an unknown word like "2pm" lowers every entry's share of the question).
const SMALL_HOURS = /(?<=\s)(?:at |around )?(?:[1-5]|0[1-5])(?::\d\d)?\s?(?:am|a\.m\.)(?=[\s,.!?]|$)/gi;
const CLOCK_TIME = /\s(?:at |around |by )?\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?=[\s,.!?]|$)/gi;

// "what about when there's no partition?": the case outside a partition, which the content calls normal operation (the
// "Else" of PACELC); "no" is no word the search reads, so "no partition" alone reads as a partition.
const NO_PARTITION =
  /\b(?:(?:when|if|while) (?:there(?:'s| is| are) )?(?:no|not a|not any) (?:network )?partitions?(?: at all)?|when nothing(?:'s| is) (?:even )?(?:partitioned|down)|without (?:a |any )?(?:network )?partitions?|(?:on|in) (?:normal|regular|ordinary|good) days,? when the network(?:'s| is) (?:fine|healthy|up|ok|okay)|(?:even )?when the network(?:'s| is) (?:totally |perfectly |completely |100% )?(?:fine|healthy|ok|okay))\b/gi;

// "do mid level people need to know this": the engineers at that level, as the content names them ("people" finds what
// the comparisons say of people).
const LEVEL_PEOPLE = /\b(junior|entry[- ]level|mid[- ]level|mid|senior|staff|principal) (?:people|folks|folk|ppl|devs|ones)\b/gi;

// "how does cassandra know a node is dead without a master": no master is no central server keeping track of who is
// alive (the gossip entry's words), and "who's up and who's dead" is which nodes are alive.
const WHO_IS_DEAD = /\bwho'?s up and who'?s (?:dead|down)\b/gi;
const NO_MASTER = /\b(?:without|with no|if there'?s no|there'?s no|no) (?:a |any )?(?:central |single )?master(?: node| server)?\b/gi;

// "and platform engineers, where do they fit in?": the people named first, then asked about as "they", are what is asked
// about ("where do platform engineers fit in?"), not the last answer's topic.
const NAMED_THEN_THEY = /^(?:and |so |ok |what about )?((?:[a-z-]+ ){0,2}[a-z-]{3,}s),\s*(where|how|what|why) (do|does|would) they\b/i;

// "will adding 3 read replicas fix our write throughput problem?": whether replicas scale writes, which is when to shard
// instead (the comparison's own question), where the message is about writes.
const REPLICAS_FOR_WRITES =
  /\b(?:will|would|does|do|can|could|should we|should i) (?:just )?(?:adding|add|more|throwing(?: more)?)(?: (?:a few|a couple(?: of)?|some|more|another|\d+|two|three))? (?:more )?(?:read )?replicas?\b(?: (?:help|fix|solve|scale))?/gi;
const ABOUT_WRITES = /\b(?:writes?|write[- ]heavy|write throughput|inserts?)\b/i;

// "ppl keep saying 'linearizable' in design review, meaning?": what the quoted term means, asked in one word.
const QUOTED_THEN_MEANING =
  /^(.*?['"\u2018\u201C]([^'"\u2018\u2019\u201C\u201D]{2,40})['"\u2019\u201D][^?]*?)[,;:-]\s*(?:meaning|means what)\s*\?*\s*$/i;

// "true, or just blog hype?": one verdict asked with its other option, not two sentences.
const VERDICT_COMMA_OR =
  /\b(true|right|correct|real|legit|accurate|fair),\s+or\b(?= (?:just|mostly|pure|not|nah|no|bs|hype|marketing|nonsense|myth|a myth|overblown|exaggerated|false|wrong)\b)/gi;

// "passes every health check", "/healthz returns 200 on every box, readiness probes happy": the health checks pass, as the
// gray failure entry says it (a request that "just hangs" to such a host is one that times out).
const HEALTH_CHECKS_PASS =
  /\b(?:passes|passing|pass) (?:every|all|all of) (?:the |its |our )?health ?checks?\b|\/?healthz? (?:returns|gives|is|says) (?:200|ok|green)\b|\breadiness probes? (?:are |is )?(?:happy|green|passing|fine|ok)\b/gi;
const JUST_HANGS = /\bjust hang(?:s|ing)?\b/gi;
const SAYS_HEALTH_CHECKS_PASS = new RegExp(HEALTH_CHECKS_PASS.source, 'i');

// "... occasionally the row exists but the event never shows up. ideas?": after a problem told, a bare "ideas?" asks how to
// fix it (alone, "ideas" finds the project ideas).
const BARE_IDEAS = /(^|[.!?]\s+)(?:any |got any |some )?ideas\s*\?+\s*$/i;
const TELLS_A_PROBLEM =
  /\b(?:never|occasionally|sometimes|randomly|keeps?|errors?|fail\w*|broke\w*|stuck|lost|missing|duplicat\w*|twice|timeouts?|slow\w*|crash\w*|lag\w*|down)\b/i;

// "what does a dse actually do all day, like concretely": how precisely it is asked, no word of what ("concrete" finds the
// entry level's concrete fundamentals).
const HOW_PRECISELY = /,\s*(?:like |but )?concretely\b,?|^\s*concretely,?\s*|\blike concretely\b/gi;

// "kafka or k8s first? want to get into infra but can't learn everything at once": which to learn first, where the
// message says it is about learning; alone ("raft or paxos first?") it may ask which to read about first, side by side.
const WHICH_FIRST = /^(?:so |ok )?([\w+#.-]+(?: [\w+#.-]+)?) or ([\w+#.-]+(?: [\w+#.-]+)?) first\b/i;
const SAYS_LEARNING = /\b(?:learn|learning|study|studying|pick up|master|get into|start with)\b/i;
// "is sre just rebranded devops?": whether one is the other under a new name, which the two side by side answer; the word
// "rebranded" alone would find the one renaming the content tells of (DevOps teams becoming platform teams).
const JUST_RELABELLED = /\b(just|only|basically|simply|really) (?:an? )?(?:rebranded|renamed|relabell?ed|retitled)\s+/gi;

// "how do I get to designing these systems instead of just running them?": from operating systems to designing them,
// the move out of operations work; the asker's "these systems" are the ones they run.
const DESIGN_NOT_RUN =
  /\b(?:get|move|go|switch|transition|shift)(?: over)? (?:in)?to (?:actually )?(?:designing|building|architecting|writing) (?:these|the|those|our|such|distributed) systems?,? (?:instead of|rather than|not) (?:just |only |merely )?(?:running|operating|babysitting|supporting|maintaining|keeping) (?:them|those|these|the lights on)(?: up| running| alive)?\b/gi;

// "is knowing raft enough or will they grill me on paxos too?": one thing set against another the asker may also need,
// said the way the questions of the two side by side are ("is raft enough or should i learn paxos too").
const ENOUGH_OR_TOO =
  /\bis (?:knowing |learning |just |only )?([\w+#-]+(?: [\w+#-]+)?) enough,? or (?:will|would|do|does|should|must|might) (?:they|i|interviewers|you|people) (?:[\w']+ ){0,3}?(?:on |about |in |for )?([\w+#-]+) (?:too|as well|also)\b/gi;

// "what is raft at its core", "broadly speaking", "conceptually": how deep the answer should go, not what about. Their words
// would find other entries ("fundamentally" the one on foundations, "core" the core team) or none ("essence").
const HEDGE =
  /,?\s*\b(?:at (?:its|their|the) core|(?:broadly|generally|roughly|loosely|technically) speaking|in essence|essentially|fundamentally|conceptually|intuitively)\b,?/gi;

// "say i pick sre, where does that lead in 5-10 years": the choice supposed is what "that" is.
const PICKED_THEN =
  /^(?:say|suppose|supposing|assuming|if|let'?s say|lets say) (?:i|we) (?:pick|choose|go with|take|went with|picked|chose|took|accept|accepted) (?:the )?([\w-]+(?: [\w-]+)??)(?: offer| one| route| path| track| job| role)?,\s*(.+)$/i;

// "what is raft in the context of distributed systems", "... from first principles": where every question here is, or
// how deep to go; no topic. ("in theory" too, unless the message sets it against practice.)
const IN_THE_FIELD_CONTEXT =
  /,?\s*\b(?:in the context of|in terms of|when it comes to) (?:distributed systems?|distsys|system design|infra(?:structure)?|this field|backend(?: systems)?)\b|,?\s*\bfrom first principles\b/gi;
const IN_THEORY = /,?\s*\bin theory\b/gi;
const IN_REALITY =
  /\bin (?:the )?real(?:ity|[- ]world(?: (?:systems|projects|production|deployments))?| (?:life|systems|projects|production|deployments))\b/gi;
// "whats the point of raft": why it is used ("point" alone finds the recovery point objective).
const POINT_OF = /\bwhat(?:'s| is|s) (?:even )?the (?:point|purpose) of (?:having |using |doing )?/gi;
// "could you break down raft for me": explain it ("break" finds what breaks).
const BREAK_DOWN =
  /(?:\b(?:could|can|would|will) (?:you|someone|somebody|anyone|u) (?:please |pls )?|^(?:pls |please )?)break down (?=\S)/gi;

// "how would you explain raft to a junior": briefly and plainly; the listener ("junior") is no level asked about.
const EXPLAIN_TO_SOMEONE =
  /\b(?:how (?:would|do|should|can) (?:you|i|we|u) )?(?:explain|describe|teach) (.{2,40}?) to (?:a|an|my|our|the) (?:junior|new grad|intern|beginner|newbie|non-engineer|non-technical person|pm|product manager|manager|kid|child|5 year old|five year old|grandma|grandparent|student)s?\b/gi;

// The same, for a test: a global pattern's test() moves its lastIndex, and the next message would be read from there.
const EXPLAINS_TO_SOMEONE = new RegExp(EXPLAIN_TO_SOMEONE.source, 'i');

// "what counts as 'toil'?": what the term means (a distributed system has a question of its own, "what counts as one";
// "what counts as evidence then" asks within the last topic).
const WHAT_COUNTS_AS =
  /^(?:so |ok )?what (?:exactly |actually )?(?:counts|qualifies) as\b(?!(?: an?)? (?:distributed system|distsys)\b| (?:evidence|proof|experience|impact|scope|seniority)\b)/i;

// "at what point do people stop treating me as 'the junior'?": when the asker stops being junior, which is the step to mid.
const STOPS_BEING_JUNIOR =
  /\b(?:people |they |others |everyone |my team )?stop(?:s)? (?:treating|seeing|considering|calling|viewing) me (?:as )?(?:a |an |the )?['"\u2018\u201C]?(?:the )?(?:junior|jr|new grad|newbie|new guy|new girl|new kid)['"\u2019\u201D]?/gi;

// "senior -> staff question: what's the difference between the two": the two named in the lead, put where "the two" is.
const PAIR_LEAD =
  /^([\p{L}\d.+#-]+(?: [\p{L}\d.+#-]+)?) ?(?:->|→|=>|vs\.?|versus|or|\/) ?([\p{L}\d.+#-]+(?: [\p{L}\d.+#-]+)?)(?: (?:question|questions|q|qs|q's))?\s*:\s*(.*\b(?:the two|the 2|both of them)\b.*)$/iu;

// "we cant have the app both 'always up' and 'always correct' when the network between our regions breaks": CAP in
// everyday words, put as the content says it (available, consistent, a network partition).
const ALWAYS_UP = /\b(?:always|100%) (?:up|online|reachable)\b/gi;
// "stay up during a network partition": staying up is staying available, CAP's word for it.
const STAYS_UP = /\b(stay|stays|staying|remain|remains|remaining) (?:up|online|reachable)\b/gi;
const ALWAYS_CORRECT = /\b(?:always|100%) (?:correct|right|accurate|in sync)\b/gi;
const NETWORK_BREAKS =
  /\bthe (?:network|link|connection)(?: between [\w' -]{1,40}?)? (?:breaks|goes down|splits|is cut|gets cut|drops|fails|dies)\b/gi;

// Where the asker heard or met the topic ("someone said 'error budget' in standup"): a meeting's name is not the
// question's topic, and as another field's word it would sink it.
const SETTING =
  /\b(?:in|at|during|from|after) (?:the |our |a |today'?s |this morning'?s |yesterday'?s |last week'?s )?(?:daily |weekly |team )?(?:standup|stand-up|stand up|retro|retrospective|sprint planning|planning meeting|all-hands|all hands|1:1|one on one|meetup|conference|podcast|hackathon|reading group|book club|study group|paper club|journal club|lecture|class)s?\b/gi;
// So is what the asker was reading where they met the topic ("reading the dynamo paper and it mentions vector clocks"):
// the topic it mentions is asked about, in what the asker reads (the raft paper's log compaction), not what to read.
const READING_SETTING =
  /\b(?:i'?m |i was |been |was |currently |just )?(?:reading|re-?reading|going through|working through) (?:the |a |an |this |that |my |our )?((?:[\w-]+ ){0,3}?)(?:paper|book|blog post|article|chapter|docs|documentation|design doc|rfc),? (?:and )?(?:it|which|that|where|they|the author) (?:mentions?|talks? about|brings? up|keeps? (?:mentioning|bringing up|talking about))\b/gi;
// "what do we do short term vs long term?": two horizons of one plan, not two things compared ("long term" alone found
// the SRE career path).
const TIME_HORIZONS =
  /,?\s*\b(?:in the |for the |over the )?(?:short|near)[- ]term,? (?:vs\.?|versus|and|or|then|&|\/)\s*(?:in the |for the |over the )?(?:long|longer)[- ]term\b/gi;
// "at work we have 2 DB nodes ...": where the asker is, which every workplace story shares ("work" matches most entries).
const WORKPLACE_SETTING = /\b(?:at|@) (?:work|the office|my (?:job|day job|work|co|company|org|workplace|employer|firm|place))\b/gi;
// So is a meal, where someone told of it ("someone at lunch said CAP is outdated"); elsewhere ("see you at lunch") it is
// chat about the meal.
const MEAL_SETTING = /\b(?:at|during|over) (?:the |a )?(?:lunch|dinner|breakfast|coffee|drinks|happy hour|pub)\b/gi;
const TOLD_OF =
  /\b(?:said|says|saying|told|mentioned|mentions|brought up|brings up|was talking about|were talking about|came up|claimed|claims)\b/i;

// How to explain a thing in an interview is what the thing is: "interview prep: how do i explain idempotency?", "how do
// i explain CAP in an interview". Only beside "explain": "what do they ask in a senior interview" is about interviews.
const EXPLAINS = /\b(explain|explaining|describe|define)\b/i;
const INTERVIEW_SETTING =
  /^\s*interview prep\s*[:-]\s*|\s*\b(?:in|during|for|at) (?:an?|the|my|your|tomorrow'?s|next week'?s|this week'?s) (?:[\w-]+ ){0,2}interviews?\b/gi;

// "in plain english", "in normal words": asked for words without jargon, which the summary is.
const PLAIN =
  "plain|simple|normal|regular|everyday|easy|basic|human|non-technical|nontechnical|layman|laymans|layman's|non-engineer|non-engineering|non-dev|non-tech|non-techie|normie|normal human|regular human";
// "like i'm a backend dev who never took a distsys class": who the explanation is for, with what they lack, is not
// the question (its words would ask about backend roles and classes).
const BRIEF_WORDS = new RegExp(
  String.raw`\b(tl;?\s?dr|tldr|eli5|eli 5|explain (it )?like i'?m (5|five|12|a child|a kid)|(to me )?like i'?m (5|five|10|12|a child|a kid|a beginner|new|new to (this|it|all this)|brand new)|explained for (a |an )?(beginner|newbie|noob|complete beginner|total beginner)s?|(to me )?like i'?m an? ([\w-]+ ){0,3}(dev|devs|developer|engineer|student|manager|pm|product manager|kid|child|beginner|noob|newbie|grandma|grandparent|toddler|junior|intern|new grad|grad|designer|non-engineer)(?: (?:who|that) (?:has never|never|hasn'?t|didn'?t|doesn'?t|has only|only)[^.?!,;\n]{0,60}| with(?:out)? (?:no |zero |little |any )?(?:background|experience|cs degree|degree|theory)[^.?!,;\n]{0,40})?|(?:(?:can|could) (?:you|someone|u) )?(?:give (?:me |us )?|get )?(?:an? |the )?simpler (?:version|explanation|answer|take|words)|(?:explain|say|put) (?:it|that|this) (?:more )?(?:simply|simpler)|dumb(?:ed)? (?:it|that|this) down|dumbed[- ]down(?: version)?|short (answer|version)|(?:^\s*(?:(?:ok|okay|pls|please|plz|can you|could you|hmm)\s+)?|\b(?:make it|say it|put it|a bit|a little|even|way|much) )(?:shorter|simpler)(?: (?:version|answer|one|pls|please|plz))?|too long|(?:make|keep) it (?:short|shorter|brief)|(?:fewer|less) words|(?:quick|(?:\d{1,2}|thirty|sixty|ten|five|one|two)[- ]?(?:second|sec|minute|min)) (?:version|answer|take|rundown|summary|overview|explainer|explanation)|in (a|one|two|2|a few|a couple( of)?) (sentences?|lines?|words|paragraphs?)( or two)?|in (a|one) nutshell|in a nutshell|in short|in brief|short and sweet|(?:in (?:${PLAIN}) (english|terms|words|language)|plain english)|in (?:normal|regular|real|everyday|human)[- ]people (?:words|terms|speak|language)|in layman'?s terms|for (a )?dummies|without (the |all the )?jargon)\b[?!.:,]*`,
  'gi',
);
const ELI5_TOPIC =
  /(^|[.!?]\s+)(?:eli ?5|explain like i'?m (?:5|five))\s*[:,-]?\s+(?=(?!(?:it|this|that|pls|please|plz|thx|thanks|me)\b)\p{L}{2,})/giu;
// Asking the room before the request ("can anyone explain the difference between raft and paxos"): the request is the
// question; "can anyone" read as one asks whether something can be done, and lost the comparison after it.
const ASKS_THE_ROOM =
  /\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|some1|any1)(?:\s+(?:here|in here|on here))?(?:\s+(?:pls|please|plz|kindly))?\s+(?=(?:explain|tell|describe|clarify|summari[sz]e|help me understand|compare)\b)/gi;
// Who is asked, left at a sentence's end once the wish for brevity is out ("vector clocks, can someone [eli5]").
const ASKED_WHO_LEFT = /,?\s*\b(?:can|could|would|will) (?:someone|somebody|anyone|anybody|you)(?: pls| please| plz)?\s*(?=[?!.]|\n|$)/gi;
// "quick intro: ..." is about the intro, not the answer.
const BRIEF = new RegExp(
  String.raw`\b(tl;?\s?dr|tldr|eli5|eli 5|explain (it )?like i'?m (5|five)|like i'?m (new|brand new|new to (this|it|all this)|a beginner)|explained for (a |an )?(beginner|newbie|noob)s?|quick(ly)?(?! (intro|introduction|background|context|note|story|bit of (context|background)))|short (answer|version)|(?:\d{1,2}|thirty|sixty|ten|five|one|two)[- ]?(?:second|sec|minute|min) (?:version|answer|take|rundown|summary|overview|explainer|explanation)|(?:^\s*(?:(?:ok|okay|pls|please|plz|can you|could you|hmm)\s+)?|\b(?:make it|say it|put it|a bit|a little|even|way|much) )(?:shorter|simpler)(?: (?:version|answer|one|pls|please|plz))?|too long|(?:make|keep) it (?:short|shorter|brief)|(?:fewer|less) words|(?:(?:can|could) (?:you|someone|u) )?(?:give (?:me |us )?|get )?(?:an? |the )?simpler (?:version|explanation|answer|take|words)|(?:explain|say|put) (?:it|that|this) (?:more )?(?:simply|simpler)|dumb(?:ed)? (?:it|that|this) down|dumbed[- ]down(?: version)?|in (a|one|two|2|a few|a couple( of)?) (sentences?|lines?|words?|paragraphs?)( or two)?|nutshell|briefly|in short|simple terms|short and sweet|(?:in (?:${PLAIN}) (english|terms|words|language)|plain english)|in (?:normal|regular|real|everyday|human)[- ]people (?:words|terms|speak|language)|in layman'?s terms|for (a )?dummies|without (the |all the )?jargon)\b`,
  'i',
);

// "how do we get the p99 down?": both words of the verb are stop words, and the question would ask about the p99 alone.
const BRING_DOWN =
  /\b(?:get|gets|getting|bring|brings|bringing|push|pushing|drive|driving|cut|cutting) (the |our |my |that |this |those )?((?:p\d+|tail|latency|latencies|error rate|errors|costs?|bill|lag|pages|toil|mttr)(?: latency| latencies)?) down\b/gi;

// "where does SRE end and distsys engineering begin?": the line between the two, not how either one ends.
const ENDS_AND_BEGINS = /\bwhere (?:does|do|did) (.{2,60}?) (?:end|stop) and (.{2,60}?) (?:begin|begins|start|starts)\b/gi;

// "l4 vs l7 load balancers": network layers, not the L4 and L7 of a company's levels, where the message is about traffic.
const LAYER_CODE = /\b[lL]([2-7])\b/g;
const ABOUT_TRAFFIC = /\b(load[- ]?balanc\w*|lbs?|proxy|proxies|osi|tcp|udp|http|envoy|nginx|haproxy|ingress|packets?)\b/i;

// A cloud's zone or region by its code ("us-east-1b", "eu-west-2"): the content says what it is, not its code.
const CLOUD_ZONE = /\b(?:us|eu|ap|sa|ca|me|af|il)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d([a-z])?\b/gi;

// "IC" is the incident commander in a post about incidents, an individual contributor in one about careers.
const INCIDENT_SETTING = /\b(incidents?|incident commander|outages?|postmortems?|post-mortems?|on-?call|pager|paged|sev ?[0-4])\b/i;
const IC_TRACK = /\b(ic (track|ladder|path|role|level)|individual contributor|manager track|management track|people manager)\b/i;

// "dse and sre keep showing up in job ads": where the asker met the two, not a question about writing job ads.
const MET_IT_IN =
  /,?\s*(?:i )?(?:saw|seen|see|read|heard|came across|spotted|noticed) (?:it|that|this|them|the term|the word|it mentioned|that mentioned) (?:in|on|at) (?:an? |the |some |my |our |a few |lots of |every )?(?:job (?:ads?|posts?|postings?|descriptions?|listings?)|ads?|postings?|jd|jds|listings?|interviews?|standup|meetings?|slack|docs|blog posts?|talks?|lectures?|class)(?: [a-z]+)?(?=\s*[?.!]*\s*$)/gi;
const SEEN_IN_ADS =
  /\b((?:show|shows|showing|showed) up|appear|appears|appearing|listed|mentioned|see|seeing|saw)( (?:together|everywhere|a lot|next to each other|near each other|side by side))? (?:in|on|across) (?:(?:a lot of|lots of|all|all the|most|many|the|these|those) )?(?:job )?(?:ads|postings|listings|job descriptions|jds)\b/gi;

// "the cap thing everyone brings up in design reviews": where others say the thing is not what is asked of it, and its
// words ("design reviews") would pull the question to another topic. Only after a thing named as such.
const WHO_ELSE_SAYS_IT =
  /\b((?:the|that|this) [\w+-]+(?: [\w+-]+)? (?:thing|stuff|concept|term|pattern|idea))(?: that| which)? (?:everyone|everybody|people|ppl|folks|they|devs|engineers|someone|somebody|(?:my|our) (?:team|lead|manager|boss|tl|seniors?))(?: (?:always|keeps?|still|constantly|often|just))? (?:brings? up|bringing up|mentions?|mentioned|mentioning|talks? about|talking about|says?|said|saying|throws? around|throwing around|swears? by|recommends?|recommended|uses?|used|links?|linking|linked|posts?|posting|posted|shares?|sharing|shared|quotes?|quoting|quoted|cites?|citing|cited)\b[^.?!,]*/gi;

// "tl;dr I can paste to my PM", "short version for my boss": who the short answer is for, said with the wish for
// brevity; its words ("manager", "PM") would ask about that person's job.
const FOR_AN_AUDIENCE =
  /\s*\b(?:(?:that |which )?(?:i|we) (?:can|could) (?:paste|send|forward|share|post|drop|give|show|read out)|to (?:paste|send|forward|share|post|give|show)|for)(?: it)?(?: (?:to|in|into|with))? (?:my|our|the|a) (?:non-?technical |exec |new )?(?:pm|product manager|manager|boss|team|lead|execs?|director|cto|ceo|vp|leadership|stakeholders?|skip(?:-level)?|standup|slack|channel|mom|dad|parents|partner)\b/gi;

// "which is closer to distributed systems engineering, sre or devops?": the three side by side say which.
const CLOSER_TO =
  /\bwhich(?: one| of (?:the two|them|those|these))? (?:is|are|sits?) (?:closer|nearer|more similar) to (?:an? |the )?(.{3,60}?),? (?:an? |the )?(.{2,40}?) or (?:an? |the )?(.{2,40}?)\s*([?!.]*)$/gim;

// "our company has both an sre team and a platform team and i honestly can't tell them apart": how the two differ.
const CANT_TELL_APART =
  /(^|[.!?]\s+)[^.!?]*?\b(?:both|have|has|got)\s+(?:an?\s+|the\s+|some\s+)?([\w/ -]{2,40}?)\s+and\s+(?:an?\s+|the\s+|some\s+)?([\w/ -]{2,40}?),?\s+(?:and|but)\s+(?:(?:i|we|people)\s+(?:honestly\s+|really\s+|still\s+|just\s+)?(?:can'?t|cannot|cant|couldn'?t|don'?t|dont|do not)|(?:nobody|no one)\s+(?:here\s+)?(?:can|could|really))\s+(?:really\s+)?(?:tell (?:them|the two|those|these) apart|see (?:the|any|a) difference|tell the difference|know the difference)\b/gi;

// "got marked down for saying CAP = pick 2 of 3, why?": whether what was said holds, without quotes around it.
const MARKED_DOWN_FOR =
  /\b(?:i )?(?:got|was|were|get|keep getting) (?:marked down|dinged|penali[sz]ed|corrected|called out|laughed at|told off|critici[sz]ed|pushed back on|grilled)(?: (?:in|on|at|during|by) [\w' -]{1,30}?)? for (?:saying|writing|claiming|answering|stating|arguing) (?:that )?(.{4,120}?)[,.;:]?\s*(?:why|what'?s wrong(?: with (?:it|that|this))?|how come|is that wrong|was that wrong)?[?!.]*$/gim;
// "like i'm a backend dev, not a phd": who the explanation is not for, said with the wish for it simple.
const NOT_FOR_EXPERTS =
  /,?\s*\bnot (?:a |an )?(?:phd|ph\.d\.?|professor|academic|expert|researcher|mathematician|genius|wizard|theorist|rocket scientist)s?\b/gi;

// "staff material or just senior?": fit for the level, not study material.
const LEVEL_MATERIAL = /\b(junior|mid[- ]?level|mid|senior|staff|principal|lead|tech lead)[- ]material\b/gi;

// "and the level after senior?", "what comes after staff?": the next level on the ladder, by its name.
const LEVEL_AFTER =
  /\b(?:the (?:level|step|rung|one|title)|what(?:'s| is|s)?(?: comes)?) (?:right )?(?:after|above|beyond|up from|past) (?:an? |the )?(entry[- ]level|entry|junior|mid[- ]level|mid|senior|staff)(?: level| engineers?| eng)?\b/gi;
// Keyed by the level's first word ("mid" of "mid-level").
const NEXT_LEVEL: Readonly<Record<string, string>> = {
  entry: 'mid-level',
  junior: 'mid-level',
  mid: 'senior',
  senior: 'staff',
  staff: 'principal',
};

// "our consumers keep rebalancing and im losing my mind. separate question: ...": a second question announced says the
// sentence before it was the first, though it ends in a full stop (the label itself goes with the openers).
const ANOTHER_QUESTION_NEXT =
  /(?<=[\p{L}\p{N})'"])[.!]+\s+(?=(?:(?:a|one|and a|also a) )?(?:separate|second|different|other|another|unrelated|related|next|bonus) (?:question|q)\s*[:,-])/giu;

const CALL_CHAIN =
  /\b(?:(?:passes|passing|goes|going|flows|travels|hops) (?:through|across|via)|touches|touching|hits|hitting|fans out to|spans|spanning) (?:(?:~|about |around |like |roughly |some )?(\d+|a dozen|dozens of|many|several|multiple|a bunch of) )(?:micro)?services\b/gi;
// "15 services in the call path", "one request, 14 services": the same chain, told as where the services are.
const SERVICES_IN_PATH =
  /\b(?:there (?:are|is) )?(?:(?:~|about |around |like |roughly |some )?(\d+|a dozen|dozens of|many|several|multiple) )(?:micro)?services (?:in|on|along) the (?:call|request) (?:path|chain)\b|\bone request, (\d+) (?:micro)?services\b/gi;
// "how to find the slowpoke": the slow one.
const SLOWPOKE = /\bslow ?pokes?\b/gi;
// "100 req/min", "5k writes/s": how many per unit of time, as the content writes it ("requests per second").
const PER_UNIT = /\b(req|reqs|requests|calls|msgs|messages|writes|reads|queries|events)\s*\/\s*(s|sec|second|min|minute|h|hr|hour|day)\b/gi;
const UNIT_NAMES: Record<string, string> = { s: 'second', sec: 'second', min: 'minute', h: 'hour', hr: 'hour' };
const EATS_THE_TIME = /\b(?:is|are) (?:eating|eats|taking|burning) (?:up )?(?:the|all the|most of the|our) (?:time|latency|seconds)\b/gi;
/**
 * "checkout p95 doubled": which page or flow got slower is the asker's product, not a topic (the content's sagas and
 * bulkheads mention checkouts), so only the latency is kept.
 */
const SLOW_FLOW =
  /\b(?:checkout|login|sign-?up|search|home ?page|product page|cart|payments?|orders?)(?:'s)? (?=p\d{2,3}\b|latency\b|response times?\b)/gi;
/** "how do i prove which one it is": after a request through many services got slower, which one is the slow one. */
const WHICH_ONE_TO_BLAME =
  /\bwhich (?:one|service|of them)(?: it is| is (?:to blame|at fault|the culprit|responsible|causing it|the slow one))\b/gi;
const CALLS_A_CHAIN = new RegExp(`${CALL_CHAIN.source}|${SERVICES_IN_PATH.source}`, 'i');
/** The slowdown told: "p95 doubled", "latency went up", "takes 4 seconds". */
const SLOWED = /\b(?:p\d{2,3}|latency|slow(?:er)?|response times?|\d+(?:\.\d+)? ?(?:s|secs?|seconds|ms)|eating (?:up )?the time)\b/i;

/** "w/o" and "w/" as people write them for "without" and "with". */
const WITHOUT = /\bw\/o(?:ut)?\b/gi;
const WITH = /\bw\/(?=\s|[a-z])/gi;

/** Removes what is not the question; keeps statements about the asker (they are context). */
export function cleanMessage(message: string): CleanMessage {
  const brief = BRIEF.test(foldText(message)) || EXPLAINS_TO_SOMEONE.test(message);
  let text = message
    .replace(BARE_IDEAS, (bare, before: string) => (TELLS_A_PROBLEM.test(message) ? `${before}how do we fix it?` : bare))
    .replace(QUOTED_THEN_MEANING, (_, told: string, term: string) => `${told}. what does ${term} mean?`)
    // An emoji between two clauses ends the first: "... the interviewer just smiled 😅 what was i missing".
    .replace(EMOJI_BREAK, '. ')
    .replace(ANOTHER_QUESTION_NEXT, '? ')
    .replace(PICTOGRAPHS, ' ')
    .replace(SHORTCODES, ' ')
    .replace(MENTIONS, ' ')
    .replace(EMOTICONS, ' ')
    .replace(EMPHASIS, '$1$3')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    // "retries w/ backoff": the words, or the slash splits off a letter that reads as a term of its own.
    .replace(WITHOUT, 'without')
    .replace(WITH, 'with ')
    .replace(RUDE_WHAT, 'what')
    .replace(DIFFERENCE_SLIP, (slip) => (/nces$/i.test(slip) ? 'differences' : /nce$/i.test(slip) ? 'difference' : 'different'))
    // "user_id % 8": the modulo, as the content writes it ("hash mod N"); the sign alone is no word.
    .replace(MODULO, ' mod $1')
    .replace(EVENT_NAME, 'event');
  for (const closer of CLOSERS) text = text.replace(closer, '');
  // "what does an sre do all day, any advice?": after a question, asking for advice asks nothing more (alone, or after a
  // story, "any advice?" is the question and stays).
  text = text.replace(ADVICE_AFTER_QUESTION, '$1');
  // "how do i get into sre as a backend dev": who asks, said after the question, is said before it, as people also write
  // it ("backend dev here, how do i get into sre"); the question's words are then its own.
  // Not the role a person would be taken on as: "how do i get hired as an sre" wants to be one.
  text = text.replace(AS_WHO_AFTER, (whole, asked: string, role: string) => (TAKEN_ON_AS.test(asked) ? whole : `${role} here. ${asked}?`));
  const pair = PAIR_LEAD.exec(text.trim());
  if (pair) text = pair[3]!.replace(/\b(?:the two|the 2|both of them)\b/i, `${pair[1]} and ${pair[2]}`);
  // Openers only count at the start of a sentence: "hello world" inside a question is not a greeting.
  text = text
    // Not inside a number ("2.5 yoe" is one sentence), nor inside a dotted name ("producer.send()", "node.js").
    .split(/(?<=[.!?\n])(?![\p{L}\p{N}_(])/u)
    .map((sentence) => {
      let s = sentence;
      for (const opener of OPENERS) {
        const trimmed = s.trimStart();
        opener.lastIndex = 0;
        const match = opener.exec(trimmed);
        if (match && match.index === 0) s = trimmed.slice(match[0].length);
      }
      return EXPLAINS.test(s) ? s.replace(INTERVIEW_SETTING, '') : s;
    })
    .join(' ');
  // The wish for brevity is kept as a flag; its words are not part of the question ("tl;dr?", "eli5 crdt").
  text = text
    // "eli5 cap theorem pls.": at a sentence's start, before a topic, "eli5" asks for it to be explained; the topic
    // alone would read as something the asker says, not asks.
    .replace(ELI5_TOPIC, '$1explain ')
    // The sentence's end stays: "explain CAP in plain english. can someone eli5 it?" is still two sentences; so does
    // a comma between two questions ("what counts as a distributed system in simple terms, what does a dse do").
    .replace(BRIEF_WORDS, (words) => ` ${/[?!.,]+$/.exec(words)?.[0] ?? ''}`)
    // "vector clocks, can someone eli5": who was asked, left at the sentence's end, is not the question either.
    .replace(ASKED_WHO_LEFT, '')
    .replace(NOT_FOR_EXPERTS, (words) => (brief || /\blike i'?m\b/i.test(message) ? '' : words))
    .replace(FOR_AN_AUDIENCE, (words) => (brief ? '' : words))
    .replace(SETTING, ' ')
    .replace(WORKPLACE_SETTING, ' ')
    .replace(TIME_HORIZONS, ' ')
    .replace(READING_SETTING, ' $1')
    .replace(MEAL_SETTING, (meal) => (TOLD_OF.test(message) ? ' ' : meal))
    .replace(WHO_ELSE_SAYS_IT, '$1')
    .replace(SEEN_IN_ADS, '$1$2')
    // "whats a circuit breaker, saw it in a job ad": where the asker met the thing, said after the question, asks nothing.
    .replace(MET_IT_IN, '')
    // "idk what that means" asks, so it is said in full; elsewhere ("idk if this is the right channel") it is filler.
    .replace(/\b(idk|i dunno) (?=(what|how|why|which|where|when|who|whether)\b)/gi, "i don't know ")
    .replace(FILLERS, ' ')
    .replace(STRICTLY, '')
    .replace(OR_JUST_A_THING, '')
    .replace(ALWAYS_UP, 'always available')
    .replace(STAYS_UP, '$1 available')
    .replace(ALWAYS_CORRECT, 'always consistent')
    .replace(NETWORK_BREAKS, 'there is a network partition')
    .replace(LEVEL_PEOPLE, '$1 engineers')
    .replace(STOPS_BEING_JUNIOR, 'i stop being junior and become mid-level')
    .replace(NAMED_THEN_THEY, '$2 $3 $1')
    .replace(VERDICT_COMMA_OR, '$1 or')
    .replace(HOW_PRECISELY, ' ')
    // "wait so what actually stops there being two leaders at once": an interjection before the question asks nothing
    // ("wait" read as a word found replication's waiting for replicas).
    .replace(
      /^\s*(?:wait|hold on|hmm+|huh|ok wait|oh wait)[,.!]*\s+(?=(?:so|but|then|what|whats|what's|how|why|is|are|does|do|can|if)\b)/i,
      '',
    )
    // "is that even possible or is it marketing": whether a promise holds, with its doubt said as marketing, which is not
    // another field's word here.
    .replace(
      /\b(possible|real|true|legit|achievable|doable|a thing)\s*,?\s+or (?:is (?:it|that|this) |it'?s |that'?s )?(?:just |pure |only |all |mostly )?(?:marketing|a marketing (?:term|thing|gimmick|claim|buzzword)|marketing (?:speak|fluff|bs|talk))\b/gi,
      '$1',
    )
    // "how do you find the candidate keys?": relational theory's term, not a candidate someone interviews.
    .replace(/\bcandidate keys?\b/gi, 'candidatekey')
    // "do we need a bulkhead as well or is that overkill": "as well" adds to what came before; as words ("well") it sank
    // the question.
    .replace(/\s+as well(?=\s+or\b|\s*[?.!,;]|\s*$)/gi, '')
    .replace(HEALTH_CHECKS_PASS, 'health checks pass')
    .replace(JUST_HANGS, (hangs) => (SAYS_HEALTH_CHECKS_PASS.test(message) ? 'time out' : hangs))
    .replace(REPLICAS_FOR_WRITES, (asked) => (ABOUT_WRITES.test(message) ? 'does adding replicas scale writes' : asked))
    .replace(WHO_IS_DEAD, 'which nodes are alive and which are dead')
    .replace(NO_MASTER, 'without a central server')
    .replace(NO_PARTITION, 'in normal operation with no partition')
    .replace(SMALL_HOURS, 'at 3am')
    .replace(CLOCK_TIME, (time) => (/\b3am$/.test(time) ? time : ''))
    .replace(WHAT_COUNTS_AS, 'what is')
    .replace(JUST_RELABELLED, '$1 ')
    .replace(EXPLAIN_TO_SOMEONE, 'explain $1')
    .replace(PICKED_THEN, (_, picked: string, asked: string) =>
      /\b(?:that|it|this)\b/i.test(asked) ? asked.replace(/\b(?:that|it|this)\b/i, picked) : `${asked} (${picked})`,
    )
    .replace(HEDGE, ' ')
    .replace(IN_THE_FIELD_CONTEXT, ' ')
    .replace(IN_THEORY, (said) => (/\bpractice\b/i.test(message) ? said : ' '))
    .replace(POINT_OF, 'why use ')
    // "what breaks without backpressure": why it is used; "give me the gist of raft": what it is; "real world example of
    // a saga": an example (their other words, "breaks", "gist", "real world", find other entries or none).
    .replace(/\bwhat (?:breaks|goes wrong|fails|happens) (?:if you (?:don'?t have|skip|go without)|without)\s+/gi, 'why use ')
    .replace(/\b(?:(?:give|tell) (?:me|us) )?the (?:gist|essence|basics|tl;?dr) of\s+/gi, 'what is ')
    // "who came up with sre", "who coined crdt": who invented it, as the entries ask their origin questions.
    .replace(/\bwho (?:came up with|comes up with|come up with|coined|thought up|dreamt up|dreamed up)\b/gi, 'who invented')
    .replace(/\breal[- ]world (examples?|uses?|use cases?) of\b/gi, '$1 of')
    .replace(ASKS_THE_ROOM, '')
    .replace(BREAK_DOWN, 'explain ')
    // "what is exactly-once in reality", "in real systems": in practice, in the words the content uses (it never says "reality").
    .replace(IN_REALITY, 'in practice')
    .replace(ENOUGH_OR_TOO, 'is $1 enough or should i learn $2 too')
    .replace(DESIGN_NOT_RUN, 'move from operations into designing distributed systems')
    .replace(WHICH_FIRST, (asked, a: string, b: string) => (SAYS_LEARNING.test(message) ? `should i learn ${a} or ${b} first` : asked))
    .replace(COUNTS_AS, 'what counts as a distributed system')
    // "which would u reach for first": chat spelling of "you", which the questions' patterns are written with.
    .replace(/(?<![\w'.-])u(?![\w'.-])/gi, 'you')
    // "r they the same thing w different names": chat spelling of "are" and "with", which alone read as a quorum's R and W.
    .replace(/(?<![\w'.=+-])r(?= (?:they|we|you|there|these|those|people|shards?|replicas?|sres?|dses?)\b)/gi, 'are')
    .replace(/(?<![\w'.=+-])w(?= (?:different|diff|a|an|the|my|our|some|no|more|less|other|another|extra)\b)/gi, 'with')
    .replace(BRING_DOWN, 'reduce $1$2')
    .replace(ENDS_AND_BEGINS, "where's the line between $1 and $2")
    .replace(LEVEL_MATERIAL, '$1 level')
    // "get bumped to senior": promoted, as the content says it.
    .replace(/\b(get|gets|got|getting|be|been|being) bumped (?:up )?to\b/gi, '$1 promoted to')
    // "it passes through ~15 services": a call chain, no message passing; "which one is eating the time": the slow one.
    .replace(SLOW_FLOW, '')
    .replace(CALL_CHAIN, 'calls a chain of $1 services')
    .replace(SERVICES_IN_PATH, (_whole, many: string | undefined, one: string | undefined) =>
      many ? `calls a chain of ${many} services` : `one request calls a chain of ${one} services`,
    )
    .replace(SLOWPOKE, 'slow one')
    .replace(PER_UNIT, (_whole, what: string, unit: string) => {
      const counted = /^reqs?$/i.test(what) ? 'requests' : /^msgs$/i.test(what) ? 'messages' : what;
      return `${counted} per ${UNIT_NAMES[unit.toLowerCase()] ?? unit}`;
    })
    .replace(EATS_THE_TIME, 'is the slow one')
    .replace(WHICH_ONE_TO_BLAME, (words) =>
      CALLS_A_CHAIN.test(message) && SLOWED.test(message) ? 'which service in the call chain is the slow one' : words,
    )
    // "what is on a principal's plate": what one does, the idiom's plate no dish.
    .replace(/\bwhat(?:'s| is|s) on (an?|the|my) ([\w-]+)(?:'s|s') plate\b/gi, 'what does $1 $2 do')
    // "what should i focus on to make senior within a year": to reach the level, not to make something. Not "can i make
    // staff here", which the content's own questions ask in those words.
    .replace(
      /\bto make (?:it to )?(senior|staff|principal)\b(?! (?:engineers?|engs?|devs?|sres?|roles?|level|work|decisions?|calls?)\b)/gi,
      'to reach $1',
    )
    .replace(LEVEL_AFTER, (words, level: string) => {
      const next = NEXT_LEVEL[level.toLowerCase().split(/[- ]/)[0]!];
      return next ? (/^what/i.test(words) ? `what is ${next}` : next) : words;
    })
    .replace(LAYER_CODE, (code, n: string) => (ABOUT_TRAFFIC.test(message) ? `layer ${n}` : code))
    .replace(CLOUD_ZONE, (_, zone?: string) => (zone ? 'one availability zone' : 'one region'))
    // "IC" is the incident commander in a post about incidents, an individual contributor in one about careers.
    .replace(/\bic\b/gi, (ic) => (INCIDENT_SETTING.test(message) && !IC_TRACK.test(message) ? 'incident commander' : ic))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  // Readings whose patterns cost a scan of the whole message: only where their telling word is (most messages hold none).
  if (/\bfor (?:saying|writing|claiming|answering|stating|arguing)\b/i.test(text))
    text = text.replace(MARKED_DOWN_FOR, (_, claim: string) => `true or not: ${claim.replace(/\s*=\s*/g, ' means ')}?`);
  if (/\b(?:closer|nearer|more similar)\b/i.test(text)) text = text.replace(CLOSER_TO, '$2 vs $3 vs $1$4');
  if (/\b(?:apart|difference)\b/i.test(text)) text = text.replace(CANT_TELL_APART, "$1what's the difference between $2 and $3");
  if (!/\p{L}/u.test(text)) text = '';
  return { text, brief };
}
