import type { EntryKind } from '../content/schema.js';
import type { SearchOptions } from '../search/index.js';
import { memoize } from '../text/memo.js';
import { foldText } from '../text/normalize.js';
import type { Asker } from '../understand/asker.js';
import { levelNamedIn, type Intent } from './intents.js';

// Career questions, recognised by how they are asked rather than by their topic.
const MOVE =
  /\b((?:what|which) (?:kind|sort|type) of (?:team|teams|org|orgs) (?:should|would|could|do) i (?:aim for|target|look at|join|apply (?:to|for)|try for|go for)|(?:what|which) (?:team|teams|org|orgs) (?:should|would|could|do) i (?:aim for|target)|become|becoming|get into|getting into|break into|breaking into|go into|going into|get started|where (do|would|should|can) i (even )?(start|begin)|where to (start|begin)|move into|moving into|move to|moving to|turn(ing)? (my|this|that|our) ([\w-]+ ){0,3}into (an? )?[\w-]+ (job|role|career|position)|switch(ing)? (to|into)|transition(ing)? (to|into)|pivot(ing)? (to|into)|career change|how (do|would|can|should|could) (i|we|you|one) (move|head|shift|steer|work) (more )?towards? (proper |real |actual )?(distributed systems|distsys|dse|infra\w*|backend|sre|platform)|get a job (in|as|on)|land (a|my first) (job|role)|get to the [\w-]+( [\w-]+)? side|get hired|getting hired|gets? (?:someone|somebody|people|ppl|folks) hired|first job|path in|way in|(path|way|route|road) (into|to) (infra|distsys|distributed|dse|sre|platform|backend)\w*|(how (do |can |should |would )?i |to )(get|move|go) (there|(to( be)? )?(an? )?(dse|distributed systems|distsys|infra|sre|site reliability|platform|devops)\w*( engineer| role| job)?)|(to|i|we|you) (actually |finally |eventually )?get in( there| the door)?$|(a |an )?(internal )?transfer (to|onto|into)|(pitch|sell|market|position) myself (to|for|as|into)|(the|a|my) path (to|into|towards?)|(to do|doing|work on|working on) (real |actual )?(distributed systems|distsys|dse|infra\w*)( work)?|gap (do i|to close)|(go|going|get|getting|move|moving|switch|switching|transition|transitioning|pivot|pivoting|path|road|route|journey|jump|leap) from (an? )?(sres?|devops|ops|backend|frontend|platform|data eng\w*|swe|software eng\w*|sysadmin|support|qa)( engineer| engineering| eng| dev| developer)?( work| role| side)? (in)?to|end up (doing|in|as)|make (the|that|this|a) (jump|switch|leap|move|transition)|(for me|for someone like me|i'?d need) to (switch|move|cross over|jump)( over| sides| across)?$|(that|this|the|such an?) (transition|pivot|switch|move|jump|leap) (look|looks|work|works|take|takes|involve|involves)|how (do|can|could|would|should) (i|we|you|one) (get|land) (onto|on|into) (an? |the )?(infra\w*|platform|distributed systems|distsys|storage|database|db|sre|core|streaming) teams?|realistic(ally)?|feasible|doable|door (is )?closed|too late|stand a chance|take (someone like me|people like me|me) seriously|(hire|consider) (someone like me|people like me)|(want|like|love|rather|wish) to be (the one|on the side|someone|the person)( who| that)? (designs?|designing|builds?|building|doing the (re)?design)|(building|designing) [\w ]{0,40}rather than (deploying|running|operating|maintaining|babysitting)|carr(y|ies|ied) over (if|when|once|to|into)|(if|when|once) i (go|move|switch|head|jump) (for|to|into|over to) (proper |real |actual )?(distributed systems|distsys|dse|infra\w*|sre|platform))\b/;
/** A system moved to a design or a tool, not a person to a role: "we're considering moving to events instead of sync calls". */
const TECH_MOVE =
  /\b(?:move|moving|switch|switching|migrate|migrating|transition|transitioning) (?:(?:our|the|all|everything|it|them) )?(?:[\w-]+ ){0,2}?(?:to|into|onto) (?:an? )?(?:events?|event[- ]driven|kafka|microservices?|services?(?! teams?\b)|k8s|kubernetes|grpc|async\w*|(?:a |the )?monolith|postgres|cassandra|raft|sagas?|queues?|a queue|streams?|streaming|pub\/?sub|(?:a )?service mesh|serverless|multi-region|active-active)\b/;
/** A production symptom told ("errors only in one availability zone", "p99 doubled after the deploy"). */
export const SYMPTOM =
  /\b(?:errors?|error rate|5\d\d'?s|timeouts?|timing out|latency|p\d{2,3}|slow(?:er|ness)?|outages?|down|failing|fails|crash\w*|breaks|broke|broken|goes down|went down|incidents?|alerts?|alerting|spik\w+|oom\w*|leak\w*|lag\w*|stuck|flaky|dropp\w+ (?:messages|requests|packets))\b/;
/** "where do I even start?", "where do we begin". */
export const STARTS_WHERE = /\bwhere (?:do|would|should|can) (?:i|we|you|one) (?:even )?(?:start|begin)\b/;
// "become a senior engineer" is a step up a ladder, not a change of field.
const LEVEL_STEP = /\b(junior|mid[- ]?level|senior|staff|principal)\b/;
// A step from one level to the next: "senior -> staff", "from mid to senior", "senior to staff jump".
const STEP_UP = /\b(junior|mid[- ]?level|mid|senior|staff)\s*(?:to|->|→|=>|-)\s*(?:mid[- ]?level|mid|senior|staff|principal)\b/;
// "from where i am" names no starting point.
const FROM_SOMEWHERE = /\bfrom (?!where\b|here\b|there\b|my (current|present|day|existing) (job|role|position|team)\b)(an? )?\w+/;
const PROSPECTS =
  /\b((?:move|moves|moving|go|goes|going) on to after|exit (?:options|paths?|ops)|where do (?:people|folks|ppl|they|[\w-]+s) (?:usually |typically |normally )?(?:go|end up|move on to) (?:after|from)|worth it|worth (learning|getting into|moving|going|doing|it)|dead[- ]end|pipe ?dream|future|dying|still relevant|outlook|job market|prospects?|career path|long[- ]term (career|bet|prospects?|future|outlook)|career progression|ceiling|pigeonhole\w*|safe (career|bet)|leads? (anywhere|somewhere|nowhere)|go(ing)? anywhere|step (down|back|backwards?)|demotion|downgrade|career suicide|(over|too )?saturated|smart (field|bet|career)|(field|area|skill|skills) to invest in|worth investing|hiring freezes?|obsolete|outdated|out of (fashion|vogue|style))\b/;
// The state of the job market, asked by someone looking: "is infra hiring dead rn", "are companies still hiring sres".
const JOB_MARKET =
  /\b(?:hiring|job market|market)(?: (?:is|seems|feels|looks))?(?: (?:still|really|kinda|kind of|totally|basically))? (?:dead|slow|slowing|frozen|picking up|recovering|cooked|rough|tough|brutal|bad|terrible)\b|\b(?:is|are) (?:anyone|anybody|companies|people|teams|big tech|faang|startups) (?:still |even |actually )?hiring\b|\bwho(?:'s| is) (?:still |even |actually )?hiring\b/;
// The hiring side, said as someone who hires: "we're hiring", "how do I interview", "red flags", not "why do companies hire".
const HIRING =
  /\b((we|i|my team|our team)('re| are| am| is)? (hiring|interviewing|looking to hire|trying to hire|about to hire)|how (do|should|can|would) (i|we|you) (hire|interview|level|assess|screen|onboard|evaluate)|(what|which) signals? (should|do|would|can) (we|i) (look for|probe for|screen for|check for|test for)|what should (i|we) (be )?prob(e|ing) for|hiring (a|an|our|my|the first|for)|(first|new) (\w+ )?hire|(first|new) (\w+ )?(sre|engineer|dse|dev|teammate|report) (starts|is starting|joins|is joining)|candidates?|interview(ing)? (someone|people)|level(l)?ing (a |candidates|someone|people)|level (someone|a candidate|candidates|people|them|him|her)|down-?level(l?ed)?|job (description|ad|post(ing)?)s?|(our|my) (job )?(posting|opening|req)s?|(junior|mid[- ]?level|senior|staff|principal|sre|dse|infra|platform) (role |job )?(posting|opening|req)s?|jds?|red flags?|onboard(ing)? (a|our|new|an|my)|onboarding plan|30[ /-]?60[ /-]?90|((their|his|her)|\w+'s) first( (\d+|few|couple of|two|three|six|thirty|sixty|ninety))? (days?|weeks?|months?)|interview loop|hiring loop|rubric|take[- ]home)\b/;
// The candidate's side of an interview: "am I ready to interview for senior roles" is not hiring.
const CANDIDATE =
  /\b(i'?m ready|am i ready|my interview|(i )?(keep )?(reading|looking at|browsing|scrolling|seeing|applying to) (through )?(the )?(job )?(ads|adverts|postings|listings|openings|job posts)|(if |when |once )?i interview (elsewhere|outside|at other (companies|places|shops))|interviewing (elsewhere|around)|(do|does|will|would) (the )?interviewers (usually |actually |really )?(ask|care) about|(interview|loop|onsite|on-site)s? (is |are )?(coming up|next week|tomorrow|this week)|(they|interviewers) (look|looking) for|what do (?:[\w-]+ ){0,2}(?:teams|companies|interviewers|recruiters|hiring managers) (?:actually |really |usually |even )?(?:screen|filter|check|test) for|(they|interviewers) (actually |really )?(want|wanna|expect|like) to (hear|see) (from me|from candidates|in (an?|the|my) (answer|design round|interview))|what (do|would|will|might) they (ask|want|expect)|(would|will|does|do|could|might) (this|that|it|[\w-]+) (even |ever |actually |really )?(come up|get asked|be asked) (in|at|during) (an?|the|my) |what (should|do|can|will) i expect (in|at) (an?|the|my) |(rounds?|questions?|interviews?|loops?|screens?) (should|will|would|do|can|might) i (expect|get|face)|what to expect (in|at) (an?|the|my) |what'?s (?:usually |typically )?in (?:an?|the) (?:typical |usual |normal |standard )?(?:[\w-]+ )?(?:interview loop|interview|loop|onsite|on-site)|what (are|do|will) (they|interviewers) (really |actually )?(grad(e|ing)|assess(ing)?|test(ing)?|evaluat(e|ing))|prep(are|aring)?( for)?|to pass|ace|impress\w*|(i|i'?ve) (have|got) (an? )?interview|(organi[sz]e|structure|plan) my answers?|interview for (a |an |the )?\w+ (role|job|position)s?|interviewing for|what (do|does|will) ([\w-]+ ){0,5}interviews? (actually |really |usually )?(test|cover|check|ask|involve|look like)|((every|all|most|the|these|those|a|one|this|that) (\w+ )?|^)job (posts?|postings?|ads?|descriptions?|listings?|openings?|reqs?) (i see |i've seen |i read |out there )?(want|wants|ask|asks|require|requires|list|lists|mention|mentions|say|says|expect|expects))\b/;
// "Does my Kafka work count as distributed systems experience?", "is my job already a DSE job?"
const TELLS_OF_CANDIDATE = /\b(one|the|a|our|my|this|that|every|each) candidates?\b/;
const CROSSOVER =
  /\b((?:is )?(?:any of )?what i(?:'ve| have)? (?:do|did|done|been doing) (?:even |at all |actually )?(?:relevant|useful|transferable)|(?:is|are) (?:my|any of my) (?:experience|background|skills|work) (?:even |at all |actually )?(?:relevant|useful|transferable)|(?:am i|i'?m) (?:starting|going to start|gonna start) from scratch|(does|do|would|will|could|should) ([\w'-]+ ){0,6}count as|claim (real |legit |legitimate |actual |any )?((distributed systems|distsys|dse|infra\w*) )?(experience|work)|counts? as (real |actual |proper )?((distributed systems|distsys|dse|infra\w*) )?(experience|work)|sell (it|that|this) (as|that way)|(?:present|pitch|frame|describe|market) (?:it|that|this|my work|this work|that work|my experience|this experience) as (?:real |legit |actual )?(?:distributed systems|distsys|dse|infra\w*)|call (it|that|this) (a )?(distributed systems|distsys|dse|infra)|(does|would|do) (that|this|it) make (it|me|this|that) (a |an )?(dse|distributed systems|distsys|infra)|qualif(y|ies) as|considered|(?<!\b(to do|doing|into|do) )real (distributed systems|distsys|dse)|(is|am) (that|this|it|my job|i) (already |really |actually )?(a |an )?(doing )?(dse|distributed systems|distsys|infra)|actually doing (distributed systems|distsys)|(turned|turning|turns) into (a |an )?(real |proper |actual )?(distributed systems|distsys|dse|infra\w*) (job|role|position|gig))\b/;
const DAY_TO_DAY =
  /\b(day[- ]to[- ]day|daily|typical (day|week)|spend (their|the|my|your) (time|days?|weeks?)|actually do|all day|on a normal day|(?:is|are) (?:actually |really )?(?:responsible for|in charge of|accountable for))\b|^what (does|do) (an? |the )?[\w -]{2,40} (do|own|work on)\b/;
const PURPOSE_FIRST =
  /^(?:(?:first|second|also|and|so|ok|okay)[, ]+)?if (?:i|we) (?:really )?(?:want|wanted|plan|hope|intend|decide|'d like|would like) to\b[^,?]{0,80},\s*(?=(?:which|what|whats|how|should|do|is|are)\b)/;
const MOVE_WORDS =
  /^.*?\bto (?:move|get|go|switch|transition|break|pivot|end up|land)(?: (?:over|across|more|eventually|someday|later))? (?:toward|towards|into|to|onto|in|on)\s+/;
const ON_A_TEAM = /\b(?:on|in) (?:an?|the|our|my|your|their) (?:[\w/-]+ ){0,2}(?:team|teams|org|group)\b/gi;
const DIFFERS =
  /\bhow (different|much different)\b|\bwhat(?:'s| is| will be| would be) (the )?differen(t|ce)\b|\bhow (will|would|does|do) [\w -]{2,40} (differ|change)\b|\bwhat (?:actually |really |would |will |all )*changes?\b/;
const WHAT_CHANGES = `what (?:actually |really |all )?(?:changes|would change|will change|is different|would be different)`;
const IF_I_MOVE = `(?:if|when|once) (?:i|we) (?:do |actually )?(?:move|switch|go|jump|join|take)`;
const CHANGES_IF_I_MOVE = new RegExp(String.raw`\b${WHAT_CHANGES}\b.*\b${IF_I_MOVE}\b|\b${IF_I_MOVE}\b.*\b${WHAT_CHANGES}\b`);
// Not who pays for what, at the end of its clause: "is the CKA worth doing if my employer pays?".
const PAY =
  /\b(salary|salaries|(?:get|gets|getting|got|be|being|is|are|am|was|were|well|better|best|highest|how|more|less) paid|paid (?:more|less|better|worse|well|enough)|underpaid|overpaid|(?<!\bwithout |['"\u2018\u201C])pay(s|ing)?(?!(?<=\b(?:employer|company|work|job|boss|manager|team|org)s? pays?)\s*(?:[?.!,;]|$))(?! off| for|['"\u2019\u201D]|(?:ment)? (?:call|calls|endpoint|endpoints|button|buttons|request|requests|api|apis|page|flow|flows|service|services|screen|step|steps|route|handler|provider|providers|processor|gateway|link|links|method|methods)\b)|compensation(?! (?:(?:itself|too|also|then|ever) )?(?:steps?|actions?|transactions?|logic|handlers?|events?|messages?|commands?|functions?|operations?|ops|paths?|fails?|failed|failing))|total comp|\btc\b|\b(total )?comp (at|for|range|like|band|wise)\b|\b(eng|engineer|engs|engineers|sre|sres|staff|senior|principal|[le]\d) comp\b|earn(s|ing)?|make (a year|per year|money)|how much (do|does|can|will|would) .{1,40} make|rsus?|\b(?:actually |really |typically |usually )take[- ]home\b|\btake[- ]home pay\b|\blevels\.?fyi\b|equity (is|are|worth|package|grant|refresh)|stock options|bonus(es)?|pay ?band|(a |my |big |what |how big (a )?|how much (of a )?)raise\b|raise (for|after|when|with) (a |my |the )?promo\w*|pay (rise|bump)|counter ?offer|negotiat\w* (my |the |an? )?(higher |better |bigger )?(salary|offer|comp\w*|package|base|raise)|competing offer|negotiat\w* (that|it|this) up|tc[- ]?wise|going (rate|base)|benchmark(ing)? (an?|the|my|our) offer|(?<!\bwithout )lowball\w*|relocation (bonus|package|money|budget|offer)?|what (an?|the) [\w ]{1,45}? makes( (?:at|in) [a-z][\w ]{0,30}?)?( these days| now| nowadays)?$|how much (?:exactly |roughly |money )?should (?:i|we|one) ask for|what (do|does) (an? |the )?[\w -]{1,30}? make (at [a-z]\w*|in (?!terms\b|practice\b)[a-z]\w*|these days|nowadays)|what (do|does) (an? |the )?[\w -]{1,30}? make( now)?$)\b/;

const PAY_SETTLED =
  /\b(both |they |the two )?(pay|paid|salary|salaries|comp|compensation)( is| are)?( about| roughly| basically| pretty much)? (the same|similar|equal|comparable)\b|\bsame (pay|salary|comp)\b/g;

// What to read: "what should I read for that?", "any book recommendations?" ("reads" and "writes" are a store's).
const READING =
  /\b(roadmap|road map|study plan|learning (path|plan)|(fit|belong|go) in(to)? my (learning|studies|study plan|reading)|what (should|do|can|could|would) (i|we|you|someone|one|people|an? [\w-]+( [\w-]+)?) ((at|on) [\w -]{1,30} )?(be )?read(ing)?\b|what to read|(good|best|any|which|recommended?|free) (books?|papers?|reading|resources?|courses?|materials?)|resources? (for|to|on) (learn(ing)?|understand(ing)?|study(ing)?)|books? (recs?|recommendations?|to read|on|about|for)|reading list|(read|study) first|(one|single|first) (good )?books? (to|for|on|about)|books? to (learn|start|get into|understand))\b/;

// What to study or learn is a reading question too, except at school: "what should I study at uni?" asks about the degree.
const STUDY =
  /\bwhat (should|do|can|could|would) (i|we|you) (be )?(study|learn)(ing)?|what to (study|learn)\b|\bhow (do|should|can|would) (i|we|you) (study|prep|prepare) for (it|that|this|the [\w-]+ level|[\w-]+ level|mid[- ]?level|senior|staff|principal)\b|\b(which|what) ([\w-]+ ){0,2}(topics|concepts|areas|subjects|fundamentals) (should|do|must) (i|we) (know|learn|study|master)\b/;
const AT_SCHOOL = /\b(at|in) (uni|university|college|school)\b|\b(degree|major|courses?|classes|electives?)\b/;

const MAKING =
  /^how (do|should|can|would) (i|we|you|one) (write|design|build|set up|create|draft|structure|run)\b|^how to (write|design|build|set up|create|draft|structure|run)\b/;

// Who asks, said in the question: "which one should I read first as a new grad?", "a roadmap for a junior".
const AS_WHO =
  /\s+(?:as|for) an? ((?:new|recent|fresh) grad(?:uate)?|junior|mid[- ]?level|senior|staff|principal|student|beginner)(?: (?:engineer|eng|dev|developer|sre))?(?: (?:on|in|at) (?:an?|my|our|the) [\p{L} -]{1,30}?(?:team|company|startup))?\b/iu;
/** The level a "who asks" phrase stands for: students and beginners read what entry level reads. */
const levelOf = (who: string) => /^(mid|senior|staff|principal)/i.exec(who)?.[1]?.toLowerCase() ?? 'entry';

const WHILE_STUDYING =
  /\s*\b(?:while|whilst) (?:i'?m |i am )?(?:still )?(?:in|at|doing) (?:college|uni|university|school|my degree|my masters|my bachelors?)\b|\b(?:while|whilst) (?:i'?m |i am )?(?:still )?(?:a )?(?:student|studying)\b|\bas an? (?:cs |college |uni |university )?student\b/gi;

// Whether a credential is needed (or can be done without): a question about the credential.
const NEEDS_CREDENTIAL =
  /\b(?:need|needs|require[sd]?|requirement|without|no|have to have|must have|missing|lack of|lacking|not having|don'?t have|never (?:got|finished|did)) (?:an? |my |the )?(?:cs |computer science |college |university |uni |formal |relevant )?(?:degree|masters|master's|phd|diploma)\b/;

/** What reading is for, when it names nothing to read about: "to prep", "before day one", "to close the gap". */
const READING_FOR =
  /\s+(?:(?:to|for) (?:prep|prepare|preparing|get ready)|before (?:day (?:one|1)|i start|starting|my first day|the job starts|i join|joining)|to (?:close|fill) (?:the|my) gaps?|to (?:catch up|level up|get up to speed))[?!. ]*$/i;

/** A leader election, whose candidates and votes are a protocol's ("two candidates splitting the vote"). */
const ELECTION = /\b(?:elections?|split (?:the )?votes?|splitting the vote|vote splits?|votes? for (?:itself|themselves))\b/;

/** Years of work after which someone is past their first job. */
const YEARS_PAST_FIRST_JOB = 2;

/** What kind of career question this is, if it is one. */
export type CareerIntent = 'move' | 'prospects' | 'hiring' | 'candidate' | 'crossover' | 'day-to-day' | 'pay' | 'reading';

/** A new hire's first weeks, asked about by someone who hires ("what does a sane first 90 days look like?"). */
const ONBOARDS =
  /\bfirst (\d+|few|couple of|two|three|six|thirty|sixty|ninety) (days|weeks|months)\b|\bfirst (week|month|quarter)s?\b|\bramp(ing)? (them|him|her|up)\b|\bonboard\w*|\b(?:put|add|let) (?:them|him|her) (?:on|onto|into) (?:the )?(?:pager|on-?call|rotation)\b/;

/** Interviews asked about by someone who hires ("I'm an engineering manager ... how should I structure the interviews?", "what separates a good answer"). */
const INTERVIEWS =
  /\binterview(s|ing|ers?)?\b|\bhir(e|es|ing)\b|\bcandidates?\b|\b(the|our|a|an) loop\b|\bwhat (do|should|would|can) (you|we|i) (even )?ask\b|\b(good|great|strong|solid|weak|bad|poor) ([\w-]+ ){0,2}answers?\b/;

/** What the interviewers should do, said by whoever runs the loop: "what should our interviewers probe for?". */
const INTERVIEWERS_SHOULD = /\bshould (?:the |our |my |your )?(?:interviewers?|panel(?:ists)?|interview panel|loop)\b/;

/** Which level someone else is, asked by someone who hires ("how do we tell if they're senior or staff"). */
const LEVEL_OF_THEM =
  /\bwhat level (?:should|do|would|could|can) we (?:aim|hire|target|go|look|open)\b|\b(?:they'?re|they are|he'?s|she'?s|(?:is|are) (?:they|he|she|them)|them|him|her)\b.*\b(?:junior|mid[- ]?level|mid|senior|staff|principal)\b/;

/** What kind of career question a text is: asked of each reading of a message several times, so remembered. */
export const careerIntent: (question: string) => CareerIntent | null = memoize(128, 1000, careerIntentOf);

function careerIntentOf(question: string): CareerIntent | null {
  const text = foldText(question);
  // "both pay the same", "pay is about the same": the pay is settled, not asked about.
  if (PAY.test(text)) return PAY.test(text.replace(PAY_SETTLED, ' ')) ? 'pay' : null;
  // "what should i read to prep": what to read, for whatever it prepares.
  if (READING.test(text) && /\b(read|reading|books?|papers?)\b/.test(text) && !HIRING.test(text)) return 'reading';
  // "interviewing for a senior role this week. one candidate recited CAP ...": whoever tells of a candidate interviews them;
  // so does whoever says what the interviewers should do ("what signals should the interviewers look for at staff?").
  const interviewersShould = INTERVIEWERS_SHOULD.test(text);
  if (CANDIDATE.test(text) && !TELLS_OF_CANDIDATE.test(text) && !interviewersShould) return 'candidate';
  if (JOB_MARKET.test(text)) return 'prospects';
  // "how does raft deal with two candidates splitting the vote in an election?": Raft's candidates, not a hire's.
  const electionCandidates = ELECTION.test(text) && !HIRING.test(text.replace(/\bcandidates?\b/g, ' '));
  if ((HIRING.test(text) && !electionCandidates) || interviewersShould) return 'hiring';
  if (CROSSOVER.test(text)) return 'crossover';
  // "is it worth moving into fintech" asks about prospects, not the way in.
  if (PROSPECTS.test(text)) return 'prospects';
  // "thinking about moving to a tech company. how different is the day to day going to be?": how the work differs, not
  // the way in.
  if (DIFFERS.test(text) && DAY_TO_DAY.test(text)) return 'day-to-day';
  // "what changes if i move to a tech company?": how the work would differ, not the way in.
  if (CHANGES_IF_I_MOVE.test(text)) return 'day-to-day';
  // "do I need a CS degree to get hired onto an infra team?" asks about the degree, whatever it is needed for.
  if (NEEDS_CREDENTIAL.test(text)) return 'prospects';
  // "... without getting reset to junior" names a level to avoid, not the step asked about.
  // "if something breaks at 3am where do i even start looking": where to start on a problem, not a career.
  const startsOnProblem = STARTS_WHERE.test(text) && SYMPTOM.test(text);
  // "if I want to move toward infra teams, which language should I pick up?": the move is what the question is for; what
  // it asks comes after the comma.
  const asked = text.replace(PURPOSE_FIRST, '');
  if (MOVE.test(asked) && !TECH_MOVE.test(asked) && !LEVEL_STEP.test(asked.replace(/\bwithout\b.*$/, '')) && !startsOnProblem)
    return 'move';
  if (DAY_TO_DAY.test(text)) return 'day-to-day';
  if (READING.test(text) || (STUDY.test(text) && !AT_SCHOOL.test(text))) return 'reading';
  return null;
}

/**
 * The tags an editor puts on the entries that answer each kind of career question
 * (`content/README.md`, "Routing tags"): the search leans towards them for that kind.
 */
export const ROUTING_TAGS: Readonly<Partial<Record<CareerIntent, string>>> = {
  move: 'career-change',
  hiring: 'hiring',
  crossover: 'crossover',
  prospects: 'prospects',
  reading: 'reading',
};
const TAG_BOOST = 1.5;

/**
 * The tags of the career-move entries written for one starting point, by the asker's role or workplace: a move or
 * a "does my work count?" from a platform team is not answered by the data engineers' guide.
 */
const ORIGIN_TAGS: Readonly<Record<string, readonly string[]>> = {
  'backend developer': ['backend'],
  'frontend developer': ['frontend', 'mobile'],
  'data engineer': ['data-engineering'],
  sre: ['sre', 'devops'],
  'devops engineer': ['sre', 'devops'],
  'platform engineer': ['sre', 'devops'],
  bank: ['enterprise', 'finance'],
  enterprise: ['enterprise', 'finance'],
  insurance: ['enterprise', 'finance'],
  government: ['enterprise'],
  researcher: ['research', 'hpc'],
  student: ['student'],
  'bootcamp graduate': ['entry-level'],
  'new grad': ['entry-level'],
};
const OTHER_ORIGIN = 0.8;
const OWN_ORIGIN = 1.2;

/** The starting point a move names itself ("the path from backend to dse", "moving from data eng into infra"). */
const NAMED_ORIGINS: readonly [RegExp, string][] = [
  [/^back[- ]?end\b/, 'backend developer'],
  [/^(front[- ]?end|mobile|react|ios|android)\b/, 'frontend developer'],
  [/^data eng\w*/, 'data engineer'],
  [/^(sres?|site reliability)\b/, 'sre'],
  [/^(devops|ops|sysadmin|operations)\b/, 'devops engineer'],
  [/^platform\b/, 'platform engineer'],
  [/^(banks?|banking|enterprise|insurance)\b/, 'bank'],
];
function originNamedIn(folded: string): string | undefined {
  const after = /\bfrom (?:an? |the )?([\w-]+(?: [\w-]+)?)/.exec(folded)?.[1];
  return after ? NAMED_ORIGINS.find(([pattern]) => pattern.test(after))?.[1] : undefined;
}

/**
 * Puts the guides for the asker's own starting point first, and holds back those for other starting points, when the
 * asker said where they start from: a backend developer who asks whether the move is "realistic" is not answered by
 * the frontend guide because it uses that word.
 */
function otherOrigins(asker: Asker): Record<string, number> {
  const own = new Set([asker.role, asker.industry].flatMap((said) => (said ? (ORIGIN_TAGS[said] ?? []) : [])));
  if (own.size === 0) return {};
  const all = new Set(Object.values(ORIGIN_TAGS).flat());
  return Object.fromEntries([...all].map((tag) => [tag, own.has(tag) ? OWN_ORIGIN : OTHER_ORIGIN]));
}
// The role a move goes to, when it is not ours ("how do I become an SRE?"): the guides for leaving it answer the reverse.
const MOVE_TARGET =
  /\b(?:become|becoming|thinking (?:about|of)|considering|eyeing|get into|getting into|break into|move into|moving into|switch(?:ing)? (?:to|into)|transition(?:ing)? (?:to|into)|pivot(?:ing)? (?:to|into)|(?:job|role|career|position|work|hired|started) as|(?:path|way|route|road) (?:in)?to|go(?:ing)? into|mov(?:e|ing) to|get(?:ting)? to|career in|turn(?:ing)? (?:my|this|that|our) (?:[\w-]+ ){0,3}into|from (?:an? )?[\w-]+(?: [\w-]+)? (?:in)?to) (?:an? )?(sres?|site reliability( engineer(ing)?)?|devops( engineer)?|platform (engineer|engineering|team)|data engineer(ing)?|swes?|software engineer(ing)?)\b/;
const TARGET_ROLES: readonly (readonly [RegExp, string])[] = [
  [/^(sres?|site reliability)/, 'sre'],
  [/^devops/, 'devops engineer'],
  [/^platform/, 'platform engineer'],
  [/^data engineer/, 'data engineer'],
  [/^(swe|software)/, 'software engineer'],
];
const INTO_BOOST = 2.5;
/** The tag of the guide written for a move into operations work, SRE, DevOps or platform (content/README.md, "Routing tags"). */
export const INTO_OPS_TAG = 'into-ops';
/** The tag of the guide written for a move into each role. */
const INTO_TAGS: Readonly<Record<string, string>> = {
  sre: INTO_OPS_TAG,
  'devops engineer': INTO_OPS_TAG,
  'platform engineer': INTO_OPS_TAG,
};
/**
 * Holds back the guides for leaving the role a move goes to, unless the asker is in it already, and puts the guide for
 * moving into it first ("backend dev here, how do I switch to SRE?" is not the backend developers' way into our field).
 */
/** The role a move goes to: the one the question names, or the one the asker told of ("been doing devops ..., thinking about moving into sre"). */
function intoRole(folded: string, asker: Asker): string | undefined {
  const target = MOVE_TARGET.exec(folded)?.[1];
  return (target && TARGET_ROLES.find(([pattern]) => pattern.test(target))?.[1]) || asker.goal;
}
function awayFrom(folded: string, asker: Asker): Record<string, number> {
  const role = intoRole(folded, asker);
  if (!role || asker.role === role) return {};
  const into = INTO_TAGS[role];
  return {
    ...Object.fromEntries((ORIGIN_TAGS[role] ?? []).map((tag) => [tag, OTHER_ORIGIN])),
    // Strongly: the guides for each starting point, the asker's included, lead into distributed systems, not into
    // operations ("backend dev wanting to move into sre" matches the backend guide's every word).
    // A move out of operations work ("can I switch to swe after a year as an sre?") is no move into it.
    ...(into ? { [into]: INTO_BOOST } : { [INTO_OPS_TAG]: OTHER_ORIGIN }),
  };
}

/**
 * The tag of the role a hiring question hires for ("an onboarding plan for an SRE joining next month"): of two guides
 * for the same task, the one written for that role answers it.
 */
const HIRED_ROLE_TAGS: readonly (readonly [RegExp, string])[] = [
  [/\b(sres?|site reliability)\b/, 'sre'],
  [/\bplatform (engineers?|team|hires?)\b/, 'platform'],
];
const HIRED_ROLE = 1.2;
const hiredRole = (folded: string) =>
  Object.fromEntries(HIRED_ROLE_TAGS.filter(([pattern]) => pattern.test(folded)).map(([, tag]) => [tag, HIRED_ROLE]));
/** The weight of the guides written for the other side of an interview or a career (people who hire). */
const OTHER_SIDE = 0.6;
/** The weight of the guides tagged for interviews, for someone who hires: most of them are written for candidates. */
const CANDIDATE_SIDE = 0.8;

export interface SearchPlan {
  query: string;
  options: SearchOptions;
}

/** The content's name for each level the intent reads. */
const LEVEL_NAMES: Readonly<Record<string, string>> = {
  entry: 'entry level',
  mid: 'mid-level',
  senior: 'senior',
  staff: 'staff',
  principal: 'principal',
};

/** The tag of the entries written for each level, and how much a reading question that names the level leans to them. */
export const LEVEL_TAGS: Readonly<Record<string, string>> = { entry: 'entry-level', mid: 'mid-level' };
const NAMED_LEVEL = 1.3;

/** The levels at which what counts is the track record, and how much a credential question from there leans to them. */
const SENIOR_LEVELS: ReadonlySet<string> = new Set(['senior', 'staff', 'principal']);
const AT_LEVEL = 1.3;
const BEGINNERS = 0.75;

const boosts = (entries: Partial<Record<EntryKind, number>>) => entries;

/**
 * How to search for one question: which entries answer this kind of question, and what the
 * asker said about themselves that the search should know.
 */
/**
 * The everyday frames a question about a thing is put in, whose words would otherwise weigh as much as the thing:
 * "what problem does raft solve?", "how does a quorum work?", "why does everyone talk about CRDTs?", "what's the deal
 * with kafka?". Each is read as the plainer question it asks.
 */
const FRAMES: readonly (readonly [RegExp, string])[] = [
  [
    /\bwhat (?:problems?|issues?|pain) (?:does|do|is|are|did) (.{2,60}?) (?:actually |really |even )?(?:solv\w*|fix\w*|address\w*|(?:trying|meant|supposed) to (?:solve|fix))\b/i,
    'why $1',
  ],
  [/\bhow (does|do|would|will|can|could) (.{2,60}?) (?:actually |really |even |exactly )?work\b/i, 'how $1 $2'],
  [
    /\bwhy (?:does|do|is|are) (?:every(?:one|body)|people|ppl|folks|devs|engineers|the internet)(?: keep| always)? (?:talk\w*|rav\w*|hyp\w*|obsess\w*|mention\w*|go(?:ing)? on) (?:about|over|on about)\b(?! the\b)/i,
    // Not "the election": what everyone talks about with "the" is usually the news.
    'why',
  ],
  [/\bwhat(?:'s| is|s) the (?:deal|story|hype|fuss|big deal) (?:with|about)\b/i, 'what is'],
  // "why do people always use odd numbers?", "why does everyone say run etcd on 3 or 5 nodes?": who does it, and how often,
  // is not what is asked; why it is done is.
  [
    /\bwhy (?:does|do) (?:every(?:one|body)|people|ppl|folks|devs|engineers|teams|companies|the docs)(?: (?:always|usually|typically|often|generally|still|all))? (?:(?:say|tell you|recommend|insist)(?: (?:to|that|you should|on))?|(use|pick|choose|run|go with|prefer))\b/i,
    'why $1',
  ],
  // "what's this PACELC thing people always bring up right after": who mentions it, and when, is not what is asked.
  [
    /\b(?:that |which )?(?:every(?:one|body)|people|ppl|folks|devs|engineers|my (?:team|lead|manager|boss)|our (?:team|lead))(?: (?:always|keep|often|constantly|still))? (?:bring(?:s|ing)? up|mention(?:s|ing)?|talk(?:s|ing)? about|throw(?:s|ing)? around|bring(?:s|ing)? it up|keep(?:s)? (?:saying|mentioning))(?: (?:right |just )?(?:after|with|alongside|next to) (?:it|that|this|them))?(?: (?:right after|all the time|a lot|constantly|nowadays|these days|lately))?(?=[?!.,]|$)/i,
    ' ',
  ],
  // "go or java for internship applications": what the choice is for says why it is asked, not what about ("internship"
  // found the students' guide, a rival that sank the language question).
  [
    /\s+for (?:my |our |the )?(?:internship|summer internship|grad(?:uate)? job|new grad job|job)s?(?: (?:applications?|apps|hunting|search))?\s*[?!.]*$/i,
    ' ',
  ],
  // "how do we start doing SLOs?": starting is how a thing is set up, no word of its own ("start" found the alerting entry).
  [
    /\bhow (?:do|should|can|could|would) (?:we|i|you|one) (?:even )?(?:start|begin|get started) (?:doing|using|with|on|adopting|implementing|introducing|setting up|defining|writing|running)\b/i,
    'how do we set up',
  ],
  // "what should i build to show infra teams i know what i'm doing?": something to build on one's own is a side project.
  [
    /\bwhat (?:should|could|can|would|do) (?:i|you) (?:build|make|code|hack on|work on on the side)(?: instead(?: then)?)?\b/i,
    'what side project should i build',
  ],
  // "concrete tasks pls, not the job ad fluff": what the asker does not want is not what they ask about.
  [
    /,?\s*(?:and |but )?not (?:the |a |an |some |just |another |more )?(?:generic |usual |typical |textbook |marketing |corporate )?[\w' -]{1,30}? (?:fluff|stuff|bs|nonsense|version|definitions?|answers?|speak|talk|buzzwords?|platitudes|theory)(?=[?!.]*$)/i,
    ' ',
  ],
  // "exactly once is a lie": whether it is real, not the lying nodes of Byzantine faults.
  [/\b(is|are|'s)(?: just| all| basically| really)? (?:a |an )?(?:lie|lies|myth|myths|hoax|fairy tale)\b/gi, '$1 real'],
  [
    /^((?:is|are|isn'?t|aren'?t) [^?]{2,40}?) (?:just |all |basically |really )?(?:a |an )?(?:lie|lies|myth|myths|hoax|fairy tale)\b/i,
    '$1 real',
  ],
  // "why did our infra lead laugh when someone proposed redlock for the billing cron job?": who reacted, and how, is not
  // the question; what is wrong with what was proposed is ("infra lead" and "job" found career entries).
  [
    /\bwhy (?:did|would|do|does) (?:our|my|the|a|some|every) [\w -]{1,30}? (?:(?:physically|literally|actually|just|all|visibly) )?(?:laugh|cringe|wince|groan|sigh|roll (?:his|her|their) eyes|freak out|push back|veto|shoot (?:it|this|that) down|look at (?:me|us) funny|say no)(?:ed|s)? (?:out loud |at (?:me|us|it|that|this) )?when (?:someone|somebody|i|we|a [\w-]+|my [\w-]+|our [\w-]+) (?:proposed|suggested|mentioned|brought up|pitched|wanted|asked for|tried)(?: to use| using)?\b/i,
    "what's wrong with",
  ],
  // "how do i test incident skills in the interview without it turning into trivia": how it should not feel, which says
  // nothing of what is asked.
  [/,?\s*\bwithout (?:it|this|that|the (?:interview|loop|round)) (?:turning into|becoming|feeling like)\b[^?.!,]*/i, ' '],
  // "is it hard to get right?": not the Right Hand of the staff archetypes.
  [/\b((?:get|gets|getting|got|do|does|doing|done)(?: it| this| that| them| things| everything| these| those)?) right\b/i, '$1 correct'],
];

/** New in a role the words name ("as a new dse", "starting as a distributed systems engineer"), not new to work. */
const NEW_IN_ROLE =
  /\bnew (?!grads?\b)(?:[\w-]+ ){0,3}?(?:sre|dse|engineer|developer|hire)s?\b|\b(?:start|starting|started|joined|joining) as an? (?!new grad|grad|intern)\w/;

/** Who asks before a first job in the field: new to work itself, not to a role. */
const NOT_YET_WORKING: ReadonlySet<string> = new Set(['new grad', 'student', 'researcher', 'bootcamp graduate', 'hiring manager']);

export function planSearch(asked: string, intent: Intent, asker: Asker): SearchPlan {
  // "is a CKA worth it while I'm still in college?": when they ask says who asks (the asker), not what about.
  // "what problem does raft solve?": the problem and the solving are the question's frame; the topic is what is named.
  const question =
    FRAMES.reduce((text, [frame, topic]) => text.replace(frame, topic), asked.replace(WHILE_STUDYING, ' '))
      .replace(/\s+/g, ' ')
      .trim() || asked;
  const folded = foldText(question);
  const read = careerIntent(question);
  // "if I want to move toward infra teams, which language should I pick up?": not a move, so the move's words only say
  // where the asker is headed ("infra teams"); what is asked comes after the comma.
  const purpose = read === 'move' ? null : PURPOSE_FIRST.exec(folded);
  if (purpose) {
    const headed = purpose[0].replace(MOVE_WORDS, '').replace(/[,\s]+$/, '');
    return planSearch(`${question.slice(purpose[0].length)} ${headed}`, intent, asker);
  }
  const career =
    read === null && asker.role === 'hiring manager' && (INTERVIEWS.test(folded) || ONBOARDS.test(folded) || LEVEL_OF_THEM.test(folded))
      ? 'hiring'
      : read;
  const tag = career ? ROUTING_TAGS[career] : undefined;
  const tagBoost = tag ? { [tag]: TAG_BOOST } : undefined;
  switch (career) {
    case 'move': {
      // "How do I get into distributed systems?" from a backend developer is a backend developer's move;
      // a comparison of two roles does not say how to move between them.
      // Where they work counts too: a bank's Java developer moves from an enterprise team.
      // A developer at a bank or an insurer starts from an enterprise team, which has its own guide, whatever they code.
      // One the question names ("the path from backend to dse") is where this move starts, whoever asks.
      const named = originNamedIn(folded);
      const mover: Asker = named ? { role: named } : asker;
      const origin =
        mover.industry && ORIGIN_TAGS[mover.industry]?.includes('enterprise') ? mover.industry : (mover.role ?? mover.industry);
      // A move into operations work ("sysadmin, want to become an sre"): the guide for that move, which the origin's
      // words ("from devops engineer") would only pull towards the guides for leaving it.
      const away = awayFrom(folded, asker);
      const intoOps = Object.keys(away).some((t) => Object.values(INTO_TAGS).includes(t));
      const from = origin && !FROM_SOMEWHERE.test(folded) && !intoOps ? ` from ${origin}` : '';
      // "backend dev thinking about sre, how do ppl usually make that jump": a move into operations work whose words only
      // say "that jump" is searched as becoming that role, which the guide for it is written as.
      // Only a role the question itself names: a goal read from the post ("get onto an infra team") is no role to become.
      const into = away[INTO_OPS_TAG] === INTO_BOOST ? intoRole(folded, {}) : undefined;
      const becoming =
        into && !/\b(?:become|becoming|get into|getting into|break into|move into|moving into|switch(?:ing)? to)\b/.test(folded)
          ? ` become ${into}`
          : '';
      return {
        query: question + from + becoming,
        options: {
          kindBoost: boosts({ faq: 1.2, concept: 0.6, comparison: 0.75 }),
          // Into operations, the guides for the asker's own starting point lead into distributed systems instead.
          tagBoost: { ...(intoOps ? {} : otherOrigins(mover)), ...tagBoost, ...away },
        },
      };
    }
    case 'hiring':
      // The interviewer's side: the guides for candidates ("how to structure your answer") answer the other person.
      // An interviewer's guide carries both tags, so it keeps 1.5 × 0.8 = 1.2.
      return {
        query: question,
        // The role hired for, said in the question or earlier ("new SRE starts on our team ... what does a sane first 90 days look like?").
        options: {
          kindBoost: boosts({ concept: 0.6 }),
          // The guides written for new grads themselves answer the new grad, not whoever hires or onboards one.
          tagBoost: { ...hiredRole(`${folded} ${asker.hires ?? ''}`), ...tagBoost, interviews: CANDIDATE_SIDE, 'new-grad': OTHER_SIDE },
        },
      };
    case 'candidate':
      // The interviewee's side: the interviewer's guides are not what they asked for.
      return { query: question, options: { kindBoost: boosts({ comparison: 0.75 }), tagBoost: { hiring: OTHER_SIDE } } };
    case 'reading': {
      // What to read, for whoever asks: the reading list, and the study plans that say what to read at each level.
      // "... as a new grad" says who asks, not what about: the level's study plan, not the new grads' job guide.
      // What to study, when the level is said elsewhere in the message ("6 months into my first job ... what should I
      // study?"), is that level's study plan; which book to read is the reading list's, whoever asks.
      const studies = /\b(study|studying|learn|learning|plan|know|master)\b/.test(folded) && !AS_WHO.test(question);
      // A level the question names itself ("what should i be studying to get to mid", from an engineer 1) is the one.
      // The level they aim for, when they say one ("mid-level, aiming for senior"): what to study is that level's.
      const studyLevel = asker.aim ?? asker.level;
      const level = studies && studyLevel && !levelNamedIn(question) ? ` ${LEVEL_NAMES[studyLevel] ?? studyLevel}` : '';
      // "a study plan for the senior -> staff jump": the level to reach is the one to study for.
      const step = STEP_UP.exec(question.toLowerCase());
      const asked = step ? question.slice(0, step.index) + question.slice(step.index + step[1]!.length) : question;
      // "what should i read to prep": a purpose with nothing to prepare for says only that it is for study; so do "before
      // day one" and "to close the gap", whose words would find a first week's plan or a move guide instead of books ("that gap"
      // points back at what the last answer said is missing, and stays).
      const query =
        asked
          .replace(AS_WHO, (_, who: string) => ` ${LEVEL_NAMES[levelOf(who)]} `)
          .replace(READING_FOR, '')
          .trim() + level;
      // "what should someone at staff level be reading?": that level's study plan, not the one whose name says "level".
      const named = levelNamedIn(asked);
      const forLevel = named ? { [LEVEL_TAGS[named] ?? named]: NAMED_LEVEL } : {};
      return {
        query,
        options: { kindBoost: boosts({ concept: 0.7 }), tagBoost: { reading: TAG_BOOST, learning: TAG_BOOST, ...forLevel } },
      };
    }
    case 'crossover':
      // Whether one's own work counts: the guides for whoever hires ("job ads" read by the asker) answer someone else.
      return {
        query: question,
        options: { kindBoost: boosts({ concept: 0.7 }), tagBoost: { hiring: OTHER_SIDE, ...otherOrigins(asker), ...tagBoost } },
      };
    case 'prospects': {
      // "will the missing degree hurt me for staff roles?": what counts at that level, not the way in for beginners.
      const level = levelNamedIn(question) ?? asker.level;
      const atLevel: Record<string, number> =
        NEEDS_CREDENTIAL.test(folded) && level && SENIOR_LEVELS.has(level) ? { [level]: AT_LEVEL, 'entry-level': BEGINNERS } : {};
      return { query: question, options: { kindBoost: boosts({ concept: 0.7 }), tagBoost: { ...tagBoost, ...atLevel } } };
    }
    case 'day-to-day': {
      // "what does a staff engineer own on an infra team?": the team a level works on says where, not what about.
      const query = levelNamedIn(question) ? question.replace(ON_A_TEAM, ' ') : question;
      // How the work differs or changes ("moving from a bank to a tech company, what actually changes day to day?") is
      // what a comparison of the two answers, not held back like a comparison for what one role does.
      const differs = DIFFERS.test(folded);
      return { query, options: { kindBoost: boosts({ role: 1.3, level: 1.3, faq: 1.1, comparison: differs ? 1 : 0.75 }) } };
    }
    default:
  }
  // Someone telling of their own work ("i'm staff and haven't coded in months: a warning sign?") asks about
  // their own career: the guides for people who hire answer a different person.
  const ownCareer = asker.level !== undefined || (asker.role !== undefined && asker.role !== 'hiring manager');
  // Nor, from someone past their first job ("staff eng here, i havent merged anything in months"), the guides written
  // for new graduates.
  // Years of work said count too ("backend dev, ~4 yoe"): two or more are past a first job.
  const pastFirst = (asker.level !== undefined && asker.level !== 'entry') || (asker.years ?? 0) >= YEARS_PAST_FIRST_JOB;
  const pastFirstJob: Record<string, number> = pastFirst ? { 'new-grad': OTHER_SIDE } : {};
  // Their own first weeks in a role they name ("first 90 days as a new sre") are what that role's onboarding plan sets
  // out, for whoever onboards them and for them alike: the plan keeps its weight, and the new grads' guide is for
  // someone new to work, not to the role.
  const newToRole =
    ONBOARDS.test(folded) &&
    ((asker.role !== undefined && !NOT_YET_WORKING.has(asker.role)) || NEW_IN_ROLE.test(folded)) &&
    asker.level !== 'entry';
  const ownFirstDays: Record<string, number> = newToRole ? { onboarding: 1 / OTHER_SIDE, 'new-grad': OTHER_SIDE } : {};
  const notHiring: Record<string, number> | undefined = ownCareer
    ? { hiring: OTHER_SIDE, ...pastFirstJob, ...ownFirstDays }
    : newToRole
      ? ownFirstDays
      : undefined;
  // A comparison entry answers a question that compares; elsewhere it competes with the entry of one of its sides.
  const notComparing = intent.type === 'comparison' ? {} : { comparison: 0.75 };
  if (intent.type === 'level') {
    // "what does an L5 need": the level by the name the content uses too.
    const named = new RegExp(`\\b${intent.level}`).test(folded) ? '' : ` ${LEVEL_NAMES[intent.level] ?? intent.level}`;
    return { query: question + named, options: { kindBoost: boosts({ level: 1.5, ...notComparing }), tagBoost: notHiring } };
  }
  // "how do I write our org's first engineering standards?": how to make something is a guide's question; the level
  // whose people make such things only names who does it.
  if (MAKING.test(folded))
    return {
      query: question,
      options: { kindBoost: boosts({ guide: 1.25, level: 0.8, role: 0.8, ...notComparing }), tagBoost: notHiring },
    };
  if (intent.type === 'definition')
    return { query: question, options: { kindBoost: boosts({ concept: 1.3, role: 1.2, ...notComparing }), tagBoost: notHiring } };
  return { query: question, options: { kindBoost: boosts(notComparing), tagBoost: notHiring } };
}
