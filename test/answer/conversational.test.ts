import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKey, createBot, fullText, loadContent, shownText, type Answer, type ConversationState } from '../../src/index.js';
import { cleanMessage } from '../../src/understand/clean.js';
import { splitMessage } from '../../src/understand/split.js';
import { readAsker } from '../../src/understand/asker.js';
import { readFollowUp } from '../../src/understand/follow-up.js';
import { REAL_CONTENT } from '../helpers.js';

// The real content: these are the ways people really write, each of which the bot once got wrong.
const bot = createBot({ knowledgeBase: loadContent(REAL_CONTENT) });
const ask = (q: string, previous?: ConversationState | null) => bot.ask(q, { platform: 'cli' }, previous);
const ids = (answer: Answer) => (answer.kind === 'answer' ? answerKey(answer).split('+') : []);
/** The entry each part of a multi-part reply answered with. */
const partIds = (answer: Answer) => answer.parts.map((part) => part.entryId);
/** Asks each message of a conversation after the one before, and returns the last answer. */
function converse(...messages: string[]): Answer {
  let previous: ConversationState | null = null;
  let answer!: Answer;
  for (const message of messages) {
    answer = ask(message, previous);
    previous = answer.conversation;
  }
  return answer;
}

describe('career questions go to the entry that answers them, not one that names the topic', () => {
  it.each([
    ['how do i become a distributed systems engineer', 'how-to-start'],
    ['how are SRE and devops different', 'sre-vs-devops'],
    // The rounds the asker should expect are the candidate's side of the loop, not the guide to designing one.
    ['what kind of rounds should i expect in an sre interview loop?', 'sre-interviews'],
    // What is in a loop, asked as one who will sit it: the candidate's side, not how to design one.
    ["what's in a typical sre interview loop?", 'sre-interviews'],
    ['what books should i read', 'reading-list'],
    // Where to start reading is the reading list's best single starting point, not the SRE books' first chapters.
    ['whats the one book to start with?', 'reading-list'],
    // "This stuff" is the field: its word "stuff" found a study plan that says it.
    ['one book to learn this stuff, which?', 'reading-list'],
    // A retry storm told, then the policy asked: the retries entry, not network partitions (the blip that started it).
    [
      'had a ~30s network blip yesterday and the api stayed down for 20 minutes after the network came back. every client was hammering it with retries at the exact same moments. what should our retry policy look like so this doesnt happen again?',
      'timeouts-and-retries',
    ],
    // "the consistency model zoo" is a crowd of models, not another field's zoo.
    ["where does 'read your own writes' fit in the consistency model zoo", 'consistency-models'],
    // Recruiters filtering someone without a degree: what counts instead of the degree, not the certifications entry.
    [
      '12 yoe, no degree (dropped out in second year). aiming for staff roles at bigger companies now. are recruiters going to filter me out?',
      'competency-over-credentials',
    ],
    // Whether a method is worth learning is answered where it is explained, with where it paid off.
    ['tla+ worth learning or is it just an academic flex', 'jepsen-and-model-checking'],
    // "sys design" is system design: how deep the round goes at two levels, not what the two levels are.
    ['how deep is sys design expected for an L4 vs an L5 loop? interviewing for both at different cos', 'system-design-interview'],
    // Which hop of a call is slow is what a trace shows, not how to debug production in general.
    [
      'one api call takes 3s sometimes and it goes through ~12 services. how do i find out which hop is the slow one',
      'distributed-tracing',
    ],
    // The field's areas, whatever word is used for the kinds.
    ['what are the main flavors of distsys work?', 'functional-areas'],
    ['backend dev, 4 yrs node + postgres. how do i pivot into distributed systems?', 'backend-to-distributed-systems'],
    ['we are hiring our first SRE, what should the interview loop look like', 'interview-loop-design'],
    ["what do seniors do that mids don't", 'mid-vs-senior'],
    ["keep getting 'strong technically but not senior yet' in reviews. what do seniors do that mids don't?", 'mid-vs-senior'],
    ['should i go sre or dse', 'dse-vs-sre'],
    ['why does a 3 node cluster survive only one failure', 'quorum'],
    // A big company's level codes, and where the asker works said in passing.
    ['L3 for 18 months, what gets me to mid?', 'entry-vs-mid'],
    // A move into operations, however it is put: the guide for that move, not the role, nor the asker's own way in.
    ['whats the way into sre', 'how-to-become-sre'],
    // The kinds of jobs there are: the field's areas, not how a job posting is written.
    [
      "job posting says 'distributed systems engineer' but the bullets read like sre. what kinds of distsys jobs even are there?",
      'functional-areas',
    ],
    ['backend dev wanting to move into sre, how', 'how-to-become-sre'],
    // Claiming experience is asking whether the work counts.
    [
      "my title is 'backend engineer' but I spend most of my time on our multi-region failover and tuning quorum settings for our cassandra cluster. can I legitimately claim distributed systems experience when applying?",
      'role-crossover',
    ],
    // Whether a degree is worth it is the education guide's to say (tagged for prospects questions).
    ['is a masters worth it for infra roles, or should I just get a job and learn on the job', 'education'],
    // A step down is a question of prospects.
    ['my lead says moving to sre is a step down. is that true?', 'sre-career-path'],
    // Leaving a level is the step to the next one.
    ['when do i stop being junior', 'entry-vs-mid'],
    ['how long until im not junior anymore', 'entry-vs-mid'],
    ['how do i get past senior', 'senior-vs-staff'],
    // So is the way to a level.
    ['what does the path to staff look like?', 'senior-vs-staff'],
    ['path to principal', 'staff-vs-principal'],
    ['e6 vs e5', 'senior-vs-staff'],
    ["I'm a backend dev at a logistics company. what is the saga pattern?", 'sagas'],
    ['what does an sre actually do day to day', 'site-reliability-engineer'],
    ['backend eng and distsys eng, same job w/ a fancier title?', 'dse-vs-backend'],
    // "As a student" says who asks; the question is about the certificate.
    ['is the CKA worth paying for as a student or is it a waste', 'certifications'],
    // Two levels named around a topic of its own ("certs") set nothing side by side.
    ['are certs (aws sa pro, cka etc) worth anything at senior level or is that purely a junior thing', 'certifications'],
    ['what kinds of distsys jobs even exist? storage, infra, ...?', 'functional-areas'],
    // Layoffs asked about as the job market, not as an office matter.
    ['with all the layoffs is distsys still worth going into or is the market cooked', 'demand-drivers'],
    // Who the asker is comes before the role they want ("sysadmin, want to become an sre"); the move is into that role.
    [
      "windows/vmware sysadmin for 6 years, want to become an sre. what do i need to learn that i probably don't already know",
      'how-to-become-sre',
    ],
    ['bootcamp grad (web dev) — any realistic path into infra / platform jobs?', 'apprenticeships-and-bootcamps'],
    ['bootcamp grad (web dev). is there any path into infra from here or am i cooked', 'apprenticeships-and-bootcamps'],
    // "What i already do" is the asker's own role, which the post names.
    [
      "backend dev, 4 yoe, i use kafka and postgres all day. how is a 'distributed systems engineer' different from what i already do",
      'dse-vs-backend',
    ],
    // A developer at an insurer or a bank starts from an enterprise team, which has its own guide.
    [
      'been a java dev at an insurance company for 6 years, mostly batch jobs and some kafka. is it realistic to move into a proper distributed systems role in a year or so?',
      'enterprise-to-distributed-systems',
    ],
    // "A senior backend dev" is the backend engineer; the level only says which.
    ["honest q, what does a dse do that a senior backend dev doesn't? feels like the same job with a fancier title", 'dse-vs-backend'],
    // "Platform team" is the platform engineer by another word for a role, not a topic that outvotes the comparison.
    ['SRE or platform team, which is better long term if i like building tools more than firefighting?', 'sre-vs-platform-engineer'],
    ["what kind of side project would actually impress an infra team? everyone online says 'deploy a todo app on k8s'", 'side-projects'],
    [
      'i write core banking java at a big bank. how do i get to the cloud-native distributed side of things?',
      'enterprise-to-distributed-systems',
    ],
    ['do we actually need a distributed systems engineer or would an SRE cover it? ~30 microservices on k8s', 'dse-vs-sre'],
    ['how long does it usually take to go from junior to mid on an infra team', 'entry-vs-mid'],
    [
      'devops eng, 5 yrs of terraform and jenkins. what gap do i need to close to do real distributed systems work',
      'sre-to-distributed-systems',
    ],
  ])('%j → %s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it.each([
    ['been staff for a year and mostly write docs now, barely any code. is that normal?', 'do-staff-engineers-code'],
    ["I'm staff now and I've barely touched code this quarter. should I be worried?", 'do-staff-engineers-code'],
  ])('takes a verdict asked on what the message told ("is that normal?") as about that: %j', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it.each([
    [
      'Ops person here. My manager asked me to figure out how our services could find each other without hardcoded addresses. What do teams usually use?',
      'service-discovery',
    ],
    [
      'Mobile dev here. I got curious about how apps like Notion let two people edit the same page offline and merge later. What is this called?',
      'crdt',
    ],
  ])('answers a vague question about the question the post tells of ("figure out how ..."): %j', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('reads "make the switch without being knocked down to junior" as a move, not a comparison with junior', () => {
    const question =
      "frontend dev for 5 years. there's an opening on our storage team. how do I make the switch without being knocked down to junior?";
    expect(ids(ask(question))).toEqual(['frontend-to-distributed-systems']);
  });

  it('reads "does that make it distributed systems work?" after what the asker does as a crossover question', () => {
    const question = 'i own our postgres failover and replication setup at work. does that make it distributed systems work?';
    expect(ids(ask(question))).toEqual(['role-crossover']);
  });

  it.each([
    "lead here. what should a junior's first 30 days look like on our storage team?",
    'EM here, our first storage engineer starts in two weeks. how should I structure their first three months so they are not on the pager on day 3?',
  ])("reads a newcomer's first days or months as onboarding, asked by whoever onboards them: %j", (question) => {
    expect(ids(ask(question))).toEqual(['onboarding-plan-dse']);
  });

  it('reads the role in "we are hiring our first senior SRE" as the hire, not the asker', () => {
    const question = "we're hiring our first senior SRE and nobody here has done ops. what should the interview process look like?";
    expect(ids(ask(question))).toEqual(['interview-loop-design']);
  });

  it.each(['what should I read first as a new grad on an infra team?', 'any book recs as a new grad?', 'any roadmap for a fresh grad?'])(
    'gives what to read at the level of whoever asks "... as a new grad", not the new grads\' job guide: %j',
    (question) => {
      expect(ids(ask(question))).toEqual(['study-plan-entry']);
    },
  );

  it("reads an interviewee's question as one, not as the hiring side", () => {
    expect(ids(ask('system design interview for senior infra roles - what do they look for'))).not.toContain('interview-loop-design');
  });
});

describe('problems told as they happened, in the words of the people who had them', () => {
  it.each([
    ["thinking of joining a payments infra team. what's different about working on systems that move money", 'financial-infrastructure'],
    [
      'mobile client hit a timeout on POST /charge, retried, and the customer got billed twice. how do people normally stop that',
      'idempotency',
    ],
    [
      'yesterday we had a network blip between our two DCs and BOTH mysql nodes decided they were primary. how do we fix this',
      'split-brain',
    ],
    [
      'my manager only looks at avg latency on the grafana board, it says 40ms and looks fine but users say the app is slow. what should i be showing him',
      'latency-percentiles',
    ],
    ["how does consul/cassandra figure out a node is dead when there's no central server watching everyone", 'gossip-protocols'],
    // "has died" is how the content's "dead" is said; "the generals who lie" are Byzantine.
    ['no master node in cassandra, so how do the other nodes figure out one of them has died?', 'gossip-protocols'],
    ['health checks all green but customers in one AZ keep timing out. is there a name for this kind of failure?', 'gray-failure'],
    [
      'a single checkout request hops through ~12 services and somewhere along the way it gets slow. how do I see where the time is going?',
      'distributed-tracing',
    ],
    ['why does the version with generals who lie need 4 nodes to survive just 1 bad one?', 'byzantine-fault-tolerance'],
    // The candidate's side: "what are they grading?" is not the interviewer's guide, but the entry on what a system
    // design round checks.
    ['system design interview for a senior infra role next week, what are they really grading?', 'system-design-interview'],
  ])('%s → %s', (message, id) => {
    expect(ids(ask(message))).toContain(id);
  });
});

describe('numbers and plain phrases', () => {
  it('reads a status code as the name it is ("HTTP 429"), though small numbers name nothing', () => {
    expect(ids(ask('we keep getting 429 back from the partner api'))).toEqual(['rate-limiting']);
  });

  it('reads "from scratch" as having no experience, not as the zero of "zero downtime"', () => {
    expect(ids(ask('starting distributed systems engineering from zero'))).toEqual(['how-to-start']);
  });
});

describe('when and how they pay are not pay', () => {
  it('answers "worth paying for while I\'m still at uni?" about the thing, not as a salary question', () => {
    expect(ids(ask("is the CKA worth paying for while I'm still at uni?"))).toEqual(['certifications']);
  });
});

describe('what to read, asked as resources or courses', () => {
  it('gives the reading list for "good resources for learning consensus" and "best free course"', () => {
    expect(ids(ask("anyone know good resources for learning consensus that aren't just the raft paper"))).toEqual(['reading-list']);
    expect(ids(ask('best free course for distributed systems'))).toEqual(['reading-list']);
  });
});

describe('study questions', () => {
  it('reads "where does X fit into my learning" as a study question, answered by the study plan of the level', () => {
    expect(ids(ask('where does vector clocks stuff fit into my learning as a mid-level engineer?'))).toEqual(['study-plan-mid']);
  });

  it.each([
    'anyone have a study plan / book list for the senior -> staff jump?',
    "any study plan for going from senior to staff? like actual books, not 'be more strategic'",
  ])('answers a study plan for a step up with the plan for the level to reach: %s', (message) => {
    expect(ids(ask(message))).toEqual(['study-plan-staff']);
  });
});

describe('ways in', () => {
  it('answers a bootcamp graduate asking whether the field is realistic with the bootcamp way in', () => {
    expect(ids(ask('bootcamp grad, no degree. is distsys realistic for me or not?'))).toEqual(['apprenticeships-and-bootcamps']);
  });

  it('reads "how different is the day to day going to be?" after a planned move as how the work differs, not the way in', () => {
    const answer = ask('sre at a bank, thinking about moving to a tech company. how different is the day to day going to be?');
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
  });

  it('answers a move into SRE or platform work with the way in, not the guide for leaving SRE', () => {
    expect(ids(ask('how do I become an SRE'))).toEqual(['how-to-become-sre']);
    expect(ids(ask('how do i become a platform engineer'))).toEqual(['how-to-become-sre']);
    expect(ids(ask("i'm an SRE, how do i get into distributed systems"))).toEqual(['sre-to-distributed-systems']);
  });

  it('reads "pitch myself to the infra team" as a move, from where the asker stands', () => {
    const answer = ask('full-stack java/spring dev. how do I pitch myself to the storage or infra team internally?');
    expect(ids(answer)).toEqual(['backend-to-distributed-systems']);
  });
});

describe('degrees', () => {
  it('reads "a master\'s", "a bachelor\'s" as degrees, not the master of a database', () => {
    expect(ids(ask("would a master's help me get onto a database team?"))).toEqual(['education']);
    expect(ids(ask("will a bachelor's be enough for a database job"))).toEqual(['education']);
  });

  it('reads whether a degree is needed as a question about the degree, not about the way in', () => {
    expect(ids(converse('ELI5 CRDTs pls', 'totally unrelated, but do I need a CS degree to get hired onto an infra team?'))).toEqual([
      'education',
    ]);
    const post =
      "final year electrical eng student, not CS. i've done a bunch of embedded C and some python, and i got really into networking this year (wrote a tiny tcp stack for a microcontroller!). is it possible to get into infra / distributed systems without a cs degree, or am i kidding myself? and which language should i double down on, c++ or go?";
    expect(ids(ask(post)).sort()).toEqual(['education', 'which-language']);
  });
});

describe('verdicts and settings around the topic', () => {
  it.each([
    ['exactly-once in kafka... real or just marketing?', 'exactly-once'],
    ['crdts for offline sync, real thing or hype?', 'crdt'],
  ])('reads "real or marketing?" as a verdict on what comes before it: %j', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('reads where the asker heard a term ("in our retro") as no part of the question', () => {
    expect(ids(ask("my lead mentioned 'backpressure' in our retro today. what does that mean?"))).toEqual(['backpressure']);
  });
});

describe('asking for a name', () => {
  it('reads "what is X called" as asking for a name, not about on-call', () => {
    const answer = ask('my service retries and the charge goes through twice. what is the fix called?');
    expect(answer.kind).toBe('answer');
    expect(answer.title).not.toMatch(/on-call/i);
  });
});

describe('words the content never uses do not sink a good question', () => {
  it.each([
    ['exactly once delivery is it real or a myth', 'exactly-once'],
    ['quick q - wats a crdt lol', 'crdt'],
    // What people call a thing, not what the content calls it.
    ['sre vs swe', 'sre-vs-software-engineer'],
    ['shoot the other node in the head', 'split-brain'],
    ['how do i break prod on purpose without hurting users', 'chaos-engineering'],
    ['what do interviewers ask junior vs staff candidates in distributed systems', 'interview-signals-by-level'],
  ])('%j → %s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('answers "is it worth moving into fintech" from the finance entries', () => {
    expect(['finance-vs-cloud-native', 'financial-infrastructure']).toContain(ask('is it worth moving into fintech').entryId);
  });
});

describe('long messages and several questions in one', () => {
  it('reads "I\'m an engineering manager, what is raft?" as who asks, then the question', () => {
    expect(ids(ask("I'm an engineering manager, what is raft?"))).toEqual(['raft']);
  });

  it('reads "couple of things from a junior:" as announcing the questions, not as one of them', () => {
    const answer = ask('couple of things from a junior: 1) what is a quorum? 2) what is a lease?');
    expect(answer.parts.map((part) => part.kind)).toEqual(['answer', 'answer']);
  });

  it('reads "these teams" as the teams the post named before ("a data platform team")', () => {
    expect(ids(ask('just moved to a data platform team at a bank. what do these teams usually build and run?'))).toEqual([
      'data-platforms',
    ]);
  });

  it('answers "and what\'s a hybrid logical clock" after a comparison on its own, not as that comparison again', () => {
    expect(ids(ask("vector clocks vs lamport clocks? and what's a hybrid logical clock")).sort()).toEqual([
      'lamport-vs-vector-clocks',
      'logical-clocks',
    ]);
  });

  it('reads where the asker heard of a term ("at a meetup") as no part of the question', () => {
    expect(ids(converse('heard crdts mentioned at a meetup, what are they', "got a real world example of where they're used?"))).toEqual([
      'crdt',
    ]);
  });

  it.each([
    ["3 qs sorry: what's a saga, what's the outbox pattern, and do i need both?", ['sagas', 'transactional-outbox']],
    // "and is that the same thing as ..." asks a second question about what the first named.
    ["what's mTLS and is that the same thing as zero trust", ['mtls-and-service-identity', 'zero-trust']],
    // "how kafka [does exactly once]" is a clause cut short, not a side to compare.
    [
      "what's an idempotency key and is that basically how kafka does exactly once or is that something else",
      ['exactly-once', 'idempotency'],
    ],
    // Who asks says nothing about what to read: the reading list, not the new grads' job guide.
    ['new grad here! 1) which language should i learn for infra 2) any books to start with', ['reading-list', 'which-language']],
    // A numbered list on one line: "1." does not end a sentence, and item 2 is a question though it has no question word.
    [
      'couple quick ones: 1. work will pay for the CKA. worth the study time if my long-term goal is a distsys team? 2. next language for infra work, Go or Rust?',
      ['certifications', 'which-language'],
    ],
    // "than CAP to bring up in interviews": the side is CAP, not interview questions.
    ['2 qs 🙏 1) what is PACELC and 2) is it actually better than CAP to bring up in interviews', ['cap-vs-pacelc', 'pacelc']],
    [
      "two quick ones: what's actually different between a saga and 2PC, and when would I add the outbox pattern on top?",
      // When to add the outbox is the outbox's to say, not a side by side of the outbox and 2PC.
      ['sagas-vs-two-phase-commit', 'transactional-outbox'],
    ],
  ])('answers every part of %s', (message, expected) => {
    expect(ids(ask(message)).sort()).toEqual(expected);
  });

  it('reads a remark after "two things:" ("at my co they look like the same job with a different pay band") as the situation, not a third question', () => {
    const answer = ask(
      "two things: do staff engs still write much code? and what's the real difference between staff and principal, at my co they look like the same job with a different pay band",
    );
    expect(ids(answer).sort()).toEqual(['do-staff-engineers-code', 'staff-vs-principal']);
  });

  it.each([
    ['eli5 vector clocks? also is that what crdts use under the hood', ['crdt', 'vector-clocks']],
    ["what's event sourcing? and do i need it if i want cqrs or are they separate", ['cqrs', 'event-sourcing']],
    ["devops vs platform eng, what's different day to day? and is a CKA worth it for either", ['certifications', 'platform-vs-devops']],
  ])(
    'answers a last sentence that starts with "and" or "also" and has no question mark as a question of its own: %s',
    (message, expected) => {
      expect(ids(ask(message)).sort()).toEqual(expected);
    },
  );

  it.each([
    [
      'how is an error budget calculated, and how do ppl alert on it without getting paged every 10 min?',
      ['alerting', 'slos-and-error-budgets'],
    ],
    [
      'how do i structure a sys design answer when i only get 45 min? and more generally what are they testing in the other rounds for a mid level infra role',
      ['interviews', 'system-design-interview'],
    ],
    ['what books should i read on distsys and what order should i tackle the topics in?', ['reading-list', 'what-to-learn-first']],
  ])('answers a second part that leans on the first but asks about a neighbouring entry: %s', (message, expected) => {
    expect(ids(ask(message)).sort()).toEqual(expected);
  });

  it('keeps "if not, how do I ...?" with the part before it, not with whatever its words find alone', () => {
    const answer = ask('is kafka ordering guaranteed across a whole topic? if not, how do I keep all events for one customer in order?');
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
  });

  it('reads a list of options after a question ("leetcode, design, or trivia?") as part of it, from the candidate\'s side', () => {
    expect(ids(ask('what do junior infra interviews actually test? leetcode, system design, or raft trivia?'))).toEqual(['interviews']);
  });

  it('reads a remark after the comma ("..., everything I read assumes a PhD") as the asker\'s situation, not the question', () => {
    expect(ids(ask('how do i get into distributed systems, everything i read seems to assume a phd already'))).toEqual(['how-to-start']);
  });

  it('reads "when X gets slow, Y keeps growing" as telling, and offers what the post is about for "how do we deal with that?"', () => {
    const answer = ask(
      'we run a kafka consumer that writes to postgres. when postgres gets slow the consumer falls behind and memory keeps climbing. how do we deal with that?',
    );
    const offered = answer.kind === 'answer' ? ids(answer) : answer.suggestions.map((s) => s.id);
    expect(offered[0]).toBe('backpressure');
  });

  it('answers a first post with a greeting and a few sentences about the asker', () => {
    const answer = ask(
      "hey all! first post here 👋 I'm a backend engineer at a mid-size bank, mostly java services and some kafka. " +
        'how do I move into distributed systems work? thanks in advance!',
    );
    expect(answer.kind).toBe('answer');
    // A backend engineer's way in (at a bank: the enterprise route is as good).
    expect(['backend-to-distributed-systems', 'enterprise-to-distributed-systems']).toContain(answer.entryId);
  });

  it('reads "which one fits?" as a choice between the two things the post named before it', () => {
    const answer = ask(
      "Hey folks, senior backend engineer at an e-commerce company (Go, Postgres, a bit of Redis). My team just inherited the order pipeline, which spans 5 services, and we keep ending up with orders stuck half-finished when one service fails partway through. I've seen sagas and 2PC mentioned. Which one fits this kind of problem?",
    );
    expect(ids(answer).length).toBeGreaterThan(0);
    for (const id of ids(answer))
      expect(['sagas', 'two-phase-commit', 'distributed-transactions', 'sagas-vs-two-phase-commit']).toContain(id);
  });

  it('reads "which one fixes that?" as a choice between two things the post names in one sentence, in any words', () => {
    const answer = ask(
      'our db is at 4TB and writes choke at peak. one teammate wants read replicas, another wants to shard by customer. which one fixes that?',
    );
    expect(ids(answer)).toEqual(['replication-vs-sharding']);
  });

  it('names the questions it left for later, and never claims to have answered parts it did not show', () => {
    const answer = ask('what is raft? what is paxos? what is a crdt? what is a quorum?');
    expect(answer.parts).toHaveLength(3);
    expect(answer.summary).toContain('“what is a quorum”');
    expect(answer.summary).not.toMatch(/first three/);
  });

  it('leaves out a part that only leans on the answered one, instead of saying it was not understood', () => {
    const answer = ask('what is a crdt, and where does it even live?');
    expect(answer.entryId).toBe('crdt');
    expect(answer.summary).not.toMatch(/not sure what this part asks/);
  });

  it('answers a career move asked twice over, with no "not sure what this part asks" beside it', () => {
    const answer = ask(
      "I'm a React dev at an agency, 5 years in. is going into distributed systems a pipe dream? where would I even start?",
    );
    expect(ids(answer)).toEqual(['frontend-to-distributed-systems']);
    expect(answer.summary).not.toMatch(/not sure what this part asks/);
  });

  it('says each part once in the whole answer: the details go on from the gists shown first', () => {
    const answer = ask('what is raft, and how is it different from paxos?');
    const gist = answer.summary.split('\n')[1]!;
    expect(fullText(answer).split(gist)).toHaveLength(2);
  });

  it('splits "..., and separately what is ..." into its own part', () => {
    const answer = ask("what's cqrs, do i need event sourcing to use it, and separately what's the outbox pattern?");
    // ", do i need event sourcing to use it" is a question of its own too, between the two.
    const parts = partIds(answer);
    expect(parts[0]).toBe('cqrs');
    expect(parts.at(-1)).toBe('transactional-outbox');
  });

  it('splits "..., and once we have an slo how do we ..." where a clause leads into the second question', () => {
    const answer = ask(
      'sli slo sla whats the difference, and once we have an slo how do we alert on it without getting paged every night?',
    );
    expect(partIds(answer)).toEqual(['slos-and-error-budgets', 'alerting']);
  });

  it('reads "new grad here 👋 three qs: ..." as who asks, then three parts; whether a masters is worth it is the education entry\'s', () => {
    const answer = ask(
      'new grad here 👋 three qs: is a masters worth it, which language should i go deep on (i know python and some java), and what kind of project would actually impress infra teams?',
    );
    expect(partIds(answer)).toEqual(['education', 'which-language', 'side-projects']);
  });

  it('answers "and what should i read to prep" with the reading list, beside the question before it', () => {
    const answer = ask('do i need to know paxos for a senior interview or is raft enough? and what should i read to prep');
    expect(partIds(answer)).toEqual(['raft-vs-paxos', 'reading-list']);
  });

  it('answers each of two questions under its own title', () => {
    const answer = ask('what is CAP, and also PACELC?');
    expect(answer.parts.map((p) => p.entryId)).toEqual(['cap-theorem', 'pacelc']);
    expect(answer.summary).toMatch(/\*\*1\. CAP theorem[^*]*\*\*/);
    expect(answer.summary).toMatch(/\*\*2\. PACELC[^*]*\*\*/);
  });

  it('answers "two questions: ..., and ..." in two parts, the second read against the first', () => {
    const answer = ask(
      "two questions: what's the difference between replication and sharding, and which one do interviewers ask about more",
    );
    expect(answer.parts).toHaveLength(2);
    expect(ids(answer.parts[0]!)).toEqual(['replication-vs-sharding']);
  });

  it("says which part it did not understand, without echoing the user's markup", () => {
    const answer = ask('what is a quorum? also <@U123> what is the blorptastic zorbulator?');
    expect(answer.parts.map((p) => p.kind)).toEqual(['answer', 'decline']);
    expect(answer.summary).toContain("I'm not sure what this part asks");
    expect(answer.summary).not.toContain('<@');
  });
});

describe('a question and a comparison with its topic, in one message', () => {
  it('answers with the comparison alone when it would say one side again, and beside it when it is written out', () => {
    // Put together from the two entries, the comparison says what each side is.
    const built = ask("what's a bulkhead, and how is it different from rate limiting?");
    expect(built.parts).toEqual([]);
    expect(ids(built).sort()).toEqual(['bulkhead', 'rate-limiting']);
    // The content's own comparison says how they differ, in words of its own: the first part stays.
    const written = ask("what's a vector clock, and how is it different from a lamport timestamp?");
    expect(written.parts.map((part) => ids(part))).toEqual([['vector-clocks'], ['lamport-vs-vector-clocks']]);
  });

  it('keeps the comparison beside a third part', () => {
    const answer = ask(
      "pls help: what's a circuit breaker, how is it different from just having a timeout, and where does a bulkhead fit in?",
    );
    expect(answer.parts.map((part) => ids(part).sort())).toEqual([['circuit-breaker', 'timeouts-and-retries'], ['bulkhead']]);
  });

  it('reads "new to SRE, ..." as who asks', () => {
    expect(ids(ask("new to SRE, what's an SLO and how is it different from an SLA?"))).toEqual(['slos-and-error-budgets']);
  });
});

describe('a long post with two questions, the second about something the post does not name', () => {
  it('answers the second with its own topic, not the post\'s again ("once they live in separate databases")', () => {
    const answer = ask(
      "Hi folks, I lead a team of 6 backend engineers and we're splitting our monolith into microservices. Nobody on the team has done this before. Two questions really: is microservices even the right call for a team our size, and how do we keep orders and inventory consistent once they live in separate databases? Any pointers appreciated 🙏",
    );
    expect(answer.parts.map((part) => ids(part)[0])).toEqual([
      'microservices',
      expect.stringMatching(/^(distributed-transactions|sagas)$/),
    ]);
  });

  it('reads "inventory" as a service\'s data, not a warehouse', () => {
    const answer = ask(
      "we split checkout into order, payment and inventory services, each with its own postgres. one senior wants 2pc across the three dbs, another says 'just use sagas'. which one should we use and why?",
    );
    expect(answer.kind).toBe('answer');
  });
});

describe('who asks, put before a colon', () => {
  it('reads "hiring for a platform team," as who asks: the question is the certification', () => {
    expect(ids(ask('hiring for a platform team, does a CKA on a resume tell us anything?'))).toEqual(['certifications']);
  });

  it('is no part of the question, and says nothing about what a term means', () => {
    expect(ids(ask('as a data eng: what does exactly-once really mean, and does flink actually give it end to end?'))).toEqual([
      'exactly-once',
    ]);
    const frontend = ask(
      "Questions from a frontend dev: what do people mean by 'eventually consistent'? and is that what CRDTs are for? we use Yjs in our editor",
    );
    expect(frontend.parts.map((part) => ids(part))).toEqual([['eventual-consistency'], ['crdt']]);
  });
});

describe('a side that a question-and-answer entry is about', () => {
  it('compares "a tech lead and a staff engineer" with the staff archetypes, not the bootcamp guide that mentions tech leads', () => {
    const answer = ask("what's the difference between a tech lead and a staff engineer?");
    expect(ids(answer)).not.toContain('apprenticeships-and-bootcamps');
    expect(ids(answer)).toContain('staff-archetypes');
  });
});

describe('comparisons asked as "harder than", "the gap between" or as a heading', () => {
  it.each([
    ['is paxos actually that much harder than raft or is that just a meme', ['raft-vs-paxos']],
    // A choice for a use ("for a new ... service"), or "or both", is a comparison; "in distsys land" says where, not what.
    ['raft or paxos for a new internal metadata service? team is split', ['raft-vs-paxos']],
    ['db is getting too big AND too slow for reads, do i want replicas or shards or both?', ['replication-vs-sharding']],
    ['whats the actual diff between a junior and a mid in distsys land?', ['entry-vs-mid']],
    // "Engineer" and "role" name the sides' kind; "regular" says nothing: neither is a topic beside the comparison.
    ['whats a staff engineer vs a regular senior', ['senior-vs-staff']],
    ['How does an SRE role differ from a distributed systems engineering role?', ['dse-vs-sre']],
    ["what's the gap between senior and staff", ['senior-vs-staff']],
    // "Actual" asks for the difference and nothing more; the pair can come first, in a clause of the asker's own.
    ["dse vs sre, what's the actual difference?", ['dse-vs-sre']],
    ["I keep mixing up senior and staff, what's the actual gap between them?", ['senior-vs-staff']],
    // The comparison the content writes out for the pair.
    ['lamport timestamps or vector clocks - when does the extra bookkeeping actually buy you anything?', ['lamport-vs-vector-clocks']],
  ])('%s', (question, expected) => {
    expect(ids(ask(question)).sort()).toEqual(expected);
  });
});

describe('comparisons the content writes out, with the differences and when to pick which', () => {
  it.each([
    ['saga vs two phase commit', 'sagas-vs-two-phase-commit'],
    ['2pc or sagas for a checkout flow spanning 3 services?', 'sagas-vs-two-phase-commit'],
    ['lamport clock vs vector clock whats the diff', 'lamport-vs-vector-clocks'],
  ])('%s → %s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('reads "which one owns the SLOs?" after DSE vs SRE as a choice between the two, not a third side', () => {
    const answer = converse('dse vs sre', 'which one owns the SLOs?');
    expect(answer.title).not.toMatch(/ vs SLI /);
    expect(ids(answer)).toEqual(expect.arrayContaining([expect.stringMatching(/^(dse-vs-sre|slos-and-error-budgets)$/)]));
    expect(ids(answer)).toHaveLength(1);
  });

  it('answers "how\'s that different from 2pc?" after sagas with the written comparison, not two definitions', () => {
    expect(ids(converse("what's a saga", "how's that different from 2pc?"))).toEqual(['sagas-vs-two-phase-commit']);
  });
});

describe('comparisons compare', () => {
  it('takes two of a kind named in a post as the choice ("an SRE job at a fintech or a backend job"), not a role and a place', () => {
    const answer = ask('got two offers, an SRE job at a fintech or a backend job at an agency. which one should I take?');
    expect(answer.comparedIds).not.toContain('financial-infrastructure');
    expect(ids(answer)).toEqual(['new-grad-sre-or-swe']);
  });

  it('reads "how big is the gap?" after a team with an opening as a move, not as two roles side by side', () => {
    const answer = ask(
      'new grad here. the streaming platform team has an opening and my background is data engineering. how big is the gap?',
    );
    expect(answer.comparedIds).toEqual([]);
  });

  it('puts three sides side by side where the content has no comparison of each pair', () => {
    const answer = ask('raft vs paxos vs gossip');
    expect(answer.comparedIds).toEqual(['raft', 'paxos', 'gossip-protocols']);
    // The one pairwise comparison there is, one click away.
    expect(answer.related.map((r) => r.id)).toContain('raft-vs-paxos');
  });

  it('answers a three-way comparison with how each pair differs, where the content compares each pair', () => {
    const answer = ask("sre vs devops vs platform eng. what's the difference between the three??");
    expect(partIds(answer)).toEqual(['sre-vs-devops', 'sre-vs-platform-engineer', 'platform-vs-devops']);
    // Each part shows both of its sides, and the reply stays short enough for a channel.
    expect(answer.summary).toMatch(/SRE is Google's/);
    expect(answer.summary.length).toBeLessThan(1500);
    // Two comparisons citing one book list it once.
    const names = answer.sources.map((source) => source.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ["what's the difference between SRE and SWE day to day", 'sre-vs-software-engineer'],
    ['is a lease basically just a lock with a timer or is there more to it', 'lease-vs-lock'],
    ['data eng vs distributed systems eng, where exactly is the line', 'dse-vs-data-engineer'],
  ])('reads %j as a comparison of its two sides', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('answers "A, B, C: what does each ...?" item by item', () => {
    const answer = ask('linearizable, causal, eventual — what does each of those consistency levels actually promise?');
    expect(partIds(answer)).toEqual(['linearizability', 'causal-consistency', 'eventual-consistency']);
  });

  it('answers the topic a comparison of levels is about, not the levels themselves', () => {
    expect(ids(ask('how is a staff engineer job posting supposed to differ from a senior one?'))).toEqual(['job-description-by-level']);
    expect(ids(ask('what should I be asking a mid-level candidate vs a staff candidate for an infrastructure role?'))).toEqual([
      'interview-signals-by-level',
    ]);
    expect(ids(ask('how does a staff engineer differ from a senior engineer'))).toEqual(['senior-vs-staff']);
  });

  it('compares levels', () => {
    expect(ids(ask('senior vs staff'))).toEqual(['senior-vs-staff']);
  });

  it('says when two names are one thing', () => {
    const answer = ask('sharding vs partitioning same thing?');
    expect(answer.entryId).toBe('sharding');
    expect(answer.summary).toMatch(/name the same thing/);
  });

  it('keeps a built comparison compact: the gist of each side first, each side in full on "More"', () => {
    const answer = ask('gossip vs crdt');
    expect(answer.summary.length).toBeLessThan(1500);
    expect(answer.details.length).toBeGreaterThan(answer.summary.length);
  });
});

describe('follow-ups lean on the last answer', () => {
  it.each([
    [['what do infra interviews look like at senior level?', 'and at staff?']],
    [
      [
        'what do infra interviews look like at senior level? coding + system design?',
        'and at staff, is it still the same thing just harder?',
      ],
    ],
  ])("asks the last question again for the level swapped in, not the level's own entry: %j", (messages) => {
    expect(ids(converse(...messages))).toEqual(['interviews']);
  });

  it('reads "vs lamport clocks? when do i need which" after vector clocks as the comparison of the two', () => {
    expect(ids(converse('can someone explain vector clocks', 'vs lamport clocks? when do i need which'))).toEqual([
      'lamport-vs-vector-clocks',
    ]);
  });

  it('reads "which would you pick" after two offers as the choice between them, and "both pay the same" as no pay question', () => {
    const first = ask(
      'new grad, got two offers at the same company: one on the SRE team, one on a regular SWE product team. both pay the same',
    );
    expect(ids(first)).toEqual(['new-grad-sre-or-swe']);
    const answer = ask('which would you pick for someone who eventually wants to build distributed databases?', first.conversation);
    expect(ids(answer)).toEqual(['new-grad-sre-or-swe']);
  });

  it.each([
    // Not understood alone, in the content's own words: it goes on with the thread.
    [['can I make staff at a small startup?', 'would cutting our cloud bill by 40% count?'], 'staff-impact-without-scale'],
    [['what do staff engineers actually spend their week on?', 'which type codes the most?'], 'staff-archetypes'],
    // Two levels side by side within the last topic: the topic's entry says how each level is judged.
    [
      ['what do system design interviews actually check?', 'how should a junior answer differ from a senior one?'],
      'system-design-interview',
    ],
    // "why not just use X instead?": the last topic and X side by side.
    [['what is raft', 'why not just use paxos'], 'raft-vs-paxos'],
    [['what are sagas', 'why not use two phase commit'], 'sagas-vs-two-phase-commit'],
    [
      ["what's the transactional outbox", 'ok but why not just use 2pc between the database and kafka instead?'],
      'transactional-outbox+two-phase-commit',
    ],
    // A guess on its own words loses to a sure reading with the thread.
    [
      [
        'about to graduate and torn between two offers, one sre one regular swe',
        'how do i figure out if the sre one is real engineering or just closing tickets all day',
      ],
      'new-grad-sre-or-swe',
    ],
    // "one" is the side the follow-up names, not the comparison before it.
    [
      ['dse vs sre which one should i aim for?', 'and if sre, how do i actually get hired as one coming from QA automation'],
      'how-to-become-sre',
    ],
    // A swap offered with "what about ... instead", with a few words of its own.
    [
      ['how should I onboard a new sre on my team?', 'what about a distsys engineer joining a storage team instead?'],
      'onboarding-plan-dse',
    ],
    // The last topic put to work somewhere: the question's own words only say where.
    [
      ['rate limiting with a token bucket, how does it work', 'how would that work across 10 servers behind a load balancer?'],
      'rate-limiting',
    ],
    [["what's a bloom filter", 'ok and where does a database actually use one?'], 'bloom-filters'],
    [['is there a study plan for mid level distsys', 'and for seniors?'], 'study-plan-senior'],
    [['why does clock sync matter in distributed systems', 'i heard trading firms have actual legal rules about it?'], 'sec-rule-613'],
  ])('answers the follow-up %j with %s', (messages, key) => {
    expect(ids(converse(...messages)).join('+')).toBe(key);
  });

  it('answers "do we still need logs then or does tracing replace them?" after tracing with the passage that says so', () => {
    const answer = converse('how does distributed tracing work?', 'do we still need logs then or does tracing replace them?');
    expect(ids(answer)).toEqual(['observability']);
    expect(answer.summary).toMatch(/traces do not replace logs/);
  });

  it('answers "any books for that" with the books the last entry names, when it names its own', () => {
    const answer = converse('how do system design interviews work, what are they grading', 'any books for that');
    expect(ids(answer)).toEqual(['system-design-interview']);
    expect(answer.summary).toMatch(/System Design Interview/);
  });

  it('reads "they" as the people the last question named: "do they still code tho" after the bar for a staff promo', () => {
    expect(ids(converse("what's the bar for a staff promo usually", 'do they still code tho'))).toEqual(['do-staff-engineers-code']);
  });

  it.each([
    [['what is raft', 'how does it compare to paxos?'], 'raft-vs-paxos'],
    [['how does raft pick a new leader when the old one dies', 'how is that different in paxos?'], 'raft-vs-paxos'],
    [['how does raft pick a new leader when the old one dies', 'how is that different in practice?'], 'raft'],
    [['sagas for microservices, how do they work?', 'and the downside compared to just doing 2pc?'], 'sagas-vs-two-phase-commit'],
    // Whether the last topic needs another thing is the last topic's entry's to say.
    [['cqrs in plain english?', 'do i need event sourcing with it?'], 'cqrs'],
    // "partitions" is a word of the last topic's own name, whatever another entry (network partitions) makes of it alone.
    [['does kafka keep messages in order', 'so how many partitions should we use then'], 'kafka-partitions-and-ordering'],
    [['what is a quorum', 'what happens if you lose it?'], 'quorum'],
    [["what's needed for senior", 'and at staff level?'], 'staff'],
    [['explain the saga pattern', 'tl;dr?'], 'sagas'],
  ])('%j → %s', (messages, id) => {
    const answer = converse(...messages);
    expect(ids(answer)).toEqual([id]);
    expect(answer.followUp).toBe(true);
  });

  it('compares with what the last question named, not with the entry that answered it ("how\'s it different from ...?")', () => {
    // The last answer was the SRE career path; "it" is the SRE role the question named.
    expect(ids(converse('is SRE a good long term career', "how's it different from platform eng?"))).toEqual(['sre-vs-platform-engineer']);
    // The last answer was about leases in general; "that" is the lease, against a lock.
    const lease = converse(
      "someone in standup said our scheduler 'holds a lease' on the job. what does that mean",
      'how is that different from just taking a lock?',
    );
    expect(ids(lease)).toEqual(['lease-vs-lock']);
  });

  it('reads "what happens if the coordinator dies?" after two-phase commit as about its coordinator, with no pronoun', () => {
    expect(ids(converse("what's 2pc", 'what happens if the coordinator dies halfway?'))).toEqual(['two-phase-commit']);
    expect(ids(converse("explain raft to me like i'm 12", 'what happens if the leader dies in the middle of a write?'))).toEqual(['raft']);
    // The last entry with nothing of its own to say on it: the neighbour the question finds answers.
    const zombie = converse(
      'can someone explain how raft elects a leader',
      'what if the old leader wakes up after a long gc pause and keeps writing?',
    );
    expect(ids(zombie)).toEqual(['fencing-and-leases']);
  });

  it('reads "what are the downsides?" as about the last answer, and shows the passage on its trade-offs', () => {
    const answer = converse('what is a CRDT', 'what are the downsides?');
    expect(ids(answer)).toEqual(['crdt']);
    expect(answer.summary).toMatch(/tombstones/);
    // With nothing before it, "the downsides" of what? A guess at most.
    expect(ask('what are the downsides?').kind).not.toBe('answer');
  });

  it('reads "the target" of a short follow-up as the last answer\'s ("how do I pick the target?" after SLOs)', () => {
    expect(ids(converse('what is an SLO', 'how do I pick the target?'))).toEqual(['slos-and-error-budgets']);
  });

  it('reads "their" as the people the last question named ("their first 90 days" after hiring a first SRE)', () => {
    expect(ids(converse('we are hiring our first SRE', 'what should their first 90 days look like?'))).toEqual(['onboarding-plan-sre']);
  });

  it('reads a scenario put after an answer ("and if ...?") as about that answer, though its words name a neighbour', () => {
    const answer = converse('what are crdts', 'and if two replicas get the same update twice?');
    expect(ids(answer)).toEqual(['crdt']);
    expect(answer.followUp).toBe(true);
  });

  it('does not take "what\'s it called when ..." or "both halves" as pointing back at the last answer', () => {
    const grayAfterSplitBrain = converse(
      'what is split brain',
      "what's it called when a service keeps answering health checks but fails real requests",
    );
    expect(ids(grayAfterSplitBrain)).toEqual(['gray-failure']);
    const splitAfterGray = converse(
      'what is a gray failure',
      'what is it called when both halves of a cluster accept writes after a network split',
    );
    expect(ids(splitAfterGray)).not.toContain('gray-failure');
  });

  it('answers a question with a topic of its own on its own terms', () => {
    expect(ids(converse('what is raft', 'what is a bloom filter used for in cassandra?'))).not.toContain('raft');
    expect(ids(converse('what is raft', 'unrelated, but what is idempotency?'))).toEqual(['idempotency']);
  });

  it.each([
    [["what's an sre?", 'is that the same thing as devops or nah'], 'sre-vs-devops'],
    [['30/60/90 plan for a new dse?', 'what about for an sre, anything different?'], 'onboarding-plan-sre'],
    [["what's a fencing token", 'ok and leases, how are those different from a normal lock?'], 'lease-vs-lock'],
    [['what does an SRE do', 'how is that different from devops?'], 'sre-vs-devops'],
  ])('reads a follow-up whose pronoun or swapped word stands for the last answer: %j → %s', (messages, id) => {
    expect(ids(converse(...messages))).toEqual([id]);
  });

  it('answers "what should I read?" with reading, not with entries about reads and writes', () => {
    // On its own, with nothing for "that": the reading list, answered or offered first.
    const alone = ask('what should I read for that?');
    expect(alone.entryId ?? alone.suggestions[0]?.id).toBe('reading-list');
    expect(ids(converse('what does an SRE do', 'what should I read for that?'))).toEqual(['google-sre-books']);
    // Books on a topic are the reading list's; books for a level, that level's study plan.
    expect(ids(ask('any good books on consensus'))).toEqual(['reading-list']);
    expect(ids(ask('book recommendations for a mid-level engineer'))).toEqual(['study-plan-mid']);
  });

  it('reads "in plain english" as a wish for a short answer, so the part it is in still has its topic', () => {
    const answer = ask("what's raft in plain english, and how's it different from paxos?");
    expect(partIds(answer)).toEqual(['raft', 'raft-vs-paxos']);
  });

  it('gives the summary only for "tl;dr"', () => {
    expect(converse('explain the saga pattern', 'tl;dr?').brief).toBe(true);
  });
});

describe('suggestions that help', () => {
  it('offers no starters as "closest guesses" for parts it did not understand beside a part it answered', () => {
    const answer = ask('three questions: what is a quorum, what is the blorptastic zorbulator, and what is the frobnicating wumpus?');
    expect(answer.parts.map((part) => part.kind)).toEqual(['answer', 'decline', 'decline']);
    expect(answer.summary).not.toMatch(/closest guesses/);
    expect(answer.suggestions).toEqual([]);
  });

  it('offers the entries nearest to a declined question, not a fixed list', () => {
    const a = ask('what colour should our grafana dashboards be');
    const b = ask('how tall is mount everest');
    expect(a.kind).toBe('decline');
    expect(b.kind).toBe('decline');
    expect(a.suggestions.map((s) => s.id)).not.toEqual(b.suggestions.map((s) => s.id));
  });

  it('offers "Not what you meant?" under an answer it is not sure of', () => {
    const unsure = ['what does an sre spend their time on', 'who came up with sre', 'dse interview prep by level']
      .map((q) => ask(q))
      .filter((a) => a.kind === 'answer' && a.confidence < 0.8);
    expect(unsure.length).toBeGreaterThan(0);
    for (const answer of unsure) expect(answer.alternatives.length).toBeGreaterThan(0);
  });
});

describe('off-topic stays off', () => {
  it.each([
    "what's the going base for a senior sre at stripe in dublin? need to benchmark an offer we're making",
    'our book club needs a new leader, whats a fair way to run the election when half the people abstain',
    'lower back pressure after sitting at my desk all day, any stretches that help?',
    'writing an essay on the replication crisis in psychology — is it overblown or legit? need good sources',
    'my automatic watch loses about 8 seconds a day, is that normal drift or does it need servicing',
    "i'm a backend/distsys person who got forced to touch our react dashboard. the chart component re-renders like 40 times a second whenever the websocket pushes new metrics. i've put useMemo on basically everything. what am i missing? is it a useEffect dependency thing or should i throttle the socket?",
    "i'm on an h1b and just got an offer from another company. how long does the transfer usually take?",
    // A work permit is immigration, whoever applies for it.
    'how do i apply for a canadian work permit as a software dev',
    // A career question from another field: nursing is no starting point the content writes for.
    'anyone here switched out of nursing into something more 9-5? ICU nurse, burned out on night shifts and wondering what other careers use my skills',
    "for my psych class: what did Sperry and Gazzaniga's split-brain experiments show about the two hemispheres?",
    // Energy and epidemiology have loads and gossip of their own.
    "our utility is rolling out distributed energy resources and I'm on the grid ops side. how do operators balance load across a bunch of microgrids?",
    'epidemiology thesis: how do you model rumour/gossip spread through a population with an SIR model?',
    // Physics has partition functions of its own.
    'partition function in stat mech?? prof went way too fast',
  ])('declines a near miss that shares a word with the field: %s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it.each([
    'how much does a staff engineer make at google',
    'how do electrical engineers design power distribution systems',
    'how does load balancing work on the power grid when everyone cranks their AC at 6pm? doing a report for my energy systems class',
    // Kafka the novelist.
    'favourite kafka book for a first read, the trial or the metamorphosis? want something not too depressing lol',
    'best laptop for mining bitcoin',
    'distributed teams: how do you run standups across 5 timezones',
    // Numbers alone name nothing, even where the content writes them ("three competency clusters", "first 3 months").
    'sunday league team, our fullbacks are slow. 3-5-2 or 4-3-3?',
    // Web frameworks are another field's tools: a choice between them is not a distributed systems question.
    'angular or react for a dashboard at work?',
    // A task for the bot to do, not a question: code to write, a config to fix.
    'write me a terraform module for an s3 bucket with versioning',
    "can you help me fix this helm chart? it says 'mapping values are not allowed here' on line 12",
    // Machine learning's clusters: how many nodes make a quorum is no answer to how many clusters k-means should find.
    'k-means question: how do i choose the number of clusters? elbow method vs silhouette score, which is more reliable?',
  ])('declines %j', (question) => {
    expect(ask(question).kind).toBe('decline');
  });

  it('reads where a claim was heard ("standup claim: ...") as who said it, not as a question about standups', () => {
    expect(ids(ask('standup claim: kafka gives exactly-once end to end so we can skip dedup. legit?'))).toEqual(['exactly-once']);
  });

  it('reads another field\'s word in a likeness ("figma-style") as the kind of thing, not the topic', () => {
    expect(ids(ask('how do crdts make figma-style collaborative editing work?'))).toEqual(['crdt']);
  });

  it("still answers a frontend developer's question that names their framework in passing", () => {
    const answer = ask('frontend dev, mostly Vue and Figma handoffs. how do I get into distributed systems?');
    expect(ids(answer)).toEqual(['frontend-to-distributed-systems']);
  });

  it('says plainly that it has no pay figures, and offers the levels instead', () => {
    const answer = ask('how much does a staff engineer make at google');
    expect(answer.summary).toMatch(/pay or salary/);
    expect(answer.suggestions.every((s) => ['entry-level', 'mid-level', 'senior', 'staff', 'principal'].includes(s.id))).toBe(true);
  });
});

describe('the passage that answers', () => {
  it('answers a follow-up on the entry just shown with the passage that answers it, not the same summary again', () => {
    const first = converse('what is split brain');
    const answer = converse('what is split brain', 'how do you prevent it in a two node setup?');
    expect(ids(answer)).toEqual(['split-brain']);
    expect(answer.summary).not.toBe(first.summary);
    expect(answer.summary).toMatch(/two-node/);
  });

  it('shows, in a part of a multi-part reply, the sentence of the entry that answers that part', () => {
    const answer = ask('two questions: is the CKA worth it for platform roles, and what is coordinated omission in benchmarks?');
    const partShown = answer.summary.split(/\*\*2\. /)[1] ?? '';
    // The title names coordinated omission; the gist must say what it is (the benchmark misses the stalled requests).
    expect(partShown.split('\n').slice(1).join(' ')).toMatch(/coordinated omission/i);
  });
});

describe('answers sized for chat', () => {
  it('shows a summary first: the details stay on demand', () => {
    const answer = ask('what is raft');
    expect(answer.summary.length).toBeLessThanOrEqual(600);
    expect(answer.details.length).toBeGreaterThan(0);
  });

  it('marks "quick", "tl;dr" and "eli5" as wanting the summary only', () => {
    for (const q of ['quick explainer on raft', 'eli5 crdt', 'tl;dr backpressure']) expect(ask(q).brief).toBe(true);
    expect(ask('what is raft').brief).toBe(false);
  });

  it('reads "in a sentence or two" as asking for the summary, not as words of the topic', () => {
    for (const q of ['can you explain backpressure in a sentence or two', 'explain quorums in a few sentences']) {
      const answer = ask(q);
      expect(answer.kind).toBe('answer');
      expect(answer.brief).toBe(true);
    }
  });
});

describe('a long post: what it tells of the asker and their task, and what it only names', () => {
  it.each([
    // The level the post gives ("first job") says whose study plan; "what should I learn" asks for one.
    ['three months into my first job on a storage team and design reviews go over my head. what should i learn next?', 'study-plan-entry'],
    // A level named as who does something is not what "which methods?" asks about.
    [
      'seniors are supposed to find bottlenecks by measuring, not guessing. which methods do people actually use?',
      'benchmarking-and-performance',
    ],
    // "the path to building the infrastructure" is a move, from the role the post names.
    [
      "java + spring backend dev. what's the path to building the infrastructure itself instead of REST endpoints",
      'backend-to-distributed-systems',
    ],
    // Whoever tells of "the candidate" is interviewing them, not being interviewed.
    [
      'interviewing for a senior backend role today. the candidate recited CAP word for word but could not say what a client sees during a partition. what should i ask instead?',
      'assessing-understanding',
    ],
    // A task the post tells of ("tasked with writing ... standards") is what a thin question after it asks about.
    ["I've been tasked with writing our platform group's first internal standards for service calls. Any tips on structure?", 'ietf-rfcs'],
    // Someone who runs a team and has budget for a hire asks about interviews as the interviewer.
    [
      'I run a small engineering team at a retail company and we finally got budget for an SRE. I have never hired one. How should I structure the interviews?',
      'interview-loop-design',
    ],
    // "from where i am" names no starting point: the one the post gives (rails at an agency, after a bootcamp) counts.
    [
      'bootcamp grad, one year into writing rails apis at an agency. is moving toward infra even realistic from where i am?',
      'apprenticeships-and-bootcamps',
    ],
    // Where the asker starts from holds back the guides written for other starting points (here, data engineers').
    ['our infra team operates the kafka and nomad clusters. can i call that distsys experience?', 'role-crossover'],
    // Another field's word in who the asker is ("chemistry postdoc") says where they come from, not that the question is off-topic.
    [
      "Hi! Recent astronomy PhD here, leaving academia. I ran a lot of simulations on our university cluster and friends say distributed systems would suit me. No CS degree though. What's a realistic path in for someone like me?",
      'from-science-or-research',
    ],
  ])('%s → %s', (message, expected) => {
    expect(ids(ask(message))).toContain(expected);
  });
});

describe('typos, slang and pay, as people type them', () => {
  it.each([
    // A typo whose stem strays far from the right word's ("linearizabilty"), and chat slang for "someone".
    ['can sum1 explain linearizabilty like im 5', 'linearizability'],
    ['idempotncy keys, where does the server keep them and for how long', 'idempotency'],
    // "ok dumb q but" leads in; "honestly", "realistically" only say how.
    [
      "ok dumb q but what does CAP actually say? everyone in my class says 'pick 2 of 3' and my internship mentor said thats wrong lol",
      'cap-theorem',
    ],
    [
      '3 yrs as sre and honestly it feels like closing jira tickets and tweaking alert thresholds. does this lead anywhere or am i stuck',
      'sre-career-path',
    ],
    // "idk what that means" asks what the quote means, as "i don't know what that means" does.
    [
      "mid-level backend dev here. my lead says i should start doing 'more design work' to get to senior but idk what that means concretely",
      'what-scope-means',
    ],
    // Chat's abbreviations ("ppl", "lol", "yrs") are no unknown words that sink the question.
    ['how do ppl even get into distsys lol. self taught, been doing php/wordpress freelance stuff for 2 yrs', 'how-to-start'],
    // The big companies' level codes stand for the levels.
    ['what do E6/L6 ppl actually do all week? from the outside it looks like meetings and docs', 'staff-archetypes'],
    ['how do levels map between companies, like is amazon sde2 = google l4 = meta e4? so confusing', 'career-ladder'],
    // "I genuinely don't know what that means" asks, with an adverb between.
    [
      "5 yrs in, still L4. manager keeps saying i need 'more scope' and i genuinely don't know what that means in practice",
      'what-scope-means',
    ],
  ])('%s → %s', (message, expected) => {
    expect(ids(ask(message))).toContain(expected);
  });

  it('declines a question about the raise that comes with a promotion, even when it names two levels', () => {
    for (const q of [
      'how big a raise should I ask for when I get promoted from senior to staff?',
      'what raise is normal for a promotion to staff',
      // A level code and a company the content now names, asked about pay in chat's words.
      'anyone know what an L5 at google zurich makes these days? TC wise',
      'whats the going rate for an L5 at google in NYC right now? trying to tell if my offer is a lowball',
    ]) {
      expect(ask(q).kind).toBe('decline');
    }
  });
});

describe('a lead-in that names the topic ("trying to understand X, ...")', () => {
  it('reads "trying to understand X, <question>" as one question about X, not two parts', () => {
    const answer = ask('trying to understand vector clocks, how do two nodes tell which write came first?');
    expect(answer.parts ?? []).toHaveLength(0);
    expect(ids(answer)).toEqual(['vector-clocks']);
  });

  it('keeps the topic for the follow-up that leans on it', () => {
    expect(ids(converse('trying to finally get CAP, is it really pick 2 of 3?', 'so where does cassandra land on that?'))).toContain(
      'cap-theorem',
    );
  });
});

describe('a choice between two labels asked of one thing ("so is Cassandra CP or AP?")', () => {
  it('shows the passage that names the thing, not the one that explains both labels', () => {
    const first = ask('explain the cap theorem');
    const second = converse('explain the cap theorem', 'so is cassandra CP or AP?');
    expect(ids(second)).toEqual(['cap-theorem']);
    expect(shownText(second)).toMatch(/Cassandra/);
    expect(shownText(first)).not.toMatch(/Cassandra/);
  });

  it('reads a word after the labels ("ok so is cassandra CP or AP then?") as asking nothing of its own', () => {
    expect(shownText(converse('explain the cap theorem like im five', 'ok so is cassandra CP or AP then?'))).toMatch(/Cassandra/);
  });

  it('leaves a claim asked about ("real or marketing") to the passages on the claim', () => {
    const answer = ask(
      "is kafka exactly-once real or marketing? and what's the pattern to keep my consumer safe when it gets the same msg twice",
    );
    expect(shownText(answer)).toMatch(/isn't possible in general/);
  });
});

describe("another field's words", () => {
  it('counts a word the content uses in its plural as the content\'s ("blockchain" when entries say "blockchains")', () => {
    expect(ids(ask('do i need to care about byzantine faults if im not doing blockchain stuff'))).toContain('byzantine-fault-tolerance');
  });

  it('declines a club election and an accountant\'s consolidation question, though they say "leader election" and "distributed"', () => {
    expect(ask("the union leader election at my workplace ended in a tie, what's a fair way to settle it?").kind).not.toBe('answer');
    expect(
      ask('our CFO wants intercompany eliminations done with a distributed ledger at month-end, how do finance teams do consolidation?')
        .kind,
    ).not.toBe('answer');
  });

  it('reads a framework that names whose system it is ("my flask app") as the asker\'s setup, not another field', () => {
    expect(ids(ask('is my flask app talking to postgres a distributed system?'))).toEqual(['distributed-systems-engineering']);
    expect(ask('how do i center a div in vue').kind).toBe('decline');
  });
});

describe('"what counts as" a thing is what the thing is', () => {
  it('answers "what counts as a distributed system" with the field, and "does my work count as" with the crossover guide', () => {
    expect(ids(ask('dumb question maybe but what actually counts as a distributed system?'))).toEqual(['distributed-systems-engineering']);
    expect(ids(ask('does my kafka work count as distributed systems experience'))).toEqual(['data-engineer-to-distributed-systems']);
  });
});

describe('a question whose "that" is what the post told', () => {
  it('answers "is that fair for a senior infra role?" about what the candidate did, not about interview loops', () => {
    const answer = ask(
      "candidate didn't know what a k8s operator was and my teammate wants to reject. is that fair for a senior infra role?",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });
});

describe('basics people ask about that the content lacked', () => {
  it.each([
    ['what is a write ahead log and why do databases use it', 'write-ahead-log'],
    ["what's the difference between horizontal and vertical scaling", 'scaling-up-vs-out'],
    ['should we shard or just buy a bigger box?', 'scaling-up-vs-out'],
    ["what's a bloom filter and why does cassandra use them?", 'bloom-filters'],
    // It was answered with Byzantine fault tolerance, a different problem with "generals" in its name.
    ['what is the two generals problem', 'two-generals-problem'],
    ['what is the byzantine generals problem', 'byzantine-fault-tolerance'],
    // "orders" is a business's orders, not the ordering that causal consistency keeps.
    ['how do we keep orders and inventory consistent across services?', 'sagas'],
  ])('%s → %s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });

  it('still answers "publish to kafka without losing the event" with the outbox, not the database log', () => {
    const answer = ask(
      'how do i write to postgres AND publish to kafka without sometimes losing the event when the service crashes in between?',
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
  });
});

describe("another field's words in the story around a question", () => {
  it('declines an HOA quorum question: the story says what it is about, though the question says "quorum"', () => {
    const answer = ask(
      "our HOA needs a quorum for the annual meeting and we never get enough owners to show up. bylaws say 51%. can we count proxies toward quorum, and is there a way to lower the threshold without a vote? it's a 40-unit building",
    );
    expect(answer.kind).not.toBe('answer');
  });

  it("does not count the tools of the asker's own work against the question", () => {
    const answer = ask(
      "hey 👋 frontend dev at an agency, mostly Vue. I've been using Figma and Google Docs a lot and started wondering how they let several people edit the same thing at once without everything conflicting. is that a distributed systems thing? what's the technique called and how does it work?",
    );
    expect(ids(answer)).toContain('crdt');
  });
});

describe('a long post with a thin question', () => {
  it('answers when one sentence of the post, read with the question, agrees with the guess the whole post leads to', () => {
    const answer = ask(
      "second year CS student here. I love low level systems programming but I'm bad at math, barely passed statistics. I'm worried distributed systems is all proofs and formulas. should I give up on it?",
    );
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).toContain('how-much-math');
  });

  it('names the failure a story tells of when the guess and one of its sentences agree (split brain)', () => {
    const answer = ask(
      'had a fun one last night \ud83d\ude43 network blip between our two postgres nodes, our homegrown failover script promoted the standby but the old primary never stepped down. both took writes for ~10 min. what is this called and how do people actually prevent it? we only have 2 nodes',
    );
    expect(ids(answer)).toContain('split-brain');
  });
});

describe('the candidate side of an interview', () => {
  it('does not hand a candidate who "has interview loop" the interviewer\'s guide to designing loops', () => {
    const answer = ask(
      'backend dev, 4 years. I have interview loop next week for a senior role, with a system design round of an hour. How should I organise my answer?',
    );
    expect(ids(answer)).not.toContain('interview-loop-design');
    expect([...ids(answer), ...(answer.suggestions ?? []).map((s) => s.id)]).toContain('system-design-interview');
  });
});

describe('a career move asked as a follow-up', () => {
  it('reads "how would I get there from my current job?" after a role as a move from the role the asker gave', () => {
    const answer = converse(
      "I've been a DevOps engineer for 4 years at an insurer. what does a distributed systems engineer do that I don't?",
      'ok, how would I get there from my current job?',
    );
    expect(ids(answer)).toContain('sre-to-distributed-systems');
  });
});

describe('a term put in quotes', () => {
  it('answers the quoted term when the sentence around it is not understood as a whole', () => {
    const answer = ask("the nightly import job hammers our search cluster until it falls over, someone on the team said 'backpressure'?");
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('"mid" that is not a level', () => {
  it('does not read a "mid-size company" as the mid level, nor set it against the role the post names', () => {
    const answer = ask(
      'SRE at a mid-size retailer for three years. I spend my weeks on the pager and alert tuning, and I liked debugging our replication far more than that work. What would you do?',
    );
    expect(answer.comparedIds ?? []).not.toContain('mid-level');
    expect(ids(answer)).not.toContain('mid-level');
  });
});

describe('a quoted word that names nothing', () => {
  it('does not answer hostile markup because one of its quoted words matches an entry somewhere', () => {
    expect(ask(`<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & 'single'`).kind).not.toBe('answer');
  });
});

describe('"that" standing for a quoted phrase, in a conversation', () => {
  it('reads "what does that even look like?" as the quote the post holds, not as the last answer', () => {
    const answer = converse(
      'hey all, 3 yrs as an sre at a bank. thinking about moving somewhere more cloud native. any advice?',
      "so I've been senior for 4 years and my manager keeps saying I need 'more org-wide impact' for staff. what does that even look like in practice?",
    );
    expect(answer.followUp).toBe(false);
    expect(ids(answer)).toEqual(['what-scope-means']);
  });
});

describe('"that" standing for a quoted phrase', () => {
  it('reads "can someone eli5 it" as what the one concept the post names is ("asked me to explain CAP in plain english")', () => {
    const answer = ask(
      "blanked when the interviewer asked me to explain CAP in plain english. can someone eli5 it so i don't embarrass myself again",
    );
    expect(ids(answer)).toEqual(['cap-theorem']);
    // "explain it like i'm 5" cleaned away leaves "can you": still asked about what the post named.
    expect(ids(ask("tried reading about raft last night and got lost. can you explain it like i'm 5?"))).toEqual(['raft']);
  });

  it('reads "is that actually the answer or overkill" as a verdict on the last quote that names something, whose stack is the product\'s', () => {
    const answer = ask(
      "hi 🙂 we're a 10 person startup building a collaborative whiteboard app (react frontend, node backend, postgres). users keep asking for offline editing and our current 'last save wins' approach is eating people's changes when two of them edit at once. someone on hn said 'just use CRDTs'. is that actually the answer or massive overkill for a team our size?",
    );
    expect(ids(answer)).toEqual(['crdt']);
  });

  it('reads "how do I do that" as doing the thing quoted before, even when the question has words of its own', () => {
    expect(
      ids(ask("my manager says i need to 'show more scope' to get promoted to senior. how do i do that without switching teams")),
    ).toContain('what-scope-means');
  });
});

describe('the role a hiring question hires for', () => {
  it('gives the onboarding plan written for that role, not the one for another role', () => {
    const answer = ask('need an onboarding plan for an SRE joining next month. when is it fair to put them on the rotation');
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });

  it('answers how to check in an interview that a candidate led the incident they wrote up with assessing incident skills', () => {
    const answer = ask(
      'candidate wrote a postmortem at their last job. how do i dig into it in the interview to see if they actually led it',
    );
    expect(ids(answer)).toEqual(['assessing-incident-skills']);
  });

  it('reads "what signals should the interviewers look for at staff?" as asked by whoever runs the loop', () => {
    expect(ids(ask('what signals should the interviewers look for at staff?'))).toEqual(['interview-signals-by-level']);
  });

  it('gives the SRE plan to "a new SRE joins my team next week, any 30/60/90 template?"', () => {
    expect(ids(ask('new SRE joins my team next week, anyone have a 30/60/90 template?'))).toEqual(['onboarding-plan-sre']);
  });

  it('keeps the role of the last question in a follow-up that says "they"', () => {
    const answer = converse(
      'how should I structure interviews for our first SRE hire',
      "and once they're hired, what should their first 90 days look like?",
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });
});

describe("the asker's own starting point", () => {
  it("answers a move with the guide for where the asker starts, not another one that shares the question's words", () => {
    const answer = ask(
      "did a full stack js bootcamp last year, now 8 months into my first job writing express apis. i've gotten kinda obsessed with how our redis cache and job queue actually work under the hood. no cs degree. is going toward infra/distsys even realistic from where i am, and what should i be learning next?",
    );
    // A bootcamp, then a backend job: either start has its guide; the frontend one shares only the words.
    expect(ids(answer).some((id) => ['backend-to-distributed-systems', 'apprenticeships-and-bootcamps'].includes(id))).toBe(true);
    expect(ids(answer)).not.toContain('frontend-to-distributed-systems');
  });

  it('reads "what should I be learning next" as what to study at the level the post gives', () => {
    const answer = ask('6 months into my first job writing express apis. what should i be learning next?');
    expect(ids(answer)).toEqual(['study-plan-entry']);
  });
});

describe('several things someone said, in quotes', () => {
  it('does not take "that" for the last of them: the question is about what they have in common', () => {
    const answer = ask(
      "did a senior infra loop today. every single story the candidate told was 'our team did X', 'we migrated Y'. i tried probing twice and still couldn't tell what they built themselves vs what the team did. everything else was decent. how much should that count against them, and how do i dig it out next",
    );
    expect(ids(answer)).toContain('hiring-red-flags');
    // Each part under the question it asks: not "how much should we migrated Y count against them".
    expect((answer.parts ?? []).map((part) => part.question).join(' ')).not.toContain('migrated Y');
  });
});

describe('comparisons asked without the word "difference"', () => {
  it.each([
    ['whats the line between a data eng and a distsys eng? they sound the same to me', 'dse-vs-data-engineer'],
    ["day to day, what does an SRE do that a regular software engineer doesn't", 'sre-vs-software-engineer'],
  ])('%s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('a choice between two offers', () => {
  it("answers a new grad's SRE-or-SWE choice with the entry written for it, though the post names a workplace and says 'in my shoes'", () => {
    const answer = ask(
      "hi everyone, graduating in May and I have two offers: an SRE role at a fintech and a generalist SWE role at a logistics company. Long term I'd love to end up working on distributed databases. Which one would you take in my shoes?",
    );
    expect(ids(answer)).toEqual(['new-grad-sre-or-swe']);
  });

  it('reads "which one am i" after a title that names two roles as that pair compared, not as one side\'s entry', () => {
    expect(ids(ask("my title is literally 'devops/sre engineer'. which one am i actually lol"))).toEqual(['sre-vs-devops']);
    expect(ids(ask('my title is devops/sre engineer, which one am i'))).toEqual(['sre-vs-devops']);
  });

  it('is not declined as a pay question because the post says the pay is the same', () => {
    const answer = ask(
      'new grad here, got two offers: SRE at a big cloud company and a regular SWE role at a fintech startup, pay is about the same. which would you take if you eventually want to work on distributed systems?',
    );
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).not.toContain('new-grad-first-job');
  });
});

describe('the hiring side, told before the question', () => {
  it('reads "new SRE starts on our team" as someone who hires an SRE: their first 90 days are the SRE onboarding plan', () => {
    const answer = ask(
      'New SRE starts on our team in two weeks. The last two hires got thrown on the pager in week 1 and one of them quit. What does a sane first 90 days look like, and when should they actually go primary on call?',
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });
});

describe('levelling a candidate between two levels', () => {
  it.each([
    ['candidate was staff at a 30 person startup, should we level them staff or senior', 'levelling-candidates'],
    ['is this candidate senior or staff', 'levelling-candidates'],
    ["I'm opening a senior req and a new grad req at the same time. How should the JD differ between the two?", 'job-description-by-level'],
  ])('answers %j, asked by someone who hires, with the guide for people who hire (%s), not the two levels side by side', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('a thread goes on only where it says something', () => {
  it('still declines a question of another field after a topic, in words the content never uses', () => {
    expect(converse('what is a quorum', 'how do i make sourdough bread').kind).toBe('decline');
  });

  it('shows the passage on testing for "how would i test against one" after partitions, not a heading with a note', () => {
    const answer = converse(
      "what's a network partition, is it the same as a db partition?",
      'how would i test my service against one before it happens for real?',
    );
    expect(answer.summary).toMatch(/Toxiproxy|Jepsen/);
  });
});

describe('asking for stories at the end of a post', () => {
  it('reads "would love to hear from people who made the switch" as a sign-off, not a second question about switching', () => {
    const answer = ask('my lead says moving to sre is a demotion. is that true? would love to hear from people who made the switch.');
    expect(answer.parts).toEqual([]);
    expect(ids(answer)).toEqual(['sre-career-path']);
  });
});

describe('explaining a thing in an interview', () => {
  it.each([
    ['how do i explain CAP in an interview', 'cap-theorem'],
    ['how should i explain idempotency in my interview', 'idempotency'],
    ["interview prep: how do i explain idempotency without just saying 'same result if you do it twice'?", 'idempotency'],
  ])('answers %j with the thing itself (%s), not a guide to interviews', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('what the asker already has, weighed against the last topic', () => {
  it('answers "we already have retries w backoff, is that not enough?" after circuit breakers with why retries alone fall short', () => {
    const answer = converse(
      'circuit breakers in services, whats the idea',
      'we already have retries w exponential backoff everywhere, is that not enough?',
    );
    expect(ids(answer)).toEqual(['circuit-breaker']);
    expect(answer.summary).toMatch(/not enough on their own/);
  });

  it('reads the need asked first the same way: "do we still need one if we already retry with exponential backoff"', () => {
    const answer = converse('circuit breaker pattern?', 'do we still need one if we already retry with exponential backoff');
    expect(ids(answer)).toEqual(['circuit-breaker']);
  });
});

describe('"is that where X comes in?"', () => {
  it('answers the thing it names (CRDTs) as a part of its own, after a part that went on with the thread', () => {
    const answer = converse("what's eventual consistency", 'so how do replicas settle conflicts then? is that where crdts come in?');
    expect(partIds(answer)).toEqual(['eventual-consistency', 'crdt']);
  });
});

describe('where a thing is used', () => {
  it('answers "is paxos still used anywhere" with Paxos, whose summary names the systems that run it', () => {
    const answer = ask('is paxos still used anywhere');
    expect(ids(answer)).toEqual(['paxos']);
    expect(answer.summary).toMatch(/Chubby|Spanner/);
  });
});

describe("testing one's own implementation", () => {
  it('answers how to test a raft implementation against partitions with the testing guide, not side projects', () => {
    expect(ids(ask('how do i test my raft implementation against partitions without a real cluster'))).toEqual([
      'testing-distributed-systems',
    ]);
  });
});

describe('how many failures a cluster survives', () => {
  it('answers "how many nodes can fail before writes stop working" with quorums, not the failure taxonomy', () => {
    expect(ids(ask('how many nodes can fail before writes stop working'))).toEqual(['quorum']);
  });
});

describe('what people usually do', () => {
  it('reads "the standard fix" after a post about a consumer falling behind as the usual fix (backpressure), not a standard', () => {
    const answer = ask(
      "consumer can't keep up with the producer, memory just climbs until the OOM killer shows up. what's the standard fix here",
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('asides that are not questions', () => {
  it('reads "explain raft like i\'m a tired backend dev" as asking for it simply, not as a backend developer\'s move', () => {
    const answer = ask("can someone explain raft like i'm a tired backend dev, and how is it actually different from paxos?");
    expect(partIds(answer)).toEqual(['raft', 'raft-vs-paxos']);
  });

  it('reads jargon listed in brackets ("(raft groups? compaction??)") as an aside, not as questions to answer', () => {
    const answer = ask(
      "i started on the storage team 3 weeks ago as a new grad and i am drowning in jargon (raft groups? compaction?? range splits???). what's a realistic expectation for my first half year?",
    );
    expect(answer.parts).toEqual([]);
    expect(ids(answer)).toEqual(['new-grad-first-job']);
  });
});

describe('how people say they are lost', () => {
  it.each([
    ['the whole raft thing confuses me', 'raft'],
    ['im confused about quorums', 'quorum'],
  ])('answers %j with %s: "the whole X thing" is X, and being confused is no topic', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('everyday words and chat markup', () => {
  it('does not read "stuff" as a typo of "staff"', () => {
    const answer = ask(
      'interviewer training question: what should genuinely make us reject a distsys candidate, versus stuff that just *feels* bad in the room?',
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });

  it('reads a word in *emphasis* as the word, and a "... question:" label as no part of the question', () => {
    const plain = ask('what does fencing actually protect against');
    const marked = ask('locking question: what does fencing *actually* protect against');
    expect(ids(marked)).toEqual(ids(plain));
    expect(marked.confidence).toBe(plain.confidence);
  });

  it('reads "decent" and "sensible" as the everyday praise they are, not as a topic the content mentions once', () => {
    expect(ids(ask("what's a decent first project?"))).toEqual(['side-projects']);
  });

  it('reads "in practice" as a figure of speech: it does not outweigh the term asked about', () => {
    const junior = ask(
      "i'm a junior at a fintech and my lead keeps saying 'make it idempotent'. what does that actually mean in practice?",
    );
    expect(ids(junior)).toEqual(['idempotency']);
  });

  it('reads "exactly" as emphasis, except in "exactly once"', () => {
    expect(ids(ask('what exactly is a quorum'))).toEqual(['quorum']);
    expect(ids(ask('what is a quorum exactly?'))).toEqual(['quorum']);
    expect(ids(ask('what does exactly-once really mean'))).toEqual(['exactly-once']);
    expect(ids(ask('exactly once delivery is a myth right?'))).toEqual(['exactly-once']);
  });
});

describe('an SRE who wants to design the systems', () => {
  it('answers "what should I focus on to make that switch?" with the SRE guide, not a new grad\'s choice', () => {
    const answer = ask(
      "4 yrs as an sre at a mid size company. im good at oncall, dashboards, k8s and capacity planning. but im tired of keeping other people's systems alive and want to be the one designing them. what should i focus on to make that switch?",
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });

  it('reads "what would you do?" after a post as the wish the post states, not the sentence someone quoted', () => {
    const answer = ask(
      "Hi! SRE at a mid-size e-commerce company, about 3 years in. Most of my week is the pager, Terraform and tuning alerts. Our last two postmortems both ended with 'the replication setup was wrong', and I was the one who dug into it. I think I want to be on the side that designs this stuff. What would you do?",
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });

  it('reads building the systems "rather than deploying them" as a move', () => {
    const answer = ask(
      'devops eng here, mostly CI/CD and terraform. how do i move toward building the distributed systems rather than deploying them',
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('study and reading at a level', () => {
  it('gives the study plan of the level named as who reads ("someone at staff level")', () => {
    const answer = ask('what should someone at staff level be reading to stay sharp, papers?');
    expect(ids(answer)).toEqual(['study-plan-staff']);
  });

  it('reads "what should I study next to get to senior" after "I\'m mid-level" as a study question, not the two levels compared', () => {
    const answer = ask("i'm mid-level and comfortable with basic replication. what should i study next to get to senior");
    expect(ids(answer)[0]).toMatch(/^study-plan-(mid|senior)$/);
  });

  it('reads a numbered title ("engineer 2", "SDE II") as the level, and "which topics should I know" as a study question', () => {
    expect(ids(ask('engineer 2 on an infra team. which distsys topics should i know cold by now?'))[0]).toMatch(
      /^(mid-level|study-plan-mid)$/,
    );
    expect(ids(ask('SDE II here. what should i study next?'))[0]).toMatch(/^(mid-level|study-plan-mid)$/);
    // "I" after "engineer" is the writer, not a title.
    expect(ids(ask('as an engineer i want to learn consensus. what should i study?'))[0]).not.toMatch(/entry/);
  });

  it('reads "where do I start?" after a goal the post states as how to reach that goal', () => {
    expect(ids(ask('want to get better at debugging production issues. where do i start'))).toEqual(['debugging-production']);
  });
});

describe("words of another field in a figure of speech, and the hiring side's slang", () => {
  it('does not decline "rather than just drawing boxes" as a question about drawing', () => {
    const answer = ask(
      'interviewing for senior roles elsewhere. how do i come across as senior in the design round rather than just drawing boxes',
    );
    expect(answer.kind).toBe('answer');
  });

  it('reads "dealbreaker" as a red flag', () => {
    const answer = ask(
      "candidate told an incident story where everything was the fault of 'the junior who pushed the bad config'. is that a dealbreaker or am i overreacting",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });
});

describe('a task told without "I was asked to"', () => {
  it('reads "drafting a staff posting for our storage team" as the task the question after it asks about', () => {
    const answer = ask("drafting a staff posting for our storage team. what belongs in it that wouldn't be in a senior one");
    expect(ids(answer)).toEqual(['job-description-by-level']);
  });
});

describe('"this" after a quoted title', () => {
  it('reads "how do people usually settle this?" as the situation told, not the title in quotes', () => {
    const answer = ask(
      "Hiring manager for a storage team. We just wrapped a loop with a candidate who's currently 'Staff Engineer' at a ~60 person company. Her design round was excellent, but every behavioural story was about her own team's service. The panel is split between senior and staff. How do people usually settle this?",
    );
    expect(ids(answer)).not.toContain('do-staff-engineers-code');
    expect(answer.question).not.toContain('settle Staff Engineer');
  });
});

describe('"What are the pros and cons?" after a post that weighs two paths up', () => {
  it('answers the choice the post weighs ("should I move to a DSE role or go for staff SRE"), not a stray match for "pros"', () => {
    const answer = ask(
      "So I've been an SRE for about 5 years now, mostly Kubernetes and on-call. Lately I feel stuck and I'm wondering if I should move to a DSE role or go for staff SRE. What are the pros and cons?",
    );
    expect(ids(answer)[0]).toMatch(/^(sre-career-path|sre-to-distributed-systems|dse-vs-sre)$/);
  });
});

describe('"Thoughts?" after a post that weighs two roles up', () => {
  it('compares the two roles the post names', () => {
    const answer = ask(
      "Hey. I've had the title 'DevOps engineer' for 5 years: Terraform, GitLab CI, EKS, the usual. Recruiters now send me platform engineering and SRE openings as if they were the same thing and I honestly can't tell which one I'd fit better, or whether the difference even matters. Thoughts?",
    );
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
  });
});

describe('follow-ups that ask for their own kind of answer', () => {
  it('answers "any books for that?" after a student\'s question with what to read', () => {
    const answer = converse("i'm a student, what should i learn first if i want to do distributed systems?", 'any books for that?');
    expect(ids(answer)).toEqual(['reading-list']);
  });

  it('reads "which one would you pick?" as the choice between the two things the last question named', () => {
    const answer = converse(
      "our checkout spans three services now, someone suggested sagas and someone else said 2PC, what's the deal?",
      'which one would you actually pick for order + payment + shipping?',
    );
    // The comparison the content writes out for the two.
    expect(ids(answer)).toEqual(['sagas-vs-two-phase-commit']);
  });
});

describe('more figures of speech and household words', () => {
  it('answers "real thing or marketing?" about exactly-once instead of counting marketing against it', () => {
    expect(ids(ask('exactly once delivery in kafka, real thing or marketing'))).toEqual(['exactly-once']);
  });

  it('declines a kitchen circuit breaker, though the content has an entry of that name', () => {
    expect(ask('kitchen circuit breaker trips every time i run the kettle and the microwave together, is that dangerous?').kind).not.toBe(
      'answer',
    );
  });
});

describe('"the next level" from the level the post gives', () => {
  it("compares the asker's level with the one above it", () => {
    const answer = ask(
      "Hello! I'm an L4 on a messaging team. Third review in a row I got 'strong delivery, needs to show more design ownership'. I built most of our dead-letter handling and the consumer retry logic, but always from docs my tech lead wrote. What would actually move the needle toward the next level?",
    );
    expect(ids(answer)).toEqual(['mid-vs-senior']);
  });
});

describe('a follow-up answered under a heading of the entry', () => {
  it('shows the passage under the heading that names what the follow-up asks, not a sentence of the summary again', () => {
    // "mid-write" is in the heading ("If the leader crashes mid-write"), not in the bullets under it.
    const answer = converse('what is raft', 'and what happens mid-write if it goes down?');
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.summary).toMatch(/survives a leader crash/);
  });
});

describe("the post's own guess, confirmed by one of its sentences", () => {
  it('answers a thin question after a post about a growing buffer with backpressure', () => {
    const answer = ask(
      'our ingest service reads from sqs and writes to elasticsearch. when ES gets slow the in-memory buffer just keeps growing until the pod OOMs and restarts, then does it all again. k8s just keeps restarting it lol. how do i fix this properly instead of bumping the memory limit again?',
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('a follow-up the last entry has nothing more to say about', () => {
  it('keeps the last entry but offers the one the question finds on its own ("any projects to go with it?")', () => {
    const answer = converse('what should I read to learn distributed systems?', 'any projects to go with it?');
    expect(ids(answer)).toEqual(['reading-list']);
    expect(answer.alternatives.map((entry) => entry.id)).toContain('side-projects');
  });

  it('finds the passage that says "production" for a follow-up that says "prod"', () => {
    const answer = converse('what is chaos engineering', 'is that actually safe to run in prod?');
    expect(ids(answer)).toEqual(['chaos-engineering']);
    expect(answer.summary).toMatch(/production/);
  });
});

describe('near misses in the words of the new entries and of other trades', () => {
  it.each([
    'how do I scale my small bakery business?',
    'what is vertical farming',
    'how do i load balance my washing machine',
    "what's the tail latency of the nyc subway lol",
    'quick q, how do i fit a poisson distribution to count data in R? stats class is killing me',
    'best linux distro for a CS student? ubuntu vs fedora vs arch',
    'how do i distribute my python package on pypi',
  ])('declines %s', (question) => {
    expect(ask(question).kind).not.toBe('answer');
  });
});

describe('near misses from work life', () => {
  it.each([
    'how does the leader election work for our union shop steward? first time voting',
    'office gossip on my team is getting toxic, how do I raise it with my manager without making it worse?',
    'any facilitation tips for reaching consensus in a team retro when two people always dominate?',
  ])('declines %s', (question) => {
    expect(ask(question).kind).not.toBe('answer');
  });
});

describe('"how do I get there from <level>?" after a level', () => {
  it('compares the level it names with the one the last answer was about', () => {
    const answer = converse('what does a staff engineer actually do day to day', 'and how do i get there from senior?');
    expect(ids(answer)).toEqual(['senior-vs-staff']);
  });

  it('reads "mid" alone as the level it names (after the senior entry, the step from mid to senior)', () => {
    expect(ids(converse("what's expected of a senior distributed systems engineer", 'how do i get there from mid'))).toEqual([
      'mid-vs-senior',
    ]);
  });
});

describe('"ok thanks. one more: ..."', () => {
  it('reads the question after the thanks and the "one more:" label as asked', () => {
    expect(ids(ask('ok thanks. one more: whats the line between a data eng and a distsys eng?'))).toEqual(['dse-vs-data-engineer']);
  });
});

describe('how people say they get paged', () => {
  // "at 3am", "waking up": a page, as the alerting entry says it; not more about the SLOs the thread was on.
  it.each([
    [['what are slos and error budgets', 'cool, how do i alert on that without waking up for nothing at 3am']],
    [['what are SLOs exactly', 'how do i alert on them without paging people at 3am for nothing?']],
  ])('answers %j with the alerting entry', (messages) => {
    expect(ids(converse(...messages))).toEqual(['alerting']);
  });
});

describe('levels within a thread', () => {
  it('reads "how\'s that different once you\'re principal?" after the staff week as staff against principal', () => {
    const last = converse(
      "my mentor just got promoted to staff and I have no idea what her job is now. what fills a staff eng's week?",
      "and how's that different once you're principal?",
    );
    expect(ids(last)).toEqual(['staff-vs-principal']);
  });

  it('reads two levels set side by side within the last topic as that topic, which says how each is judged', () => {
    const last = converse('what happens in a system design interview?', 'how much deeper do they expect a senior to go than a junior?');
    expect(ids(last)).toEqual(['system-design-interview']);
  });

  it('reads "move up from junior" as the step to mid-level', () => {
    expect(ids(ask('what should I be doing differently to move up from junior?'))).toEqual(['entry-vs-mid']);
  });

  it('does not take "quick intro:" for a wish for a short answer', () => {
    expect(ask('Quick intro: I am a backend dev at a bank. How do replicas agree on the order of writes in raft?').brief).toBe(false);
    expect(ask('quick q: what is raft').brief).toBe(true);
  });
});

describe('the step after the last topic', () => {
  it('answers "say I get there, how would I later go from SRE to designing the systems?" with the move on, not the way in again', () => {
    const last = converse(
      'how do people usually become SREs?',
      'and say I get there, how would I later go from SRE to actually designing the systems?',
    );
    expect(ids(last)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('whether the field is worth it, said as people say it', () => {
  it('answers "a smart field to invest in, or oversaturated?" with what drives demand, and the sentence after it as why they ask', () => {
    const answer = ask(
      'between all the layoffs and hiring freezes, is distributed systems still a smart field to invest in, or is it oversaturated? trying to decide where to put my next two years of learning',
    );
    expect(ids(answer)).toEqual(['demand-drivers']);
    expect(answer.parts).toHaveLength(0);
  });
});

describe('what the asker tried in vain', () => {
  it('does not answer with the remedy the post says did not help', () => {
    const answer = ask(
      "one downstream dependency goes down, all our threads pile up waiting on its timeouts and then we go down too. we already retry with exponential backoff and it didn't help. what pattern am I missing?",
    );
    expect(['bulkhead', 'circuit-breaker']).toContain(ids(answer)[0]);
  });
});

describe('how two ladders line up', () => {
  it.each([
    'is an SDE II at Amazon the same level as an L4 at Google',
    // "those" are what the post named: its one word of its own ("level") is no sure answer by itself.
    "have an SDE II offer from Amazon and an L4 from Google. are those the same level? I've never understood what the L-numbers mean anyway",
  ])('answers %j with the career ladder, not one level or levelling a candidate', (message) => {
    expect(ids(ask(message))).toEqual(['career-ladder']);
  });
});

describe('the next step a thread takes on latency and replicas', () => {
  it.each([
    [['what is the tail at scale paper about', 'how do i measure that properly in a load test though?'], 'load-testing'],
    [['tail latency explained simply', 'how do i monitor that properly, is a p99 dashboard enough?'], 'latency-percentiles'],
    [
      [
        'why does everyone talk about p99 instead of average latency',
        'ok so how do we get the p99 down? a couple of slow backends in a fan-out are killing us',
      ],
      'tail-latency',
    ],
    [["what's replication lag", 'how do i stop users seeing stale data right after they update their profile?'], 'consistency-models'],
  ])('answers %j with %s', (messages, id) => {
    expect(ids(converse(...messages))).toEqual([id]);
  });
});

describe('what they meant by what they said', () => {
  it('reads "what did they mean" after interview feedback quoted with an apostrophe inside as the quoted concept', () => {
    const answer = ask("design round feedback said i 'didn't consider backpressure'. what did they mean, and what should i have said?");
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('an emoji between two clauses', () => {
  it('ends the first, so the question after it asks about what the first told ("what was i missing")', () => {
    expect(ids(ask('in an interview i said kafka gives you exactly once and the interviewer just smiled 😅 what was i missing'))).toEqual([
      'exactly-once',
    ]);
  });

  it('leaves a question about someone the post told of with the post, whose other-field words still count', () => {
    expect(
      ask('my cat is named Kafka and she knocks my coffee off the desk every single morning 😹 how do I get her to stop').kind,
    ).not.toBe('answer');
  });
});

describe('what comes next after study told as done', () => {
  it('reads "What\'s next, mid-level wise?" after a finished book and challenges as what to study next', () => {
    expect(ids(ask("Finished DDIA and the first few Gossip Glomers challenges. What's next, mid-level wise?"))).toEqual(['study-plan-mid']);
  });
});

describe('another workplace swapped into the last question', () => {
  it('reads "what about at a bank?" after SRE work at a cloud-native company as the same question about a bank', () => {
    const last = converse("what's sre work like at a cloud-native product company? deploy cadence, oncall etc", 'what about at a bank?');
    expect(ids(last)).toEqual(['finance-vs-cloud-native']);
  });
});

describe('another starting point offered in place of the last one', () => {
  it('reads "what about someone coming from a sysadmin background instead?" as the same way into SRE', () => {
    const last = converse(
      "what's the usual path into sre from backend dev?",
      'what about someone coming from a sysadmin background instead?',
    );
    expect(ids(last)).toEqual(['how-to-become-sre']);
  });
});

describe('what comes next in a series written per level', () => {
  it.each([
    [['is there a beginner study plan for distsys stuff?', 'ok say i finish all that, what comes next'], 'study-plan-mid'],
    [['what does a mid-level engineer need to know', 'and what comes after that?'], 'senior'],
  ])('answers %j with the entry a level up: %s', (messages, id) => {
    expect(ids(converse(...messages))).toEqual([id]);
  });
});

describe('tuning set G: how people put things, read as they mean them', () => {
  it.each([
    // "in normal words" asks for the plain version, like "in plain english"; it is no topic of its own.
    ['can someone explain raft in normal words?', ['raft']],
    // Hired as an SRE is a move into SRE, from wherever the asker is.
    ["i'm a linux sysadmin rn, what do i need to learn to get hired as an sre", ['how-to-become-sre']],
    // Job posts read by someone looking for a job are not a hiring manager's job descriptions.
    [
      'every job post wants k8s + kafka but this channel keeps saying learn the fundamentals. which do i do first?',
      ['tool-specialist-vs-foundations'],
    ],
    // Another field's words: a web page's layout.
    ['how do i center a div vertically lol flexbox hates me', []],
    // A dashboard's "response time" is the content's latency.
    [
      "our grafana says mean response time is 80ms, totally fine, yet support keeps getting 'app is slow' tickets. which number should i actually be looking at",
      ['latency-percentiles'],
    ],
    // A choice between two roles' postings is the two roles side by side.
    [
      "trying to decide between SRE and distributed systems engineer postings, what's the real difference in what each one owns?",
      ['dse-vs-sre'],
    ],
    // A city's water distribution and an HR process are other fields.
    [
      "Hi! I work for a city water utility and we're modelling our water distribution system: pressure zones, pipe sizing, that kind of thing. Is there a good tool for hydraulic modelling you'd recommend?",
      [],
    ],
    ['any good template for a performance improvement plan? need to put someone on one next week', []],
    // "good idea or nah?" is a verdict on what the post tells.
    ["platform team wants to drop log shipping since we 'have tracing now'. good idea or nah?", ['observability']],
    // "where do I even start" after a production symptom is where to start debugging, not a career.
    ['errors only in us-east-1b, everything else fine. where do i even start', ['debugging-production']],
    // A question asked as an entry lists it is that entry's, whatever busier entry its words name.
    ['do distributed systems engineers need kubernetes', ['container-orchestration']],
    // Of the levels a post names, the asker's own is set against the one asked about.
    [
      "Been a senior for three years now and I feel stuck. I own our team's services end to end, lead incidents, mentor the juniors. What is actually different about staff, is it just more of the same at a bigger size?",
      ['senior-vs-staff'],
    ],
  ])('answers %j from %j', (message, expected) => {
    expect(ids(ask(message))).toEqual(expected);
  });

  it.each([
    // "eli5 X" at a sentence's start asks to explain X; X alone would read as a remark.
    [
      'eli5 cap theorem pls. also where does pacelc fit in, and is eventual consistency as bad as it sounds',
      ['cap-theorem', 'pacelc', 'eventual-consistency'],
    ],
    // "ppl always mention them together" is a remark after the question, not part of it.
    [
      'how do sagas roll back when step 3 fails? and how does the outbox thing fit in, ppl always mention them together',
      ['sagas', 'transactional-outbox'],
    ],
    // "msg" is a message, and a consumer safe from duplicates is idempotency.
    [
      "is kafka exactly-once real or marketing? and what's the pattern to keep my consumer safe when it gets the same msg twice",
      ['exactly-once', 'idempotency'],
    ],
    // "few q's:" announces a list; a statement before "X or Y?" is its reason, not options of the question before; "if
    // we shard, where ..." asks.
    [
      "few q's: replicas vs shards, what's the actual difference? our postgres box is pinned at 90% cpu, bigger instance or shard? and if we shard, where does consistent hashing come in",
      ['replication-vs-sharding', 'scaling-up-vs-out', 'consistent-hashing'],
    ],
    // The comma after "in simple terms" still parts two questions.
    [
      'what even counts as a distributed system in simple terms, what does a dse actually do all day',
      ['distributed-systems-engineering', 'distributed-systems-engineer'],
    ],
    // "the difference between what I do and what an SRE does" is one question, asked by a platform engineer.
    [
      "platform eng here (k8s, terraform, argo). 1) What's really the difference between what I do and what an SRE does? 2) I babysit our etcd clusters through upgrades and quorum loss, can I put that on my CV as distributed systems experience?",
      ['sre-vs-platform-engineer', 'role-crossover'],
    ],
    // "move toward distributed systems from here", from a devops engineer, is the way in from devops.
    [
      "devops eng, 4 yrs, mostly gitlab ci + terraform. Our team just got renamed 'platform engineering'. What actually changes? And longer term, how would I move toward proper distributed systems engineering from here?",
      ['sre-to-distributed-systems'],
    ],
  ])('answers every part of %j', (message, expected) => {
    const got = ids(ask(message));
    for (const id of expected) expect(got).toContain(id);
  });

  it('reads "why does fan-out make it so much worse" after p99 as tail latency: the question and its "it" put back agree', () => {
    expect(
      ids(converse('what does p99 mean on our latency graph', 'why does fan-out make it so much worse, and how do ppl fix it?')),
    ).toEqual(['tail-latency']);
  });
});

describe('a team or title renamed: what changes is how the old role and the new one differ', () => {
  it.each([
    "leadership announced our devops group becomes the 'platform org' next quarter. does anything actually change besides the slack channel name?",
    "our whole team just got renamed 'platform engineering' last week, i'm a devops eng. what actually changes, if anything?",
  ])('answers %j with platform engineering vs devops', (message) => {
    expect(ids(ask(message))).toEqual(['platform-vs-devops']);
  });
});

describe('the hiring side and the on-call side, read from who asks', () => {
  it.each([
    // Whoever hires or onboards a new grad is not answered by the guides written for new grads themselves.
    ['hiring for a junior infra role. what do you even ask a new grad in the loop?', 'interview-signals-by-level'],
    [
      "new distsys hire starts in 2 weeks, what should their first 3 months look like? i want something more structured than 'read the wiki and ask questions'",
      'onboarding-plan-dse',
    ],
    // "where do I even start" with something broken in the same sentence is where to start debugging.
    ['going on call for the first time next week 😬 if something breaks at 3am where do i even start looking', 'debugging-production'],
  ])('answers %j from %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('follow-ups that keep to the last topic', () => {
  it('reads "do distsys engineers actually need to know it?" after Kubernetes as about Kubernetes, not the role it names', () => {
    expect(ids(converse('k8s in one sentence?', 'do distsys engineers actually need to know it?'))).toEqual(['container-orchestration']);
  });

  it('reads "eli5 please, my brain hurts" as the last answer again, short', () => {
    const last = converse('can someone explain the two generals thing', 'eli5 please, my brain hurts');
    expect(ids(last)).toEqual(['two-generals-problem']);
    expect(last.brief).toBe(true);
  });
});

describe('a second question after a comma, and a job that became a distsys job', () => {
  it('answers "what does a DSE even do all day, is it just backend with more yaml" with the role and the comparison', () => {
    const got = ids(ask('what does a distributed systems engineer even do all day lol, is it just backend with more yaml'));
    expect(got).toContain('distributed-systems-engineer');
    expect(got).toContain('dse-vs-backend');
  });

  it('reads "has my backend job turned into a distsys job?" as whether the work counts', () => {
    expect(
      ids(ask('how do i know if my backend job has already turned into a distsys job? i tune our cassandra consistency levels now lol')),
    ).toEqual(['role-crossover']);
  });
});

describe('partitioning a table is sharding', () => {
  it('answers "network partition vs partitioning a table" with both sides', () => {
    const got = ids(
      ask(
        "what's the difference between a network partition and partitioning a table? and what actually happens to writes during a netsplit?",
      ),
    );
    expect(got).toContain('sharding');
    expect(got).toContain('network-partitions');
  });
});

describe('a later part that leans on the one before, with words enough of its own', () => {
  it('answers "how do i alert on it without paging ppl for every tiny blip?" after picking an SLI with alerting, not nothing', () => {
    const got = ids(
      ask(
        "we're setting up slos for the first time. how do i pick the sli, and how do i alert on it without paging ppl for every tiny blip?",
      ),
    );
    expect(got).toEqual(['slos-and-error-budgets', 'alerting']);
  });
});

describe('sizing a named coordination service is quorum arithmetic', () => {
  it.each(['5 node etcd, how many can die before writes stop?', 'why etcd with 3 or 5 nodes, never 4?'])(
    'answers %j from quorum',
    (message) => {
      expect(ids(ask(message))).toEqual(['quorum']);
    },
  );
});

describe('"the diff between the two" when the post names the two, the asker being one', () => {
  it('answers "sre here ... job posts for distributed systems engineer ... what is actually the diff between the two?" with the comparison', () => {
    expect(
      ids(ask("sre here. i keep reading job posts for 'distributed systems engineer'. what's actually the diff between the two?")),
    ).toEqual(['dse-vs-sre']);
  });

  it('still declines a non-compete question once ", and would i have to ..." parts it in two (a contract is another field)', () => {
    const got = ids(
      ask(
        'i have a non-compete in my contract at a trading firm (low latency infra, c++). a competitor wants me to work on their order gateway. is the non-compete even enforceable, and would i have to sit out the 6 months?',
      ),
    );
    expect(got).toEqual([]);
  });
});

describe('off-topic follow-ups and near misses stay off', () => {
  it.each([
    [['what separates a mid from a senior eng, briefly', 'also my landlord in ontario is keeping my whole deposit, can he do that?']],
    [
      [
        "ok dumb q but what does 'consensus' mean when ppl talk about etcd and raft",
        'cool. so how does consensus work in the EU council, like qualified majority voting?',
      ],
    ],
    // The content's parliament is Lamport's part-time one: a government's is not.
    [['what does consensus mean for a cluster of servers', 'lol ok and how does consensus work in the eu parliament']],
  ])('declines the second turn of %j', (messages) => {
    expect(converse(...messages).kind).not.toBe('answer');
  });

  it.each(['ferry times from corfu to paxos in september? 🇬🇷', 'how do i install skyrim mods on steam deck, vortex doesnt work'])(
    'declines %j',
    (message) => {
      expect(ask(message).kind).not.toBe('answer');
    },
  );
});

describe('a role named by the post or the last answer, set against another', () => {
  it('reads "what does that job involve?" after "my cousin is a devops engineer" as the devops engineer\'s job', () => {
    expect(ids(ask("my cousin is a 'devops engineer'. what does that job involve?"))).toEqual(['devops-engineer']);
  });

  it.each([
    [["my cousin is a 'devops engineer'. what does that job involve?", 'and how is a dse different?'], 'dse-vs-devops'],
    [["what's a DSE's job in a nutshell", "how's that different from what I do as a backend dev?"], 'dse-vs-backend'],
    // Within a guide that is not a role's, two roles set side by side are that guide for the other role.
    [['30/60/90 plan for a new dse?', 'what about for an sre, anything different?'], 'onboarding-plan-sre'],
  ])('answers %j with %s', (messages, id) => {
    expect(ids(converse(...messages))).toEqual([id]);
  });
});

describe('tuning set H: every part of a message with several', () => {
  it.each([
    // "what's an outbox" after a choice put without a question word is a question of its own.
    [
      "2pc or saga for checkout across 3 services, whats an outbox, and why does everyone say 2pc 'blocks'",
      ['sagas-vs-two-phase-commit', 'transactional-outbox'],
    ],
    // "for gRPC traffic we need L4 or L7?" asks of someone: its options are not the question before's.
    [
      'our redis cache, when key expire the db get hammer by thousand request at same time, how to prevent? And for gRPC traffic we need L4 or L7 load balancer?',
      ['distributed-caching', 'load-balancing'],
    ],
    // "And I keep hearing about X, what is that": X, explained.
    [
      'Trying to convince my team to test our replication layer properly. Is chaos engineering in prod actually safe? And I keep hearing about deterministic simulation testing (FoundationDB style), what is that',
      ['chaos-engineering', 'testing-distributed-systems'],
    ],
    // "quick sanity check on how SLIs, SLOs and SLAs relate" asks.
    [
      "is 'observability' actually different from plain monitoring? also quick sanity check on how SLIs, SLOs and SLAs relate pls",
      ['observability', 'slos-and-error-budgets'],
    ],
    // "and for my project should I learn raft or paxos first" names a choice of its own, not a follow-on of the part before.
    [
      'final yr student: is PACELC just CAP with extra steps? and for my project should I learn raft or paxos first',
      ['cap-vs-pacelc', 'raft-vs-paxos'],
    ],
  ])('answers every part of %j', (message, expected) => {
    const got = ids(ask(message));
    for (const id of expected) expect(got).toContain(id);
  });
});

describe('a degree asked about at senior levels', () => {
  it('answers "is the missing degree going to hold me back for staff-level roles?" with what counts at those levels', () => {
    expect(
      ids(
        ask(
          "never finished my degree, but I've got 12 years of backend and infra work behind me. is the missing degree going to hold me back for staff-level roles?",
        ),
      ),
    ).toEqual(['competency-over-credentials']);
  });

  it("still answers a beginner's degree question with the education guide", () => {
    expect(ids(ask('do i need a cs degree to get into distributed systems?'))).toEqual(['education']);
  });
});

describe('a job post read by someone looking for work', () => {
  it('answers "Job post says ... which part of the field is this really?" with the field\'s areas, not how to write a job description', () => {
    expect(
      ids(
        ask(
          "Job post says 'Distributed Systems Engineer - Storage & Reliability', which part of the field is this really and what skills they want?",
        ),
      ),
    ).toEqual(['functional-areas']);
  });
});

describe('a question left for a second message', () => {
  it('is quoted back as the asker wrote it, without the frame borrowed to search it', () => {
    const answer = ask('what is raft? what is a quorum? what is a crdt? vector clocks?');
    expect(fullText(answer)).toContain('“vector clocks”');
    expect(fullText(answer)).not.toContain('what is vector clocks');
  });
});

describe('"niche" is the content\'s specialist', () => {
  it('answers "will being this niche cap me before staff?" with specialist or generalist', () => {
    expect(
      ids(ask('3 yrs on storage and I love going deep on compaction and replication, but will being this niche cap me before staff?')),
    ).toEqual(['specialist-or-generalist']);
  });
});

describe('a follow-up about the entry just read, with no passage of its own', () => {
  it('goes one level deeper instead of showing the same summary again', () => {
    const first = ask('what does a platform engineer do?');
    const second = ask('and day to day?', first.conversation);
    expect(ids(second)).toEqual(['platform-engineer']);
    expect(second.summary).not.toBe(first.summary);
    expect(second.summary.length).toBeGreaterThan(0);
  });
});

describe('parts outside what the bot answers', () => {
  it('declines once, not under each part, when every part is off-topic', () => {
    const answer = ask("what's the main theme of Kafka's The Metamorphosis? need a thesis for my lit class by friday");
    expect(answer.kind).toBe('decline');
    expect(fullText(answer)).not.toMatch(/this part/);
    expect(fullText(answer)).not.toMatch(/\*\*1\./);
  });

  it('says a pay part is about pay, beside the part it answers', () => {
    const answer = ask("what's a quorum, and how much does a staff engineer make at google?");
    expect(ids(answer)).toEqual(['quorum']);
    expect(fullText(answer)).toMatch(/pay or salary figures/);
    expect(fullText(answer)).not.toMatch(/not sure what this part asks/);
  });
});

describe('a comparison with a question of its own about the sides', () => {
  it.each([
    // "which one ..." asks of the two sides: the comparison answers it, not the guide for moving between them.
    ['sre vs distsys engineer - which one actually designs the system?', 'dse-vs-sre'],
    // Nor is a guess at the difference a move ("use kafka vs build it" is not "how do I get there").
    ['data eng vs distsys eng: basically ppl who use kafka vs ppl who build it?', 'dse-vs-data-engineer'],
  ])('answers %j with the comparison', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });

  it('still answers a move asked beside a comparison with the guide for the move', () => {
    expect(ids(ask('sre vs distsys engineer: how do I move from sre to dse?'))).toContain('sre-to-distributed-systems');
  });

  it('reads "from one to the other" after a comparison as from the first side to the second', () => {
    const answer = converse("what's the actual difference between a data engineer and a dse?", 'how do I move from one to the other?');
    expect(ids(answer)).toEqual(['data-engineer-to-distributed-systems']);
  });
});

describe('a second question after the first, however it is joined', () => {
  it('reads "oh and would ..." at the end of a post as a question of its own', () => {
    const answer = ask(
      'torn between going deep (becoming our consensus/storage person) or staying the broad infra generalist, goal is staff in 2ish years. which is smarter? oh and would staff mean i end up writing way less code',
    );
    expect(ids(answer)).toEqual(['specialist-or-generalist', 'do-staff-engineers-code']);
  });

  it('reads a later part with few words of its own against the part before it', () => {
    const answer = ask(
      "can someone explain replicas vs shards like im five? our postgres primary is drowning in writes. also when is 'just get a bigger instance' no longer the answer",
    );
    expect(ids(answer)).toEqual(['replication-vs-sharding', 'scaling-up-vs-out']);
  });
});

describe('the ways a message joins its questions', () => {
  it.each([
    // "and honestly what separates ...": a filler after the joint; "what separates X from Y" compares them.
    [
      'backend dev, want to get into sre. how do i actually get hired as one? and honestly what separates sre from devops, or is it the same job',
      ['how-to-become-sre', 'sre-vs-devops'],
    ],
    // A lead-in about a topic ("few q's about staff:") and a question after a comma put with an auxiliary ("do they still code").
    [
      "few q's about staff: what do staff engs actually do week to week, do they still code, and should i specialize to get there?",
      ['staff-archetypes', 'do-staff-engineers-code'],
    ],
    // ", and any side project ...": a request after "and".
    [
      "mid-level now. what should i be reading at this stage, and any side project that'd actually teach me consensus/replication instead of yet another todo app?",
      ['study-plan-mid', 'side-projects'],
    ],
    // "last one:" announces a question.
    [
      'SRE at a mid-size bank in Warsaw, thinking about jumping to a tech co. how different is the day to day really? also our payments folks keep talking about double-entry ledgers and reconciliation, what does that mean on the systems side? last one: can we just order events across services by their NTP timestamps or is that naive',
      ['finance-vs-cloud-native', 'financial-infrastructure'],
    ],
    // What someone said, then ", what is that".
    [
      "can I just average the p99 of each pod in grafana to get the service p99? also our fan-out to 40 shards has an awful tail even though every shard looks fine on its own, do hedged requests help? oh and someone in review said our benchmark has 'coordinated omission', what is that",
      ['latency-percentiles', 'tail-latency', 'benchmarking-and-performance'],
    ],
  ])('answers every part of %j', (q, expected) => {
    expect(ids(ask(q))).toEqual(expect.arrayContaining(expected));
  });
});

describe('"that" standing for what the sentence told before its comma', () => {
  it('answers "... double-entry ledgers and reconciliation, what does that mean on the systems side?" about those, not the part before it', () => {
    const answer = ask(
      'SRE at a mid-size bank in Warsaw, thinking about jumping to a tech co. how different is the day to day really? also our payments folks keep talking about double-entry ledgers and reconciliation, what does that mean on the systems side?',
    );
    expect(ids(answer)).toEqual(['finance-vs-cloud-native', 'financial-infrastructure']);
  });
});

describe('a bare level or role after a question that named none', () => {
  it('adds "and for staff?" to the last question: a staff JD, not what staff is', () => {
    expect(ids(converse('how do i write a job description for an sre role?', 'and for staff?'))).toEqual(['job-description-by-level']);
  });

  it('still reads "and what changes at staff level?" as how the interviews differ there, not what staff is', () => {
    const [id] = ids(converse('what do distsys interviews test?', 'and what changes at staff level?'));
    expect(['interviews', 'interview-signals-by-level']).toContain(id);
  });
});

describe('two roles set side by side in everyday words', () => {
  it.each([
    // A rename is no second thing to compare with: "or did we just get a new sticker" is a clause.
    [
      "mgmt just rebranded our devops squad as 'platform engineering'. is there an actual difference in the work or did we just get a new sticker",
      'platform-vs-devops',
    ],
    // A role named by what its team does.
    [
      'torn between two internal transfers: the SRE org or the team that runs our k8s platform. how do the day-to-day jobs actually differ?',
      'sre-vs-platform-engineer',
    ],
    // Whose job a piece of work is, between two roles.
    [
      'after our last outage the review said the failover logic itself is wrong, not the ops response. should SRE own rewriting that, or the engineers who build the storage layer?',
      'dse-vs-sre',
    ],
  ])('answers %j with the comparison of the two', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('the slips people make typing', () => {
  it.each([
    // Two letters swapped: one slip, two edits to Levenshtein.
    ['cap thoerem tl;dr?', 'cap-theorem'],
    ['what is concsensus', 'consensus'],
    // A question word mistyped is still only a question word.
    ['waht is raft', 'raft'],
  ])('answers %j', (q, id) => {
    const answer = ask(q);
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).toEqual([id]);
  });
});

describe('teams named in the plural', () => {
  it('compares "sre teams and platform teams ..., how do they actually differ?"', () => {
    expect(ids(ask('sre teams and platform teams look identical from the outside, how do they actually differ?'))).toEqual([
      'sre-vs-platform-engineer',
    ]);
  });
});

describe('near misses the bot declines', () => {
  it.each([
    // Mobile development is another field.
    'swiftui vs jetpack compose for a new mobile app, which is nicer to work with',
    // Negotiating pay is pay.
    'got a competing offer, how do i negotiate a higher base without sounding greedy',
  ])('declines %j', (q) => {
    expect(ask(q).kind).not.toBe('answer');
  });
});

describe('two things named, then how they go together', () => {
  it('sets event sourcing and CQRS side by side for "can you use one without the other?"', () => {
    const answer = ask('event sourcing and cqrs always show up together in conference talks. can you use one without the other?');
    expect(ids(answer)).toEqual(expect.arrayContaining(['event-sourcing', 'cqrs']));
  });
});

describe('a step up the ladder written with an arrow', () => {
  it.each([["junior -> mid: what actually changes in what's expected of me?", 'entry-vs-mid']])(
    'answers %j with the comparison of the two levels',
    (q, id) => {
      expect(ids(ask(q))).toEqual([id]);
    },
  );
});

describe('"what problem does X solve?"', () => {
  it.each([
    ['what problem does raft solve?', 'raft'],
    ['what problem is consensus actually solving', 'consensus'],
    ['what problems do crdts solve', 'crdt'],
  ])('answers %j with what X is for, not an entry that says "problem"', (q, id) => {
    const answer = ask(q);
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).toEqual([id]);
  });
});

describe('the everyday frames a concept question is put in', () => {
  it.each([
    ['how does the quorum work', 'quorum'],
    ['why does everyone talk about crdts', 'crdt'],
    ["what's the deal with consensus", 'consensus'],
    ['how does exactly-once work', 'exactly-once'],
  ])('answers %j with the thing it names', (q, id) => {
    const answer = ask(q);
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).toEqual([id]);
  });
});

describe('"like I\'m new" asks for the plain version', () => {
  it.each([
    ['quorum explained like im new', 'quorum'],
    ['replication explained like im new', 'replication'],
  ])('answers %j with the thing itself, briefly', (q, id) => {
    const answer = ask(q);
    expect(ids(answer)).toEqual([id]);
    expect(answer.brief).toBe(true);
  });
});

describe('comparisons put as a sameness or a bare choice', () => {
  it.each([
    ['is raft basically the same as paxos', 'raft-vs-paxos'],
    ['is platform engineer basically the same as devops engineer', 'platform-vs-devops'],
    // A choice between two roles is their comparison, not the guide for moving from one to the other.
    ['data engineer or distributed systems engineer, which one', 'dse-vs-data-engineer'],
  ])('answers %j with the comparison', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('"get it right" is not the Right Hand archetype', () => {
  it.each([
    ['is backpressure hard to get right?', 'backpressure'],
    ['are crdts hard to get right', 'crdt'],
  ])('answers %j with the thing named', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });

  it('answers "is it hard to get right?" after a concept about that concept', () => {
    expect(ids(converse('what is backpressure', 'is it hard to get right?'))).toEqual(['backpressure']);
    expect(ids(converse('what are crdts', 'is it hard to get right?'))).toEqual(['crdt']);
  });
});

describe('a bare thing joined on after a question', () => {
  it.each([
    ['can someone explain chaos monkey? and separately split brain', ['chaos-engineering', 'split-brain']],
    ['can someone explain consistent hashing? and separately fencing token', ['consistent-hashing', 'fencing-and-leases']],
  ])('answers both parts of %j', (q, expected) => {
    expect(ids(ask(q))).toEqual(expected);
  });
});

describe('"vs X?" after one topic', () => {
  it.each([
    ['what is raft', 'vs paxos?', 'raft-vs-paxos'],
    ['what does an sre do', 'and vs a distributed systems engineer?', 'dse-vs-sre'],
    ['what does a data engineer do', 'and compared to a distsys engineer?', 'dse-vs-data-engineer'],
  ])('after %j, answers %j with the two side by side', (first, second, id) => {
    expect(ids(converse(first, second))).toEqual([id]);
  });
});

describe('each part of a reply shows the sentence that answers it', () => {
  it('shows "is exactly-once actually real?" the sentence on what is possible, and keeps the rest one click away', () => {
    const answer = ask('is exactly-once actually real? and if not, how do payment systems avoid charging people twice');
    const exactlyOnce = answer.parts.find((part) => part.entryId === 'exactly-once')!;
    expect(answer.summary).toMatch(/isn't possible in general/);
    // Nothing is lost: every sentence of the part's summary is in the reply, shown or under "More".
    for (const sentence of exactlyOnce.summary.split(/(?<=\.)\s+/)) expect(fullText(answer)).toContain(sentence.trim());
  });

  it('leaves a part whose first sentences already say what was asked as it was', () => {
    const answer = ask('what is raft, and what is a quorum?');
    const raft = answer.parts.find((part) => part.entryId === 'raft')!;
    expect(answer.summary).toContain(raft.summary.split(/(?<=\.)\s+/)[0]!.trim());
    expect(answer.summary).not.toContain(' … ');
  });
});

describe('pay asked in shorthand, and "comp sci"', () => {
  it.each(['staff eng comp at netflix?', 'netflix staff engineer TC?'])('declines %j as a pay question, saying so', (q) => {
    const answer = ask(q);
    expect(answer.kind).toBe('decline');
    expect(answer.summary).toMatch(/pay or salary/);
  });

  it('still answers a difference "apart from the title and the comp"', () => {
    expect(ids(ask("what's genuinely different between staff and principal, apart from the title and the comp"))).toEqual([
      'staff-vs-principal',
    ]);
  });

  it('reads "comp sci" as computer science, not pay', () => {
    expect(ids(ask('comp sci degree worth it?'))).toEqual(['education']);
  });
});

describe('what everyone talks about in the news', () => {
  it('declines "why does everyone talk about the election" (not leader election)', () => {
    expect(ask('why does everyone talk about the election').kind).not.toBe('answer');
  });
});

describe('a move between two roles named "from X to Y"', () => {
  it.each([
    ['how do i go from sre to dse', 'sre-to-distributed-systems'],
    ['What does the path from SRE to a distributed systems engineer role look like?', 'sre-to-distributed-systems'],
    ['moving from SRE to distributed systems engineer, how?', 'sre-to-distributed-systems'],
    ['path from backend to dse?', 'backend-to-distributed-systems'],
    ['how do i move from backend to sre', 'how-to-become-sre'],
    ['switching from sysadmin to devops, how?', 'how-to-become-sre'],
    ['backend dev here, how do I switch to SRE?', 'how-to-become-sre'],
    ['going from devops to platform engineer, how?', 'how-to-become-sre'],
  ])('answers %j with the guide to that move, not the comparison of the two', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });

  it('still compares two levels ("from senior to staff"): the comparison says what the step takes', () => {
    expect(ids(ask('how do i go from senior to staff'))).toEqual(['senior-vs-staff']);
  });
});

describe('"they" after an answer of two topics, one of them a comparison', () => {
  it('answers "do they still code?" after "what\'s a staff engineer, is it just senior+?" about staff engineers coding', () => {
    expect(ids(converse("what's a staff engineer, is it just senior+?", 'do they still code?'))).toEqual(['do-staff-engineers-code']);
  });
});

describe('where to start on the concept just explained', () => {
  it('answers "where would we even start?" after chaos engineering with its first steps, not how to start a career', () => {
    const answer = converse(
      'chaos monkey, chaos engineering... is that just breaking prod on purpose?',
      "we're a small team with like 3 services, where would we even start?",
    );
    expect(ids(answer)).toEqual(['chaos-engineering']);
    expect(answer.summary).toMatch(/staging/);
    expect(answer.summary).toMatch(/game days/);
  });

  it('still answers "where do i start?" with nothing before it as the way into the field', () => {
    expect(ids(ask('where do i start?'))).toEqual(['how-to-start']);
  });
});

describe('a follow-up answered by one bullet of a short list', () => {
  it('shows the list it belongs to: what happens to an entry on a majority and to one on a minority', () => {
    const answer = converse('explain raft pls', 'ok and what if the leader crashes halfway through a write?');
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.summary).toMatch(/reached a majority survives/);
    expect(answer.summary).toMatch(/reached only a minority may be lost/);
  });
});

describe('follow-ups that ask what one adds to the other, or how to study for the level just read', () => {
  it('answers "and what does pacelc add on top of it?" after CAP with CAP vs PACELC', () => {
    expect(
      ids(converse("someone just told me our db is 'CP'. what does that even mean", 'and what does pacelc add on top of it?')),
    ).toEqual(['cap-vs-pacelc']);
  });

  it('reads "what do vector clocks give you that lamport clocks don\'t" as the comparison', () => {
    expect(ids(ask("what do vector clocks give you that lamport clocks don't"))).toEqual(['lamport-vs-vector-clocks']);
  });

  it('answers "how do I study for that?" after what a mid-level engineer should know with the mid-level study plan', () => {
    expect(ids(converse('what distsys stuff should I know at ~3 yoe?', 'how do I study for that?'))).toEqual(['study-plan-mid']);
  });
});

describe('"they" after a question that named a workplace', () => {
  it('answers "why do they care so much about clocks?" after infra at a trading firm about finance, not the way out of enterprise IT', () => {
    const answer = converse("what's it like doing infra at a trading firm or payments company?", 'why do they care so much about clocks?');
    expect(ids(answer)).not.toContain('enterprise-to-distributed-systems');
    expect(['financial-infrastructure', 'sec-rule-613', 'clock-synchronization']).toContain(ids(answer)[0]);
  });
});

describe('who asks, said before a question without a question mark', () => {
  it('reads "staff eng here, i havent merged anything in months. normal, or am i doing the job wrong" as a staff engineer asking', () => {
    const answer = ask('staff eng here, i havent merged anything meaningful in like 4 months. normal, or am i doing the job wrong');
    expect(ids(answer)).toEqual(['do-staff-engineers-code']);
  });
});

describe('who mentions a thing, and a question before a verdict-like remark', () => {
  it('answers "what\'s this PACELC thing people always bring up right after" with PACELC', () => {
    expect(ids(ask("what's this PACELC thing people always bring up right after"))).toEqual(['pacelc']);
  });

  it('answers both parts of "eli5 CAP. also is cassandra CP or AP? and what\'s this PACELC thing people always bring up right after"', () => {
    const answer = ask("eli5 CAP. also is cassandra CP or AP? and what's this PACELC thing people always bring up right after");
    expect(ids(answer)).toEqual(expect.arrayContaining(['cap-theorem', 'pacelc']));
  });

  it('keeps "and what other kinds of distsys jobs are there, like does SRE count as one" a question of its own', () => {
    const answer = ask(
      'what does a distributed systems engineer actually do all day? and what other kinds of distsys jobs are there, like does SRE count as one',
    );
    expect(answer.parts).toHaveLength(2);
    expect(answer.parts[1]!.question).toMatch(/^and what other kinds of distsys jobs/);
  });
});

describe('what the asker does not want', () => {
  it('answers "what does a DSE actually do all week? concrete tasks pls, not the job ad fluff" with the role, not job descriptions', () => {
    expect(ids(ask('what does a DSE actually do all week? concrete tasks pls, not the job ad fluff'))).toEqual([
      'distributed-systems-engineer',
    ]);
  });
});

describe('what the asker is doing, then the choice after a dash', () => {
  it('answers "writing a toy replicated kv store for fun — raft or paxos?" with the comparison', () => {
    expect(ids(ask('writing a toy replicated kv store for fun — raft or paxos?'))).toEqual(['raft-vs-paxos']);
  });

  it('still declines "writing an essay on the replication crisis in psychology — is it overblown or legit?"', () => {
    expect(ask('writing an essay on the replication crisis in psychology — is it overblown or legit? need good sources').kind).not.toBe(
      'answer',
    );
  });
});

describe('exclamations that carry no topic', () => {
  it('answers "mgr keeps saying i need \'more scope\'. wtf does that mean concretely" with what scope means', () => {
    expect(ids(ask("mgr keeps saying i need 'more scope'. wtf does that mean concretely"))).toEqual(['what-scope-means']);
  });
});

describe('a tool going out of fashion', () => {
  it('reads "if Cassandra falls out of fashion, am I in trouble?" as the tool specialist\'s prospects, not another field', () => {
    const answer = ask(
      "All my expertise is Cassandra ops: tuning compaction, running repairs, the works. I don't really know the theory underneath. If Cassandra falls out of fashion in a few years, am I in trouble? Should I be learning protocols instead of more tools?",
    );
    expect(ids(answer)).toEqual(['tool-specialist-vs-foundations']);
  });

  it('answers "is kafka going out of fashion?" about prospects, and still declines what is in fashion this summer', () => {
    expect(ids(ask('is kafka going out of fashion?'))).toEqual(['tool-specialist-vs-foundations']);
    expect(ask("what's in fashion this summer, linen or denim?").kind).not.toBe('answer');
  });
});

describe('a number with a decimal point in a post', () => {
  it('keeps "2.5 yoe" whole when reading a message: no sentence ends at its point', () => {
    expect(cleanMessage('2.5 yoe on an infra team. which distsys topics am i supposed to be solid on by now?').text).toMatch(/^2\.5 yoe/);
  });
  it('keeps a dotted name whole ("producer.send()", "package-lock.json"): no sentence ends inside it', () => {
    expect(cleanMessage('our handler commits to mysql and then calls producer.send() to kafka. sometimes it fails').text).toContain(
      'producer.send()',
    );
    expect(ask('git says merge conflict in package-lock.json, how do i fix it').kind).toBe('decline');
  });
});

describe('the one-tool engineer, as people put it', () => {
  it.each([
    "I'm basically 'the kubernetes guy' at my company. should I worry that I have no idea how etcd or raft work underneath?",
    'only know helm charts, never looked at how raft works. problem?',
  ])('answers %j with tool expertise vs foundations', (q) => {
    expect(ids(ask(q))).toEqual(['tool-specialist-vs-foundations']);
  });
});

describe("something to build on one's own", () => {
  it('answers "what should i build to show infra teams i know what i\'m doing?" with side projects, not platform engineering', () => {
    expect(
      ids(ask("what should i build to show infra teams i know what i'm doing? my github is just todo apps and a discord bot rn")),
    ).toEqual(['side-projects']);
  });

  it('answers "what would you build instead then" after the CKA with side projects', () => {
    expect(ids(converse('is the cka worth getting for infra jobs', 'what would you build instead then'))).toEqual(['side-projects']);
  });
});

describe('"problem for distsys?" as a verdict on what the message told', () => {
  it.each([
    ['zero math since school. problem for distsys?', 'how-much-math'],
    ['only know python. is that a problem for distsys?', 'which-language'],
  ])('answers %j about what was told, not security "problems"', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('logistics "distribution systems"', () => {
  it('declines "best warehouse distribution system software for a small 3PL? we\'re outgrowing spreadsheets"', () => {
    expect(ask("what's the best warehouse distribution system software for a small 3PL? we're outgrowing spreadsheets").kind).toBe(
      'decline',
    );
  });
});

describe('"an X problem or a Y problem": whose job it is', () => {
  it('answers "is that an sre problem or a platform team problem" with SRE vs platform engineer', () => {
    expect(
      ids(ask('we keep getting paged for disk full on the kafka brokers at 3am, is that an sre problem or a platform team problem')),
    ).toEqual(['sre-vs-platform-engineer']);
  });
});

describe('a property asked of the concept just explained', () => {
  it('answers "is it eventually consistent?" after gossip protocols from the gossip entry, at the sentence that says so', () => {
    const answer = converse('what is gossip protocol', 'is it eventually consistent?');
    expect(ids(answer)).toEqual(['gossip-protocols']);
    expect(answer.summary).toMatch(/eventually consistent/);
  });

  it('still sets two things side by side for "is that the same as pacelc?"', () => {
    expect(ids(converse('cap theorem explained pls', 'is that the same as pacelc?'))).toEqual(['cap-vs-pacelc']);
  });
});

describe('how to start doing something', () => {
  it('answers "How do we start doing SLOs" with SLOs, not alerting (which says "start")', () => {
    expect(ids(ask('How do we start doing SLOs'))).toEqual(['slos-and-error-budgets']);
  });
});

describe('a follow-up that finds the last entry again on its own words', () => {
  it('answers "what happens to ordering if we bump the partition count later?" with the passage on adding partitions', () => {
    const answer = converse(
      'how does kafka decide which partition a message lands in?',
      'what happens to ordering if we bump the partition count later?',
    );
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
    expect(answer.summary).toMatch(/Adding partitions later changes where keys map/);
  });

  it('shows the list a lead-in line opens: "what stops the old leader from still writing?" gets the defences', () => {
    const answer = converse('how does leader election work?', "what stops the old leader from still writing after it's been replaced?");
    expect(answer.summary).toMatch(/Defences:/);
    expect(answer.summary).toMatch(/Fencing tokens/);
  });
});

describe('a quoted phrase after another topic', () => {
  it('reads "wtf does that mean concretely" as the quote the message gives, not the last answer\'s topic', () => {
    const answer = converse(
      'how much math do i need',
      "mgr keeps saying i need 'more scope' for senior. wtf does that mean concretely, and do design docs count?",
    );
    expect(ids(answer)).toEqual(['what-scope-means', 'design-docs-and-promotion']);
  });
});

describe('"happened" alone is not the happened-before relation', () => {
  it('answers a split brain told as a story ending "wtf happened?" from split brain, not logical clocks', () => {
    const answer = ask(
      'we run a two node postgres cluster with auto failover. last week both nodes decided they were primary for about 10 minutes and we ended up with diverging writes. wtf happened and how do we make sure it never happens again?',
    );
    expect(ids(answer)).toContain('split-brain');
    expect(ids(answer)).not.toContain('logical-clocks');
  });
  it('does not answer "wtf happened" with logical clocks, and still knows the relation by its name', () => {
    expect(ids(ask('wtf happened'))).not.toContain('logical-clocks');
    expect(ids(ask('what does happens before mean'))).toEqual(['logical-clocks']);
  });
});

describe('"involve" is filler, not a topic', () => {
  it('answers "what does sharding involve" from sharding, not the role whose question line says "involve"', () => {
    expect(ids(ask('what does sharding involve'))).toEqual(['sharding']);
  });
  it('does not answer "what does that involve" with no topic at all from the SRE entry', () => {
    expect(ids(ask('what does that involve'))).not.toContain('site-reliability-engineer');
  });
});

describe('who does a thing, and how often, is not what "why do people always ..." asks', () => {
  it('answers "why do people always use odd numbers though?" after a quorum from the quorum entry', () => {
    expect(ids(converse('quorum, what is it', 'why do people always use odd numbers though?'))).toEqual(['quorum']);
  });
  it('answers "why does everyone say run etcd on 3 or 5 nodes" from an entry on coordination or quorums', () => {
    const answer = ask('why does everyone say run etcd on 3 or 5 nodes and never 4?');
    expect(answer.kind).toBe('answer');
    expect(ids(answer).some((id) => ['quorum', 'coordination-services', 'consensus'].includes(id))).toBe(true);
  });
});

describe('whether certifications count', () => {
  it('answers "what about certs, do those count?" after degrees from the certifications entry, not degrees again', () => {
    expect(ids(converse("does a degree still matter once you're senior", 'what about certs, do those count?'))).toEqual(['certifications']);
  });
});

describe('"the same thing" only for two names of one entry', () => {
  it('does not say linearizable and serializable are the same thing, though one entry tells them apart', () => {
    const answer = ask('is linearizable the same as serializable?');
    expect(ids(answer)).toEqual(['linearizability']);
    expect(fullText(answer)).not.toMatch(/name the same thing/);
  });
  it('does not say a sidecar and a service mesh are the same thing', () => {
    expect(fullText(converse("what's a sidecar", 'is that the same thing as a service mesh?'))).not.toMatch(/name the same thing/);
  });
  it('still says sharding and partitioning name the same thing', () => {
    expect(ask('sharding vs partitioning same thing?').summary).toMatch(/\*\*sharding\*\* and \*\*partitioning\*\* name the same thing/);
  });
});

describe('a hobby told as the setting is not the question', () => {
  it.each([
    "building a little offline-first notes app for fun. two phones edit the same note while offline and then both come back online. how do apps handle that without throwing away one person's changes? someone in another server said 'just use crdts' but didnt explain",
    "Hi! I'm building a little collaborative whiteboard as a side project (React + websockets). Half of HN says 'just use CRDTs' but I don't get how two people dragging the same shape ends up the same on both screens. how does that work?",
  ])('answers the problem met in it from the CRDT entry, not how to build a side project: %s', (message) => {
    expect(ids(ask(message))).toEqual(['crdt']);
  });
});

describe('a question that asks what to do is shown what to do', () => {
  it('shows how to prevent a cache stampede, not only what a distributed cache is', () => {
    const answer = ask('popular cache key expires and suddenly a few hundred requests slam the db at once. how do ppl prevent that');
    expect(ids(answer)).toEqual(['distributed-caching']);
    expect(answer.summary).toMatch(/single-flight/);
    expect(answer.summary).toMatch(/jitter to TTLs/);
  });
  it('shows a two-node split brain how it is prevented', () => {
    const answer = ask(
      'so the switch between our two postgres boxes bounced and for ~5 min BOTH of them decided they were the primary and took writes. how do people stop that from happening?',
    );
    expect(ids(answer)).toEqual(['split-brain']);
    expect(answer.summary).toMatch(/Tie-breaker/);
  });
  it('does not show one step of a long numbered list as the answer', () => {
    const answer = ask('system design rounds: how do i stop rambling and actually structure my answer in 45 min');
    expect(answer.summary).not.toMatch(/^\d+\. /m);
  });
  it('still answers "what is a distributed cache" with what it is', () => {
    expect(ask('what is a distributed cache').summary).not.toMatch(/Stampedes/);
  });
});

describe('a question about one situation inside a concept is shown the passage on that situation', () => {
  it('shows a Raft entry that reached only a minority before the leader crashed, not only what Raft is', () => {
    const answer = ask(
      'in raft if the leader crashes right after a client sends a write but before it replicates to anyone, is that write just gone?',
    );
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.summary).toMatch(/reached only a minority may be lost/);
  });
  it('shows what hinted handoff does to the quorum overlap', () => {
    const answer = ask(
      'if a cassandra write lands on some other node via hinted handoff because the real replicas were down, does R+W>N still protect the next read?',
    );
    expect(ids(answer)).toEqual(['quorum']);
    expect(answer.summary).toMatch(/overlap guarantee goes away/);
  });
  it('shows that a synchronous standby whose link breaks stalls writes on the primary', () => {
    const answer = ask(
      "we turned on synchronous replication in postgres so failovers don't lose writes. yesterday the standby's network link died and every write on the primary just... hung. i thought it would fall back to async on its own?",
    );
    expect(ids(answer)).toEqual(['replication']);
    expect(answer.summary).toMatch(/waits rather than falling back to asynchronous/);
  });
  it('keeps the summary when a sentence of it already says the answer (2PC participants hold their locks)', () => {
    const answer = ask(
      "hey all, backend dev at a mid-size logistics saas, we're looking at XA across two postgres dbs for one nasty flow. question: if the coordinator process dies right after both participants voted yes in the prepare round, what do they actually do? commit on their own after a timeout or just sit there holding stuff?",
    );
    expect(ids(answer)).toEqual(['two-phase-commit']);
    expect(answer.summary).toMatch(/must hold their locks until it recovers/);
    expect(answer.summary).not.toMatch(/Where you meet it/);
  });
  it('shows whether a Raft leader may answer a read alone, from the Raft entry', () => {
    const answer = ask('can the raft leader serve reads without asking the followers?');
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.summary).toMatch(/hearing from a majority/);
  });
  it('reads "my page fires 20 requests in parallel" as the fan-out that makes tail latency matter', () => {
    const answer = ask(
      "two probably dumb questions from a frontend person: what does 'p99' on our api dashboard mean, and why does the backend team wince when my page fires 20 requests in parallel on load?",
    );
    expect(partIds(answer)).toEqual(['latency-percentiles', 'tail-latency']);
  });
  it('shows how gray failures are caught when a later question of the message asks it of the same entry', () => {
    const answer = ask(
      'weird one from oncall last night: every health check on node-7 was green, the LB kept sending it traffic, but like 15% of requests through it were timing out. restarting it fixed things. is there a name for this kind of failure and how do ppl catch it?',
    );
    expect(ids(answer)).toEqual(['gray-failure']);
    expect(answer.summary).toMatch(/Judge health from the caller's side/);
  });
  it('shows that "CA" is no real option when the later question asks it, after a claim from the slides', () => {
    const answer = ask(
      "my distributed systems lecturer said CAP means pick 2 of 3 and most enterprise systems pick CA because a private datacenter network doesn't partition. that's on the slides but it feels wrong?? is CA a real option or not",
    );
    expect(ids(answer)).toEqual(['cap-theorem']);
    expect(answer.summary).toMatch(/We chose CA/);
  });
  it('reads a later question as asked, not with the entry\'s whole title for "it" ("why are db vendors scared of it")', () => {
    expect(ask("what's jepsen and why are db vendors scared of it lol").summary).not.toMatch(/Porcupine/);
  });
  it('still answers "what is raft" with what it is', () => {
    expect(ask('what is raft').summary).not.toMatch(/reached only a minority/);
  });
});

describe('a story whose whole reading finds one of the linked entries offered', () => {
  it.each([
    [
      "eng manager wants to cut our logging bill by dropping app logs entirely since 'we have otel tracing now, traces are just better logs'. is that a reasonable take?",
      'observability',
    ],
    [
      "can I rename a field in a .proto that's already in prod if the field number stays the same? one of the consumers reads the messages as json tho",
      'schema-evolution',
    ],
  ])('answers with that entry, not a did-you-mean led by its neighbour: %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('"quick version" asks for it short, and is no word of the topic', () => {
  it('answers "how does raft work, quick version pls", and its follow-up on a crashed leader at that passage', () => {
    const first = ask('how does raft work, quick version pls');
    expect(ids(first)).toEqual(['raft']);
    expect(first.brief).toBe(true);
    const second = ask('ok and what if the leader dies in the middle of a write?', first.conversation);
    expect(ids(second)).toEqual(['raft']);
    expect(second.summary).toMatch(/reached only a minority may be lost/);
  });
});

describe("a part's gist that shows a later sentence of the summary", () => {
  it('shows the sentences before it where they fit (read-your-writes comes after the ladder of models)', () => {
    const answer = ask(
      'Our read replicas lag about 2s behind and users see stale data right after saving. Do we fix that with some kind of read-your-writes routing? And longer term, the primary is also maxing out on writes: do more replicas help with that?',
    );
    expect(answer.parts[0]!.summary).toMatch(/From strongest to weakest[\s\S]*read-your-writes/);
  });
  it('marks what it leaves out where they do not ("Days 1 to 30 ... Days 61 to 90")', () => {
    const answer = ask('hiring our first sre. how do we interview for incident handling, and what should their first 90 days look like?');
    const plan = answer.parts.find((part) => part.entryId === 'onboarding-plan-sre')!;
    expect(plan.summary).toMatch(/Days 1 to 30[\s\S]*(Days 31 to 60|…)[\s\S]*Days 61 to 90/);
  });
});

describe('acks are acknowledgements', () => {
  it('answers "keep acking each other\'s acks until both are sure" with the two generals problem', () => {
    const answer = ask(
      "why can't two machines just keep acking each other's acks until they're both sure the message arrived? feels like that should work eventually",
    );
    expect(ids(answer)).toEqual(['two-generals-problem']);
  });
});

describe("another field's words that share ours: a club's quorum, a raft of logs", () => {
  it.each([
    "our hiking club's bylaws say we need a quorum for the AGM vote. we have 80 members, what's a normal quorum percentage and can proxy votes count toward it?",
    'planning a river trip this summer. how do you build a raft out of logs and rope that can hold 2 people?',
  ])('declines: %s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });
});

describe('a post that says it is off-topic, and more ways to ask about pay', () => {
  it.each([
    "hey, this is a bit off-topic but i teach intro stats at a community college and my students keep confusing the normal distribution with the poisson distribution. anyone have a good intuitive way to explain when you'd use one vs the other?",
    "kinda personal but… my partner got a job offer in berlin and wants us to move. i'd have to leave a team i really like. how do people even make decisions like this?",
  ])('declines a first post the asker calls off-topic or personal: %s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it('declines a personal question in the middle of a conversation too', () => {
    const answer = converse(
      'what does a senior engineer do',
      'kinda personal but my partner wants to move to berlin, how do people decide stuff like this?',
    );
    expect(answer.kind).not.toBe('answer');
  });
  it('still answers an off-topic aside in a follow-up that asks about the field', () => {
    expect(ids(converse('what is a quorum', 'totally off topic but what is a bloom filter'))).toEqual(['bloom-filters']);
  });

  it.each(['what does a senior swe make at netflix these days', 'what does a staff engineer make'])(
    'declines %j as a pay question',
    (q) => {
      const answer = ask(q);
      expect(answer.kind).toBe('decline');
      expect(answer.summary).toMatch(/pay or salary/);
    },
  );

  it.each([
    'pandas q: how do i partition a dataframe by a column and write each group to its own csv',
    'resize windows C: partition without wiping data?',
  ])('declines a partition of a dataframe or a disk: %s', (q) => {
    expect(ask(q).kind).not.toBe('answer');
  });
});

describe('an incident told, then "how do we stop that happening again?"', () => {
  it('answers a retry storm from the retries entry, not from the words "stop" and "happen"', () => {
    const answer = ask(
      'last night our payment provider had a ~30s blip and our checkout svc retried every failed call instantly, 5x, from all 60 pods. provider stayed down for like 40 min bc we were basically ddosing it with our own retries. how do we stop that happening again?',
    );
    expect(ids(answer)).toEqual(['timeouts-and-retries']);
  });
});

describe('questions told inside a sentence, and "it" as the subject of a follow-up', () => {
  it('answers "bigger picture, what problem is consensus solving" as a part of its own, from consensus', () => {
    const answer = ask(
      'reading the raft paper for a study group. can someone explain how a raft cluster actually picks a leader after a crash? and bigger picture, what problem is consensus solving',
    );
    expect(ids(answer)).toEqual(['raft', 'consensus']);
  });

  it('answers what the asker says they do not get ("i still don\'t really get what kubernetes does") beside the question after it', () => {
    const answer = ask(
      "platform team newbie here. coming from vm land i still don't really get what kubernetes does under the hood, like what the control plane is reconciling all day. also our operator uses a 'leader election lease' so only one replica acts — how does that work?",
    );
    expect(ids(answer)).toEqual(['container-orchestration', 'leader-election']);
  });

  it('answers a split-brain follow-up about one standby from split-brain, not from the word "standby"', () => {
    expect(ids(converse('what is split brain', 'can it happen with just one replica standby?'))).toEqual(['split-brain']);
  });

  it('answers whether system design rounds differ at staff from the system design entry, not the staff level', () => {
    expect(ids(converse('got a system design round coming up, how do i prepare', 'is it the same at staff level or different?'))).toEqual([
      'system-design-interview',
    ]);
  });
});

describe('"how do i get there" from the level the asker says they are at', () => {
  it.each([
    ['what makes someone senior in distsys', 'im mid w 4 yoe, how do i get there', 'mid-vs-senior'],
    ["what's expected of a staff engineer?", "how do i get there? i've been senior for 3 years", 'senior-vs-staff'],
  ])('after %j, answers %j with the step between the two levels', (first, second, id) => {
    expect(ids(converse(first, second))).toEqual([id]);
  });
});

describe('"what do they do instead?" after a concept', () => {
  it('answers with the comparison of the concept and its alternative (sagas after 2PC)', () => {
    expect(ids(converse('what is two phase commit', 'what do people use instead?'))).toEqual(['sagas-vs-two-phase-commit']);
    expect(
      ids(converse('2pc in a nutshell?', "why though? what's wrong with using it across microservices, what do they do instead")),
    ).toContain('sagas-vs-two-phase-commit');
  });
  it('answers "any alternatives?" after raft with raft and paxos side by side', () => {
    expect(ids(converse('what is raft', 'any alternatives?'))).toEqual(['raft-vs-paxos']);
  });
});

describe('the asker newly at a level, and "where\'s the line between"', () => {
  it.each([
    ["just got promoted to senior on the storage team 🎉 what's expected of me now that wasn't before?", 'senior'],
    ["finally got promoted to staff last month. what's expected of me now?", 'staff'],
  ])('answers %j from the level the asker was promoted to', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
  it('answers the level the message says, after a conversation about something else', () => {
    expect(ids(converse('what is two phase commit', 'just got promoted to senior on the storage team. whats expected of me now?'))).toEqual(
      ['senior'],
    );
  });
  it('reads "where\'s the line between X and Y" as a comparison of the two', () => {
    expect(ids(ask("where's the line between a data engineer and a distsys engineer? both seem to touch kafka and spark all day"))).toEqual(
      ['dse-vs-data-engineer'],
    );
  });
});

describe('an answer that picks lines out of an entry, read with the rest of it (a DM shows both)', () => {
  const count = (text: string, piece: string) => text.split(piece).length - 1;
  it('shows the opening sentence and the passage on what to do once, and the rest of the entry after them', () => {
    const answer = ask('popular cache key expires and suddenly a few hundred requests slam the db at once. how do ppl prevent that');
    const text = fullText(answer);
    expect(count(text, 'A distributed cache keeps frequently read data in memory')).toBe(1);
    expect(count(text, 'request coalescing so only one caller refills the key')).toBe(1);
    expect(text).toMatch(/Write-behind/);
  });
  it('leaves no empty bullet where a part showed the bullet it picked out', () => {
    const text = fullText(ask('two questions: why should we never average p99 across servers, and what is a bloom filter'));
    expect(text).toMatch(/histogram_quantile/);
    expect(text).not.toMatch(/^\s*[-*]\s*$/m);
  });
  it('shows the passage a follow-up asked for once, with the summary and the rest of the entry after it', () => {
    const answer = converse('explain idempotency keys', 'how long should we keep the keys?');
    const text = fullText(answer);
    const paragraphs = text.split(/\n{2,}/).map((p) => p.trim());
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(count(text, answer.summary.trim())).toBe(1);
  });
});

describe('"IC" read by the post it is in', () => {
  it('reads "the ic" in a post about the incident rotation as the incident commander', () => {
    expect(
      ids(ask('first time being incident commander on the rotation next week. what does the ic actually do vs the people fixing stuff')),
    ).toEqual(['incident-response']);
  });
  it('still reads "IC track" as the individual contributor track', () => {
    expect(ids(ask('what does the IC track look like past senior?'))).not.toContain('incident-response');
  });
});

describe('every part of a message, however it is announced', () => {
  it.each([
    [
      "kafka qs: is ordering guaranteed across a whole topic, and is 'exactly once' real or just marketing?",
      ['kafka-partitions-and-ordering', 'exactly-once'],
    ],
    ['what do p50/p99 actually mean? also wtf is a hedged request', ['latency-percentiles', 'tail-latency']],
    [
      "couple of things: whats the real difference between sre and devops? and separately, can i read google's sre book online without paying or do i have to buy a copy",
      ['sre-vs-devops', 'google-sre-books'],
    ],
    [
      "bootcamp grad working as a junior web dev. 3 q's: do bootcamps ever lead into distributed systems work, do certs like CKA or AWS actually matter, and what side projects would teach me the real stuff?",
      ['apprenticeships-and-bootcamps', 'certifications', 'side-projects'],
    ],
    [
      'two questions. How many partitions should a kafka topic start with, we expect maybe 5k msgs/sec? And for the payloads, avro or protobuf or just json?',
      ['kafka-partitions-and-ordering', 'serialization'],
    ],
    [
      // The Raft entry asks "how does raft pick a new leader" of itself and has a section on its election.
      "how does raft pick a new leader when the old one dies? also unrelated but what's the point of hybrid logical clocks",
      ['raft', 'logical-clocks'],
    ],
  ])('answers each part of %j', (message, want) => {
    expect(ids(ask(message))).toEqual(want);
  });
});

describe('everyday words inside a name', () => {
  it('does not read "always" as a topic because a name says "never trust, always verify"', () => {
    expect(ids(ask("why does R + W > N mean I'll always see the latest write? I can recite it but I don't get it"))).toEqual(['quorum']);
  });
});

describe('"eng" is short for engineer, and "X = Y?" sets two things equal', () => {
  it('answers "what\'s a principal eng responsible for?" from the principal entry, not a line that says "staff eng"', () => {
    expect(ids(ask("what's a principal eng responsible for?"))).toEqual(['principal']);
    expect(ids(converse("what's a principal eng responsible for?", 'vs staff?'))).toEqual(['staff-vs-principal']);
  });
  it('reads "platform eng = devops with a new name?" as asking whether the two are the same', () => {
    expect(ids(ask('platform eng = devops with a new name?'))).toEqual(['platform-vs-devops']);
  });
});

describe('a billing team\'s words, and "or is that marketing"', () => {
  it('answers "can it actually do exactly once or is that marketing" after a kafka question, both parts', () => {
    expect(
      ids(ask('how does kafka pick which partition a record lands in? and can it actually do exactly once or is that marketing')),
    ).toEqual(['kafka-partitions-and-ordering', 'exactly-once']);
  });
  it('does not decline a lock incident told by a billing team as another field ("duplicate invoices")', () => {
    const answer = ask(
      'incident writeup draft: our nightly billing cron runs on 3 pods and we use a redis SETNX key with a 30s ttl so only one pod runs it. last night one pod hit a huge gc pause, its key expired, another pod grabbed the lock, then the first one woke up and kept writing invoices anyway. ~200 customers got duplicate invoices. how do we stop this',
    );
    expect(answer.kind).not.toBe('decline');
  });
});

describe('after the cold read of the thirteenth held-out set', () => {
  it('reads "finishing a physics phd" as the asker coming from research', () => {
    const answer = ask(
      'hey, finishing a physics phd. spent years running MPI jobs on our uni cluster with slurm. no cs degree though. can i realistically pivot into distributed systems from there?',
    );
    expect(ids(answer)).toEqual(['from-science-or-research']);
  });
  it('reads "X is just Y w/ a fancier title, right?" as asking whether the two are the same', () => {
    expect(ids(ask('platform eng is just devops w/ a fancier title, right?'))).toEqual(['platform-vs-devops']);
  });
  it('never answers "where do i even start?" after a live latency problem with the way into a career', () => {
    const answer = ask(
      "oncall rn. checkout p99 went from ~200ms to 2s about 30 min ago, cpu looks normal, no errors in the main dashboard, nobody's screaming yet but it's getting worse. where do i even start with this? we have traces and logs but i'm kinda drowning",
    );
    expect(ids(answer)).not.toContain('how-to-start');
    expect([...ids(answer), ...answer.suggestions.map((s) => s.id)][0]).toBe('debugging-production');
  });
});

describe('a story told at length, whose nearest entries the content links to each other', () => {
  const story = (ask: string) =>
    `so our nightly export job runs on two vms and takes a redis key with a 20s expiry first so only one runs. on tuesday one vm stalled for almost a minute (gc, we think), its key ran out, the second vm picked the job up, then the first woke up and carried on. both uploaded the export and the customer got two different files. ${ask}`;
  it('is answered by the nearest entry, the others offered beside it, and the next turn can lean on it', () => {
    const answer = ask(story('how do we stop this?'));
    expect(answer.kind).toBe('answer');
    expect([...ids(answer), ...answer.alternatives.map((a) => a.id)]).toEqual(
      expect.arrayContaining(['lease-vs-lock', 'distributed-locks']),
    );
    expect(answer.conversation?.topics.length).toBeGreaterThan(0);
  });
  it('is a story from about 25 words on', () => {
    const answer = ask(
      'the redis lock expired during a 40s gc pause so two of our workers wrote the same s3 object at once 🙃 how do teams actually prevent that?',
    );
    // Which of the three leads may change with their questions (fencing answers a lock lost to a pause best); all three are shown.
    expect([...ids(answer), ...answer.alternatives.map((a) => a.id)].sort()).toEqual([
      'distributed-locks',
      'fencing-and-leases',
      'lease-vs-lock',
    ]);
  });
  it('is not answered by what the question alone finds ("what do people do" finds the career entries)', () => {
    const answer = ask(story('what do people do to make this airtight?'));
    expect(ids(answer).filter((id) => ['senior', 'demand-drivers', 'what-scope-means'].includes(id))).toEqual([]);
  });
  it('still declines a story from another part of life that uses the same words', () => {
    const answer = ask(
      'funny one: my partner and i each remember agreeing to different weekend plans, and now neither of us will budge. it feels like a split brain in our relationship, with two leaders each sure they hold the lock. how do we settle it?',
    );
    expect(answer.kind).not.toBe('answer');
  });
});

describe('words of a concept that are also words of pay', () => {
  it('reads "compensation steps" after sagas as the saga\'s compensating actions, not a question about pay', () => {
    expect(ids(converse('tl;dr sagas', 'what if one of the compensation steps fails too?'))).toEqual(['sagas']);
    expect(ask('what is the compensation for a staff engineer').kind).toBe('decline');
  });
});

describe('ways of asking for an explanation that name nothing', () => {
  it.each([
    ['can u walk me through raft', 'raft'],
    ['could someone talk me through vector clocks?', 'vector-clocks'],
    ['distributed tracing, what is it at a high level', 'distributed-tracing'],
  ])('answers %j from the entry it names', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('crossing over after a comparison of two roles', () => {
  it('answers "how would I cross it?" with the guide for the move between the two sides', () => {
    expect(ids(ask("where's the line between data eng and distsys eng, and how would I cross it?"))).toEqual([
      'dse-vs-data-engineer',
      'data-engineer-to-distributed-systems',
    ]);
    expect(ids(converse('backend engineer vs distributed systems engineer?', 'how do i make the jump?'))).toEqual([
      'backend-to-distributed-systems',
    ]);
  });
});

describe('whether the asker\'s work counts, asked with "or is it a different thing"', () => {
  it("answers with the guide for that move, not a comparison of the asker's role with a team the post names", () => {
    const answer = ask(
      "data eng here, 3 yrs of dbt, spark and kafka connect. i've applied to a few infra and streaming platform teams with no luck. does my pipeline work count as distributed systems experience, or do hiring managers see it as a totally different thing?",
    );
    expect(ids(answer)).toEqual(['data-engineer-to-distributed-systems']);
  });
});

describe("the team a follow-up wants to get onto is not the asker's own", () => {
  it('keeps the asker a backend developer when they ask how to get onto an infra team "from here"', () => {
    const answer = converse(
      'php backend dev, 6 yrs, laravel and mysql at an agency. been working through ddia at night and loving the replication chapter, but work is all crud and forms.',
      'how do I get onto an infra team from here?',
    );
    expect(ids(answer)).toEqual(['backend-to-distributed-systems']);
  });
});

describe('asking what else there is, after a concept the content compares with nothing', () => {
  it('answers "any alternatives when the producer can\'t be slowed down?" after backpressure with its passage on the choices', () => {
    const first = ask('backpressure in plain words?');
    const answer = ask("any alternatives when the producer can't be slowed down?", first.conversation);
    expect(ids(answer)).toEqual(['backpressure']);
    expect(answer.summary).not.toBe(first.summary);
    expect(answer.summary).toMatch(/drop|shed/i);
  });
});

describe("other fields that share the content's words", () => {
  it.each([
    'for my stats class: when is a t distribution better than a normal distribution?',
    'me and my partner both think the other agreed to the plan, total split brain in our relationship lol. how do we get on the same page? not a tech question, sorry',
  ])('declines %j, offering no entry as a near miss', (question) => {
    expect(ask(question).kind).toBe('decline');
  });
  it("still answers the spread of latencies, which is the content's", () => {
    expect(ids(ask('latency distributions are never normal, why?'))).toEqual(['latency-percentiles']);
  });
});

describe('"logic" as programmers say it', () => {
  it('reads "retry logic" as retries, not logical clocks', () => {
    const answer = ask(
      'our push gateway went down for a minute and when it came back every phone reconnected and retried at once and it fell over again. twice. what should our retry logic look like?',
    );
    expect(ids(answer)).toEqual(['timeouts-and-retries']);
  });
});

describe('"chops" as people say "skills"', () => {
  it('answers "how do we check a candidate\'s on-call chops in the loop?" surely, with no "not what you meant?"', () => {
    const answer = ask("how do we check a candidate's on-call chops in the loop?");
    expect(ids(answer)).toEqual(['assessing-incident-skills']);
    expect(answer.alternatives).toEqual([]);
  });
});

describe('a follow-up to a story that only got guesses', () => {
  // (A retry storm told this way is answered outright since round twenty-nine: the retries entry has its questions; so is a
  // host failing behind green health checks since round thirty: gray failure has its question.)
  const story =
    'last week our checkout got slow for about an hour, and the graphs showed one of the three payment hosts with a much higher error rate than the others while the monitoring said every host was healthy the whole time.';
  it('is read with the story, as if both were one message', () => {
    const first = ask(story);
    expect(first.kind).not.toBe('answer');
    const answer = ask('how do we prevent this?', first.conversation);
    expect(answer.kind).toBe('answer');
    expect(ids(answer)).toEqual(ids(ask(`${story} how do we prevent this?`)));
  });
  it('leaves a follow-up with a topic of its own to that topic', () => {
    const first = ask(story);
    expect(ids(ask('what is a bloom filter?', first.conversation))).toEqual(['bloom-filters']);
  });
  it('no longer applies to a host failing behind green health checks, which is answered outright', () => {
    const told =
      'last week our checkout got slow for about an hour, and the graphs showed one of the three payment hosts with a much higher error rate than the others while the health checks stayed green the whole time.';
    expect(ids(ask(told))).toEqual(['gray-failure']);
  });
});

describe('figures of speech and other fields found in tuning set O', () => {
  it('reads "worth the investment" as whether it pays off, not as investing money', () => {
    const answer = ask(
      'we have 3 engineers on a new consensus layer. someone suggested deterministic simulation testing. is that worth the investment, or should we start with something lighter?',
    );
    expect(ids(answer)).toEqual(['testing-distributed-systems']);
  });
  it('reads "is that worth ..." as about the thing the sentence before it told of, not "start with" as a new grad\'s start', () => {
    const answer = ask(
      "we're writing a new replication layer and only have happy-path tests. people keep mentioning deterministic simulation. is that worth the investment for a team of four, or should we start with something lighter first?",
    );
    expect(ids(answer)).toEqual(['testing-distributed-systems']);
  });
  it('answers "is a crdt just lww with extra steps" surely, "with extra steps" naming nothing', () => {
    const answer = ask('is a crdt just lww with extra steps');
    expect(ids(answer)).toEqual(['crdt']);
    expect(answer.alternatives).toEqual([]);
  });
  it.each([
    'two offers, snowflake vs databricks, senior swe. whose equity is worth more long term?',
    'on call is killing my sleep, how much melatonin dose is safe?',
  ])('declines %j, offering no entry', (question) => {
    expect(ask(question).kind).toBe('decline');
  });
});

describe('"am i still a junior?"', () => {
  it.each([
    ['two years on the storage team, am i still a junior or what?', 'entry-vs-mid'],
    ['been mid for ages. am i still mid if i lead projects now?', 'mid-vs-senior'],
  ])('answers %j with the step from that level to the next', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('roles set side by side are what is asked about, not who asks', () => {
  it('answers "how would i get into either one from a backend dev job?" after SRE vs platform with the way into operations', () => {
    const answer = converse(
      'sre and platform eng seem like the same job to me, how are they different?',
      'how would i get into either one from a backend dev job?',
    );
    expect(ids(answer)).toEqual(['how-to-become-sre']);
  });
});

describe('"is that what people call X?"', () => {
  it('answers with X, the example told before it aside', () => {
    const answer = ask('our p99 jumps around all day but p50 barely moves. is that what people call tail latency?');
    expect(ids(answer)).toEqual(['tail-latency']);
  });
});

describe('going over to where the last answer was about', () => {
  it('answers "what changes day to day if i move over?" from the entry on the two workplaces', () => {
    const answer = converse(
      "five years as an sre at an insurance company: change boards, release freezes, lots of audits. a cloud-native startup wants me for an sre role and i'm tempted but have no idea what i'd be walking into.",
      'what changes day to day if i move over?',
    );
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
  });
});

describe('a level of the role the asker has', () => {
  it('reads "staff SRE" from a senior SRE as the step from senior to staff, not staff engineers against SREs', () => {
    const answer = ask(
      "senior sre, i run our alerting and postmortems. my skip keeps saying i should aim for staff sre but i don't really know what that role does differently from what i do now.",
    );
    expect(ids(answer)).toEqual(['senior-vs-staff']);
  });
});

describe('", and for X, should ..." starts a second question', () => {
  it("answers both parts of a hiring manager's two questions", () => {
    const answer = ask(
      'we just hired our first sre, she starts monday. couple of questions: what should her first 90 days look like, and for the next req, should the job description spell out on-call expectations?',
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre', 'job-description-by-level']);
  });
});

describe('a personal message after an answer is declined, not read against it', () => {
  it.each([
    // Said to be no tech question: the bot has nothing to add, whatever the last answer was.
    [
      'whats the difference between entry level and mid level',
      'my partner and i keep arguing about who does chores, total split brain lol, how do we sort it out? not a tech question',
    ],
    // Household chores are no one's systems, even told with a systems word.
    ['what is raft', 'my partner and i keep arguing about who does chores, total split brain lol, how do we sort it out?'],
  ])('after %j, %j', (first, second) => {
    expect(converse(first, second).kind).toBe('decline');
  });
});

describe('where one role ends and another begins', () => {
  it('answers the two roles side by side', () => {
    expect(ids(ask('where does SRE end and distsys engineering begin?'))).toEqual(['dse-vs-sre']);
  });
});

describe('which of the two to pick, after a comparison', () => {
  it('answers from the comparison, not from an entry that matches the reason given', () => {
    const answer = converse(
      "SRE vs DevOps, what's the difference really",
      'which one should i go for if i like writing code more than yaml?',
    );
    expect(ids(answer)).toEqual(['sre-vs-devops']);
  });
});

describe('"..., what tool?" after a need asks about that need', () => {
  it.each([
    ['need to hammer our api before launch, what tool?', ['load-testing']],
    ['need to trace requests across our services, what tool should we use?', ['distributed-tracing']],
  ])('%j answers from %j alone, not the tools taxonomy beside it', (message, expected) => {
    expect(ids(ask(message))).toEqual(expected);
  });
});

describe('what they already have, weighed against the last topic', () => {
  it.each([
    ["what's a circuit breaker in microservices?", 'we already retry with exponential backoff though, do we still need one?'],
    [
      'someone on my team wants to wrap every outbound call in a circuit breaker, what does that buy us',
      'our envoy mesh already does retries, do we still need one?',
    ],
  ])('after %j, %j is about circuit breakers, not retries', (first, second) => {
    expect(ids(converse(first, second))).toEqual(['circuit-breaker']);
  });
});

describe('how another one does it differently, after a concept', () => {
  it.each([
    ['what is raft', "how's that different from how paxos does it"],
    ['what is raft', 'how does paxos do it differently'],
    ['when a raft leader crashes, how does the cluster end up with a new one?', "how's that different from how paxos does it"],
  ])('after %j, %j compares the two', (first, second) => {
    expect(ids(converse(first, second))).toEqual(['raft-vs-paxos']);
  });
});

describe('a "when" that sets the scene', () => {
  it('is no question of its own: one answer, about what is asked after the comma', () => {
    expect(ids(ask('when a raft leader crashes, how does the cluster end up with a new one?'))).toEqual(['raft']);
  });
});

describe('the team a level works on says where, not what about', () => {
  it.each([
    ['what does a staff engineer own on an infra team?', 'staff'],
    ['what do principal engineers do in an sre org', 'principal'],
  ])('%j answers from the level entry %j', (message, expected) => {
    expect(ids(ask(message))).toEqual([expected]);
  });
  it('swaps the level in a follow-up too', () => {
    expect(ids(converse('what does a senior engineer own on an infra team?', 'and at staff level?'))).toEqual(['staff']);
  });
});

describe('a follow-up that leans back without a word that points', () => {
  it('answers "what would a promo committee want to see?" from the levels just compared', () => {
    expect(ids(converse("what's the difference between mid and senior?", 'what would a promo committee want to see?'))).toEqual([
      'mid-vs-senior',
    ]);
  });
  it('still answers a neighbour of the last topic that the question asks about', () => {
    expect(ids(converse('tracing with opentelemetry, what does it give me exactly?', 'do we still need logs then?'))).not.toEqual([
      'distributed-tracing',
    ]);
  });
});

describe('pay in a city is still pay', () => {
  it('declines "what does an L5 at Google make in Munich?"', () => {
    expect(ask('what does an L5 at Google make in Munich?').kind).toBe('decline');
  });
  it('still answers what a level "makes" in terms of impact', () => {
    expect(ask('what does a staff engineer make in terms of impact').kind).toBe('answer');
  });
});

describe('a one-way partition', () => {
  it('is a network partition, not a data partition', () => {
    expect(ids(ask('can a partition be one-way? like A hears B but not back'))).toEqual(['network-partitions']);
  });
});

describe('a purpose before the question', () => {
  it('reads "if I want to move toward infra teams, which language ..." as a question about languages, not a move', () => {
    expect(ids(ask('if I want to move toward infra teams, which language should I pick up'))).toEqual(['which-language']);
  });
  it('still reads "if i want to get into distsys, how do i start" as the way in', () => {
    expect(ids(ask('if i want to get into distsys, how do i start'))).toEqual(['how-to-start']);
  });
});

describe('a part of another thing likened to the last topic', () => {
  it.each([
    ['can someone explain write-ahead logging', "is raft's log the same idea?"],
    ['postgres docs mention WAL everywhere, what is it doing under the hood', "does raft's replicated log work the same way?"],
    ["what's a write-ahead log?", 'is the raft log basically the same idea?'],
  ])('after %j, %j is answered where the write-ahead log entry likens the two', (first, second) => {
    expect(ids(converse(first, second))).toEqual(['write-ahead-log']);
  });
  it('answers another thing whole from its own entry', () => {
    expect(ids(converse("what do people mean by 'trust boundary' in a design review?", 'is zero trust the same idea?'))).toEqual([
      'zero-trust',
    ]);
  });
});

describe('a bare "are they?" after a post that likens two roles', () => {
  it('compares the two, and a pick after it stays on the comparison', () => {
    const first = "recruiters keep pitching me DevOps and SRE roles like they're interchangeable. are they?";
    expect(ids(ask(first))).toEqual(['sre-vs-devops']);
    expect(ids(converse(first, "which one should I apply for if I'd rather write code than click through consoles"))).toEqual([
      'sre-vs-devops',
    ]);
  });
});

describe('what to probe for in an interview', () => {
  it('is answered by the signals at each level, and stays there for another level', () => {
    const first =
      "Got a panel slot next week for a mid-level infra hire and I've never run that kind of interview. What should I be probing for?";
    expect(ids(ask(first))).toEqual(['interview-signals-by-level']);
    expect(ids(converse(first, 'and if it were a principal candidate?'))).toEqual(['interview-signals-by-level']);
  });
});

describe('"what\'s the gist" of what the post told', () => {
  it('explains the thing named before it, and a follow-up stays on it', () => {
    const first = "prof mentioned the two generals thing in lecture and I zoned out, what's the gist";
    expect(ids(ask(first))).toEqual(['two-generals-problem']);
    expect(ids(converse(first, 'then how does TCP work at all??'))).toEqual(['two-generals-problem']);
  });
});

describe('publishing events without losing one, after a saga', () => {
  it('is the outbox', () => {
    const answer = converse(
      'our team is debating 2PC vs a saga for checkout across three services',
      "ok we went with the saga. how do we publish each step's event without ever losing one?",
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
  });
});

describe('a gist that would mislead if cut', () => {
  it('keeps the caveat that ends a summary shown as one part of several', () => {
    const answer = ask(
      "Got promo feedback that I 'need more scope', what does that even mean concretely? And separately: I wrote a pretty thorough design doc last quarter but the project got deprioritized halfway through. Does that doc still count for anything in a promo packet?",
    );
    expect(ids(answer)).toEqual(['what-scope-means', 'design-docs-and-promotion']);
    expect(answer.summary).toContain('The doc alone is not enough');
  });
  it('lists all three clusters it announces', () => {
    const answer = converse('what is a mid-level engineer expected to know?', 'how is that different from staff?');
    expect(ids(answer)).toEqual(expect.arrayContaining(['mid-level']));
    expect(answer.summary).toContain('Data correctness');
  });
});

describe('another level after two levels side by side', () => {
  it.each([
    ['what does a senior distsys engineer do differently from a mid-level one', 'and at staff level?', 'senior-vs-staff'],
    ['senior vs mid?', 'and staff?', 'senior-vs-staff'],
    ['mid vs senior?', 'and junior?', 'entry-vs-mid'],
  ])('after %j, %j sets it against the nearer one', (first, second, expected) => {
    expect(ids(converse(first, second))).toEqual([expected]);
  });
});

describe('a retry that charged a customer twice', () => {
  it('is answered with idempotency, whatever the story around it', () => {
    const answer = ask(
      "Backend dev at a payments company. A mobile client timed out, retried the charge request, and the customer's card got charged twice. The proposed fix is 'check whether a payment with the same amount exists in the last minute'. That feels wrong to me. What's the standard way to handle this?",
    );
    expect(ids(answer)).toEqual(['idempotency']);
  });
});

describe('a verdict nobody asked for', () => {
  it('is left off a summary shown for a what-or-how question', () => {
    const answer = ask('what does an sre career look like after 5-10 years?');
    expect(ids(answer)).toEqual(['sre-career-path']);
    expect(answer.summary).not.toMatch(/^(Yes|No),/);
  });
  it('stays for the yes-or-no question the entry answers', () => {
    expect(ask('is sre a dead end?').summary).toMatch(/^No, /);
  });
});

describe('personal life told in systems words', () => {
  it.each([
    'me and my partner keep having the same argument over and over, like a retry storm with no backoff lol. how do we break the loop?',
    "Hi everyone! I sit on the board of our housing co-op and our meetings drag on forever because we run everything by consensus. Is there a faster way to reach agreement with twelve people who all have veto power, without making anyone feel steamrolled? Any frameworks you'd recommend?",
  ])('declines %j', (message) => {
    expect(ask(message).kind).toBe('decline');
  });
  it('still answers a partner team', () => {
    expect(ids(ask('my partner team keeps arguing that retries are fine, how do we stop a retry storm?'))).toEqual([
      'timeouts-and-retries',
    ]);
  });
});

describe('the way between two roles just compared', () => {
  it('reads "from the second to the first" by their places in the comparison', () => {
    const answer = converse('what separates a distsys engineer from a regular backend dev?', 'how do I get from the second to the first?');
    expect(ids(answer)).toEqual(['backend-to-distributed-systems']);
  });
  it('reads "how do I get from backend engineer to DSE" as a move, not the two roles side by side', () => {
    expect(ids(ask('how do I get from backend engineer to distributed systems engineer'))).toEqual(['backend-to-distributed-systems']);
  });
});

describe('someone just starting out, after a level', () => {
  it('asks the same of a beginner', () => {
    expect(ids(converse("what's the study plan for a mid level distsys eng?", 'and for someone just starting out?'))).toEqual([
      'study-plan-entry',
    ]);
  });
});

describe('a noisy tenant', () => {
  it('is the bulkhead, alone or as the second part of a message', () => {
    expect(ids(ask("how do i stop one noisy tenant from starving everybody else's requests?"))).toEqual(['bulkhead']);
    expect(ids(ask("what's a circuit breaker, and how do i stop one noisy tenant from starving everybody else's requests?"))).toEqual([
      'circuit-breaker',
      'bulkhead',
    ]);
  });
});

describe('an average on a dashboard against what customers feel', () => {
  it('is answered by percentiles ("avg" is the average; "what am I reading wrong" asks for no reading list)', () => {
    const answer = ask('Grafana shows avg checkout latency at 40ms but customers keep telling support it hangs. what am I reading wrong');
    expect(ids(answer)).toEqual(['latency-percentiles']);
  });
});

describe('"paid" as a state of an order is no question of pay', () => {
  it('does not decline an ordering story as pay', () => {
    const answer = ask('we have 12 partitions and order events for one customer sometimes show up shipped-before-paid. what gives');
    expect(answer.summary).not.toMatch(/pay or salary/i);
  });
  it.each(['are SREs paid more than devs', 'am i underpaid as a senior sre', 'how much do staff engineers get paid'])(
    'still declines %j as pay',
    (message) => {
      expect(ask(message).kind).toBe('decline');
    },
  );
});

describe('a long story after an answer', () => {
  it('is what "this" stands for, not the last answer', () => {
    const answer = converse(
      'what is raft',
      'Hi all, backend dev at a payments company. A mobile client timed out, retried the charge request and the card got charged twice. someone proposed checking for the same amount in the last minute, feels wrong. whats the standard way to handle this?',
    );
    expect(ids(answer)).toEqual(['idempotency']);
  });
});

describe('an ops team renamed', () => {
  it('is devops against platform engineering', () => {
    const answer = ask(
      "leadership just announced that our ops team is 'Platform Engineering' starting next quarter. same people, same terraform repos, same pager. a couple of us are excited, most think it's a rebrand to make the org chart look modern. does anything real change in what we're supposed to be doing, or is it a new sign on the door?",
    );
    expect(ids(answer)).toEqual(['platform-vs-devops']);
  });
});

describe('L4 and L7 in a message about traffic', () => {
  it('are network layers, not levels', () => {
    expect(ids(ask("what's the difference between l4 and l7 load balancers"))).toEqual(['load-balancing']);
  });
  it('and finding the backends after them is service discovery', () => {
    const answer = converse(
      "what's the difference between l4 and l7 load balancers",
      'and in k8s how do clients find the backends in the first place?',
    );
    expect(ids(answer)).toEqual(['service-discovery']);
  });
});

describe('the way into a role, from the role the asker has', () => {
  it('reads "the best way into SRE if I\'m a sysadmin" as a sysadmin becoming an SRE', () => {
    expect(ids(ask("what's the best way into SRE if I'm a sysadmin right now?"))).toEqual(['how-to-become-sre']);
  });
});

describe('"ok unrelated but ..." after an answer', () => {
  it('starts a new topic: "that" points to the message, not to the comparison before it', () => {
    const answer = converse(
      'what is raft',
      'how does it compare to paxos',
      'ok unrelated but my team lead says i need more scope for senior, what does that even mean and do design docs count?',
    );
    expect(ids(answer)).toContain('what-scope-means');
    expect(ids(answer)).not.toContain('raft');
  });
});

describe('Go beside another language', () => {
  it('is the language, not the verb', () => {
    expect(ids(ask('go or rust for a first infra job?'))).toEqual(['which-language']);
  });
});

describe('"and separately, <a story>, any known tricks for that" after a first question', () => {
  it('is a second question, answered beside the first rather than folded into it', () => {
    const answer = ask(
      'we had an outage where one AZ got flaky, slow requests but green health checks. apparently this kind of failure has a name? and separately is there a sane step by step way to debug these things in prod',
    );
    expect(ids(answer)).toEqual(['gray-failure', 'debugging-production']);
    expect(answer.summary).toMatch(/blast radius|what changed/i);
  });
});

describe('a new topic announced after an answer', () => {
  it('"totally different q: ..." leans on nothing before it', () => {
    const answer = converse(
      'whats the difference between a kafka-style log and a rabbitmq-style queue',
      'totally different q: how much math do i need for this field',
    );
    expect(ids(answer)).toEqual(['how-much-math']);
  });
  it('"new topic: ..." is asked as if first', () => {
    const answer = converse('what is gossip', "new topic: what's the difference between a platform engineer and a devops engineer");
    expect(ids(answer)).toEqual(['platform-vs-devops']);
  });
});

describe('asked for it simpler, or for where it is used', () => {
  it('"can you give a simpler version, im not an ops person" is the same topic, not a new question', () => {
    const answer = converse(
      'everyone in our incident review kept saying SLO and error budget, what are those',
      'can you give a simpler version, im not an ops person',
    );
    expect(ids(answer)).toEqual(['slos-and-error-budgets']);
  });
  it('"are they actually used anywhere real?" after CRDTs is about CRDTs, not a study plan that names their papers', () => {
    const answer = converse('what are CRDTs?', 'are they actually used anywhere real or is it just papers?');
    expect(ids(answer)).toEqual(['crdt']);
  });
  it('so is "anyone running them for real or just research?" (it was declined)', () => {
    expect(ids(converse('explain crdts', 'anyone running them for real or just research?'))).toEqual(['crdt']);
  });
});

describe('the word "pay" as a payment, not a salary', () => {
  it('"the \'pay\' call" in a story of double charges is not declined as a pay question', () => {
    const answer = ask(
      "our mobile app timed out on the 'pay' call after 10s, the app retried automatically, and a few hundred customers got charged twice. my lead says we need to make the endpoint safe to retry. what's the standard way to do this?",
    );
    expect(ids(answer)).toEqual(['idempotency']);
  });
  it('still declines what an engineer gets paid', () => {
    expect(ask('what does an sre get paid').kind).toBe('decline');
  });
});

describe("one word of another field in a long post of the field's own words", () => {
  it('does not decline it outright: the nearest entries are offered', () => {
    const answer = ask(
      "our note app lets people edit offline on phone and laptop, and when the edits sync later we resolve conflicts with 'latest timestamp wins', which loses stuff. i keep hearing about data structures that merge edits automatically, how do those work?",
    );
    expect(answer.kind).not.toBe('decline');
    expect([...ids(answer), ...(answer.suggestions ?? []).map((s) => s.id)][0]).toBe('crdt');
  });
});

describe('"is this expected behaviour?" after an incident story', () => {
  it('asks whether the system acted as designed, not about behavioural interviews', () => {
    const answer = ask(
      'We run postgres across two datacenters with synchronous replication. When the link between the DCs went down for 10 minutes, the primary stopped accepting writes entirely. Is this expected behaviour? Could we configure it to keep working?',
    );
    expect(ids(answer)).not.toContain('interviews');
    expect(ids(answer)).not.toContain('interview-loop-design');
    expect(answer.kind).toBe('answer');
  });
});

describe('"the trading platform team"', () => {
  it('is a team at a bank, not the platform engineer role', () => {
    const answer = ask(
      "Got two SRE offers and can't decide. One is at a big retail bank (trading platform team), the other at a ~200 person cloud-native startup. Pay is similar. How different is the actual day to day between those two worlds?",
    );
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
  });
});

describe('"then what?" after a supposition', () => {
  it('asks what happens to the last topic, not the next step', () => {
    const answer = converse('how does 2pc work', 'and if the coordinator box dies in the middle, then what?');
    expect(ids(answer)).toEqual(['two-phase-commit']);
  });
});

describe('"ok and a principal, what changes there?" after staff', () => {
  it('swaps the level', () => {
    const answer = converse(
      "my skip-level keeps saying I should 'think like a staff engineer'. what is a staff engineer responsible for really?",
      'ok and a principal, what changes there?',
    );
    expect(ids(answer)).not.toContain('do-staff-engineers-code');
    expect(ids(answer).some((id) => ['principal', 'staff-vs-principal'].includes(id))).toBe(true);
  });
});

describe("a new hire joining the asker's team", () => {
  it('"new SRE joining my team ..., how should I ramp them up" is an onboarding plan asked by the one hiring', () => {
    expect(ids(ask('new SRE joining my team next month, how should I ramp them up'))).toEqual(['onboarding-plan-sre']);
  });
  it('and "and for a distributed systems engineer instead?" swaps the role', () => {
    const answer = converse(
      'new SRE joining my team next month, how should I ramp them up',
      'and for a distributed systems engineer instead?',
    );
    expect(ids(answer)).toEqual(['onboarding-plan-dse']);
  });
});

describe('going deep or spreading out, on the way to staff', () => {
  it('is the specialist-or-generalist question', () => {
    const answer = ask(
      "Senior backend engineer, been at the same company 5 years. I'm aiming for staff in roughly three years and I keep going back and forth: go super deep on our storage layer (which I already know well) or deliberately spread out across teams. Which tends to get people there?",
    );
    expect(ids(answer)).toEqual(['specialist-or-generalist']);
  });
});

describe("a partner's job in another city", () => {
  it('is a personal decision, declined', () => {
    expect(ask("my partner got a job in another city and I'd have to leave a team I love. how do we even decide this").kind).toBe(
      'decline',
    );
  });
});

describe('"have I crossed over?" after backend vs DSE', () => {
  it('asks for the crossover signals', () => {
    const answer = converse(
      "I'm a backend dev. what's the difference between my job and a distributed systems engineer's?",
      "how do i tell if i've already crossed over?",
    );
    expect(ids(answer)).toEqual(['role-crossover']);
  });
});

describe('a sysadmin asking how to turn their background into an SRE job', () => {
  it('gets the way into SRE, not the way out of it, and "what am I missing?" adds no second card', () => {
    const answer = ask(
      "Hey everyone. I've been a Linux sysadmin for about 7 years, lots of bash, Ansible, patching, some Nagios. I keep seeing SRE roles that sound like what I already do with extra coding. How do I actually turn my background into an SRE job? What am I missing?",
    );
    expect(ids(answer)).toEqual(['how-to-become-sre']);
  });
});

describe('synchronous replication when the link breaks', () => {
  it('says writes stall, not only that it is "safer but slower"', () => {
    const answer = ask('what is database replication');
    expect(answer.summary).toMatch(/stall/);
  });
});

describe('names shown in a comparison', () => {
  it('are not numeronyms like "o11y", and the title starts with a capital', () => {
    const answer = ask("do we actually need both tracing and logs? and what's a correlation id, is that the same thing as a trace id");
    expect(answer.title).not.toMatch(/o11y/);
    expect(answer.summary).not.toMatch(/\*\*o11y\*\*/);
    expect(answer.title?.charAt(0)).toMatch(/[A-Z]/);
  });
});

describe('"does it change at staff level?" after a candidate asks about a design round', () => {
  it('stays on the candidate side, not on designing an interview loop', () => {
    const answer = converse('first system design round next week, how are those usually run', 'does it change at staff level?');
    expect(ids(answer)).not.toContain('interview-loop-design');
  });
});

describe('"meaning?" after a phrase someone keeps saying', () => {
  it('asks what the phrase means, and a follow-up on how payment companies use it stays on it', () => {
    expect(ids(ask("people keep saying 'make the endpoint idempotent' in our reviews. meaning?"))).toEqual(['idempotency']);
    const answer = converse(
      "people keep saying 'make the endpoint idempotent' in our reviews. meaning?",
      'ok how do payment companies actually use that',
    );
    expect(ids(answer).some((id) => ['idempotency', 'financial-infrastructure'].includes(id))).toBe(true);
  });
});

describe('a 429 quoted by its number', () => {
  it('is rate limiting', () => {
    const answer = ask(
      'partner api keeps returning 429 to our sync job at the top of every hour. what are they doing on their side and how should our client behave',
    );
    expect(ids(answer)).toContain('rate-limiting');
  });
});

describe('"I need to explain this" after an outage story', () => {
  it('is a question about the story: an etcd member left alone refusing writes is quorum', () => {
    const answer = ask(
      "Our etcd cluster (3 members) lost two members when a zone went down. The remaining member was up and healthy but refused every write, which took the k8s control plane down with it. Management keeps asking why we 'had a healthy node but couldn't use it'. I need to explain this in plain words, and also whether going to 4 members would have helped.",
    );
    expect(ids(answer)[0]).toBe('quorum');
  });
});

describe('near misses from other fields', () => {
  it("a car's exhaust back pressure is declined", () => {
    expect(
      ask(
        "after installing an aftermarket exhaust my car feels sluggish at low rpm, someone said it's because I lost back pressure. is that real?",
      ).kind,
    ).toBe('decline');
  });
  it('a brunch waitlist is declined', () => {
    expect(
      ask(
        'I manage a busy brunch place and the walk-in queue gets chaotic on Sundays. Any system for managing the waitlist so people stop walking out?',
      ).kind,
    ).toBe('decline');
  });
});

describe('"that" when every reading with the last topic finds it', () => {
  it('"how do i show that in a promo packet?" after mid vs senior is about showing senior scope', () => {
    const answer = converse("mid-level vs senior, what's the actual difference?", 'how do i show that in a promo packet?');
    expect(ids(answer)).toEqual(['mid-vs-senior']);
  });
  it('"so what do people usually move on to after it?" after "sre = dead end?" is the SRE career path', () => {
    const answer = converse('real talk, sre = dead end?', 'so what do people usually move on to after it?');
    expect(ids(answer)).toEqual(['sre-career-path']);
  });
});

describe('a pick between the two just compared', () => {
  it('"which should i join if i mostly like building tools for other devs?" after SRE vs platform is that comparison, not one side\'s entry', () => {
    const answer = converse(
      "what's the difference between SRE and platform engineering?",
      'which should i join if i mostly like building tools for other devs?',
    );
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
  });
  it('"so which one for a new grad with two offers" after SRE vs SWE is the new grad\'s choice, which the content answers for that level', () => {
    const answer = converse(
      "sre vs swe, what's actually different day to day?",
      'so which one for a new grad with two offers on the table',
    );
    expect(ids(answer)).toEqual(['new-grad-sre-or-swe']);
  });
  it('but a later part of one message that picks for a purpose of its own keeps its own answer', () => {
    const answer = ask("what's the actual difference between raft and paxos, and which one should I implement for a side project?");
    expect(ids(answer)).toContain('side-projects');
  });
});

describe('a new grad choosing between an SRE offer and a backend SWE offer', () => {
  it('"backend SWE" is one side of the choice, so the entry written for that choice answers', () => {
    const answer = ask(
      "got two offers and i'm losing sleep. one is SRE at a big bank, the other is backend SWE at a series B startup. i'm graduating in may. which one sets me up better if i eventually want to do distributed systems?",
    );
    expect(ids(answer)).toEqual(['new-grad-sre-or-swe']);
  });
});

describe('"they" after a question about hiring someone is the person hired', () => {
  it('"once they\'re in, how do we onboard them?" after the interview loop for a first SRE is the SRE onboarding plan', () => {
    const answer = converse(
      "we're hiring our first sre, how should the interview loop look?",
      "and once they're in, how do we onboard them?",
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });
});

describe('a role set beside a field is set beside the role that works in it', () => {
  it('"is backend just distributed systems with less theory?" is the DSE vs backend comparison, not two entries glued', () => {
    expect(ids(ask('is backend just distributed systems with less theory?'))).toEqual(['dse-vs-backend']);
  });
});

describe('preparing for one round of an interview', () => {
  it('"how do i prep for the design round specifically" after interviews at senior is the system design interview', () => {
    const answer = converse(
      'what do distributed systems interviews look like at senior level?',
      'how do i prep for the design round specifically',
    );
    expect(ids(answer)).toEqual(['system-design-interview']);
  });
});

describe('several questions announced with what they are about', () => {
  it('"two hiring things: ..." answers both, the job description and levelling between senior and staff', () => {
    const answer = ask(
      "two hiring things: how do i write a JD for a staff engineer that isn't just a senior JD with more years, and once people apply, how do we level someone who lands between senior and staff?",
    );
    expect(ids(answer)).toEqual(['job-description-by-level', 'levelling-candidates']);
  });

  it('"two things for the storage team hire we\'re about to make: ..." answers both, though what they are about runs long', () => {
    const answer = ask(
      "Two things for the storage team hire we're about to make: how should I structure the interview rounds, and once they sign, what's a sensible plan for their first 90 days?",
    );
    expect(partIds(answer)).toEqual(['interview-loop-design', 'onboarding-plan-dse']);
  });
});

describe('a duration is a time, not a number the content uses', () => {
  it('"it\'s 30s everywhere" in a question about timeouts is not the 30/60/90-day onboarding plan', () => {
    const answer = ask("how should i pick timeouts for downstream calls, right now it's 30s everywhere because someone copy pasted it");
    expect(ids(answer)).toEqual(['timeouts-and-retries']);
  });
});

describe('an everyday word that shares a stem with a term', () => {
  it('"need something for my commute" after a podcast question is not CRDTs (commutative operations)', () => {
    expect(ask('any good celebrity gossip podcasts? need something for my commute').kind).not.toBe('answer');
  });
});

describe("another field's word written with a hyphen", () => {
  it('"how long does an h-1b transfer take if i switch employers" is declined, not a career move', () => {
    expect(ask('how long does an h-1b transfer take if i switch employers').kind).not.toBe('answer');
  });
});

describe('a gym week is not load balancing', () => {
  it('"how do i load balance my gym week between push pull and legs" is declined', () => {
    expect(ask('how do i load balance my gym week between push pull and legs if i can only go 4 days').kind).not.toBe('answer');
  });
});

describe('two levels set side by side by someone on an interview panel', () => {
  it('is answered with the signals to listen for at each level, not what the two levels are', () => {
    const answer = ask(
      'first time on an interview panel next week, candidate is for a mid-level infra role. what should i be listening for that separates mid from senior?',
    );
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
  });
  it('but a manager growing their own seniors toward staff is told what separates the levels', () => {
    const answer = ask(
      "I'm an engineering manager with a team of 7 backend devs. Two of my seniors want to reach staff. What actually separates staff from senior?",
    );
    expect(ids(answer)).toContain('senior-vs-staff');
  });
});

describe('a bare "what are they?" after a post that names one thing', () => {
  it('"vector clocks came up in a design review and i nodded along. what are they" is vector clocks', () => {
    expect(ids(ask('vector clocks came up in a design review and i nodded along. what are they'))).toEqual(['vector-clocks']);
  });
  it('but "what is this?" after a story asks what is happening, not what the story names', () => {
    const answer = ask(
      'weird one: every health check says the node is fine but ~5% of requests routed to it time out, and the LB never pulls it. what is this and how do you catch it?',
    );
    expect(ids(answer)).not.toContain('load-balancing');
  });
});

describe('stuck at a level, asking what is missing', () => {
  it('"5 yoe, still mid level ... what am i missing" sets mid-level beside senior', () => {
    expect(ids(ask('5 yoe, still mid level. everyone i started with is senior now. what am i missing'))).toEqual(['mid-vs-senior']);
  });
});

describe('"do they carry a pager too?" after what a distributed systems engineer does', () => {
  it('shows the passage that says they are on call for what they own', () => {
    const answer = converse('what does a distributed systems engineer do day to day', 'do they carry a pager too?');
    expect(ids(answer)).toEqual(['distributed-systems-engineer']);
    expect(answer.summary).toMatch(/pager/i);
  });
});

describe('weighing what a candidate did in a loop', () => {
  it('"how much should i hold that against them?" after a candidate who said "we" for everything is the red flags guide', () => {
    const answer = ask(
      "hiring q: candidate kept saying 'we' for everything in the past-project deep dive, i couldnt tell what they personally built. how much should i hold that against them?",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });
  it('and a later part of the debrief about levelling "them" is about the candidate, answered by the levelling guide', () => {
    const answer = ask(
      "Debrief question. Two things: first, our candidate described basically everything as 'we shipped', 'we decided', and even after I pushed I couldn't pin down their own contribution. How much weight should that get? Second, their last title was Staff at a 40-person startup but the loop felt closer to senior to me. How do we pick the level without being unfair to them?",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags', 'levelling-candidates']);
  });
});

describe('"our posting" is the hiring side', () => {
  it('a job post with 14 tools and two applicants, "what are we doing wrong", is the job description guide', () => {
    const answer = ask(
      "our posting for a senior infra engineer has been up 3 months. 14 bullet points of tools (k8s, terraform, kafka, envoy, you name it) and we've had like 2 applicants. what are we doing wrong",
    );
    expect(ids(answer)).toEqual(['job-description-by-level']);
  });
});

describe('a queue that keeps growing, told as a symptom', () => {
  it('"our queue depth just keeps climbing ... what am i looking at here" is backpressure', () => {
    const answer = ask(
      'our queue depth just keeps climbing all day and never drains, workers look fine cpu-wise. what am i looking at here',
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
});
describe('weighing a candidate, sent in a conversation about something else', () => {
  it('"should that worry me?" is about the candidate this message tells of, not the last answer', () => {
    const answer = converse(
      "our kafka consumers keep falling behind during the evening peak and lag just grows until morning. cpu on the consumers is low. what's going on?",
      "interviewer here. the candidate kept saying 'we migrated', 'we rebuilt', and I never found out what they did themselves. should that worry me?",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });
});

describe('a candidate told of by someone who hires', () => {
  it('"how do we tell if they\'re senior or staff" about an applicant is the levelling guide, not the two levels', () => {
    const answer = ask(
      "recruiter here: applicant has 11 years and a senior title at a big bank, applied for our staff opening. how do we tell if they're senior or staff",
    );
    expect(ids(answer)).toEqual(['levelling-candidates']);
  });
  it('"without lowballing" says what to avoid, so the level to give is asked, not pay', () => {
    const answer = ask("we're debating an applicant who is borderline senior/staff. what level should we give them without lowballing");
    expect(ids(answer)).toEqual(['levelling-candidates']);
  });
  it('a candidate\'s level is not the asker\'s: "im a senior engineer and a candidate for staff" still asks as a candidate', () => {
    const answer = ask('im a senior engineer and a candidate for a staff role elsewhere. what do staff interviews look for');
    expect(ids(answer)).toEqual(['interviews']);
  });
});

describe('statements only, one of them saying who asks', () => {
  it('"my manager asked me what an slo is ... im the new sre on the team" is about SLOs', () => {
    const answer = ask('my manager asked me what an slo is and who decides the target. im the new sre on the team');
    expect(ids(answer)).toEqual(['slos-and-error-budgets']);
  });
});

describe('where others bring a thing up is not what is asked of it', () => {
  it('"the quorum thing my team keeps bringing up in design reviews" is quorums, not design reviews', () => {
    const answer = ask('can someone explain the quorum thing my team keeps bringing up in design reviews');
    expect(ids(answer)).toEqual(['quorum']);
  });
});

describe('bare names, then one question about all of them', () => {
  it('"raft? paxos? crdts? what order should i learn these in" is the order to learn things in, not three definitions', () => {
    const answer = ask('raft? paxos? crdts? what order should i learn these in, total beginner');
    expect(ids(answer)).toEqual(['what-to-learn-first']);
  });
});

describe('a meal is where the asker heard of a topic, not the topic', () => {
  it('"my tech lead said over coffee that CAP is outdated because of PACELC" is answered, not declined as food', () => {
    const answer = ask('my tech lead said over coffee that CAP is outdated because of PACELC?? what does PACELC add');
    expect(ids(answer)).toContain('cap-vs-pacelc');
  });
});

describe('a design doc asked about section by section', () => {
  it('"first time writing a proper design doc, what sections do ppl include?" is the design doc guide', () => {
    const answer = ask('first time writing a real design doc at work, what sections do ppl include?');
    expect(ids(answer)).toEqual(['design-docs-and-promotion']);
  });
});

describe('stuck at a level, said in a conversation', () => {
  it('"i\'ve been senior for 4 years, what\'s probably holding me back?" after senior vs staff shows the evidence the step asks for', () => {
    const answer = converse(
      "what's the difference between senior and staff",
      "i've been senior for 4 years now. what's probably holding me back?",
    );
    expect(ids(answer)).toEqual(['senior-vs-staff']);
    expect(answer.summary).toMatch(/cross-team design or migration you led/);
  });
});

describe('"become one" said by someone who names their own role', () => {
  it('"and if i\'m a backend dev, how would i become one?" after SRE vs software engineer is how to become an SRE', () => {
    const answer = converse('how is an sre different from a software engineer?', "and if i'm a backend dev, how would i become one?");
    expect(ids(answer)).toEqual(['how-to-become-sre']);
  });
});

describe('bare names after a question told as a statement', () => {
  it('"curious what staff engineers spend their weeks on. meetings? docs?" is one question about their week, not design docs', () => {
    const answer = ask('kinda curious what staff engineers spend their weeks on. meetings? docs?');
    expect(ids(answer)).toEqual(['staff-archetypes']);
  });
});

describe('whether an acknowledged write can be lost', () => {
  it('"my raft client got an ack ... can that write still vanish if the leader dies?" is Raft, not leader election', () => {
    const answer = ask('my raft client got an ack for a write. can that write still vanish if the leader dies right after?');
    expect(ids(answer)).toEqual(['raft']);
  });
});

describe('a thing joined on, then how "they" differ', () => {
  it('"and vector clocks? how are they different?" after Lamport clocks compares the two', () => {
    const answer = converse('what is a lamport clock in simple terms', 'and vector clocks? how are they different?');
    expect(ids(answer)).toEqual(['lamport-vs-vector-clocks']);
  });
});

describe('how the work changes between two workplaces the post names', () => {
  it('"infra engineer at a bank ... about to join a startup. how different will the work be?" is finance vs cloud-native', () => {
    const answer = ask('infra engineer at a bank for 6 years, about to join a startup. how different will the work be?');
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
  });
});

describe('two names of one entry are not always one thing', () => {
  it('"jepsen vs tla+, do they catch the same kind of bugs?" does not say the two name the same thing', () => {
    const answer = ask('jepsen vs tla+, do they catch the same kind of bugs?');
    expect(ids(answer)).toEqual(['jepsen-and-model-checking']);
    expect(fullText(answer)).not.toMatch(/name the same thing/);
  });
  it('nor "is jepsen the same as tla+?", which the entry covers as two tools', () => {
    expect(fullText(ask('is jepsen the same as tla+?'))).not.toMatch(/name the same thing/);
  });
});

describe('a step of a numbered list is not shown alone', () => {
  it('"is that safe to run in prod?" after chaos engineering says how to run it safely (its blast radius), not step 3 alone', () => {
    const answer = converse('what is chaos engineering', 'is that actually safe to run in prod?');
    expect(ids(answer)).toEqual(['chaos-engineering']);
    expect(answer.summary).toMatch(/blast radius/i);
    expect(answer.summary).not.toMatch(/^3\./);
  });
  it('a part of a multi-part reply does not end on a bare step number', () => {
    const answer = ask(
      'how do i structure a sys design answer when i only get 45 min? and more generally what are they testing in the other rounds for a mid level role',
    );
    expect(shownText(answer)).not.toMatch(/ \d\.(?:\s|$)/);
  });
});

describe('chat spelling', () => {
  it('"which would u reach for first" after a comparison is the pick between the two, not a part left unanswered', () => {
    const answer = ask('jepsen vs tla+ — do they catch the same kind of bugs? which would u reach for first');
    expect(shownText(answer)).not.toMatch(/not sure what this part asks/);
  });
});

describe('questions the content answers in other words', () => {
  it('"how would you carve up the distributed systems field?" is the functional areas', () => {
    expect(ids(ask('how would you carve up the distributed systems field? job ads all look different'))).toEqual(['functional-areas']);
  });
});

describe('"and if i ... should i" starts a question of its own', () => {
  it('"what does a leader lease do in raft and if we run 3 nodes how many can we lose" answers both', () => {
    const answer = ask('what does a leader lease do in raft and if we run 3 nodes how many can we lose');
    expect(ids(answer)).toEqual(['leader-election', 'quorum']);
  });
});

describe('how a question should not feel says nothing of what it asks', () => {
  it('"how do i test incident skills in the interview without it turning into a trivia quiz" is assessing incident skills', () => {
    const answer = ask(
      'hiring our first sre next month. how do i test incident skills in the interview without it turning into a trivia quiz',
    );
    expect(ids(answer)).toEqual(['assessing-incident-skills']);
  });
});

describe('where the asker met two roles is not what they ask about', () => {
  it('"sre and devops keep showing up in job ads together, how do the two roles split the work?" compares them', () => {
    const answer = ask('sre and devops keep showing up in job ads together, how do the two roles split the work?');
    expect(ids(answer)).toEqual(['sre-vs-devops']);
  });
  it('how two roles split the work on a team is how they differ, answered surely', () => {
    const answer = ask('platform engineers and sres, how do the two roles split the work on a team?');
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
    expect(answer.confidence).toBeGreaterThan(0.9);
  });
});

describe('a repeat made harmless', () => {
  it('"our consumer processed the same batch again after restart, how do we make that harmless?" is idempotency', () => {
    const answer = ask('our consumer crashed and processed the same batch again after restart. how do we make that harmless?');
    expect(ids(answer)).toEqual(['idempotency']);
  });
});

describe('whether a thing is a lie or a myth', () => {
  it('"is exactly once a lie?" asks whether it is real, not about lying nodes', () => {
    expect(ids(ask('is exactly once a lie?'))).toEqual(['exactly-once']);
  });
});

describe('two levels set side by side by someone levelling a candidate', () => {
  it('"we need to level a candidate ... mid or senior?" is the levelling guide, not what the two levels are', () => {
    const answer = ask('we need to level a candidate from a small startup: great design round, nothing cross-team. mid or senior?');
    expect(ids(answer)).toEqual(['levelling-candidates']);
  });
});

describe('"what\'s the actual difference" after a question that names the other side', () => {
  it('"our sre team ended up owning the kubernetes platform. are we platform engineers now? what\'s the actual difference" compares the two', () => {
    const answer = ask(
      "our sre team ended up owning the kubernetes platform for every team. are we platform engineers now? what's the actual difference",
    );
    expect(ids(answer)).toContain('sre-vs-platform-engineer');
  });
});

describe('putting a new hire on the pager', () => {
  it('"new SRE starts on my team monday. when is it reasonable to put them on the pager by themselves?" is the SRE onboarding plan', () => {
    const answer = ask('new SRE starts on my team monday. when is it reasonable to put them on the pager by themselves?');
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });
});

describe('where to start on a production problem told at length', () => {
  it('"paged at 2am: latency went from 80ms to 2s after the deploy ... where do i even start" is the debugging guide', () => {
    const answer = ask(
      'paged at 2am: api latency went from 80ms to 2s after the 01:30 deploy, error rate normal, a third of the pods look fine. where do i even start',
    );
    expect(ids(answer)).toEqual(['debugging-production']);
  });
});

describe('a statement put up to be checked is a question', () => {
  it('"what is raft? and etcd uses raft under the hood right, or am i confusing it with zookeeper" answers both', () => {
    const answer = ask('what is raft? and etcd uses raft under the hood right, or am i confusing it with zookeeper');
    expect(ids(answer)).toEqual(['raft', 'coordination-services']);
  });
});

describe("a keyboard is another field's", () => {
  it('declines "best keyboard switches for coding all day?" (the content no longer says "keyboard" in passing)', () => {
    expect(ask('best keyboard switches for coding all day?').kind).not.toBe('answer');
  });
});

describe('"what does that mean" after a post that names one thing', () => {
  it('"our orders db is 5tb and the tech lead says we should shard it. what does that even mean" is sharding', () => {
    const answer = ask('our orders db is 5tb and the tech lead says we should shard it. what does that even mean');
    expect(ids(answer)).toEqual(['sharding']);
  });
});

describe('a meal said as chat, not as where something was heard', () => {
  it('"ok see you at lunch tomorrow" after an answer is not answered', () => {
    expect(converse('what is a crdt', 'ok see you at lunch tomorrow').kind).not.toBe('answer');
  });
});

describe('"what does that mean" after a sentence of its own message, in a conversation', () => {
  it('means the thing that sentence names, not the last answer', () => {
    const answer = converse(
      "recruiter here. candidate has 10 yrs and a senior title, applied for our staff role. how do we decide if they're senior or staff?",
      'our orders table is 3tb and someone said we should shard it. what does that mean',
    );
    expect(ids(answer)).toEqual(['sharding']);
  });
});

describe('a quoted claim, asked about in a conversation', () => {
  it('"a coworker said \'exactly once is a lie\'. is it?" after Raft is about exactly-once, not Raft', () => {
    expect(ids(converse('what is raft', "a coworker said 'exactly once is a lie'. is it?"))).toEqual(['exactly-once']);
  });
});

describe('a saga whose compensation fails is not a question about pay', () => {
  it('"what happens if the compensation itself fails because the payment provider is down?" stays on sagas', () => {
    const answer = converse(
      'trying to understand sagas for our checkout',
      'what happens if the compensation itself fails because the payment provider is down?',
    );
    expect(answer.kind).toBe('answer');
    expect(ids(answer).some((id) => id.startsWith('saga'))).toBe(true);
  });
});

describe('"is that even a real thing" about a quoted claim', () => {
  it('"the sales guy keeps saying their queue has \'exactly-once delivery\'. is that even a real thing" is exactly-once', () => {
    expect(ids(ask("the sales guy keeps saying their queue has 'exactly-once delivery'. is that even a real thing"))).toEqual([
      'exactly-once',
    ]);
  });
});

describe('whether it is safe to do', () => {
  it('"is it safe to run chaos experiments in production?" shows how to do it safely, not only what it is', () => {
    const answer = ask('is it safe to run chaos experiments in production?');
    expect(ids(answer)).toEqual(['chaos-engineering']);
    expect(shownText(answer)).toMatch(/blast radius capped[\s\S]*Start in staging/);
  });
});

describe('where a topic came up and that the asker did not follow it', () => {
  it('"raft came up in our reading group and i nodded along but understood nothing" is Raft', () => {
    expect(ids(ask('raft came up in our reading group and i nodded along but understood nothing'))).toEqual(['raft']);
  });
});

describe('"what did we break?" after a story', () => {
  it('asks what the story is: a partition count raised under keyed ordering is Kafka ordering', () => {
    const answer = ask(
      'we went from 6 to 12 partitions on the payments topic and now events for one account arrive out of order. we key by account id. what did we break',
    );
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
  });
});

describe("a car's words are another field's", () => {
  it("declines a question about a car's timing, offering no entries about clocks", () => {
    const answer = ask('mechanic says the timing on my old civic is off, cam and crank out of sync. what does a fix usually cost');
    expect(answer.kind).toBe('decline');
  });
});

describe('what the asker is reading, where they met the topic', () => {
  it('"reading the dynamo paper and it mentions vector clocks, can someone eli5" is vector clocks, not the reading list', () => {
    expect(ids(ask('reading the dynamo paper and it mentions vector clocks, can someone eli5'))).toEqual(['vector-clocks']);
  });
  it('keeps the paper\'s name: "going through the raft paper and it talks about log compaction" is Raft', () => {
    expect(ids(ask('going through the raft paper and it talks about log compaction, can someone eli5'))).toEqual(['raft']);
  });
});

describe('what carries over, for the role the asker gave in the last message', () => {
  it('"what from my work carries over if i go for distsys" after "i\'m a mobile dev" is the frontend and mobile move', () => {
    const answer = converse("i'm a mobile dev, 5 yrs of ios", 'what from my work carries over if i go for distsys');
    expect(ids(answer)).toEqual(['frontend-to-distributed-systems']);
  });
});

describe('a topic of its own asked "on top of that"', () => {
  it('"and what should our retry policy look like on top of that" after idempotency is retries', () => {
    const answer = converse('what is idempotency', 'and what should our retry policy look like on top of that');
    expect(ids(answer)).toEqual(['timeouts-and-retries']);
  });
});

describe('a second question whole by itself, after a comparison', () => {
  it('"how is sre different from devops? and if i wanted to become an sre, what should i learn first" answers both', () => {
    const answer = ask('how is sre different from devops? and if i wanted to become an sre, what should i learn first');
    expect(ids(answer)).toEqual(['sre-vs-devops', 'how-to-become-sre']);
  });
});

describe('questions put after a comma without a question mark', () => {
  it('"... also a coworker mentioned circuit breakers, how do those work" is a question of its own', () => {
    const answer = ask(
      'our api times out under load sometimes, how do we stop retry storms? also a coworker mentioned circuit breakers, how do those work',
    );
    expect(ids(answer)).toContain('circuit-breaker');
  });
  it('"i mostly unblock other teams and review their designs, which archetype is that" asks which kind of staff role', () => {
    const answer = ask(
      "staff engineer here and i haven't shipped code in months, is that normal? i mostly unblock other teams and review their designs, which archetype is that",
    );
    expect(ids(answer)).toEqual(['do-staff-engineers-code', 'staff-archetypes']);
  });
});

describe('"and in what order should i ..." starts a second question', () => {
  it('"which books are worth reading and in what order should i tackle the topics" answers both', () => {
    expect(ids(ask('which books are worth reading and in what order should i tackle the topics'))).toEqual([
      'reading-list',
      'what-to-learn-first',
    ]);
  });
  it('"what do i need to learn and in what order?" stays one question', () => {
    const answer = ask(
      'sysadmin for 7 years (vmware, ansible, bash). want to become a platform engineer. what do i need to learn and in what order?',
    );
    expect(ids(answer)).not.toContain('kafka-partitions-and-ordering');
  });
});

describe('to be seen as the next level', () => {
  it('"senior for 3 yrs. what should i start doing to get recognised as staff" sets senior beside staff', () => {
    expect(ids(ask('senior for 3 yrs. what should i start doing to get recognised as staff'))).toEqual(['senior-vs-staff']);
  });
});

describe('what interviewers want to hear from the candidate', () => {
  it("is the candidate's side, not how to design a loop", () => {
    const answer = ask("what do infra interviewers want to hear from me in the design round? i feel like i'm reciting buzzwords");
    expect(ids(answer)).toEqual(['show-skills-in-interviews']);
  });
});

describe('a two-node cluster with automatic failover', () => {
  it('"the vendor says a 2 node cluster with automatic failover is fine for our db. good idea?" is split-brain', () => {
    expect(ids(ask('the vendor says a 2 node cluster with automatic failover is fine for our db. good idea?'))).toEqual(['split-brain']);
  });
});

describe('"is it fine to ...?" shows what the entry says of whether it is', () => {
  it('a plain redis lock for a job where a double run is harmless: says when a simple expiring key is enough', () => {
    const answer = ask(
      'is it fine to use a plain redis lock with a ttl so our cleanup job only runs on one of our 4 pods? if it runs twice nothing bad happens',
    );
    expect(shownText(answer)).toMatch(/double run/);
  });
});

describe('the part of an entry that answers a yes/no or a fix', () => {
  it('"do we really need to worry about byzantine faults if every server is ours?" shows "Do you need it? Usually not"', () => {
    const answer = ask('byzantine faults, do we really need to worry about them if every server is ours?');
    expect(shownText(answer)).toMatch(/Do you need it\?\*\* Usually not/);
  });
  it('"do i need a master\'s ...?" keeps the summary that answers it, not a passage led by another question', () => {
    const answer = ask("do i need a master's for distributed systems or is a bachelor's fine");
    expect(shownText(answer)).toMatch(/master's or PhD is optional/);
  });
  it('a stale cache after an update, "or is there a proper fix", shows the fix (delete the key on write)', () => {
    const answer = ask(
      'we put redis in front of our db and users see their old avatar for a minute after changing it. do i just lower the ttl or is there a proper fix',
    );
    expect(shownText(answer)).toMatch(/delete the cached key whenever the data is written/);
  });
  it('"how do you keep it from taking down prod" after chaos engineering shows how to run it safely', () => {
    const answer = converse("what's chaos engineering", 'how do you keep it from taking down prod');
    expect(shownText(answer)).toMatch(/blast radius capped/);
  });
  it('"do we still need logs if we have tracing" as a part shows "Do traces replace logs? No"', () => {
    expect(shownText(ask("what's a span? and do we still need logs if we have tracing"))).toMatch(/Do traces replace logs\?\*\* No/);
  });
});

describe('a manager whose first SRE joins the team', () => {
  it('"first sre joins my team monday ... what should the first 3 months look like?" is the SRE onboarding plan', () => {
    const answer = ask(
      "first sre joins my team monday. i don't want to throw them on the pager in week one. what should the first 3 months look like?",
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });
});

describe('RTO and RPO', () => {
  it('"compliance wants an rpo of zero for payments. what does that force in our replication setup?" is the RTO and RPO entry', () => {
    const answer = ask('compliance wants an rpo of zero for payments. what does that force in our replication setup?');
    expect(ids(answer)).toEqual(['rto-and-rpo']);
    expect(shownText(answer)).toMatch(/synchronous or quorum writes/);
  });
});

describe("a loop coming up is the candidate's", () => {
  it('"first ever infra interview loop coming up (senior). do they still do leetcode at that point?" is what interviews test', () => {
    expect(ids(ask('first ever infra interview loop coming up (senior). do they still do leetcode at that point?'))).toEqual([
      'interviews',
    ]);
  });
});

describe('a two-node cluster, however it is written', () => {
  it('"2 node" is a two-node cluster: a vendor\'s 2 node cluster with automatic failover is split-brain', () => {
    expect(ids(ask('vendor suggested a 2 node cluster with automatic failover for our db. good idea? something feels off'))).toEqual([
      'split-brain',
    ]);
  });
});

describe('"how do i turn that into ..." after what the asker did', () => {
  it('"... 2 sev1s and i ran one of them. how do i turn that into promo material" is on-call as evidence', () => {
    const answer = ask('was on call constantly this half, 2 sev1s and i ran one of them. how do i turn that into promo material');
    expect(ids(answer)).toEqual(['on-call-as-evidence']);
  });
});

describe('how to test a consistency claim', () => {
  it('"how would we test whether it actually gives us that" after a vendor\'s linearizable reads is Jepsen', () => {
    const answer = converse('our db vendor says reads are linearizable', 'how would we test whether it actually gives us that');
    expect(ids(answer)).toEqual(['jepsen-and-model-checking']);
  });
});

describe('"me" set beside a level', () => {
  it('"mid level here. whats expected of me vs a senior" sets mid beside senior', () => {
    expect(ids(ask('mid level here. whats expected of me vs a senior'))).toEqual(['mid-vs-senior']);
  });
  it('"senior engineer here. what\'s expected of a staff engineer vs me?" sets senior beside staff', () => {
    expect(ids(ask("senior engineer here. what's expected of a staff engineer vs me?"))).toEqual(['senior-vs-staff']);
  });
});

describe('a story or a named thing in this message, in a conversation about something else', () => {
  it('"what did we break? <story of partitions and keyed ordering>" after CRDTs is Kafka ordering', () => {
    const answer = converse(
      'what is a crdt',
      'what did we break? we went from 8 to 16 partitions on the payments topic and now events for one merchant arrive out of order. we key by merchant id',
    );
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
  });
  it('"compliance wants rpo zero for the ledger. what does that force in our setup?" after an interview question is RTO and RPO', () => {
    const answer = converse(
      'how do you tell if a candidate really understands consistency',
      'compliance wants rpo zero for the ledger. what does that force in our setup?',
    );
    expect(ids(answer)).toEqual(['rto-and-rpo']);
  });
});

describe('"is there a proper fix" asks for a fix, not about the last answer', () => {
  it('a stale cache told after an answer about BFT is caching, not BFT', () => {
    const answer = converse(
      'do we really need byzantine fault tolerance for our internal ledger cluster? every node is ours',
      'we put redis in front of the accounts api and people see their old balance for a minute after a transfer. do i just drop the ttl or is there a proper fix',
    );
    expect(ids(answer)).toEqual(['distributed-caching']);
  });
});

describe('a verdict on a sentence said just before it, in a conversation about something else', () => {
  it('"our cto wants chaos engineering in prod next quarter. is this safe?" after Raft is chaos engineering, at its safety', () => {
    const answer = converse('what is raft', 'our cto wants us to start doing chaos engineering in prod next quarter. is this safe?');
    expect(ids(answer)).toEqual(['chaos-engineering']);
    expect(shownText(answer)).toMatch(/kill switch/i);
  });
  it('a remark after the verdict is not what it judges: "is that safe in prod at a bank? our risk team would lose their minds"', () => {
    const answer = converse(
      "what's chaos engineering",
      'is that actually safe to run in prod at a bank though? our risk team would lose their minds',
    );
    expect(ids(answer)).toEqual(['chaos-engineering']);
  });
});

describe('comparisons and their questions, as people put them', () => {
  it('"sre team vs platform team at the same company, how do their jobs actually differ?" sets the two roles side by side', () => {
    expect(ids(ask('sre team vs platform team at the same company, how do their jobs actually differ?'))).toEqual([
      'sre-vs-platform-engineer',
    ]);
  });
  it('"what separates a good mid-level answer from a weak one", asked by an interviewer, is what to look for at that level', () => {
    const answer = ask(
      "I'm interviewing someone for an engineer II role on our storage team tomorrow and I've never done this. what separates a good mid-level answer from a weak one?",
    );
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
  });
  it('"is two phase locking related to two phase commit or is the name just a coincidence" sets the two side by side', () => {
    // The "or is the name just a coincidence" read as a second "X is just Y" claim: "name" against "coincidence".
    expect(ids(ask('is two phase locking related to two phase commit or is the name just a coincidence'))).toEqual([
      'two-phase-commit-vs-two-phase-locking',
    ]);
  });
  it('"what actually changes between junior and mid level" sets the two levels side by side', () => {
    expect(ids(ask('what actually changes between junior and mid level'))).toEqual(['entry-vs-mid']);
  });
  it('"what separates a staff engineer from a senior one" still sets the two levels side by side', () => {
    expect(ids(ask('what separates a staff engineer from a senior one'))).toEqual(['senior-vs-staff']);
  });
  it('"are the sre interviews different from the normal coding ones" asks about SRE interviews, not SRE against SWE', () => {
    // Set against the usual kind of the same thing, with the new grad's pick asked before it: the pick was answered twice.
    const answer = ask('sre or swe as a new grad, and are the sre interviews different from the normal coding ones?');
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'sre-interviews']);
  });
});

describe('a lone letter and "w/" are not terms', () => {
  it('"how do i fit a lognormal distribution in R" is declined, not quorums (R + W > N)', () => {
    expect(ask('how do i fit a lognormal distribution in R').kind).not.toBe('answer');
  });
  it('"the C in CAP" still asks about CAP', () => {
    expect(ids(ask('what does the C in CAP stand for'))).toEqual(['cap-theorem']);
  });
  it('"where do retries w/ backoff fit into all this" after bulkhead vs circuit breaker is retries and backoff', () => {
    const answer = ask('bulkhead vs circuit breaker?? and where do retries w/ backoff fit into all this');
    expect(answer.parts.map((part) => ids(part))).toEqual([['circuit-breaker-vs-bulkhead'], ['timeouts-and-retries']]);
  });
});

describe('"at this level" after two levels side by side, from someone who said their level', () => {
  it('"just got promoted to staff" then "what should i be reading at this level?" is the staff study plan', () => {
    const answer = converse('just got promoted to staff 🎉', 'what should i be reading/studying at this level?');
    expect(ids(answer)).toEqual(['study-plan-staff']);
  });
});

describe('a case told, then the name asked for it, as a second question', () => {
  it('"queue vs pub/sub ...? and when consumers can\'t keep up, is that what people mean by backpressure" answers both', () => {
    const answer = ask(
      "queue vs pub/sub, what's the difference? and when consumers can't keep up, is that what people mean by backpressure",
    );
    expect(answer.parts.map((part) => ids(part))).toEqual([['message-queues-and-pub-sub'], ['backpressure']]);
  });
});

describe('a new topic announced as "different thing" or "totally separate", and a story told "at work"', () => {
  it('"totally separate, ... my promo feedback just says \'operate with broader scope\'" after platform engineering is what scope means', () => {
    const answer = converse(
      'what does a platform engineer do all day?',
      "totally separate, I'm on a 4-person team and my promo feedback just says 'operate with broader scope'. what am I supposed to do with that?",
    );
    expect(ids(answer)).toEqual(['what-scope-means']);
  });
  it('"unrelated: at work we have 2 DB nodes with automatic failover and no third box" is split-brain', () => {
    const answer = converse(
      'how do I go from sysadmin to SRE?',
      'unrelated: at work we have 2 DB nodes with automatic failover and no third box anywhere. is that asking for trouble?',
    );
    expect(ids(answer)).toEqual(['split-brain']);
  });
  it('"different topic, ... all our services share one long-lived AWS key" is zero trust, not sagas ("long-lived")', () => {
    const answer = converse(
      'thinking about doing the CKA, any good?',
      'different topic, security found all our services share one long-lived AWS key. how bad is that?',
    );
    expect(ids(answer)).toEqual(['zero-trust']);
  });
});

describe('a later part that tells its own thing, then asks about "that"', () => {
  it("\"... is that good enough? a reviewer also said we'd need 'fencing' on top, what's that about?\" answers fencing too", () => {
    const answer = ask(
      "we use redis SET NX PX 30000 so only one worker runs the nightly invoice job. is that good enough? a reviewer also said we'd need 'fencing' on top, what's that about?",
    );
    expect(answer.parts.map((part) => ids(part))).toEqual([['distributed-locks'], ['fencing-and-leases']]);
  });
  it('"... what should I be reading? and the business now wants \'zero data loss\'; what does that force on its design?" answers RPO too', () => {
    const answer = ask(
      "aiming for staff next year. what should I be reading? and the business now wants 'zero data loss' for the service I own; what does that force on its design?",
    );
    expect(answer.parts.map((part) => ids(part))).toEqual([['study-plan-staff'], ['rto-and-rpo']]);
  });
});

describe('"is X good enough" asks for a verdict, which the entry gives lower down', () => {
  it('"is a redis lock good enough for a cron job running on 3 boxes" shows when a single Redis lock is enough', () => {
    const answer = ask('is a redis lock good enough for a cron job running on 3 boxes or am i gonna get burned');
    expect(ids(answer)).toEqual(['distributed-locks']);
    expect(shownText(answer)).toMatch(/often enough/);
  });
});

describe('declines that fit what was asked', () => {
  it('pay for a named level and role offers what that level and role do', () => {
    const answer = ask('how much does a senior SRE make at Stripe, base plus equity?');
    expect(answer.kind).toBe('decline');
    expect(answer.suggestions.map((s) => s.id).slice(0, 2)).toEqual(['senior', 'site-reliability-engineer']);
  });
  it('"i\'m burned out ... can\'t sleep ... any tips for recovering" is declined kindly, without guessing at entries', () => {
    const answer = ask(
      "honestly i'm burned out after a brutal oncall month. i can't sleep properly, i dread opening slack, and weekends don't help anymore. any tips for actually recovering from burnout without quitting?",
    );
    expect(answer.kind).toBe('decline');
    expect(answer.summary).toMatch(/someone you trust/);
    expect(answer.suggestions).toEqual([]);
  });
  it('burnout from pages, asked as a question about alerting, is still answered', () => {
    expect(ids(ask("i'm burned out from pages every night, how do we fix our alerting?"))).toEqual(['alerting']);
  });
});

describe('a level swapped into the last question, with words that only say it again', () => {
  it('"what would that look like at senior?" after what a mid-level engineer needs is the senior level', () => {
    expect(ids(converse("what's expected of a mid level distsys engineer?", 'what would that look like at senior?'))).toEqual(['senior']);
  });
  it('"what about at senior level, still worth it?" after certifications stays on certifications, at senior level', () => {
    const answer = converse('are certifications worth it for platform roles', 'what about at senior level, still worth it?');
    expect(ids(answer)).toEqual(['certifications']);
    expect(shownText(answer)).toMatch(/senior level/);
  });
});

describe('"what\'s different?" after a post that names two roles', () => {
  it('"DevOps and SRE job ads look nearly identical to me. what\'s different?" sets the roles side by side, not job ads', () => {
    expect(ids(ask("DevOps and SRE job ads look nearly identical to me. what's different?"))).toEqual(['sre-vs-devops']);
  });
});

describe('a system moved to a design is not a career move', () => {
  it('"we\'re considering moving to events instead of sync calls between our services" is event-driven design', () => {
    expect(ids(ask("we're considering moving to events instead of sync calls between our services"))).toEqual([
      'event-driven-architecture',
    ]);
  });
  it('"new cto wants to move to microservices ... what are we signing up for" is microservices, not a move guide', () => {
    const answer = ask(
      "we're 8 engineers with a rails monolith that works fine tbh. new cto wants to move to microservices because 'that's how netflix scales'. i'm skeptical. what are we actually signing up for if we go microservices at our size?",
    );
    expect(ids(answer)).toEqual(['microservices']);
  });
  it('a person moving to a cloud-native team is still a move', () => {
    const answer = ask('Postgres DBA for 8 years, all on-prem. I want to move to a cloud-native infra team. What is my gap?');
    expect(ids(answer)).toEqual(['enterprise-to-distributed-systems']);
  });
});

describe('"what do they want from me before mid?" is the step up to that level', () => {
  it('a junior told at review to stop waiting asks what mid-level needs: entry vs mid', () => {
    const answer = ask(
      "14 months in as a junior. at my review my lead said i 'wait to be told what's next'. what do they want from me before mid?",
    );
    expect(ids(answer)).toEqual(['entry-vs-mid']);
  });
});

describe('a promotion question reads the step the post says it is going up for', () => {
  it('"mid-level here, going up for senior next cycle. what do promo committees actually want to see, and do design docs count" answers mid vs senior, then design docs', () => {
    const answer = ask(
      'mid-level here, going up for senior next cycle. what do promo committees actually want to see, and do design docs count as evidence or only shipped stuff?',
    );
    expect(answer.parts.map((part) => ids(part))).toEqual([['mid-vs-senior'], ['design-docs-and-promotion']]);
  });
});

describe('"from a weak one" in a conversation is a thing of the same sentence', () => {
  it('"what separates a good mid-level answer from a weak one? i\'m interviewing someone" after queue vs pub/sub is interview signals', () => {
    const answer = converse(
      "queue vs pub/sub, what's the difference?",
      "what separates a good mid-level answer from a weak one? i'm interviewing someone tomorrow",
    );
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
  });
});

describe('"how is X not just Y" sets the two side by side', () => {
  it('"how is that not just devops with a new name?" after the platform org a person was moved into is platform vs devops', () => {
    const first = ask("our company just spun up a 'platform org' and i got moved into it");
    expect(ids(first)).toEqual(['platform-engineer']);
    const answer = converse(
      "our company just spun up a 'platform org' and i got moved into it",
      'how is that not just devops with a new name?',
    );
    expect(ids(answer)).toEqual(['platform-vs-devops']);
  });
  it('"how is raft not just paxos" compares the two', () => {
    expect(ids(ask('how is raft not just paxos'))).toEqual(['raft-vs-paxos']);
  });
});

describe('a claim quoted, then "fair?" or "what was wrong with it?", asks about the claim', () => {
  it.each([
    // The claim's subject stands outside the quote.
    ["our architect says kafka is 'exactly once out of the box'. is he right?", 'exactly-once'],
    // An apostrophe inside double quotes is part of the claim.
    ['a senior dev said "eventual consistency means it\'s broken for a few seconds". fair summary or nah?', 'eventual-consistency'],
    // What I said, not who frowned, is what was wrong.
    ["in the interview i said 'R + W > N means strong consistency' and they frowned. what was wrong with that answer?", 'quorum'],
    // Two sentences that quote: the claim and the correction, and "=" read as "means".
    [
      "got marked down on my midterm for writing 'CAP = pick any 2 of 3'. prof wrote 'P isn't optional' in red. what's wrong with what i wrote??",
      'cap-theorem',
    ],
  ])('%s', (message, entry) => {
    expect(ids(ask(message))).toEqual([entry]);
  });
  it('"X is just Y" quoted sets the two side by side', () => {
    expect(ids(ask("teammate insists 'raft is just paxos with a leader bolted on'. fair or lazy?"))).toEqual(['raft-vs-paxos']);
  });
  it('judges a claim told without quotes after who said it ("my lead says ... agree?")', () => {
    expect(ids(ask('my lead says traces make logs pointless now. agree?'))).toEqual(['observability']);
  });
  it('answers how to verify a quoted claim ("vendor swears their db is \'strongly consistent\'") with how such claims are tested', () => {
    expect(ids(ask("vendor swears their db is 'strongly consistent'. how would we verify that claim ourselves?"))).toEqual([
      'jepsen-and-model-checking',
    ]);
  });
  it("reads a claim told in a later message as that message's own, not as said of the last answer (found in the chat check)", () => {
    const answer = converse(
      'what are timeouts and retries',
      "vendor swears their db is 'strongly consistent'. how would we verify that claim ourselves?",
    );
    expect(ids(answer)).toEqual(['jepsen-and-model-checking']);
  });
  it('"X = Y with fancier words" sets the two side by side', () => {
    expect(ids(ask('devops friend says dse = devops w/ fancier words. fair?'))).toEqual(['dse-vs-devops']);
  });
});

describe('compounds and typos', () => {
  it('reads a compound of English words ("multiplayer") as meant, not as a typo of a word the content uses ("multiplier")', () => {
    expect(ids(ask('crdts power multiplayer, what are they'))).toEqual(['crdt']);
  });
  it('still corrects a one-letter typo that happens to split into English words ("discvery", "replicaton")', () => {
    expect(ids(ask('what is discvery'))).toEqual(['service-discovery']);
    expect(ids(ask('replicaton lag'))).toEqual(['replication']);
  });
});

describe('a scenario from the asker\'s job, and two questions joined by "separately"', () => {
  it('reads "and separately, ..." as a joint between two questions, not a word of the second ("separate" read models)', () => {
    expect(ids(ask("eli5 quorum pls. and separately, what does 'linearizable' actually mean?"))).toEqual(['quorum', 'linearizability']);
  });

  it('answers events of one customer out of order after more partitions with Kafka ordering', () => {
    expect(ids(ask('we have 12 partitions and order events for one customer sometimes show up shipped-before-paid. what gives'))).toEqual([
      'kafka-partitions-and-ordering',
    ]);
  });

  it('answers how to publish events between the steps of a saga without losing them with the outbox', () => {
    expect(
      ids(
        converse(
          'someone said we should use a saga for checkout across our services, what does that mean?',
          "how do i make sure the events between the steps don't get lost?",
        ),
      ),
    ).toEqual(['transactional-outbox']);
  });

  it('answers a search fanning out to shards with a slow p99 with tail latency, not sharding', () => {
    expect(ids(ask('search fans out to 40 shards, each one fast alone, but p99 for the whole query is terrible'))).toEqual([
      'tail-latency',
    ]);
  });
});

describe('"tl;dr I can paste to my PM" asks for the last answer, short', () => {
  it.each(['tl;dr I can paste to my PM?', 'short version i can send my boss?', 'tl;dr for my manager?'])('%s after raft', (message) => {
    const answer = converse('what is raft', message);
    expect(ids(answer)).toEqual(['raft']);
    expect(shownText(answer).length).toBeLessThan(fullText(answer).length);
  });
  it('who it is for stays a question where no brevity is asked: "what does staff mean for my manager" is not the last answer', () => {
    expect(ids(converse('what is raft', 'what does a staff engineer mean for my manager?'))).not.toEqual(['raft']);
  });
});

describe("another field's words: a parliament's MPs", () => {
  it('"how many MPs are needed for a quorum in parliament" is declined, not offered consensus entries', () => {
    const answer = ask('how many MPs are needed for a quorum in parliament, and how are votes counted in a proportional system?');
    expect(answer.kind).toBe('decline');
  });
});

describe('what someone keeps saying, quoted, is what the question is about', () => {
  it.each([
    // A name asked for what the quote describes.
    [
      "our staff eng keeps saying 'the health check is green but the service is sick'. is there a name for that, or is he being dramatic",
      'gray-failure',
    ],
    // "A is overkill, B does the same job": the two side by side.
    ["a senior told me 'vector clocks are overkill, lamport clocks do the same job'. true?", 'lamport-vs-vector-clocks'],
    // A term someone keeps saying, then what it changes for us.
    [
      "our security team keeps saying 'zero trust' in every meeting. concretely, what changes for calls between our services?",
      'zero-trust',
    ],
    // Who laughed at a proposal, and how, is not the question: what is wrong with the proposal is.
    ['why did our infra lead laugh when someone proposed redlock for the nightly cron job?', 'distributed-locks'],
    ['why did my tech lead cringe when i suggested two-phase commit across our microservices', 'two-phase-commit'],
  ])('%s', (message, entry) => {
    expect(ids(ask(message))).toEqual([entry]);
  });
});

describe('"would that get me into X?" after a course or bootcamp told of asks whether that course is worth it', () => {
  it('a junior full-stack dev weighing a company-paid cloud bootcamp gets bootcamps, not the web-dev move guide', () => {
    const answer = ask(
      "did a web dev bootcamp last year, now working as a junior full-stack dev at an agency. there's a 12-week 'cloud & devops' bootcamp my company would pay for. would that realistically get me into infra / distributed systems work?",
    );
    expect(ids(answer)).toEqual(['apprenticeships-and-bootcamps']);
  });
});

describe("people management and politics are another field's questions", () => {
  it.each([
    'how do i give a performance review to a low performer without demotivating the team',
    "writing a poli-sci essay: is federalism a more 'distributed' system than a unitary state? need sources",
  ])('declines %s', (message) => {
    expect(ask(message).kind).toBe('decline');
  });
});

describe('"which is closer to X, A or B?" sets the three side by side', () => {
  it('on its own', () => {
    const answer = ask('which one is closer to distributed systems engineering, sre or devops?');
    expect(ids(answer)).toEqual(expect.arrayContaining(['dse-vs-sre', 'dse-vs-devops']));
  });
  it('"which of the two is closer to X?" after the two were compared', () => {
    const answer = converse('platform engineer vs devops?', 'which of the two is closer to actual distributed systems engineering?');
    // No entry sets platform engineering against distributed systems engineering: the three roles, each as it is.
    expect(ids(answer)).toEqual(expect.arrayContaining(['distributed-systems-engineer']));
  });
});

describe('a study plan asked for after a level is the plan for that level', () => {
  it('"what should i be studying to get there from mid?" after the senior entry is the senior study plan', () => {
    expect(
      ids(converse("what's expected of a senior engineer in distsys?", 'ok so what should i be studying to get there from mid?')),
    ).toEqual(['study-plan-senior']);
  });
  it('"any study plan for getting to that level?" after mid vs senior is the plan for the level to get to', () => {
    const answer = converse(
      'what do senior engs on infra teams do that mids dont? trying to figure out my gap',
      'any study plan for getting to that level? like what to read and practice',
    );
    expect(ids(answer)).toEqual(['study-plan-senior']);
  });
  it('a topic of its own is not the study plan: "what should i read about raft?"', () => {
    expect(ids(converse("what's expected of a senior engineer in distsys?", 'what should i read about raft?'))).not.toContain(
      'study-plan-senior',
    );
  });
});

describe('"we have both X and Y and can\'t tell them apart" asks how they differ', () => {
  it.each([
    ['our company has both an sre team and a platform team and i honestly cant tell them apart', 'sre-vs-platform-engineer'],
    ['we have both SREs and DevOps engineers and nobody can tell them apart', 'sre-vs-devops'],
  ])('%s', (message, entry) => {
    expect(ids(ask(message))).toEqual([entry]);
  });
  it('and "which of them carries the pager?" after it picks between the two', () => {
    const answer = converse(
      'our company has both an sre team and a platform team and i honestly cant tell them apart',
      'ok and which of them carries the pager?',
    );
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
  });
});

describe('what was said, unquoted, and who an explanation is not for', () => {
  it('"got marked down for saying CAP = pick 2 of 3, why?" is the CAP theorem', () => {
    expect(ids(ask('got marked down for saying CAP = pick 2 of 3, why?'))).toEqual(['cap-theorem']);
  });
  it('"i got called out in standup for saying kafka is exactly once. why?" is exactly-once', () => {
    expect(ids(ask('i got called out in standup for saying kafka is exactly once. why?'))).toEqual(['exactly-once']);
  });
  it('"explain raft like i\'m a backend dev, not a phd" is raft, not the way in from a PhD', () => {
    expect(ids(ask("can someone explain raft like i'm a backend dev, not a phd"))).toEqual(['raft']);
  });
});

describe('a GC pause while holding a lease', () => {
  it('after "our etcd lock is really a lease", is answered with the gap both share, not a lease defined under the label "fencing token"', () => {
    const answer = converse(
      "coworker says our etcd lock is 'really a lease'. true?",
      'ok so what happens if the holder gets a 20s GC pause while holding it',
    );
    expect(shownText(answer)).toMatch(/fencing token/i);
    expect(shownText(answer)).not.toMatch(/\*\*fencing token\*\*: A lease is/i);
  });
});

describe('"example?" after an answer', () => {
  it('shows the worked example, and the details leave no heading whose list was shown', () => {
    const answer = converse('why does everyone care about p99 and not the mean?', 'example?');
    expect(ids(answer)).toEqual(['latency-percentiles']);
    expect(shownText(answer)).toMatch(/2 ms.*200 ms/);
    // No heading stands alone with the next section right under it.
    expect(fullText(answer)).not.toMatch(/\*\*Why averages lie\*\*[^\n]*\n\n\*\*/);
  });
});

describe('a disagreement about how many nodes, answered in what a channel shows first', () => {
  it('"3 nodes tolerate 1 failure" vs "you need 3f+1": the shown text gives both fault models', () => {
    const answer = ask("I said 3 nodes tolerate 1 failure and someone replied 'no, you need 3f+1'. who's right?");
    expect(shownText(answer)).toMatch(/3f \+ 1/);
    expect(shownText(answer)).toMatch(/2f \+ 1/);
  });
  it('"how is 2 nodes worse than 1": the shown text says what a majority of two is', () => {
    const answer = ask("principal said 'never run a 2-node cluster' like it was obvious. how is 2 nodes worse than 1 lol");
    expect(shownText(answer)).toMatch(/majority of two/i);
  });
});

describe('"tl;dr?" right after an answer', () => {
  it('is shorter than the summary just read, and says what was asked about', () => {
    const first = ask("what's an error budget? my new SRE team talks about it constantly");
    const answer = converse("what's an error budget? my new SRE team talks about it constantly", 'tl;dr?');
    expect(ids(answer)).toEqual(['slos-and-error-budgets']);
    expect(shownText(answer).length).toBeLessThan(shownText(first).length / 2);
    expect(shownText(answer)).toMatch(/error budget/i);
    // Nothing is lost: the whole summary is still one click away.
    expect(fullText(answer)).toContain(first.summary);
  });
});

describe('a hiring panel split between two levels', () => {
  it('is levelling, not how to design the loop the post tells of', () => {
    const answer = ask(
      'We just finished a loop for an infra candidate and the panel is split: two say senior, two say staff. Strong design round, great past-work deep dive, but the cross-team leadership stories were thin. How do we decide, and what do we tell the candidate if we go with senior?',
    );
    expect(ids(answer)).toEqual(['levelling-candidates']);
  });
});

describe('"staff material" is fit for the level, not study material', () => {
  it('"staff material or senior?" sets the two levels side by side', () => {
    expect(ids(ask('staff material or senior?'))).toEqual(['senior-vs-staff']);
  });
});

describe('one shard with far more traffic than the rest is a hot spot', () => {
  it('"what happens when one shard gets way more traffic than the rest, like a celebrity account?" after sharding stays on sharding', () => {
    const answer = converse(
      "our db is getting huge and people keep saying 'just shard it'. what does that involve?",
      'what happens when one shard gets way more traffic than the rest, like a celebrity account?',
    );
    expect(ids(answer)).toEqual(['sharding']);
  });
});

describe('"tl;dr" after a comparison', () => {
  it("is the comparison's opening verdict on the two, not a sentence about one side", () => {
    const answer = converse("teammate insists 'raft is just paxos with a leader bolted on'. fair or lazy?", 'tl;dr I can paste to my PM?');
    expect(ids(answer)).toEqual(['raft-vs-paxos']);
    expect(shownText(answer)).toMatch(/^Both /);
  });
});

describe("a shop's orders are not the ordering of messages", () => {
  it('a consumer lagging on an "orders topic" is about the lag, not about ordering', () => {
    const answer = ask(
      'black friday: consumer lag on our orders topic keeps climbing and producers just keep blasting. what concept am i missing',
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
  it('"events for the same order arrive out of order" still asks about ordering', () => {
    expect(ids(ask('our orders topic has 12 partitions and events for the same order arrive out of order, why'))).toEqual([
      'kafka-partitions-and-ordering',
    ]);
  });
});

describe('chat spelling: letters for words', () => {
  it('"r they the same thing w different names" says "are" and "with", not a quorum\'s R and W', () => {
    expect(ids(ask('shards vs replicas whats teh diff, r they the same thing w different names?'))).toEqual(['replication-vs-sharding']);
    // R and W as a quorum writes them stay.
    expect(ids(ask('if r + w > n is it strongly consistent'))).toEqual(['quorum']);
  });
});

describe('a symptom told in ops words', () => {
  it('a buffer that grows until the pod OOMs, "what\'s the pattern we\'re missing", is backpressure', () => {
    const answer = ask(
      "our worker reads from a queue and writes to postgres. when the db gets slow the in-memory buffer just keeps growing until the pod OOMs. what's the pattern we're missing here",
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('a claim that a system is "CA"', () => {
  it('is judged by the CAP entry, which says why a networked system cannot choose CA', () => {
    const answer = ask('my lead says CAP means pick 2 out of 3, and since our network is reliable we went with CA. agree?');
    expect(ids(answer)).toEqual(['cap-theorem']);
    expect(fullText(answer)).toMatch(/single node/);
  });
});

describe('follow-ups that keep to the last topic: who does it, and is it still needed', () => {
  it('"who checks it, the lock service or the storage?" after fencing tokens is about fencing tokens', () => {
    expect(ids(converse("what's a fencing token?", 'who checks it, the lock service or the storage?'))).toEqual(['fencing-and-leases']);
  });
  it('"do i still need one if every call already retries" after circuit breakers weighs the breaker against retries', () => {
    const answer = converse(
      "what's a circuit breaker in microservices?",
      'do i still need one if every call already retries with exponential backoff?',
    );
    expect(ids(answer)).toEqual(['circuit-breaker']);
  });
});

describe('a story about a system, told by someone who says where they work', () => {
  it('"backend dev at a logistics co. ... what\'s the proper fix here?" is the fix for the story, not the backend\'s entries', () => {
    const answer = ask(
      "backend dev at a logistics co. our order service saves the order in postgres then publishes OrderCreated to kafka, and last week a few hundred orders never reached the warehouse service. what's the proper fix here?",
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
  });
});

describe('an SRE asking how to make "that switch"', () => {
  it('gets the move out of SRE work, not the way into it', () => {
    const answer = ask(
      'i run our kafka and etcd clusters day to day as an sre. id rather be writing that kind of software than babysitting it. how do people make that switch?',
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
    // Someone else asking the way in still gets it.
    expect(ids(ask('backend dev here, how do i become an sre?'))).toEqual(['how-to-become-sre']);
  });
});

describe('a message with one question from another field among questions of ours', () => {
  it('answers the parts it can and says the other is outside, instead of declining the whole message', () => {
    const answer = ask('what is a crdt? also what does a staff engineer do? and whats the best pizza in nyc');
    expect(ids(answer)).toEqual(['crdt', 'staff']);
    expect(answer.summary).toMatch(/“whats the best pizza in nyc”\*\*\n.*outside what I answer/);
    // A question that goes on about the other field's topic is still declined with it.
    expect(ask('can someone explain the replication crisis in psychology, why did so many studies fail to replicate').kind).toBe('decline');
  });
});

describe('a follow-up shown the opening of the entry just read', () => {
  it('never ends on a heading whose text did not fit', () => {
    const answer = converse(
      'our dashboards show p50 fine but p999 awful. is that what people mean by tail latency?',
      'how do hedged requests help with that?',
    );
    expect(ids(answer)).toEqual(['tail-latency']);
    const lastLine = shownText(answer).trim().split('\n').at(-1)!;
    expect(lastLine).not.toMatch(/^\*\*[^*]+\*\*:?$/);
  });
});

describe('a hyphenated name read as one of its words', () => {
  it('"write it up" is not asked in the words of "write-through"; the name itself still is', () => {
    const answer = ask(
      'Going up for senior this cycle. I led the mitigation on most of our sev2 incidents this year. Can on-call stuff actually count in a promo packet, and how should I write it up?',
    );
    expect(ids(answer)).toEqual(['on-call-as-evidence']);
    expect(ids(ask('how should I write it up'))).not.toContain('distributed-caching');
    expect(ids(ask('what is write-through'))).toEqual(['distributed-caching']);
  });
});

describe('a later part that would build again the comparison an earlier part answered', () => {
  it.each([
    ["lamport vs vector clocks, what's the difference? and where do hybrid logical clocks come in", 'logical-clocks'],
    ['replication vs sharding, whats the difference, and how do i choose a shard key so no single shard runs hot', 'sharding'],
  ])('%s: answers what the later part asks, once each', (message, laterPart) => {
    const answer = ask(message);
    expect(answer.parts).toHaveLength(2);
    expect(ids(answer.parts[1]!)).toEqual([laterPart]);
  });
});

describe('the level a study question names', () => {
  it('is the level studied for, whatever level the asker is at', () => {
    expect(ids(ask('still a junior after 3 years. what should i study to get to mid?'))).toEqual(['study-plan-mid']);
    // With no level named, the asker's own level still picks the plan.
    expect(ids(ask('still a junior after 3 years. what should i study?'))).toEqual(['study-plan-entry']);
  });
});

describe("another field's words in a part answered surely all the same", () => {
  it("are that part's setting, and do not sink the part after it", () => {
    const answer = ask(
      "whats an SLO vs an SLA (sales keeps promising '99.99'), and how do we set up alerts that don't wake us at 3am for a cpu blip?",
    );
    expect(ids(answer)).toEqual(['slos-and-error-budgets', 'alerting']);
  });
});

describe('who pays for a course or a cert, and a choice put without a question word', () => {
  it('answers "worth it if work pays?" and "rust or go for infra" instead of declining them as pay questions', () => {
    const answer = ask('is the CKAD worth it if my company pays? also rust or go if i want to work on storage');
    expect(ids(answer)).toEqual(['certifications', 'which-language']);
    // Pay itself is still declined.
    expect(ask('will my employer pay more once i make staff?').kind).toBe('decline');
  });
});

describe('a cache problem told as what happened', () => {
  it.each([
    ['our hot cache key expires and the database cpu pegs at 100 for a bit. whats the usual fix?', 'distributed-caching'],
    ["adding a node to our cache cluster made almost all keys miss. what's the standard fix?", 'consistent-hashing'],
  ])('%s', (message, entry) => {
    expect(ids(ask(message))).toEqual([entry]);
  });
});

describe('"over" as in done', () => {
  it('does not set two levels against each other', () => {
    expect(ids(ask('do staff/principal people still write code, or is that over once you get the title?'))).toEqual([
      'do-staff-engineers-code',
    ]);
    // "over" as in rather than still does.
    expect(ids(ask('why would anyone pick staff over principal'))).toEqual(['staff-vs-principal']);
  });
});

describe('a candidate weighing interviews elsewhere', () => {
  it('"two angles: if i interview elsewhere, how are staff loops different from senior ones?" is about the interviews', () => {
    const answer = ask(
      "senior for 3 yrs on a storage team, going for staff. two angles: if i interview elsewhere, how are staff interview loops different from senior ones? and if i stay, what does a promo committee actually want to see for staff, since my manager only says 'more impact'?",
    );
    expect(ids(answer.parts[0]!)).toEqual(['interviews']);
    expect(ids(ask('two angles: if i interview elsewhere, how are staff interview loops different from senior ones?'))).toEqual([
      'interviews',
    ]);
  });
});

describe('spreadsheets and scout packs', () => {
  it.each([
    'excel VLOOKUP keeps giving #N/A even though the value is clearly in the other sheet. maybe the numbers are stored as text?',
    "i'm the new leader of a cub scout pack, 12 kids aged 8. how do i keep meetings from turning into chaos?",
  ])('%s: declined, not a guess at quorums or chaos engineering', (message) => {
    expect(ask(message).kind).toBe('decline');
  });
});

describe('follow-ups that ask the same of another use or origin', () => {
  it('"what about for kafka events?" after json vs protobuf for service calls is the same question for events', () => {
    const answer = converse('protobuf or json for calls between our services?', 'what about for kafka events, any different?');
    expect(ids(answer)).toEqual(['serialization']);
    expect(shownText(answer)).toMatch(/Kafka/);
  });

  it('"im coming from frontend tho" after where to start is the way in from frontend', () => {
    const answer = converse(
      'where do i even start if i want a distsys job one day',
      "i'm coming from frontend (vue) tho, does that change anything?",
    );
    expect(ids(answer)).toEqual(['frontend-to-distributed-systems']);
  });
});

describe('"the bar" for a level', () => {
  it("is what the level expects, not the interviewers' signals", () => {
    expect(ids(ask("what's the bar for senior these days?"))).toEqual(['senior']);
    expect(ids(converse("what's the bar for a senior dse", 'and for staff?'))).toEqual(['staff']);
    // The hiring bar is still the interviewers'.
    expect(ids(ask("what's the hiring bar for senior infra engineers"))).toEqual(['interview-signals-by-level']);
  });
});

describe('a first message that tells a term and asks what it means in one sentence', () => {
  it('asks what the term is', () => {
    expect(ids(ask("every job post says 'cloud native' now, what does that even mean"))).toEqual(['cloud-native-design']);
  });
});

describe('what interviewers ask about, asked by a candidate', () => {
  it("is what interviews test, not the interviewers' own guide", () => {
    const answer = ask('two questions: replication vs sharding, and which one do interviewers ask about more');
    expect(ids(answer.parts[1]!)).toEqual(['interviews']);
  });
});

describe('a product the content now names', () => {
  it('"how does figma merge edits made offline" is about CRDTs, not another field', () => {
    expect(ids(ask('how do tools like figma merge edits people made offline?'))).toEqual(['crdt']);
  });
});

describe('"what about for a storage team?"', () => {
  it('asks the last question again for another team', () => {
    const answer = converse(
      'is the CKA worth it? also go or java if i want to end up on an infra team',
      'what about for a storage team, does the answer change',
    );
    expect(ids(answer)).toEqual(['which-language']);
  });
});

describe('a claim told with one word in quotes', () => {
  it('is the claim judged, not the quoted word', () => {
    const answer = ask("my teammate claims raft tolerates fewer failures than paxos, so paxos is the 'safer' option. agree?");
    expect(ids(answer)).toEqual(['raft-vs-paxos']);
  });
});

describe('first weeks in a role the asker names', () => {
  it.each([
    ['first 90 days as a new sre', 'onboarding-plan-sre'],
    ['first month as a new dse', 'onboarding-plan-dse'],
  ])('"%s" is that role\'s onboarding plan, not the new grads\' guide', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });

  it("a new grad asking the same still gets the new grads' guide", () => {
    expect(ids(ask('new grad starting on an infra team, what should my first month look like?'))).toEqual(['new-grad-first-job']);
  });
});

describe('a follow-up that names or asks after a neighbour of the last topic', () => {
  it('"and the bulkhead thing in the same library, same idea or different?" sets the bulkhead beside the circuit breaker', () => {
    const answer = converse(
      "we're adding resilience4j to our spring services, what does the circuit breaker module actually do",
      'and the bulkhead thing in the same library, same idea or different?',
    );
    expect(ids(answer)).toEqual(['circuit-breaker-vs-bulkhead']);
  });

  it.each([
    [
      "security team says we're going 'zero trust', what does that change for us backend folks",
      'so how do services prove who they are to each other then',
      'mtls-and-service-identity',
    ],
    [
      'our http client retries with exponential backoff, anything else we need',
      'ok how do i stop a retry from charging someone twice',
      'idempotency',
    ],
  ])('"%s" then "%s" asks how, in words of its own', (first, second, id) => {
    expect(ids(converse(first, second))).toEqual([id]);
  });
});

describe('a follow-up whose own words only a neighbour of the last entry speaks of', () => {
  it.each([
    [
      "we're defining SLOs for the first time, what's the basic idea",
      'and how does that decide what pages me at 3am vs what waits till morning',
      'alerting',
    ],
    [
      "we have metrics and logs but still can't figure out our outages, what are we missing",
      'specifically when one request goes through ~10 services and one of them is slow',
      'distributed-tracing',
    ],
  ])('"%s" then "%s" is the neighbour, not the last entry again', (first, second, id) => {
    expect(ids(converse(first, second))).toEqual([id]);
  });

  it('"what\'s the basic idea" after a post that names the topic is that topic, not the side projects\' ideas', () => {
    expect(ids(ask("we're defining SLOs for the first time, what's the basic idea"))).toEqual(['slos-and-error-budgets']);
  });
});

describe('several questions announced with a word about them', () => {
  it.each([
    ['ok 2 qs: wtf is a sidecar, and do we even need one if we already have an api gateway', ['sidecar', 'api-gateway']],
    [
      'two things for our infra hiring: how many rounds should the loop have, and should the job ad mention on-call or does that scare people off',
      ['interview-loop-design', 'job-description-by-level'],
    ],
  ])('"%s" answers each part', (q, want) => {
    expect(partIds(ask(q))).toEqual(want);
  });

  it('a comma in brackets lists within a part, not a part of its own', () => {
    const { questions } = splitMessage(
      "2 things: is lakehouse work (iceberg, trino) considered data platform engineering, and what's different between the folks who run HDFS and the ones who write the spark jobs?",
    );
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatch(/^is lakehouse work \(iceberg\s+trino\) considered data platform engineering$/);
  });
});

describe('a production story, then what to do', () => {
  it('"short term vs long term" are two horizons of one plan, not two things compared', () => {
    const answer = ask(
      'the queue in front of our image resizer is at 2M messages and still climbing, workers are maxed out, upstream keeps shoving more in. what do we do short term vs long term?',
    );
    expect(ids(answer)).not.toContain('sre-career-path');
    expect(answer.kind).toBe('answer');
  });

  it("one client's script taking the api down for everyone is rate limiting", () => {
    const answer = ask(
      "our public api has no cap on how hard one customer can hit it, and yesterday one client's script took everything down for everyone. what should we put in place?",
    );
    expect(ids(answer)).toEqual(['rate-limiting']);
  });
});

describe('who asks, read from the post', () => {
  it('a postdoc asking whether an infra team would take them seriously gets the way in from research', () => {
    const answer = ask(
      "hello! long time lurker. I'm a physicist finishing a postdoc, I write MPI code and babysit Slurm jobs on our university cluster. I'm pretty sure I don't want to stay in academia. Would an infra team take someone like me seriously, and what would you learn first?",
    );
    expect(partIds(answer)).toEqual(['from-science-or-research', 'what-to-learn-first']);
  });

  it('a bank engineer who reads job ads and asks if their work is relevant gets the way in from a bank, not the JD guide', () => {
    const answer = ask(
      "Hi! I'm a mid-level engineer at a bank: COBOL, some Java, lots of MQ and overnight batch. I keep reading job ads for 'distributed systems' and feel miles away from them. Is any of what I do relevant, or am I starting from scratch?",
    );
    expect(ids(answer)).toEqual(['enterprise-to-distributed-systems']);
  });
});

describe('a cry for help before the story', () => {
  it('"help:" opens the story, which is no question of its own', () => {
    const answer = ask(
      "help: the switch between our two racks flapped and both halves of our db cluster started taking writes. we now have two versions of the truth. what's the damage control and how do we stop it happening again?",
    );
    expect(ids(answer)).toEqual(['split-brain']);
  });

  it('"i\'m the HM" says a hiring manager asks', () => {
    expect(readAsker(["ok flip it around, i'm the HM"]).role).toBe('hiring manager');
  });
});

describe("someone else's role is not the asker's", () => {
  it.each([
    ["my director says staff engineers here 'don't really code anymore'", {}],
    ['our platform team runs the etcd and consul clusters', { role: 'platform engineer' }],
    ["i'm a senior engineer at a bank", { level: 'senior', industry: 'bank' }],
  ])('"%s"', (sentence, asker) => {
    expect(readAsker([sentence])).toEqual(asker);
  });
});

describe('a claim told about a level, then weighed', () => {
  it('"my director says staff engineers here don\'t code ... is that how it works everywhere?" is whether staff engineers code', () => {
    const answer = ask(
      "my director says staff engineers here 'don't really code anymore'. as someone who loves coding that kills the appeal tbh. is that how it works everywhere?",
    );
    expect(ids(answer)).toEqual(['do-staff-engineers-code']);
  });
});

describe('handling a message more than once, in the words people use', () => {
  it('"after a rebalance we reprocess a bunch, how do i stop double processing" is idempotency', () => {
    const answer = ask(
      'kafka q: why are my messages showing up out of order? and after a rebalance we reprocess a bunch, how do i stop double processing',
    );
    expect(partIds(answer)).toEqual(['kafka-partitions-and-ordering', 'idempotency']);
  });

  it('a coworker spreading gossip about the asker is personal, not an answer about promotion evidence', () => {
    const answer = ask(
      "a coworker has been spreading gossip about me to our manager and I think it's hurting my chances at promo. how do I handle it without making things worse?",
    );
    expect(answer.kind).not.toBe('answer');
  });
});

describe('what a choice is for', () => {
  it('"go or java for internship applications" is the language question, not the students\' guide', () => {
    expect(ids(ask('should i pick up go or java for internship applications'))).toEqual(['which-language']);
  });
});

describe('a level said before the role, and the level aimed for', () => {
  it.each([
    ['mid level backend at a ~200 person saas', { role: 'backend developer', level: 'mid' }],
    ['senior at a 40-eng startup', { level: 'senior', industry: 'startup' }],
    ['mid-level on a distsys team (~4 yoe), aiming for senior in the next cycle or two', { level: 'mid', aim: 'senior', years: 4 }],
  ])('"%s"', (sentence, asker) => {
    expect(readAsker([sentence])).toEqual(asker);
  });

  it('a mid-level backend asking how to move gets the way in from backend, not from frontend', () => {
    const answer = ask(
      'hi all, mid level backend at a ~200 person saas. mostly crud but recently i owned the retry/idempotency logic for our payments flow and got kinda hooked. two qs: how do i move toward a real distsys role from here, and is DDIA still the book to read or is it outdated?',
    );
    expect(partIds(answer)).toEqual(['backend-to-distributed-systems', 'reading-list']);
  });
});

describe('a question asked in the negative, without its question mark', () => {
  it('"also isnt platform eng just devops rebranded" is a part of its own', () => {
    const answer = ask('sre or platform team? also isnt platform eng just devops rebranded');
    expect(answer.parts.map((part) => answerKey(part))).toEqual(['sre-vs-platform-engineer', 'platform-vs-devops']);
  });
});

describe('"one line each": three short definitions', () => {
  const answer = ask("one line each pls: what's a span, what's a correlation id, and what's a burn rate?");

  it('answers each of the three', () => {
    expect(partIds(answer)).toEqual(['distributed-tracing', 'structured-logging', 'alerting']);
  });

  it('shows what a correlation ID is, though the entry opens on structured logging', () => {
    expect(shownText(answer)).toMatch(/A correlation ID \(a request ID/);
  });
});

describe('parts that were lost in the split', () => {
  it('"calls between our services, and how do I ..." is two questions, not one side of a "between"', () => {
    const { questions } = splitMessage(
      "what's a sane retry policy for calls between our services, and how do I stop retries from double-charging people?",
    );
    expect(questions).toHaveLength(2);
  });

  it('"k8s in simple terms?" is a part of its own, though its name has a digit', () => {
    const answer = ask('k8s in simple terms? and is the CKA worth it for landing an infra job');
    expect(partIds(answer)).toEqual(['container-orchestration', 'certifications']);
  });
});

describe('a later part joined by "and"', () => {
  it('"and is cassandra AP or CP" asks where cassandra sits in CAP, not a choice between "cassandra AP" and "CP"', () => {
    const answer = ask('is the cap theorem still relevant now that people talk about pacelc? and is cassandra AP or CP');
    expect(answer.parts.map((part) => answerKey(part))).toEqual(['cap-vs-pacelc', 'cap-theorem']);
  });

  it("the role of someone the asker would mentor or hire is not the asker's", () => {
    expect(readAsker(['nobody here could mentor a junior SRE'])).toEqual({});
  });
});

describe('what to study, asked as a later part after a level', () => {
  it.each([
    [
      'mid level here. whats expected of me vs a senior, and what should i be studying rn to get there',
      ['mid-vs-senior', 'study-plan-senior'],
    ],
    ['jr vs mid, what changes? and what do i study next?', ['entry-vs-mid', 'study-plan-mid']],
  ])('"%s" is the study plan for the level to reach', (q, want) => {
    expect(ask(q).parts.map((part) => answerKey(part))).toEqual(want);
  });
});

describe("our term quoted for another trade's problem", () => {
  it("a line cook asking how kitchens deal with 'backpressure' is declined", () => {
    const answer = ask(
      "line cook here, how do kitchens deal with 'backpressure' when the ticket rail gets slammed on a friday night? we keep falling behind",
    );
    expect(answer.kind).not.toBe('answer');
  });
});

describe('what the asker is trying to get their head around', () => {
  it('"trying to get my head around raft for an interview, how does the voting part work" is about raft', () => {
    expect(ids(ask('trying to get my head around raft for an interview next week, how does the voting part work'))).toEqual(['raft']);
  });

  it('"..., how does it work in short": "it" is the thing studied, and "in short" asks for brevity, not for a topic', () => {
    const answer = ask('trying to get raft for an interview, how does it work in short');
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.brief).toBe(true);
  });
});

describe('what a level is responsible for on a team', () => {
  it('"and at staff?" after what a senior on a storage/infra team is responsible for is the staff entry', () => {
    const answer = converse('curious what a senior engineer on a storage/infra team is actually responsible for', 'and at staff?');
    expect(ids(answer)).toEqual(['staff']);
  });
});

describe('questions said the way chat says them (round twenty-seven)', () => {
  it('"wtf is a saga, our architect keeps saying we need one" is what a saga is', () => {
    expect(ids(ask('wtf is a saga, our architect keeps saying we need one'))).toEqual(['sagas']);
  });

  it('"lease or lock for making sure only one worker runs ..." sets the two side by side', () => {
    const answer = ask("lease or lock for making sure only one worker runs our nightly billing job? what's actually the difference");
    expect(ids(answer)).toEqual(['lease-vs-lock']);
  });

  it('"do staff engineers still get to write code" from a senior is whether they code, not senior vs staff', () => {
    expect(ids(ask('senior here. do staff engineers still get to write code or is it all meetings'))).toEqual(['do-staff-engineers-code']);
  });

  it('a long supposition before the question ("and if i wanted to move toward ..., what\'s the path") is a question of its own', () => {
    const parts = splitMessage(
      cleanMessage(
        "is sre kind of a career dead end? and if i wanted to move toward actually designing the systems instead of keeping them alive, what's the path",
      ).text,
    );
    expect(parts.questions).toHaveLength(2);
  });
});

describe('who asks and what they call things (round twenty-seven)', () => {
  it('"what am i missing" after recruiters pass on a data engineer for \'distributed systems\' roles is the way in from data engineering', () => {
    const answer = ask(
      "data engineer, 4 yrs of spark + kafka + airflow. recruiters for 'distributed systems' roles keep passing on me even though i use kafka every day. what am i missing?",
    );
    expect(ids(answer)).toEqual(['data-engineer-to-distributed-systems']);
  });

  it('"the two jobs", from a backend engineer choosing between a platform org and an SRE org, are those two', () => {
    const answer = ask(
      "i'm a 10 yoe backend engineer and my company is splitting into a platform org and an SRE org; i get to pick one. what's the real difference between the two jobs?",
    );
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
  });
});

describe('follow-ups that change the subject or name their own sides (round twenty-seven)', () => {
  it('"diff question: ..." after consistent hashing is the new question, not consistent hashing again', () => {
    const answer = converse(
      'what is consistent hashing',
      "diff question: we have 40 microservices and some user requests are slow somewhere in the chain, logs don't tell us where. what do people use for that?",
    );
    expect(ids(answer)).toEqual(['distributed-tracing']);
  });

  it('"and staff vs principal?" after mid vs senior is staff vs principal, with no third side', () => {
    expect(ids(converse("what's the difference between mid and senior?", 'and staff vs principal?'))).toEqual(['staff-vs-principal']);
  });

  it('"how do i get there from backend?" after what a DSE does is the guide for that move', () => {
    const answer = converse('what does a distributed systems engineer do day to day?', 'how do i get there from backend?');
    expect(ids(answer)).toEqual(['backend-to-distributed-systems']);
  });
});

describe("another field's terms made of our words (round twenty-seven)", () => {
  it.each([
    'best linux distribution for gaming in 2024? steam deck vibes',
    "we're writing a paper on the replication crisis in psychology, which famous studies failed to replicate?",
    'my home wifi drops every evening around 8pm, should i get a mesh system or an extender?',
  ])('declines %j', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it('still answers a question about replicating data that says "failed"', () => {
    expect(ids(ask('our read replica failed to catch up after failover, what is replication lag?'))).toContain('replication');
  });
});

describe('a pick between two things the post names, among other questions (round twenty-seven)', () => {
  it('"got an SRE offer and a SWE offer. which one? and should i learn go or rust" answers both', () => {
    const answer = ask('new grad, got an SRE offer and a SWE offer. which one? and should i learn go or rust on the side');
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'which-language']);
  });
});

describe('what people write that the content says in other words (round twenty-seven)', () => {
  it('"user_id % 8 ... adding a 9th node would reshuffle almost everything" is consistent hashing, read as "mod"', () => {
    const answer = ask(
      'we route users to cache nodes with user_id % 8 and adding a 9th node would reshuffle almost everything. whats the better way',
    );
    expect(ids(answer)).toEqual(['consistent-hashing']);
  });

  it('"what does that transition look like?" from an SRE who wants to build the storage side is the move to DSE', () => {
    const answer = ask(
      "hi! SRE at a mid-size saas co, 3 yoe. my days are oncall, terraform and prometheus dashboards. I'd really like to be on the side that builds the storage/consensus stuff rather than babysitting it. what does that transition look like?",
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });

  it('"containers" is not the verb "contain": a gardener\'s pots are declined', () => {
    expect(ask('gardening q: should i put shards of broken pots at the bottom of containers for drainage or is that a myth').kind).not.toBe(
      'answer',
    );
  });
});

describe("a slot swapped in that one of the last entry's links is about (round twenty-seven)", () => {
  it('"what about for SRE?" after what to read is Google\'s SRE books', () => {
    const answer = converse(
      'hey, backend dev trying to get serious about distsys. what should i read, books or papers?',
      'what about for SRE?',
    );
    expect(ids(answer)).toEqual(['google-sre-books']);
  });

  it('"what about for an SRE?" after a new grad\'s first months is the SRE onboarding plan', () => {
    const answer = converse('what should a new grad expect in their first 6 months on an infra team?', 'what about for an SRE?');
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });

  it('"what about principals?" after whether staff engineers code stays on that entry, whose title names principals too', () => {
    expect(ids(converse('do staff engs still write code day to day?', 'what about principals?'))).toEqual(['do-staff-engineers-code']);
  });
});

describe('the field named as where, and other fields near ours (round twenty-eight)', () => {
  it('"how does leader election work in distributed systems" is leader election, not the mid level that names the field', () => {
    expect(ids(ask('how does leader election work in distributed systems'))).toEqual(['leader-election']);
  });

  it('"is math gonna hold me back in distsys" still asks about the field', () => {
    expect(ids(ask('honestly how much math is in distributed systems? i barely survived discrete math lol'))).toEqual(['how-much-math']);
  });

  it('a statistics question about normally distributed data is declined', () => {
    expect(ask('anyone know how to check if my data is normally distributed before i run a t-test? stats homework due tonight').kind).toBe(
      'decline',
    );
  });

  it('leaders and followers in west coast swing are declined', () => {
    expect(ask('how do leader and follower roles work in west coast swing? starting lessons next week').kind).toBe('decline');
  });

  it('"totally unrelated, who is leading in the polls for the mayoral election" after leader election is declined', () => {
    const answer = converse(
      'how does leader election work in distributed systems',
      "ok totally unrelated, who's leading in the polls for the mayoral election right now?",
    );
    expect(answer.kind).toBe('decline');
  });
});

describe('a story of what a system did, then a thin question (round twenty-eight)', () => {
  it('a redis lock that expired during a gc pause, then "wrong tool or whats the right pattern?" is about locks, not a tools catalogue', () => {
    const answer = ask(
      'we have a nightly billing job on 3 instances and use redis SETNX with a 60s expiry so only one of them runs it. last week one instance hit a massive gc pause, the key expired, another instance grabbed it, then the first one woke up and kept going. invoices got generated twice. is redis just the wrong tool or whats the right pattern here',
    );
    expect(ids(answer)).toEqual(['distributed-locks']);
  });
});

describe('"how do i get there from X?" after two roles side by side (round twenty-eight)', () => {
  it('after SRE vs SWE, "i want the sre side. how do i get there from backend?" is the way into SRE, not the comparison again', () => {
    const answer = converse(
      'sre vs swe, whats actually the difference day to day?',
      'ok i think i want the sre side. how do i get there from backend? been doing java apis for 3 yrs',
    );
    expect(ids(answer)).toEqual(['how-to-become-sre']);
  });

  it('"sre vs swe, ..." says nothing of who asks', () => {
    expect(readAsker(['sre vs swe, whats actually the difference day to day?'])).toEqual({});
  });
});

describe('comparisons that end in a verdict (round twenty-eight)', () => {
  it('"2pc vs 2pl??" is the comparison of the two, not two-phase commit alone', () => {
    expect(ids(ask('prob a dumb q but 2pc vs 2pl?? my prof used both in the same lecture and now i cant tell them apart'))).toEqual([
      'two-phase-commit-vs-two-phase-locking',
    ]);
  });

  it('"circuit breaker or just retries with backoff? do i really need both" is the comparison that says whether both are needed', () => {
    expect(ids(ask('circuit breaker or just retries with backoff? do i really need both'))).toEqual(['retries-vs-circuit-breaker']);
  });

  it('"what do they do instead" after 2PC is sagas vs 2PC, not 2PC vs two-phase locking, whose title names 2PC too', () => {
    const answer = converse('2pc in a nutshell?', "why though? what's wrong with using it across microservices, what do they do instead");
    expect(ids(answer)).toContain('sagas-vs-two-phase-commit');
  });
});

describe('what to do, not the clean-up after it (round twenty-eight)', () => {
  it('"how do we make sure this can never happen again?" after a split brain shows the prevention, not "if it happens anyway"', () => {
    const answer = ask(
      'we run a 2 node active/passive mysql pair with keepalived. the switch flapped for ~20s last night and BOTH nodes decided they were master, both took writes. how do we make sure this can never happen again?',
    );
    expect(ids(answer)).toEqual(['split-brain']);
    expect(shownText(answer)).toContain('*Quorum*');
    expect(shownText(answer)).not.toContain('If it happens anyway');
  });
});

describe('"is there a proper way to do this?" after a story (round twenty-eight)', () => {
  it('stale display names behind a redis cache: the passage that names the fix (delete the key on write), not the definition', () => {
    const answer = ask(
      'we put redis in front of postgres (cache aside, ttl 10 min) and now when users change their display name and hit refresh they see the old one for up to 10 minutes. do i just drop the ttl to like 30s or is there a proper way to do this',
    );
    expect(ids(answer)).toEqual(['distributed-caching']);
    expect(shownText(answer)).toMatch(/delete the cached key whenever the data is written/);
  });

  it('an entry whose summary is the remedy itself stays as written: the outbox for a publish lost after the commit', () => {
    const answer = ask(
      "we save the order to postgres and then publish OrderCreated to rabbit. sometimes the publish fails after the commit and downstream never hears about that order. what's the right way to do this?",
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
    expect(shownText(answer)).toMatch(/outbox/i);
    expect(shownText(answer)).not.toMatch(/^The order exists but nobody hears about it/m);
  });
});

describe('a follow-up after a summary, and a choice between two teams (round twenty-eight)', () => {
  it('"what happens if you lose 3 of them?" after a quorum of 5 shows the passage on losing members, not a summary sentence again', () => {
    const answer = converse("what's a quorum in a 5 node cluster?", 'what happens if you lose 3 of them?');
    expect(ids(answer)).toEqual(['quorum']);
    expect(shownText(answer)).toMatch(/lose a third and it loses quorum/);
  });

  it("internal offers from an SRE team and a platform team: SRE vs platform engineer, not the new grad's SRE or SWE", () => {
    const answer = ask(
      'got internal offers from both the sre team and the platform team 🎉 which would you pick? trying to understand what the day to day would actually be different',
    );
    expect(ids(answer)).toEqual(['sre-vs-platform-engineer']);
  });

  it('"scatters every query to 40 shards and waits for all of them" offers tail latency first', () => {
    const answer = ask(
      'our search service scatters every query to 40 index shards and waits for all of them. each shard on its own has p99 around 20ms but the whole query p99 is like 300ms. why does that happen and what tricks actually bring it down?',
    );
    const first = answer.kind === 'answer' ? answer.entryId : answer.suggestions[0]?.id;
    expect(first).toBe('tail-latency');
  });
});

describe('a thing added to the question before it (round twenty-eight)', () => {
  it('"which errors should a client retry on though? 4xx too?" is one question, with no part left not understood', () => {
    expect(splitMessage('which errors should a client actually retry on though? 4xx too?').questions).toHaveLength(1);
    const answer = converse("what's an idempotency key", 'gotcha. which errors should a client actually retry on though? 4xx too?');
    expect(answer.parts).toEqual([]);
    expect(ids(answer)).toEqual(['timeouts-and-retries']);
  });
});

describe('"what should we do instead?" after what a system did (round twenty-eight)', () => {
  it('every key moved after adding a cache node with hash % n: why consistent hashing helps, not its definition alone', () => {
    const answer = ask(
      'added one node to our cache cluster and basically every key moved, hit rate went to zero. we do hash % n. what should we do instead',
    );
    expect(ids(answer)).toEqual(['consistent-hashing']);
    expect(shownText(answer)).toMatch(/Why it helps/);
  });
});

describe('second turns that ask something new of the first topic (round twenty-eight)', () => {
  it('"does that give me exactly once?" after the outbox says it is at-least-once, not how the relay polls', () => {
    const answer = converse(
      'can someone explain the transactional outbox pattern',
      'nice. so does that give me exactly once delivery then?',
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
    expect(shownText(answer)).toMatch(/at-least-once, not exactly-once/);
  });

  it('a lease holder that keeps writing after a GC pause: the answer names the fencing token that stops it', () => {
    const answer = converse(
      "what's a lease in distributed systems",
      'what if the holder gets stuck in a long gc pause and keeps writing after it already expired?',
    );
    expect(ids(answer)).toEqual(['fencing-and-leases']);
    expect(shownText(answer)).toMatch(/fencing token/);
  });
});

describe('comparisons whose summary ends with when to pick which (round twenty-eight)', () => {
  it.each([
    ['sre vs platform engineer, which should i pick', 'sre-vs-platform-engineer', /Pick SRE if you like/],
    ['replication vs sharding, which do i need first', 'replication-vs-sharding', /Replicate first/],
    ['lease vs lock, which one for our cron job', 'lease-vs-lock', /lease-backed lock with fencing/],
  ])('"%s" shows a verdict', (question, id, verdict) => {
    const answer = ask(question);
    expect(ids(answer)).toEqual([id]);
    expect(shownText(answer)).toMatch(verdict);
  });

  it("civil engineers and a town's water distribution network are another field", () => {
    expect(
      ask(
        "Our town's water distribution network loses pressure at the far end of the system. How do civil engineers usually model and fix that?",
      ).kind,
    ).not.toBe('answer');
  });
});

describe('where the asker is going, and where they come from (round twenty-eight)', () => {
  it('"how do i get into sre from a sysadmin background?" is a sysadmin headed for SRE, not an SRE', () => {
    expect(readAsker(['how do i get into sre from a sysadmin background'])).toEqual({ goal: 'sre', role: 'devops engineer' });
    const answer = ask(
      'how do i get into sre from a sysadmin background? and is sre a dead end long term, dont want to be stuck closing tickets forever',
    );
    expect(partIds(answer)).toEqual(['how-to-become-sre', 'sre-career-path']);
  });
});

describe('a part that is itself in parts (round twenty-eight)', () => {
  it('a three-way comparison shown as one part shows each comparison by its title, not "**1. …"', () => {
    const answer = ask(
      'platform eng vs devops vs sre — which title should I aim for with a k8s + terraform background? and do platform engineers get paged too?',
    );
    expect(shownText(answer)).not.toMatch(/\*\*1\. …/);
    expect(shownText(answer)).toMatch(/^- \*Platform engineer vs DevOps engineer\*: /m);
  });
});

describe('a later question its part answers again (round twenty-eight)', () => {
  it('"how much downtime does 99.9% allow per month" beside SLO vs SLA shows the minutes in that part, not the summary alone', () => {
    const answer = ask(
      'new to sre stuff: whats the difference between an slo and an sla, how much downtime does 99.9% actually allow per month, and what should actually page us?',
    );
    expect(partIds(answer)).toEqual(['slos-and-error-budgets', 'alerting']);
    expect(shownText(answer)).toMatch(/99\.9% allows 43\.2 minutes/);
  });

  it('"why can\'t I just average the p99 from each host" beside why p99 beats the mean shows the passage on merging histograms', () => {
    const answer = ask(
      "three quick ones: why is p99 better than the mean for latency, why can't I just average the p99 from each host, and what is 'coordinated omission' that my lead keeps mentioning?",
    );
    expect(shownText(answer)).toMatch(/cannot average the p99/);
  });
});

describe('", and realistically how long ...": a second question after a hedge word (round twenty-eight)', () => {
  it('splits "which language should i learn ..., and realistically how long will it take ..." into two questions', () => {
    expect(
      splitMessage(
        'which language should i learn for distributed systems work, and realistically how long will it take to get through the basics?',
      ).questions,
    ).toHaveLength(2);
    const answer = ask(
      'career switcher here (QA for 4 yrs). which language should i learn for distributed systems work, and realistically how long will it take to get through the basics if i study evenings + weekends?',
    );
    expect(ids(answer)).toContain('which-language');
  });
});

describe('backpressure beside rate limiting, and where the asker met a term (round twenty-eight)', () => {
  it('"how\'s that different from rate limiting? sounds kinda the same" after backpressure is the comparison with a verdict', () => {
    const answer = converse(
      'backpressure... what does that actually mean',
      "how's that different from rate limiting? sounds kinda the same to me",
    );
    expect(ids(answer)).toEqual(['backpressure-vs-rate-limiting']);
    expect(shownText(answer)).toMatch(/They work together/);
  });

  it('"backpressure eli5 pls, keep seeing it in our kafka design doc": where the term was seen is no part of the question', () => {
    expect(splitMessage('backpressure explained pls, keep seeing it in our kafka design doc').questions).toEqual([
      'backpressure explained pls',
    ]);
    expect(ids(ask('backpressure eli5 pls, keep seeing it in our kafka design doc'))).toEqual(['backpressure']);
  });
});

describe('one level asked of an entry written level by level (round twenty-eight)', () => {
  it('"what\'s fair to expect from a new grad in an infra interview loop?" shows the entry level\'s section after the opening', () => {
    const answer = ask(
      "what's fair to expect from a new grad in an infra interview loop? dont want to grill them on war stories they can't possibly have",
    );
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
    expect(shownText(answer)).toMatch(/Don't expect production war stories/);
  });

  it('two levels set side by side keep the summary that names every level', () => {
    const answer = ask('what signals separate a principal candidate from a really strong staff one?');
    expect(shownText(answer)).toMatch(/Staff: /);
  });
});

describe('another field, said outright (round twenty-nine)', () => {
  it('"a split brain in our relationship" is personal: declined, though the story uses the field\'s words', () => {
    const answer = ask(
      'my partner and i each remember agreeing to different weekend plans. it feels like a split brain in our relationship, with two leaders each sure they hold the lock. how do we settle it?',
    );
    expect(answer.kind).not.toBe('answer');
  });
});

describe('a follow-up that a bold lead of the last entry names (round twenty-nine)', () => {
  it('"who owns it, the sre team or the dev team?" after SLOs shows "Who owns what", not a new grad\'s pick between SRE and SWE', () => {
    const answer = converse("what's an slo", 'who owns it, the sre team or the dev team?');
    expect(ids(answer)).toEqual(['slos-and-error-budgets']);
    expect(shownText(answer)).toMatch(/^\*\*Who owns what\*\*/);
  });

  it('"while it\'s open, what should my service return?" after circuit breakers shows the lead with the list under it', () => {
    const answer = converse("what's a circuit breaker", "while it's open, what should my service actually return to callers?");
    expect(shownText(answer)).toMatch(/What to do while it is open[\s\S]*Return an error immediately/);
  });

  it('a lead that only names what the question mentions ("**The two phases**") is not what it asks', () => {
    const answer = converse(
      'how does 2pc work across two postgres dbs',
      'what if the thing running the show crashes between the two phases',
    );
    expect(shownText(answer)).not.toMatch(/^\*\*The two phases\*\*/);
  });
});

describe('two names of one entry that a comparison sets side by side (round twenty-nine)', () => {
  it('"token bucket vs leaky bucket" is answered by the comparison written for the two, not the rate limiting entry', () => {
    expect(ids(ask('token bucket or leaky bucket, what is the difference'))).toEqual(['token-bucket-vs-leaky-bucket']);
  });

  it('"token bucket or sliding window" names a side the comparison does not: the rate limiting entry', () => {
    expect(ids(ask('token bucket or sliding window for our public api?'))).toEqual(['rate-limiting']);
  });

  it('"sharding vs partitioning, same thing?" is still told they are one thing', () => {
    const answer = ask('sharding vs partitioning — same thing or nah?');
    expect(ids(answer)).toEqual(['sharding']);
    expect(answer.summary).toMatch(/name the same thing/);
  });
});

describe('a follow-up that names the last topic and a thing its entry says it of (round twenty-nine)', () => {
  it('"are etcd reads linearizable out of the box?" after linearizability: its passage on etcd, not quorums', () => {
    const answer = converse('linearizability in simple words?', 'are etcd reads linearizable out of the box?');
    expect(ids(answer)).toEqual(['linearizability']);
    expect(shownText(answer)).toMatch(/etcd reads are linearizable by default/);
  });

  it('leaves a neighbour the content links to the last topic: "how do i get our p99 down ..." after percentiles is tail latency', () => {
    const answer = converse(
      'avg latency is 40ms but users complain. someone said look at the tail, meaning what?',
      'how do i get our p99 down when every request fans out to 50 shards?',
    );
    expect(ids(answer)).toEqual(['tail-latency']);
  });
});

describe('a summary sentence the asker has just read, shown again (round twenty-nine)', () => {
  it('"how do ppl prevent it when they only have 2 nodes" after split-brain: the sentence, then the prevention list with the tie-breaker', () => {
    const answer = converse('split brain in a cluster, what is it', 'how do ppl prevent it when they only have 2 nodes');
    expect(ids(answer)).toEqual(['split-brain']);
    expect(shownText(answer)).toMatch(/It is prevented by requiring a majority quorum[\s\S]*\*Tie-breaker\*: two data nodes/);
  });

  it('"polling vs cdc for the relay, which one" after the outbox: the sentence, then the two relays side by side', () => {
    const answer = converse('outbox pattern?', 'polling vs cdc for the relay, which one');
    expect(shownText(answer)).toMatch(/\*Polling publisher\*[\s\S]*\*Log tailing \/ CDC\*/);
  });
});

describe('chat abbreviations of who says it (round twenty-nine)', () => {
  it("\"mgr says i need 'more scope'\" is a manager's feedback: what scope means", () => {
    expect(ids(ask("mgr says i need 'more scope' to get promoted, wtf does that actually mean"))).toEqual(['what-scope-means']);
  });
});

describe('a later part that names its entry twice over (round twenty-nine)', () => {
  it('"should I pick up go or rust for it" after a move into storage work is the languages part, not the move again', () => {
    const answer = ask(
      'SRE for 4 yrs, want to move onto the team that actually builds our storage layer. two things: what theory am I missing coming from the ops side, and should I pick up go or rust for it (team is mostly go)',
    );
    expect(partIds(answer)).toEqual(['sre-to-distributed-systems', 'which-language']);
  });
});

describe('questions in brackets that spell out the question before them (round twenty-nine)', () => {
  it('"(freeze deploys? who says so?)" stays inside its question; "three things i\'m confused about:" announces the parts', () => {
    expect(
      splitMessage(
        "just moved onto an sre team from a 'devops' role. three things i'm confused about: what is an error budget actually measuring, who gets to decide what happens when we burn through it (freeze deploys? who says so?), and is all of this an sre thing or did my old devops team just skip it",
      ).questions,
    ).toEqual([
      'what is an error budget actually measuring',
      'who gets to decide what happens when we burn through it (freeze deploys / who says so)',
      'is all of this an sre thing or did my old devops team just skip it',
    ]);
  });

  it('a closing "?)" still ends its question: "(backoff? jitter? which errors?) and should we add a circuit breaker"', () => {
    expect(
      splitMessage('what should the retry policy look like (backoff? jitter? which errors?) and should we add a circuit breaker on top?')
        .questions,
    ).toEqual(['what should the retry policy look like (backoff / jitter / which errors)', 'should we add a circuit breaker on top']);
  });
});

describe('what to learn, in a post that says which role the asker wants (round twenty-nine)', () => {
  it('"I want to become an SRE. what should I learn and roughly in what order?" is the guide into SRE, not the field\'s learning order', () => {
    expect(
      ids(
        ask(
          'sysadmin for 8 years (linux, bash, a bit of ansible). I want to become an SRE. what should I learn and roughly in what order?',
        ),
      ),
    ).toEqual(['how-to-become-sre']);
  });

  it('the same question without a role wanted is the learning order', () => {
    expect(ids(ask('total beginner here. what should I learn and roughly in what order?'))).toEqual(['what-to-learn-first']);
  });
});

describe('"neither, ..." after the bot set two roles side by side', () => {
  it('answers what the asker wants instead, not a passage of the comparison again', () => {
    expect(ids(converse('SRE vs DevOps?', 'neither, I like building internal tools'))).toEqual(['platform-engineer']);
    expect(
      ids(
        converse(
          'new grad here, should i take the sre offer or the swe one?',
          'hmm neither really excites me tbh. the thing i actually love is building internal tools for other devs. what role is that?',
        ),
      ),
    ).toEqual(['platform-engineer']);
    expect(ids(converse('SRE vs platform engineer', 'neither really, I want to work on databases internals'))).toEqual([
      'storage-and-database-engineering',
    ]);
  });

  it('still reads "neither" inside a question about the two as about them', () => {
    expect(ids(converse('raft vs paxos', 'does neither of them tolerate byzantine faults?'))).toContain('byzantine-fault-tolerance');
  });
});

describe("two companies' level codes set side by side", () => {
  it('is how ladders line up, not a comparison of two levels', () => {
    expect(ids(ask('is meta E5 the same thing as google L5 or is one of them higher'))).toEqual(['career-ladder']);
    expect(ids(ask("I'm an SDE II at Amazon. What's the Google equivalent?"))).toContain('career-ladder');
  });

  it('leaves "e5 vs e6" the two levels it names', () => {
    expect(ids(ask('e5 vs e6'))).toEqual(['senior-vs-staff']);
  });
});

describe('"isn\'t that just <another thing> with extra steps?" after a concept', () => {
  it('sets the last topic beside the thing it is likened to', () => {
    expect(
      ids(converse('can someone explain backpressure like im new to this', "isn't that just rate limiting with extra steps?")),
    ).toEqual(['backpressure-vs-rate-limiting']);
    expect(ids(converse('what is a saga', 'is that basically the same as 2pc?'))).toEqual(['sagas-vs-two-phase-commit']);
  });

  it('does not open with a "Yes" that would say the one is just the other', () => {
    const answer = converse('what are circuit breakers', "isn't that just retries with extra steps?");
    expect(ids(answer)).toEqual(['retries-vs-circuit-breaker']);
    expect(shownText(answer)).not.toMatch(/^Yes\b/);
    expect(shownText(answer)).toMatch(/^Keep both/);
  });

  it('leaves a thing the entry itself names as the same ("isn\'t it just partitioning?" after sharding) to that entry', () => {
    expect(ids(converse('what is sharding', "isn't it just partitioning?"))).toEqual(['sharding']);
  });
});

describe('developer experience (DevEx) work', () => {
  it("is platform engineering under another name, not a backend developer's move into the field", () => {
    const answer = ask(
      "is 'developer experience' its own job? golden paths, service templates, making CI faster, that kind of thing. or is that just what devops people do",
    );
    expect(ids(answer)).toContain('platform-engineer');
    expect(ids(answer)).not.toContain('backend-to-distributed-systems');
    expect(ids(ask('is devex just devops'))).toEqual(['platform-vs-devops']);
  });
});

describe('"what happens if it goes down / dies?" after a concept', () => {
  it('shows the passage on a crash, which the content says as "crashes"', () => {
    const twoPhase = converse('how does 2pc work', 'what if the coordinator dies halfway?');
    expect(ids(twoPhase)).toEqual(['two-phase-commit']);
    expect(shownText(twoPhase)).toMatch(/blocking problem/i);
    const raft = converse('what is the leader in a raft cluster', 'what happens if it goes down?');
    expect(ids(raft)).toEqual(['raft']);
    expect(shownText(raft)).toMatch(/leader crash/);
  });
});

describe('everyday phrasings that one unknown word used to sink', () => {
  it.each([
    ['we hardcode downstream IPs and every autoscale breaks something. proper fix?', 'service-discovery'],
    ["so many CNCF tools. is there a map so i don't drown", 'tools-taxonomy'],
    ['bootcamp grad, zero math since school. problem for distsys?', 'how-much-math'],
    [
      "Senior eng at a 60-person B2B startup. Our entire traffic would probably fit on a raspberry pi lol. Is staff even reachable here or do I need to go somewhere with 'real' scale first?",
      'staff-impact-without-scale',
    ],
  ])('%s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('"an order to learn" is an order of topics, not a shop\'s order', () => {
  it('answers the learning order', () => {
    expect(ids(ask('is there an order to learn this stuff or do i just pick randomly'))).toEqual(['what-to-learn-first']);
  });
});

describe('"is that like L4 at google?" after a level', () => {
  it('is how ladders line up for the level just talked about', () => {
    expect(ids(converse("what's expected of a mid level distributed systems engineer", 'is that like L4 at google?'))).toEqual([
      'career-ladder',
    ]);
    expect(ids(converse('what does a senior engineer do', 'is that the same as E5 at meta?'))).toEqual(['career-ladder']);
  });
});

describe('"what should we change first?"', () => {
  it('asks for a first step, not about a first job', () => {
    const answer = ask(
      'Incident from yesterday. Our primary DB had a ~2 minute hiccup. When it came back it immediately fell over again, and this cycle repeated for about 40 minutes. Our SDK retries 5x with a fixed 100ms sleep, the API gateway retries 3x, and the service itself retries DB calls 3x. What should we change first?',
    );
    expect(ids(answer)).not.toContain('new-grad-first-job');
    expect(ids(ask('what should i do first as a new grad on an infra team'))).toEqual(['new-grad-first-job']);
  });
});

describe('"do leases need synced clocks?"', () => {
  it('is answered where leases are explained (clocks must run at the same rate), not by clock synchronization in general', () => {
    expect(ids(converse('lease vs lock, whats the practical difference', 'do leases need synced clocks?'))).toEqual(['lease-vs-lock']);
  });
});

describe('"is our lock safe?" claims', () => {
  it.each([
    ["we guard our billing export with redis SETNX + a ttl so two pods don't both run it. is that actually safe?", 'distributed-locks'],
    [
      'if my worker holds an etcd lease, that guarantees no other worker can write to the db at the same time, right?',
      'fencing-and-leases',
    ],
  ])('%s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('a long new post after an answer, naming nothing of it', () => {
  it('is read as a post of its own, not against the last topic ("it", "there" are the post\'s)', () => {
    const sdeTwo =
      "I'm an SDE II at Amazon thinking about moving to Google. what's the equivalent level there, and realistically what do I need to show to get promoted to senior?";
    expect(ids(converse('what is raft', sdeTwo))).not.toContain('raft');
    expect(ids(converse('what is raft', sdeTwo))).toEqual(ids(ask(sdeTwo)));
  });

  it('still leans on the last answer when it names it', () => {
    expect(
      ids(
        converse(
          'what is a quorum',
          'ok so we run 5 etcd nodes, 3 in one availability zone and 2 in the other zone. if the zone with 3 goes down completely, are we still able to write anything or is the quorum gone?',
        ),
      ),
    ).toContain('quorum');
  });
});

describe('"vs X?" after a comparison of two', () => {
  it.each([
    // The side asked about first is set against the new one: not a three-way of all of them.
    ["dse vs backend engineer, what's the actual difference", 'and vs a data engineer?', 'dse-vs-data-engineer'],
    ['how is a distributed systems engineer different from an sre', 'and compared to devops?', 'dse-vs-devops'],
    ['whats the difference between sre and devops', 'and vs platform engineering?', 'sre-vs-platform-engineer'],
  ])('after %j, answers %j with the first side and the new one', (first, second, id) => {
    expect(ids(converse(first, second))).toEqual([id]);
  });

  it('reads "a regular product swe" as a software engineer', () => {
    const answer = converse(
      'thinking about an SRE role. what fills their week?',
      'and compared to a regular product swe? do they code less?',
    );
    expect(ids(answer)).toContain('sre-vs-software-engineer');
  });
});

describe('"explain X like i\'m a backend dev who never took a distsys class"', () => {
  it('answers X: who the explanation is for is not the question', () => {
    const answer = ask("can someone explain raft to me like i'm a backend dev who never took a distsys class");
    expect(ids(answer)).toEqual(['raft']);
  });

  it('then reads "how does it compare to paxos?" as raft against paxos', () => {
    const answer = converse(
      "can someone explain raft to me like i'm a backend dev who never took a distsys class",
      'how does it compare to paxos?',
    );
    expect(ids(answer)).toEqual(['raft-vs-paxos']);
  });
});

describe('"there is" in a follow-up', () => {
  it('is no place standing for the last topic: "when there\'s no partition" keeps its "there"', () => {
    const previous = ask('cap theorem in two sentences?').conversation!;
    const { text } = readFollowUp("ok but what about when there's no partition, does it say anything then?", previous);
    expect(text).toMatch(/when there's no partition/);
    expect(text).toMatch(/does CAP theorem say/i);
  });
});

describe('"is that a bug or expected?" after a story', () => {
  it('answers the story (a replica that lags), not what is expected of engineers at each level', () => {
    const answer = ask(
      'users change their avatar, hit refresh and see the old one for a few secs. we read from replicas. is that a bug or expected?',
    );
    expect(answer.kind).toBe('answer');
    expect(ids(answer).some((id) => ['replication', 'consistency-models', 'eventual-consistency'].includes(id))).toBe(true);
  });
});

describe('"what should I learn first?" from someone who wants to move off their own role', () => {
  it.each([
    [
      "backend dev here, 5 years of rails. I'm thinking about moving to the team that owns our postgres and redis fleet. what should I study first?",
      'backend-to-distributed-systems',
    ],
    [
      "sre, 4 years. I'd like to move into building the systems rather than running them one day. what should I learn first?",
      'sre-to-distributed-systems',
    ],
  ])('answers %j with the guide from their role, not the field in general', (message, id) => {
    expect(ids(ask(message))).toContain(id);
  });
});

describe('the job market, asked by someone looking', () => {
  it.each(['is infra hiring dead rn or still ok', 'are companies still hiring sres', "who's still hiring distributed systems people"])(
    'answers %j with what drives demand, not how to hire',
    (message) => {
      expect(ids(ask(message))).toEqual(['demand-drivers']);
    },
  );
});

describe('a clause that says when, between two questions', () => {
  it('goes with the question after it, not as a question of its own', () => {
    const { questions } = splitMessage(
      cleanMessage('how should the job posting read, and once someone joins, what should their 30/60/90 look like?').text,
    );
    expect(questions).toEqual(['how should the job posting read', 'what should their 30/60/90 look like']);
  });

  it('is no part of its own in the reply: two questions, two parts, the second on debugging', () => {
    const answer = ask(
      'new sre here. how should I prepare for my first on-call shifts, and when something does break, how do I debug it across services?',
    );
    expect(answer.parts).toHaveLength(2);
    expect(partIds(answer)).toContain('debugging-production');
  });

  it('stays with its question at the start of a sentence: "when a leader dies, what happens" is one question', () => {
    const { questions } = splitMessage(cleanMessage('what is raft, and when a leader dies, what happens?').text);
    expect(questions).toEqual(['what is raft', 'when a leader dies, what happens']);
  });
});

describe('"two things: ..., and once they start, ...?"', () => {
  it.each([
    [
      'Eng manager here. Two questions: how should our job ad for a senior SRE read, and once they start, what should their first 90 days look like? Nobody on the team has done SRE before.',
      ['job-description-by-level', 'onboarding-plan-sre'],
    ],
    [
      "two things: is it worth learning rust for infra work, and once I'm at senior, do certs still matter at all?",
      ['which-language', 'competency-over-credentials'],
    ],
  ])('answers %j in two parts: the clause of time goes with its question, the remark after is no question', (message, expected) => {
    expect(partIds(ask(message))).toEqual(expected);
  });
});

describe('three sides, one named by a bare word ("platform")', () => {
  it('answers "sre vs devops vs platform" with the comparison of each two', () => {
    expect(ids(ask('sre vs devops vs platform'))).toEqual(['sre-vs-devops', 'sre-vs-platform-engineer', 'platform-vs-devops']);
  });

  it('shows each comparison of a three-way part by its title, not numbered again under the part', () => {
    const answer = ask("sre vs devops vs platform, what's the real difference? and which one has the best long-term career path?");
    const shown = shownText(answer);
    for (const title of ['SRE vs DevOps engineer', 'SRE vs platform engineer', 'Platform engineer vs DevOps engineer'])
      expect(shown).toContain(`- *${title}*: `);
    expect(shown.match(/\*\*1\./g)).toHaveLength(1);
    expect(partIds(answer)).toContain('sre-career-path');
  });
});

describe('"the X stuff everyone keeps posting"', () => {
  it('is X: who posts it is no part of the side compared', () => {
    expect(ids(ask('how is raft different from the paxos stuff everyone keeps posting?'))).toEqual(['raft-vs-paxos']);
  });
});

describe('"go deep on" and "get good at" a language', () => {
  it.each([
    'which language should i go deep on',
    'which language is worth going really deep in for storage engines',
    'Which language should I get properly good at if I want to work on infrastructure stuff',
  ])('answers %j with which language to learn', (message) => {
    expect(ids(ask(message))).toEqual(['which-language']);
  });

  it('still reads going deep on an area as depth against breadth', () => {
    expect(ids(ask('should I go really deep on storage or stay a generalist if I want staff?'))).toContain('specialist-or-generalist');
  });
});

describe('what to read "before day one" or "to close the gap"', () => {
  it.each(['what should i read before day one?', 'what should i read to close the gap'])(
    'answers %j with the reading list, not a first week plan or a move guide',
    (message) => {
      expect(ids(ask(message))).toEqual(['reading-list']);
    },
  );
});

describe('"shorter pls" after an answer', () => {
  it('shows the same topic, short, instead of declining', () => {
    const first = ask("what's a circuit breaker in microservices?");
    const answer = ask('shorter pls', first.conversation);
    expect(ids(answer)).toEqual(['circuit-breaker']);
    expect(shownText(answer).length).toBeLessThan(shownText(first).length);
  });
});

describe('"mid level backend engineer here, 3 yrs" and nothing else', () => {
  it("is who asks: the level answers, and a study plan asked next is that level's", () => {
    const first = ask('mid level backend engineer here, 3 yrs');
    expect(ids(first)).toEqual(['mid-level']);
    expect(ids(ask('what would a study plan look like for me', first.conversation))).toEqual(['study-plan-mid']);
  });
});

describe('"the level after senior"', () => {
  it('is staff: "and the level after senior?" after mid vs senior sets senior against staff', () => {
    const answer = converse('what does a senior engineer do differently from a mid level one', 'and the level after senior?');
    expect(ids(answer)).toEqual(['senior-vs-staff']);
  });

  it('is staff in a question of its own too', () => {
    expect(ids(ask("what's the level above senior"))).toEqual(['staff']);
  });
});

describe('who the asker said they are, in a message the bot could not answer', () => {
  it('is remembered for the question they ask next', () => {
    const answer = converse(
      "i'm an sre, 5 yrs, lots of k8s and postgres oncall",
      'how would i move into actually building distributed systems instead of babysitting them',
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('first messages read as people write them', () => {
  it.each([
    // The stack in brackets after a role says who asks; "laravel" is not another field here.
    ['backend dev (php/laravel) here, how do i move toward distsys work', 'backend-to-distributed-systems'],
    // "bumped to senior" is promoted.
    ['what do i need to show to get bumped to senior', 'mid-vs-senior'],
    // Who the explanation is for is not the question.
    ["explain CAP like i'm a junior pls", 'cap-theorem'],
  ])('answers %j', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('years of work said in passing', () => {
  it.each([
    'backend dev here, ~5 yoe. got two offers, SWE at a bank or SRE at a SaaS company. which one should I take?',
    'platform eng, 3 yrs. sre or swe for my next move?',
  ])("put %j past a first job: SRE vs software engineer, not the new grads' choice", (message) => {
    expect(ids(ask(message))).toEqual(['sre-vs-software-engineer']);
  });

  it('are not years someone says they may need', () => {
    expect(readAsker(['do i need a couple of years of normal backend work first', 'graduating in may']).years).toBeUndefined();
    expect(readAsker(['do i need 2 years of backend first']).years).toBeUndefined();
    expect(readAsker(['backend dev here, ~4 yoe mostly django']).years).toBe(4);
  });
});

describe('a choice of two put as what to do', () => {
  it.each([
    ['for our public api should we use token bucket or leaky bucket', 'token-bucket-vs-leaky-bucket'],
    ['should we add a circuit breaker or just retries', 'retries-vs-circuit-breaker'],
    // The clause before the pair says what it is for; it is no third side.
    ['our checkout spans 3 services, 2pc or sagas?', 'sagas-vs-two-phase-commit'],
  ])('answers %j with the comparison of the two', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });

  it('still lists three short sides before "or"', () => {
    expect(ids(ask('sre, devops or platform, which is best for me'))).toEqual([
      'sre-vs-devops',
      'sre-vs-platform-engineer',
      'platform-vs-devops',
    ]);
  });
});

describe('double charges from retries', () => {
  it('are answered with idempotency, the fix, not payments infrastructure in general', () => {
    expect(ids(ask('we keep double charging customers on retries, how do we stop it'))).toEqual(['idempotency']);
  });
});

describe('preparing for an SRE interview', () => {
  it.each(['how do i prepare for an sre interview at google', 'what do sre interviews look like', 'what is nalsd'])(
    "answers %j from the candidate's side, not the hiring loop or Google's books",
    (message) => {
      expect(ids(ask(message))).toEqual(['sre-interviews']);
    },
  );
});

describe('"where do we start?" after a post naming one practice', () => {
  it('answers the practice, not the way into the field', () => {
    expect(ids(ask('we want to do chaos engineering. where do we start?'))).toEqual(['chaos-engineering']);
  });

  it('answers the practice in a conversation too, whatever was asked before', () => {
    expect(ids(converse('what is raft', 'we want to do chaos engineering. where do we start?'))).toEqual(['chaos-engineering']);
  });

  it('leaves "where do i even start" after a career post to the way in', () => {
    const answer = ask(
      'hi all, backend dev ~4 yrs, mostly node + postgres + a bit of redis. really want to get onto an infra team. where do i even start?',
    );
    expect(ids(answer)).toEqual(['backend-to-distributed-systems']);
  });
});

describe('"what should i focus on to reach senior?"', () => {
  it('answers mid vs senior (it was declined)', () => {
    expect(ids(ask('what should i focus on to reach senior?'))).toEqual(['mid-vs-senior']);
    expect(ids(ask("i'm a mid level backend dev, what should i focus on to reach senior?"))).toEqual(['mid-vs-senior']);
  });
});

describe('a second question announced after a statement', () => {
  it('reads the statement before "separate question:" as the first question', () => {
    const answer = ask(
      'our kafka consumers keep rebalancing every few minutes and im losing my mind. separate question: how do people actually get exactly-once processing end to end?',
    );
    expect(partIds(answer)).toEqual(['kafka-partitions-and-ordering', 'exactly-once']);
  });

  it('reads "also unrelated-ish:" as a change of subject before a question', () => {
    const answer = ask(
      'whats backpressure exactly? also unrelated-ish: which algorithm should we use to rate limit our public api per key',
    );
    expect(partIds(answer)).toEqual(['backpressure', 'rate-limiting']);
  });
});

describe('who asks, before the questions a message announces', () => {
  it('keeps "k8s newbie" as who asks and answers each of the three things', () => {
    const parts = splitMessage(
      cleanMessage("k8s newbie, three things: what's a sidecar, what does an api gateway do, and how does service discovery work").text,
    );
    expect(parts.questions).toHaveLength(3);
    expect(parts.context).toEqual(['k8s newbie here']);
    expect(
      partIds(ask("k8s newbie, three things: what's a sidecar, what does an api gateway do, and how do services find each other")),
    ).toEqual(['sidecar', 'api-gateway', 'service-discovery']);
  });
});

describe("a party's leadership election", () => {
  it('is politics, declined, while leader election in a cluster is still answered', () => {
    expect(ask('how does leader election for the party leadership actually work in the UK, is it members or MPs who vote').kind).toBe(
      'decline',
    );
    expect(ids(ask('how does leader election work in a cluster'))).toEqual(['leader-election']);
  });
});

describe('a question naming one side of a comparison', () => {
  it('answers the side\'s own entry: "is 2pc a good idea" is two-phase commit, not sagas vs 2PC', () => {
    expect(ids(ask('is 2pc a good idea'))).toEqual(['two-phase-commit']);
  });

  it('still answers the comparison when the other side is named', () => {
    expect(ids(ask('when is raft better than paxos'))).toEqual(['raft-vs-paxos']);
  });
});

describe('a verdict asked on what the post told', () => {
  it('"is that a problem for senior roles?" after "couldn\'t explain raft" weighs the post, not job descriptions', () => {
    const answer = ask(
      "i'm really good at running k8s and kafka but couldn't explain raft if my life depended on it. is that a problem for senior roles?",
    );
    expect(ids(answer)).toEqual(['tool-specialist-vs-foundations']);
  });
});

describe('reaching the next level', () => {
  it('"to make senior" is to reach it; "what should i focus on to reach staff" is senior vs staff', () => {
    expect(ids(ask("I'm mid level on an infra team. what should I focus on to make senior within a year?"))).toEqual(['mid-vs-senior']);
    expect(ids(ask('what should i focus on to reach staff'))).toEqual(['senior-vs-staff']);
  });

  it('leaves "can i even make staff here" to the content\'s own words', () => {
    expect(ids(ask('one postgres box, 200 rps. can i even make staff here'))).toEqual(['staff-impact-without-scale']);
  });
});

describe('a startup weighing microservices from day one', () => {
  it('answers microservices; "from day one" is when, not a first day at a job', () => {
    expect(ids(ask('our new CTO wants microservices from day one, is that smart for a tiny team?'))).toEqual(['microservices']);
  });
});

describe('"do i still need X then?" after a topic', () => {
  it.each(['so do i still need retries then?', 'do i still need retries if i have one?'])(
    'answers %j after circuit breakers with retries vs circuit breaker',
    (second) => {
      expect(ids(converse("what's a circuit breaker in microservices", second))).toEqual(['retries-vs-circuit-breaker']);
    },
  );

  it('leaves a need under a condition of its own to the last topic ("do i still need one if im using redlock")', () => {
    expect(ids(converse('whats a fencing token', 'do i still need one if im using redlock?'))).not.toEqual(['lease-vs-lock']);
  });
});

describe("what another level does that the asker's does not", () => {
  it('sets the asker\'s level beside the one named: "im staff now ... a principal\'s plate that isnt on mine"', () => {
    expect(ids(ask("im staff now. concretely, what is on a principal's plate that isnt on mine?"))).toEqual(['staff-vs-principal']);
    expect(ids(ask("senior here. what does a staff engineer do that i don't?"))).toEqual(['senior-vs-staff']);
  });
});

describe('"What\'s the path?" after a post that says where the asker wants to be', () => {
  it('answers the way from their own role', () => {
    const answer = ask(
      "Hi! Been an SRE for about 6 years, mostly being paged for our storage layer. I'd like to be on the team that designs the storage system instead of the one that gets woken up by it. What's the path?",
    );
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('staff at a small company, or leave for big tech', () => {
  it('answers showing staff impact without scale, not the staff entry in general', () => {
    const answer = ask(
      'im at a 50 person company doing maybe 200 rps total. can i realistically get to staff here or do i need to leave for big tech',
    );
    expect(ids(answer)).toEqual(['staff-impact-without-scale']);
  });
});

describe('people who cannot reach consensus', () => {
  it('is declined as another part of life, while nodes reaching consensus is answered', () => {
    expect(ask('our family can never reach consensus on where to do thanksgiving. any tips for getting everyone to agree?').kind).toBe(
      'decline',
    );
    expect(ask('how do you get consensus in a team meeting when two leads keep talking over each other').kind).toBe('decline');
    expect(ids(ask('how do nodes reach consensus on which value to commit'))).toEqual(['consensus']);
  });
});

describe('other fields that share a word with ours', () => {
  it.each([
    'how does leader election work in the US primaries vs the general election',
    'best crypto trading bot for arbitrage between binance and coinbase? need it low latency',
  ])('does not answer %j', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it('still answers two primaries after a partition', () => {
    expect(ids(ask('after a network blip we had two primaries taking writes for 40s. what is this called?'))).toEqual(['split-brain']);
  });
});

describe('of two entries for two roles, the one the conversation was about', () => {
  it("answers the new SRE's onboarding plan after a talk about becoming an SRE", () => {
    const answer = converse(
      'thinking about switching into sre, whats the usual route in',
      'and once i land the job, what should my first 90 days look like',
    );
    expect(ids(answer)).toEqual(['onboarding-plan-sre']);
  });

  it('keeps a sibling the follow-up moved to from the last answer', () => {
    const answer = converse(
      'got a dse onsite in two weeks, what rounds should i expect',
      "how do i not sound like i'm reciting buzzwords in the design round",
    );
    expect(ids(answer)).toEqual(['show-skills-in-interviews']);
  });
});

describe('"how do I get there from where I am?" after two roles side by side', () => {
  it('answers the way from the side the asker said they are on', () => {
    const answer = converse(
      "I'm a data engineer, 3 years of dbt and Snowflake plus a bit of Kafka. data engineer vs distributed systems engineer?",
      'fair. how do I get there from where I am',
    );
    expect(ids(answer)).toEqual(['data-engineer-to-distributed-systems']);
  });

  it('does not guess the way when the asker has not said which side they are on', () => {
    const answer = converse(
      'sre vs swe, whats actually the difference day to day?',
      'ok i think i want the sre side. how do i get there from backend?',
    );
    expect(ids(answer)).not.toEqual(['new-grad-sre-or-swe']);
  });
});

describe('the job at a bank', () => {
  it('answers finance vs cloud-native, not the way out of a bank', () => {
    expect(ids(ask('is the sre job different at a bank'))).toEqual(['finance-vs-cloud-native']);
  });
});

describe('a slow request through many services', () => {
  it('"passes through ~15 services ... which one is eating the time" is tracing, not message passing', () => {
    const answer = ask('checkout takes 4s and it passes through ~15 services. how do we figure out which one is eating the time');
    expect(ids(answer)).toEqual(['distributed-tracing']);
  });
});

describe('pay asked in other words', () => {
  it.each([
    'anyone know what an L5 SRE makes at Google Zurich these days?',
    'how much exactly should i ask for as a new grad SRE in austin? like give me a number',
  ])('declines %j as pay', (message) => {
    expect(ask(message).kind).toBe('decline');
  });
});

describe('managing people', () => {
  it.each([
    'new manager here: how do I run good 1:1s?',
    'any good template for a first 1:1 with my new manager?',
    'good leadership books for first time managers?',
  ])('declines %j', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it("still answers a career question raised in the asker's own 1:1", () => {
    expect(ids(ask("my manager said in our 1:1 'you need more scope' for staff. what does scope even mean?"))).toContain(
      'what-scope-means',
    );
  });
});

describe('load balancing in a breaker panel or a restaurant', () => {
  it.each([
    'how do i balance the load across circuits in my home breaker panel',
    'restaurant manager here. how do i load balance tables between servers so nobody gets slammed on friday nights?',
  ])('declines %j', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });

  it('still answers load balancing between servers', () => {
    expect(ids(ask('how do load balancers spread requests between servers'))).toEqual(['load-balancing']);
  });
});

describe('the game people watch', () => {
  it('is declined, while a game day is chaos engineering', () => {
    expect(ask('anyone watching the game tonight? 🏈').kind).toBe('decline');
    expect(ids(ask('how do we run our first game day'))).toEqual(['chaos-engineering']);
  });
});

describe('keyboards, MBAs and startup equity', () => {
  it.each([
    'linear or tactile switches for coding all day? my current board is too loud for zoom calls',
    'hey! cofounder of a tiny startup here, how should we split equity and set up vesting?',
  ])('declines %j', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });
});

describe('"i\'m torn" between two things told', () => {
  it('asks which to pick, a part of its own beside the question after it', () => {
    const answer = ask("new grad, holding an sre offer and a swe offer and i'm torn. also what should i read before day one?");
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'reading-list']);
  });
});

describe('who asks and why, up to the colon before the questions', () => {
  it('"PM here trying to follow the infra team: what\'s a sidecar, and ..." answers both things asked', () => {
    const answer = ask("PM here trying to follow the infra team: what's a sidecar, and what is this mTLS thing they keep adding to it?");
    expect(partIds(answer)).toEqual(['sidecar', 'mtls-and-service-identity']);
  });
});

describe('a slowdown told through the services it touches', () => {
  it('"touches like 12 services ... how do i prove which one it is" is tracing', () => {
    const answer = ask(
      "checkout p95 doubled since tuesday and it touches like 12 services. every team swears it's not them 🙃 how do i prove which one it is",
    );
    expect(ids(answer)).toEqual(['distributed-tracing']);
  });
});

describe('a term someone said, then "what does that mean"', () => {
  it('reads "that" as the term quoted', () => {
    const answer = ask(
      "PM here, not super technical. users edit their profile, refresh, and see the OLD info for a couple secs. eng says it's 'replica lag'. what does that actually mean and is it fixable or just something we live with?",
    );
    expect(ids(answer)).toEqual(['replication']);
  });
});

describe('an event named in code', () => {
  it('"fires an OrderCreated message at kafka" then loses it after the commit is the outbox', () => {
    const answer = ask(
      "order service writes to postgres then fires an OrderCreated message at kafka. a few times a week the kafka call errors out after the db commit went through and the warehouse never ships that order. what's the standard fix",
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
  });
});

describe('a level wished for, then what to do now', () => {
  it('"would like to make principal at some point" is no question of its own; what changes and what to do is staff vs principal', () => {
    const answer = ask(
      'staff eng at a ~300 person co, been at staff about 2 yrs. would like to make principal at some point. what actually changes in the job and what should i be doing now',
    );
    expect(ids(answer)).toEqual(['staff-vs-principal']);
  });
});

describe('how many nodes raft needs', () => {
  it('"how many nodes for raft to tolerate 2 failures" is the quorum arithmetic, not Byzantine tolerance', () => {
    expect(ids(ask('how many nodes for raft to tolerate 2 failures'))).toEqual(['quorum']);
  });
});

describe('what the asker is weighing, then "it"', () => {
  it('"i\'m eyeing the CKA ... does anyone hiring actually care about it?" is about certifications, not the platform role', () => {
    const answer = ask(
      "there's budget for one cert this year and i'm eyeing the CKA since i want to move to the platform team. does anyone hiring for platform/infra actually care about it?",
    );
    expect(ids(answer)).toEqual(['certifications']);
  });
});

describe('"is that technically a distributed system"', () => {
  it('asks what counts as one; "technically" is no technical interview', () => {
    const answer = ask(
      'prob dumb q but my rails app has a db server, a redis and 3 app servers behind a LB. is that technically a distributed system already or does that word mean something bigger',
    );
    expect(ids(answer)).toEqual(['distributed-systems-engineering']);
  });
});

describe('the pager at night', () => {
  it('"when the pager goes off at 2am what do i look at first" is a question after the statement before it', () => {
    const answer = ask(
      'joining the oncall rotation next week as a new grad and lowkey panicking. when the pager goes off at 2am what do i actually look at first',
    );
    expect(ids(answer)).toEqual(['debugging-production']);
  });

  it('any small hour is the night page: "what should wake someone at 4am" is alerting', () => {
    const first = ask("what's an error budget");
    expect(ids(ask('ok and what should wake someone at 4am vs just open a ticket', first.conversation))).toEqual(['alerting']);
  });
});

describe('background jobs', () => {
  it('"rabbitmq or kafka for background jobs" is the message queues entry, not a career background', () => {
    const answer = ask('rabbitmq or kafka for background jobs like sending emails and resizing images? team is split 50/50');
    expect(ids(answer)).toEqual(['message-queues-and-pub-sub']);
  });
});

describe("the asker's guesses, then the right way", () => {
  it('"bigger buffer? more pods? what\'s the actual pattern" after a queue that grows until the pod is killed is backpressure', () => {
    const answer = ask(
      "at peak our consumer falls behind the producer and its in-memory queue just grows and grows until k8s OOMKills the pod. bigger buffer? more pods? what's the actual pattern",
    );
    expect(ids(answer)).toEqual(['backpressure']);
  });
});

describe('"i keep hearing about X, what are they" as one of several questions', () => {
  it('keeps X as what "they" are, so each question is answered', () => {
    const answer = ask(
      "senior aiming at staff in a year or two, few q's: 1. do staff engs still code or is it all docs and meetings 2. i keep hearing about staff 'archetypes', what are they 3. should i go deep on one thing (storage) or stay broad",
    );
    expect(partIds(answer)).toEqual(['do-staff-engineers-code', 'staff-archetypes', 'specialist-or-generalist']);
  });
});

describe('what to learn, after a post that says where the asker wants to move', () => {
  it('"SRE trying to move onto the team that builds our storage layer. what theory do i need to catch up on" is the way from SRE', () => {
    const answer = ask(
      "SRE trying to move onto the team that builds our storage layer. what theory do i need to catch up on, and what are their coding interviews going to look like? haven't touched leetcode in years",
    );
    expect(partIds(answer)).toEqual(['sre-to-distributed-systems', 'interviews']);
  });
});

describe('"the breaker" for the circuit breaker', () => {
  it('"and should the retry wrap the breaker or the other way round" is retries vs circuit breaker, a question of its own', () => {
    const answer = ask(
      'resilience4j q: we already have a breaker on the payments client, does adding a bulkhead on top buy us anything? and should the retry wrap the breaker or the other way round',
    );
    expect(partIds(answer)).toContain('retries-vs-circuit-breaker');
  });

  it('"do i still need retries then or does the breaker replace them" after circuit breakers sets the two side by side', () => {
    const first = ask("what's a circuit breaker in microservices");
    expect(ids(ask('so do i still need retries then or does the breaker replace them', first.conversation))).toEqual([
      'retries-vs-circuit-breaker',
    ]);
  });
});

describe('a list marked (a), (b)', () => {
  it('reads "(b) what\'s a good 30/60/90 ..." as a question, not as part of the story', () => {
    const answer = ask(
      "two unrelated things from my week: (a) had a candidate tell me their pipeline is 'exactly-once because kafka' and when i asked how, nothing. should that sink them? (b) what's a good 30/60/90 for the DSE we just hired",
    );
    expect(partIds(answer)).toEqual(['hiring-red-flags', 'onboarding-plan-dse']);
  });
});

describe('CAP, then the case with no partition', () => {
  it.each([
    ['what does cap mean', "ok but what about when there's no partition, does it say anything then"],
    ["explain the cap theorem like i'm new", "ok but when there's no partition at all, is there still some tradeoff?"],
    [
      "can someone explain cap theorem without the 'pick 2 of 3' meme",
      'ok but on normal days when the network is fine, does it tell you anything then',
    ],
  ])('after %j, %j is PACELC', (first, second) => {
    const answer = ask(second, ask(first).conversation);
    expect(ids(answer).some((id) => id === 'pacelc' || id === 'cap-vs-pacelc')).toBe(true);
  });
});

describe('a game server shard', () => {
  it('is declined: "which shard should i join as a solo player"', () => {
    expect(ask('new to ultima online, which shard should i join as a solo player? heard some are totally dead').kind).toBe('decline');
  });
});

describe("a concept asked for a setting of the asker's own", () => {
  it.each([
    ['how do i write an SLO for an internal grpc api', 'slos-and-error-budgets'],
    ['CQRS for an internal admin tool, overkill?', 'cqrs'],
    ['randomly kill servers in prod like netflix', 'chaos-engineering'],
  ])('%j is answered by %s, not declined', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('a call chain told in other words', () => {
  it.each([
    'one request, 14 services, sometimes 3s. how to find the slowpoke?',
    'checkout takes 4 seconds but there are like 15 services in the call path and nobody can tell me which one is eating the time. each team swears their service is fast and shows me their own dashboard. how do you get an actual answer to this',
  ])('%j is tracing', (message) => {
    expect(ids(ask(message))).toEqual(['distributed-tracing']);
  });
});

describe('a rate written with a slash', () => {
  it('"100 req/min per api key across 8 pods" is rate limiting', () => {
    expect(ids(ask('need 100 req/min per api key across 8 pods. how?'))).toEqual(['rate-limiting']);
  });
});

describe('a role named as where to go, after a comparison of roles', () => {
  it('"and how would someone become an sre" after DSE vs SRE is how to become an SRE', () => {
    const answer = ask('whats the difference between a distributed systems engineer and an SRE? and how would someone become an sre');
    expect(partIds(answer)).toEqual(['dse-vs-sre', 'how-to-become-sre']);
  });
});

describe('"mid level people"', () => {
  it('are the engineers at that level: "do mid level people actually need to know this" is the mid level', () => {
    const answer = ask('whats the difference between lamport clocks and vector clocks, and do mid level people actually need to know this');
    expect(partIds(answer)).toEqual(['lamport-vs-vector-clocks', 'mid-level']);
  });
});

describe('"the two" named in the lead', () => {
  it('"senior -> staff question: what\'s actually the difference between the two" is senior vs staff', () => {
    expect(ids(ask("senior -> staff question: what's actually the difference between the two"))).toEqual(['senior-vs-staff']);
  });
});

describe('"what about at a bank?" after a role', () => {
  it.each([
    ["what's the SRE career path like?", 'what about at a bank? is it different there?'],
    ['sre and devops sound like the same job with different names, are they?', 'ok what about at a bank?'],
  ])('after %j, %j is what that work is like in finance', (first, second) => {
    expect(ids(ask(second, ask(first).conversation))).toEqual(['finance-vs-cloud-native']);
  });
});

describe('several questions joined by commas, without "3 q\'s:"', () => {
  it('"is a masters worth it for distsys, do AWS certs matter at all, and what should I build over the summer?" answers all three', () => {
    const answer = ask(
      'student here: is a masters worth it for distsys, do AWS certs matter at all, and what should I build over the summer?',
    );
    expect(partIds(answer)).toEqual(['education', 'certifications', 'side-projects']);
  });
});

describe('one button per entry', () => {
  it('never offers an entry both as "not what you meant?" and among the related entries', () => {
    // Two messages of held-out set 33 whose cold read saw an entry offered twice (the curricula; failure modes).
    const messages = [
      'hey all 👋 3rd yr cs student, my uni literally doesnt have a distributed systems course (we get OS + networks and thats it). how do i cover that gap on my own, is there some kind of standard syllabus ppl follow?',
      "our checkout svc basically locks up every time the fraud-check api gets slow. all the request threads end up stuck waiting on it and then even the endpoints that dont touch fraud stop responding. what's the pattern that stops one slow dependency from killing everything",
    ];
    for (const message of messages) {
      const answer = ask(message);
      const offered = new Set(answer.alternatives.map((alternative) => alternative.id));
      expect(answer.related.filter((entry) => offered.has(entry.id))).toEqual([]);
    }
  });
});

describe('a request before a numbered list', () => {
  it('"can someone explain 1) ... and 2) ..." is no question of its own, so nothing is left over', () => {
    const answer = ask(
      "PM on a payments team, trying to keep up in eng meetings. can someone explain in plain english 1) what an idempotency key is and 2) what 'reconciliation' is and why finance keeps bugging us about it",
    );
    expect(partIds(answer)).toEqual(['idempotency', 'financial-infrastructure']);
    expect(shownText(answer)).not.toMatch(/up to three questions/);
  });
});

describe('CAP in everyday words', () => {
  it("\"both 'always up' and 'always correct' when the network between our regions breaks\" is the CAP theorem", () => {
    const answer = ask(
      "PM here, not an engineer. our eng lead keeps saying we cant have the app both 'always up' and 'always correct' when the network between our two regions breaks. is that a real law of physics thing or are they sandbagging me",
    );
    expect(ids(answer)).toEqual(['cap-theorem']);
  });
});

describe('a CRDT asked as what it does', () => {
  it('"two ppl edit the same shopping list offline ... how do apps merge that without some server picking a winner?" is CRDTs', () => {
    const answer = ask(
      'so if two ppl edit the same shopping list offline on their phones and both sync later, how do apps merge that without some server picking a winner?',
    );
    expect(ids(answer)).toEqual(['crdt']);
  });
});

describe('more consumers, same lag', () => {
  it('"we scaled the consumer deployment from 6 to 20 pods and it did literally nothing" is Kafka partitions', () => {
    const answer = ask(
      'our orders consumer keeps falling further behind, lag on the topic is ~2M msgs and climbing. we scaled the consumer deployment from 6 to 20 pods and it did literally nothing. wtf',
    );
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
  });
});

describe('microservices for a tiny startup', () => {
  it('"cto wants microservices for our 5 person startup ... talk me out of it or into it" is the microservices entry', () => {
    const answer = ask("cto wants microservices for our 5 person startup bc 'scale'. we have like 200 users. talk me out of it or into it");
    expect(ids(answer)).toEqual(['microservices']);
  });
});

describe('a move into SRE said as "thinking about sre"', () => {
  it('"im a backend dev thinking about sre, how do ppl usually make that jump" is the way into SRE, not the backend guide', () => {
    const answer = ask('im a backend dev thinking about sre, how do ppl usually make that jump');
    expect(ids(answer)).toEqual(['how-to-become-sre']);
  });
  it('reads SRE as the goal, and the backend work as who asks', () => {
    expect(readAsker(['im a backend dev thinking about sre'])).toMatchObject({ role: 'backend developer', goal: 'sre' });
  });
});

describe('a claim told, then asked about', () => {
  it('"someone on my team said raft is just paxos with better marketing. true or is there an actual difference?" sets the two side by side', () => {
    const answer = ask('someone on my team said raft is just paxos with better marketing. true or is there an actual difference?');
    expect(ids(answer)).toEqual(['raft-vs-paxos']);
  });
  it('"the eng team keeps saying we \'...\'. can someone explain what they mean in non-engineer words?" explains what they said, briefly', () => {
    const answer = ask(
      "PM here 👋 the eng team keeps saying we 'can't have strong consistency and also stay up during a network partition'. can someone explain what they mean in non-engineer words?",
    );
    expect(ids(answer)).toEqual(['cap-theorem']);
    expect(cleanMessage('can someone explain what they mean in non-engineer words?').brief).toBe(true);
  });
  it('"what does that mean in practice for us?" after a quoted phrase asks about the whole post, not the phrase alone', () => {
    const parts = splitMessage(
      "an audit finding says service-to-service traffic must be encrypted AND callers authenticated, not just 'it's inside the VPC'. what does that mean in practice for us?",
    );
    expect(parts.questions[0]).not.toMatch(/^what does it mean that/);
  });
});

describe('what a post weighs, asked about without naming it', () => {
  it('"thinking about grinding the AWS SA pro + CKA this summer. will hiring managers for infra roles actually care?" is certifications', () => {
    const answer = ask('thinking about grinding the AWS SA pro + CKA this summer. will hiring managers for infra roles actually care?');
    expect(ids(answer)).toEqual(['certifications']);
  });
});

describe('what teams screen for, asked by the one screened', () => {
  it('"what do infra teams actually screen for when hiring a junior? i know go and some docker" is not how to design a loop', () => {
    const answer = ask(
      'what do infra teams actually screen for when hiring a junior? i know go and some docker, no real cluster experience',
    );
    expect(ids(answer)).not.toContain('interview-loop-design');
    expect(answer.kind).toBe('answer');
  });
});

describe('"it" is the term the post said', () => {
  it('"keep hearing \'just use a saga\' in design reviews. what is it, plain english pls" is sagas, briefly', () => {
    const answer = ask("keep hearing 'just use a saga' in design reviews. what is it, plain english pls");
    expect(ids(answer)).toEqual(['sagas']);
    expect(cleanMessage('what is it, plain english pls').brief).toBe(true);
  });
  it('"every job posting mentions k8s. what is it actually doing for people?" is container orchestration', () => {
    const answer = ask('every job posting mentions k8s. what is it actually doing for people?');
    expect(ids(answer)).toEqual(['container-orchestration']);
  });
});

describe('a short version asked in seconds', () => {
  it('"can someone give me the 30 second version of CAP? have an interview friday" is CAP, briefly', () => {
    const answer = ask('can someone give me the 30 second version of CAP? have an interview friday');
    expect(ids(answer)).toEqual(['cap-theorem']);
    expect(cleanMessage('can someone give me the 30 second version of CAP?').brief).toBe(true);
  });
});

describe('the name of what the post describes', () => {
  it('"someone proposed storing every change ... as an immutable log of events ... what\'s that pattern called" is event sourcing', () => {
    const answer = ask(
      "someone proposed storing every change to our orders as an immutable log of events instead of just updating rows. what's that pattern called and why would you do it?",
    );
    expect(ids(answer)).toEqual(['event-sourcing']);
  });
});

describe('a thing named by its title, not only by its short name', () => {
  it('"so do i still need rate limiting if we have that?" after backpressure compares the two', () => {
    expect(ids(converse("what's backpressure?", 'so do i still need rate limiting if we have that?'))).toEqual([
      'backpressure-vs-rate-limiting',
    ]);
  });
});

describe('the asker\'s other guess, "or just a ... thing"', () => {
  it('"is that an actual legal requirement or just a perf thing?" after clocks kept in sync is not the senior level', () => {
    const answer = ask(
      'heard trading shops obsess over keeping server clocks in sync. is that an actual legal requirement or just a perf thing?',
    );
    expect(ids(answer)).not.toContain('senior');
    expect(answer.kind).toBe('answer');
  });
  it('"... or is it mostly an academic thing" is kept: it says what the asker doubts', () => {
    expect(cleanMessage('is TLA+ worth learning or is it mostly an academic thing').text).toContain('academic');
  });
});

describe('"it" that the follow-up\'s own sentence names', () => {
  it('"what if the old leader doesn\'t realise it lost" keeps "it" as the leader, not the last topic', () => {
    const first = ask('how does leader election work in something like zookeeper or etcd?');
    const second = ask("what if the old leader doesn't realise it lost and keeps writing?", first.conversation);
    expect(second.conversation?.question).toMatch(/realise it lost/);
  });
});

describe("the asker's level, told by years or by how others treat them", () => {
  it('"2 yrs in on a storage team. what concepts am I expected to have nailed down by now?" is the mid level', () => {
    expect(ids(ask('2 yrs in on a storage team. what concepts am I expected to have nailed down by now?'))).toEqual(['mid-level']);
  });
  it('"at what point do people stop treating me as \'the junior\'?" is the step from entry to mid', () => {
    const answer = ask("new grad, about a year into my first job. at what point do people stop treating me as 'the junior'?");
    expect(ids(answer)).toEqual(['entry-vs-mid']);
  });
});

describe('near misses from other fields, declined', () => {
  it.each([
    "ugh, dual booted ubuntu last night and now windows won't boot, gparted shows the partitions all weird. how do i fix the partition table without losing my files??",
    'our D&D group can never reach consensus on a night to play. any tips for getting 5 adults to agree on a schedule?',
  ])('%s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });
});

describe('"that" which is the question\'s own claim, and "easier" than what was asked before', () => {
  it('"... and do design docs count as promo evidence or is that a myth?" answers both parts', () => {
    const answer = ask(
      "my perf review says I need 'more scope'. what does that actually mean? and do design docs count as promo evidence or is that a myth?",
    );
    expect(partIds(answer)).toEqual(['what-scope-means', 'design-docs-and-promotion']);
  });
  it('"is raft actually easier to learn or is that just hype?" after paxos sets the two side by side', () => {
    expect(ids(converse('paxos in plain english?', 'is raft actually easier to learn or is that just hype?'))).toEqual(['raft-vs-paxos']);
  });
});

describe('a thing fitted into the last answer, and a role the asker comes from', () => {
  it('"and where do retries fit into all this?" after circuit breaker vs bulkhead is retries vs circuit breaker', () => {
    const answer = ask(
      'one slow downstream took out our whole service last week. people are debating circuit breaker vs bulkhead, which one actually fixes that? and where do retries fit into all this?',
    );
    expect(partIds(answer)).toEqual(['circuit-breaker-vs-bulkhead', 'retries-vs-circuit-breaker']);
  });
  it('"and how would i become one coming from a sysadmin background?" after platform vs devops is the way into that work', () => {
    const answer = ask("platform engineer vs devops, what's the real diff? and how would i become one coming from a sysadmin background?");
    expect(partIds(answer)).toEqual(['platform-vs-devops', 'how-to-become-sre']);
  });
});

describe('a term asked about after "i nod along but", and years with a decimal', () => {
  it('"... i need more \'scope\', i nod along but what does that word even mean concretely" is a part of its own', () => {
    const answer = ask(
      "senior -> staff, what actually changes day to day? and my manager keeps saying i need more 'scope', i nod along but what does that word even mean concretely",
    );
    expect(partIds(answer)).toEqual(['senior-vs-staff', 'what-scope-means']);
  });
  it('"2.5 yoe on an infra team. which distsys topics am i supposed to be solid on by now?" is the mid level', () => {
    expect(readAsker(['2.5 yoe on an infra team']).years).toBe(2);
    expect(ids(ask('2.5 yoe on an infra team. which distsys topics am i supposed to be solid on by now?'))).toEqual(['mid-level']);
  });
});

describe('failure detection without a master', () => {
  it.each([
    'how does cassandra know a node is dead without a master',
    "how do cassandra nodes figure out who's up and who's dead if there's no master node keeping track",
    'how does cassandra figure out a node is down without a master, and once it comes back how does it catch up on the writes it missed?',
  ])('%s is gossip', (message) => {
    expect(ids(ask(message))).toEqual(['gossip-protocols']);
  });
});

describe('what changes, moving between kinds of workplace', () => {
  it('"bank SRE here thinking of moving to a big tech / cloud native company — what actually changes day to day?" is finance vs cloud-native', () => {
    const answer = ask('bank SRE here thinking of moving to a big tech / cloud native company — what actually changes day to day?');
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
  });
});

describe('people named, then asked about as "they"', () => {
  it('"and platform engineers, where do they fit in?" after SRE vs DevOps is SRE vs platform engineer', () => {
    expect(ids(converse('are sre and devops basically the same', 'and platform engineers, where do they fit in?'))).toEqual([
      'sre-vs-platform-engineer',
    ]);
  });
});

describe('"one" of the thing the last answer was about', () => {
  it('"does writing one actually help for promo?" after design docs stays on design docs', () => {
    expect(ids(converse("what's a design doc supposed to contain?", 'does writing one actually help for promo?'))).toEqual([
      'design-docs-and-promotion',
    ]);
  });
});

describe('what changes if the asker moves', () => {
  it('"what changes if i move to a tech company?" after "been an SRE at a bank for 5 years" is finance vs cloud-native', () => {
    expect(ids(converse('been an SRE at a bank for 5 years', 'what changes if i move to a tech company?'))).toEqual([
      'finance-vs-cloud-native',
    ]);
  });
});

describe('"simpler please" with who the asker is', () => {
  it.each([
    ['what does linearizability mean', "ok simpler please, i'm a frontend dev", 'linearizability'],
    [
      'our tech lead keeps saying the service has no backpressure. meaning?',
      'ok simpler please, im not really a backend person',
      'backpressure',
    ],
  ])('after "%s", "%s" is the same topic, short', (first, second, id) => {
    const answer = converse(first, second);
    expect(ids(answer)).toEqual([id]);
    expect(answer.brief).toBe(true);
  });
});

describe('consistent hashing asked as keys that should not all move', () => {
  it('"how do you pick which node a key lives on without reshuffling everything when a node joins?" after sharding', () => {
    const answer = converse(
      'explain sharding please',
      'how do you pick which node a key lives on without reshuffling everything when a node joins?',
    );
    expect(ids(answer)).toEqual(['consistent-hashing']);
  });
});

describe('"which one" among the things the last answer listed', () => {
  it('"which one is sre in?" after the functional areas stays on the functional areas', () => {
    expect(ids(converse('what are the functional areas of distributed systems engineering', 'which one is sre in?'))).toEqual([
      'functional-areas',
    ]);
  });
});

describe('more near misses from other fields, declined', () => {
  it.each([
    'how do I balance load on a barbell when one side has the collars slipping',
    'my world cup stream keeps buffering with huge latency, better router or better vpn?',
    'breaker in my garage trips every time the air compressor and space heater run together. do i need a bigger breaker or a whole new circuit?',
  ])('%s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });
});

describe('read replicas weighed for a write problem', () => {
  it.each([
    'will adding 3 read replicas fix our write throughput problem?',
    "our postgres primary is at 90% cpu and it's all writes. will adding a couple of read replicas fix it?",
  ])('%s is replication vs sharding', (message) => {
    expect(ids(ask(message))).toEqual(['replication-vs-sharding']);
  });
  it('"will adding replicas help" about slow reads is not rewritten', () => {
    expect(cleanMessage('our reads are slow, will adding read replicas help?').text).toContain('adding read replicas help');
  });
});

describe('a quoted term, then "meaning?"', () => {
  it('"ppl keep saying \'linearizable\' in design review, meaning?" is linearizability', () => {
    expect(ids(ask("ppl keep saying 'linearizable' in design review, meaning?"))).toEqual(['linearizability']);
  });
});

describe('a claim quoted, then "true, or just blog hype?"', () => {
  it('"a colleague claims \'pacelc made cap obsolete ...\'. true, or just blog hype?" judges the claim', () => {
    const answer = ask("a colleague claims 'pacelc made cap obsolete, nobody uses cap anymore'. true, or just blog hype?");
    expect(ids(answer)).toEqual(['cap-vs-pacelc']);
  });
  it('"right, or am i mixing up the letters" keeps its comma: it is a question of its own', () => {
    expect(cleanMessage('cassandra is PA/EL under pacelc right, or am i mixing up the letters').text).toContain('right, or am i');
  });
});

describe("health checks that pass, said in a probe's words", () => {
  it('"/healthz returns 200 on every box, readiness probes happy, but one host has like 1 in 20 calls just hanging" is gray failure', () => {
    const answer = ask(
      'weird one: /healthz returns 200 on every box, readiness probes happy, but one host has like 1 in 20 calls just hanging. what category of problem is this and how do ppl catch it?',
    );
    expect(ids(answer)).toEqual(['gray-failure']);
  });
  it('a consumer that "just hangs", with no health check said, is left as told', () => {
    expect(cleanMessage('my kafka consumer just hangs after a rebalance').text).toContain('just hangs');
  });
});

describe('"that person" is the role the post names', () => {
  it('"recruiter pinged me about a \'distributed systems engineer\' opening. concretely what does that person work on week to week?"', () => {
    const answer = ask(
      "recruiter pinged me about a 'distributed systems engineer' opening. concretely what does that person work on week to week?",
    );
    expect(ids(answer)).toEqual(['distributed-systems-engineer']);
  });
});

describe('"ideas?" after a problem told', () => {
  it('"... occasionally the row exists but the event never shows up. ideas?" is the outbox', () => {
    const answer = ask(
      'we insert into postgres and then publish to kafka in the same handler. occasionally the row exists but the event never shows up. ideas?',
    );
    expect(ids(answer)).toEqual(['transactional-outbox']);
  });
  it('"want to build something distributed on weekends. ideas?" is still project ideas', () => {
    expect(ids(ask('want to build something distributed on weekends. ideas?'))).toEqual(['side-projects']);
  });
});

describe('a move into SRE whose question says only "that jump"', () => {
  it.each(['backend dev thinking about sre, how do ppl usually make that jump', 'thinking about sre, how do ppl usually make that jump'])(
    '%s is the way into SRE',
    (message) => {
      expect(ids(ask(message))).toEqual(['how-to-become-sre']);
    },
  );
});

describe('"concretely" says how precisely, and "between me and a senior" sets the asker beside', () => {
  it('"what does a dse actually do all day, like concretely" is the DSE role', () => {
    expect(ids(ask('what does a dse actually do all day, like concretely'))).toEqual(['distributed-systems-engineer']);
  });
  it('"been mid for 3 years ... what\'s the actual gap between me and a senior, concretely?" is mid vs senior', () => {
    const answer = ask(
      "been mid for 3 years and my last two reviews both say 'show more ownership of ambiguous problems'. what's the actual gap between me and a senior, concretely?",
    );
    expect(ids(answer)).toEqual(['mid-vs-senior']);
  });
});

describe('a network "totally healthy" is no partition', () => {
  it('"why is spanner or cockroach slower than cassandra even when the network is totally healthy?" is CAP vs PACELC', () => {
    const answer = ask(
      'why is spanner or cockroach slower than cassandra even when the network is totally healthy? cap doesnt seem to say anything about that',
    );
    expect(ids(answer)).toEqual(['cap-vs-pacelc']);
  });
});

describe('"the interviews for that" after the way into a role', () => {
  it('after "how do i become an SRE?", "what do the interviews for that usually look like?" is SRE interviews', () => {
    const first = ask('backend dev, 3 yrs, mostly python. how do i become an SRE?');
    expect(ids(first)).toEqual(['how-to-become-sre']);
    expect(ids(ask('what do the interviews for that usually look like?', first.conversation))).toEqual(['sre-interviews']);
  });
});

describe('"do those ..." asks about the things the last answer was about', () => {
  it('after what a design doc contains, "do those actually help at promo time for senior?" stays on design docs', () => {
    const first = ask("what's a design doc supposed to contain? never written one");
    expect(ids(first)).toEqual(['design-docs-and-promotion']);
    const second = ask('do those actually help at promo time for senior?', first.conversation);
    expect(ids(second)).toEqual(['design-docs-and-promotion']);
    expect(second.summary).not.toBe(first.summary);
  });
});

describe('"do i actually need it" asks whether the last topic is needed', () => {
  it('after what k8s does, "do I actually need it to get hired for distsys roles?" is Kubernetes, shown from its career angle', () => {
    const first = ask('every job posting mentions k8s. what is it actually doing for people?');
    expect(ids(first)).toEqual(['container-orchestration']);
    const second = ask('do I actually need it to get hired for distsys roles?', first.conversation);
    expect(ids(second)).toEqual(['container-orchestration']);
    expect(shownText(second)).toMatch(/get hired/);
  });
});

describe('the promotion to a level is that level beside the one below it', () => {
  it.each([
    ['what does the promo to mid actually look at', 'entry-vs-mid'],
    ['what does the promo to senior actually look at', 'mid-vs-senior'],
    ['what does the promotion to staff look at', 'senior-vs-staff'],
  ])('%s is %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
  it('"when do you stop being \'junior\'?" is entry vs mid', () => {
    expect(ids(ask("when do you stop being 'junior'?"))).toEqual(['entry-vs-mid']);
  });
  it('a post going up for senior that asks whether on-call counts in a promo packet is on-call as evidence', () => {
    const answer = ask(
      'Going up for senior this cycle. I handled about 15 sev2 incidents this year and led the mitigation on most of them. Can on-call stuff actually count in a promo packet, and how should I write it up?',
    );
    expect(ids(answer)).toEqual(['on-call-as-evidence']);
  });
  it('after "someone got promoted to principal", "how is that different from staff" is staff vs principal', () => {
    const first = ask("someone on my team got promoted to principal and i honestly don't know what changes");
    const second = ask('how is that different from staff, esp at amazon vs google style ladders', first.conversation);
    expect(ids(second)).toEqual(['staff-vs-principal']);
  });
});

describe('pay asked with a long subject is declined', () => {
  it('"what an L5 SRE at Google Zurich actually makes? base + RSU ballpark" is declined', () => {
    expect(ask('anyone know what an L5 SRE at Google Zurich actually makes? base + RSU ballpark').kind).toBe('decline');
  });
});

describe('"what counts as X" asks what X is', () => {
  it('"what counts as \'toil\'? my lead keeps throwing the word around" is the SRE role, which defines toil', () => {
    expect(ids(ask("what counts as 'toil'? my lead keeps throwing the word around"))).toEqual(['site-reliability-engineer']);
  });
  it('"what counts as evidence then" after whether degrees matter stays on competency over credentials', () => {
    const first = ask('do degrees matter for senior distsys roles');
    expect(ids(ask('what counts as evidence then', first.conversation))).toEqual(['competency-over-credentials']);
  });
});

describe('"X or Y first?" in a message about learning asks which to learn first', () => {
  it('"kafka or k8s first? want to get into infra but can\'t learn everything at once" is not Kafka set beside Kubernetes', () => {
    const answer = ask("kafka or k8s first? want to get into infra but can't learn everything at once");
    expect(answer.comparedIds).toEqual([]);
    expect(ids(answer)).toEqual(['what-to-learn-first']);
  });
  it('"raft or paxos first?" alone still sets the two side by side', () => {
    expect(ids(ask('raft or paxos first?'))).toEqual(['raft-vs-paxos']);
  });
});

describe('a candidate who says "we" in every story', () => {
  it('"how do i find out what they personally did" is the hiring red flags guide', () => {
    const answer = ask(
      "candidate said 'we' in literally every story. how do i find out what they personally did without being a jerk about it",
    );
    expect(ids(answer)).toEqual(['hiring-red-flags']);
  });
});

describe('follow-ups that lean on the last answer in other ways', () => {
  it('"etcd docs keep mentioning leases, what are they for" is leases, and "does it rely on the clocks being in sync?" stays there', () => {
    const first = ask('etcd docs keep mentioning leases, what are they for');
    expect(ids(first)).toEqual(['fencing-and-leases']);
    const second = ask('does it rely on the clocks being in sync?', first.conversation);
    expect(ids(second)).toEqual(['fencing-and-leases']);
    expect(shownText(second)).toMatch(/clock/);
  });
  it('"what about for SREs?" after interviews at each level is SRE interviews', () => {
    const first = ask('what do distsys interviews look like at each level?');
    expect(ids(ask('what about for SREs?', first.conversation))).toEqual(['sre-interviews']);
  });
  it('"how do i actually get from there to building distributed systems?" after whether SRE is a dead end is SRE to DSE', () => {
    const first = ask('is SRE a dead end career?');
    const second = ask('ok but how do i actually get from there to building distributed systems?', first.conversation);
    expect(ids(second)).toEqual(['sre-to-distributed-systems']);
  });
  it('"how deep do they expect a new grad to go?" after system design interviews is that interview at that level', () => {
    const first = ask('how do system design interviews work');
    const second = ask('how deep do they expect a new grad to go?', first.conversation);
    expect(ids(second)).toEqual(['system-design-interview']);
    expect(shownText(second)).toMatch(/juniors/);
  });
  it('calculus homework after how much math is needed is declined', () => {
    const first = ask('how much math do i need for distsys');
    expect(ask('can u help me with my calc homework then? integrate x^2 sin x', first.conversation).kind).toBe('decline');
  });
});

describe('second questions joined to a first one', () => {
  it('"platform eng vs devops? and is sre just rebranded devops?" answers both comparisons', () => {
    const answer = ask('platform eng vs devops? and is sre just rebranded devops?');
    expect(answer.parts.map(ids)).toEqual([['platform-vs-devops'], ['sre-vs-devops']]);
  });
  it('"... replication? and at what point do you need sharding on top of replicating" asks the second question too', () => {
    const answer = ask('leader-follower vs leaderless replication? and at what point do you need sharding on top of replicating');
    expect(answer.parts.map(ids)).toEqual([['replication'], ['replication-vs-sharding']]);
  });
  it('"and where does linearizable sit on that scale" after eventual vs causal is the entry that places all three', () => {
    const first = ask('diff btw eventual and causal consistency?');
    expect(ids(ask('and where does linearizable sit on that scale', first.conversation))).toEqual(['consistency-models']);
  });
});

describe('where a step can be made, and from running systems to designing them', () => {
  it('a senior at a startup asking to get to staff "here, or do I need to move to a big company" is staff impact without scale', () => {
    const answer = ask(
      'senior at a 40-eng startup; our whole product runs on one postgres box and honestly we have no planet-scale problems. can I realistically get to staff here, or do I need to move to a big company for that?',
    );
    expect(ids(answer)).toEqual(['staff-impact-without-scale']);
  });
  it('"senior SRE at a bank ... how do I get to designing these systems instead of just running them?" is SRE to DSE', () => {
    const answer = ask('senior SRE at a bank, 6 years in. how do I get to designing these systems instead of just running them?');
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('a candidate weighed, a thing asked "in reality", and an aside about the asker', () => {
  it('"in a screen today someone said ... should that worry me? and tbh what is exactly-once in reality" answers both', () => {
    const answer = ask(
      "in a screen today someone said their pipeline 'never duplicates, it's exactly-once' and couldn't explain the mechanism when I pushed. should that worry me? and tbh what is exactly-once in reality, I'm fuzzy on it myself",
    );
    expect(answer.parts.map(ids)).toEqual([['hiring-red-flags'], ['exactly-once']]);
  });
  it.each(['what is raft in reality', 'how is raft used in the real world'])('"%s" is Raft, surely', (message) => {
    const answer = ask(message);
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('"is knowing raft enough or will they grill me on paxos too?" after a lead about interviews is Raft vs Paxos', () => {
    expect(ids(ask('prepping for infra interviews: is knowing raft enough or will they grill me on paxos too?'))).toEqual([
      'raft-vs-paxos',
    ]);
  });
});

describe('how deep the answer should go is no topic of its own', () => {
  it.each([
    'what is raft fundamentally',
    'what is raft at its core',
    'what is raft, broadly speaking',
    'what is raft conceptually',
    'what is raft in essence',
  ])('"%s" is Raft, surely', (message) => {
    const answer = ask(message);
    expect(ids(answer)).toEqual(['raft']);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a second question after a comma', () => {
  it('"replication vs sharding whats the diff, where does consistent hashing come in" answers both', () => {
    expect(ask('replication vs sharding whats the diff, where does consistent hashing come in').parts.map(ids)).toEqual([
      ['replication-vs-sharding'],
      ['consistent-hashing'],
    ]);
  });
  it('"sre vs distsys engineer, what\'s the split?" stays one comparison', () => {
    const answer = ask("sre vs distsys engineer, what's the split?");
    expect(answer.parts).toEqual([]);
    expect(ids(answer)).toEqual(['dse-vs-sre']);
  });
  it('"lamport clocks vs vector clocks when do u need which, and unrelated but what is a crdt" answers both', () => {
    expect(ask('lamport clocks vs vector clocks when do u need which, and unrelated but what is a crdt').parts.map(ids)).toEqual([
      ['lamport-vs-vector-clocks'],
      ['crdt'],
    ]);
  });
  it('"..., be honest is sre a dead end long term" is a question of its own', () => {
    const answer = ask('sre vs platform eng whats the real difference, be honest is sre a dead end long term, asking for me');
    expect(answer.parts.map(ids)).toEqual([['sre-vs-platform-engineer'], ['sre-career-path']]);
  });
  it('"got two offers, one SRE and one SWE ..., which would you take as a new grad, and what do infra teams expect" answers both', () => {
    const answer = ask(
      'got two offers, one SRE and one SWE on an infra team, which would you take as a new grad, and what do infra teams expect from you in the first few months anyway',
    );
    expect(answer.parts.map(ids)).toEqual([['new-grad-sre-or-swe'], ['new-grad-first-job']]);
  });
});

describe('more ways several questions come in one message', () => {
  it('"ok dumb questions incoming: what is CAP ..., how is PACELC any different, and how much math ..." answers all three', () => {
    const answer = ask(
      'ok dumb questions incoming: what is CAP in plain english, how is PACELC any different, and how much math do I need for this whole field',
    );
    expect(answer.parts.length).toBe(3);
    expect(answer.parts[0]!.entryId).toBe('cap-theorem');
    expect(ids(answer.parts[2]!)).toEqual(['how-much-math']);
  });
  it('"what actually changes in the job between the two levels" after senior and staff are named is senior vs staff', () => {
    const answer = ask(
      'Senior here, eyeing staff in the next year or two. What actually changes in the job between the two levels, and do staff engineers still get to write code or is it all docs and meetings?',
    );
    expect(answer.parts.map(ids)).toEqual([['senior-vs-staff'], ['do-staff-engineers-code']]);
  });
  it('"and for our public api should we go token bucket or leaky bucket" is a question of its own', () => {
    const answer = ask(
      'backpressure vs rate limiting, same thing with different names? and for our public api should we go token bucket or leaky bucket',
    );
    expect(answer.parts.map(ids)).toEqual([['backpressure-vs-rate-limiting'], ['token-bucket-vs-leaky-bucket']]);
  });
});

describe('another way weighed against the last answer, and "separate" as an adjective', () => {
  it('"that sounds overcomplicated, isn\'t 2pc enough?" after sagas is sagas vs 2PC', () => {
    const first = ask('saga pattern, how does it work');
    expect(ids(ask("that sounds overcomplicated, isn't 2pc enough?", first.conversation))).toEqual(['sagas-vs-two-phase-commit']);
  });
  it('"so can i drop our retries then?" after circuit breakers is retries vs circuit breaker', () => {
    const first = ask('circuit breakers, how do they work');
    expect(ids(ask('so can i drop our retries then?', first.conversation))).toEqual(['retries-vs-circuit-breaker']);
  });
  it('a mid-level backend engineer asking how to keep data consistent across separate services gets no level comparison', () => {
    const answer = ask(
      "Hi! Mid-level backend engineer at a logistics company. We're breaking our monolith into microservices and I've been asked to own the inventory and order services. Until now everything was one Postgres transaction, so keeping stock and orders in sync was free. What's the standard way to keep data consistent across separate services?",
    );
    expect(answer.comparedIds).toEqual([]);
    expect(['distributed-transactions', 'sagas']).toContain(answer.entryId);
  });
});

describe('the level after another, and tools for the last topic', () => {
  it.each([
    ['what comes after staff?', 'principal'],
    ['what comes after senior', 'staff'],
    ["what's the level after mid", 'senior'],
  ])('"%s" is %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
  it('"what tool would you actually use for it" after distributed tracing stays on tracing, which names its tools', () => {
    const first = ask('tracing across microservices, how does that even work');
    const second = ask('what tool would you actually use for it', first.conversation);
    expect(ids(second)).toEqual(['distributed-tracing']);
  });
  it('"which tools should I actually learn for that?" after observability is the tools map', () => {
    const first = ask('observability or monitoring, are those different things?');
    expect(ids(ask('which tools should I actually learn for that?', first.conversation))).toEqual(['tools-taxonomy']);
  });
});

describe('"same question but for X" asks the last question again of X', () => {
  it('after the path into an SRE job, "same question but for platform engineering" is the way into platform work', () => {
    const first = ask("what's the path into an sre job");
    const second = ask('same question but for platform engineering', first.conversation);
    expect(second.followUp).toBe(true);
    expect(ids(second)).toEqual(['how-to-become-sre']);
  });
  it('after what a senior engineer does, "same q for staff" is the staff engineer', () => {
    const first = ask('what does a senior engineer do');
    expect(ids(ask('same q for staff', first.conversation))).toEqual(['staff']);
  });
});

describe('a choice supposed is what "that" stands for', () => {
  it('"say i pick sre, where does that lead in 5-10 years" after SRE or SWE is the SRE career path', () => {
    const first = ask("i'm a new grad holding an sre offer and a swe offer, which one?");
    expect(ids(ask('say i pick sre, where does that lead in 5-10 years', first.conversation))).toEqual(['sre-career-path']);
  });
});

describe('a joke about one side, and CRDTs against last-write-wins', () => {
  it.each(['is paxos just raft on hard mode lol', 'is raft just paxos for people who hate themselves'])(
    '"%s" is Raft vs Paxos',
    (message) => {
      expect(ids(ask(message))).toEqual(['raft-vs-paxos']);
    },
  );
  it('"crdts or just last-write-wins?" is the CRDT entry, shown from its passage on last-write-wins', () => {
    const answer = ask('crdts or just last-write-wins?');
    expect(ids(answer)).toEqual(['crdt']);
    expect(fullText(answer)).toMatch(/last-write-wins/i);
  });
});

describe('everyday framings of a crisp question', () => {
  it.each([
    ['what is raft in the context of distributed systems', 'raft'],
    ['what is a quorum from first principles', 'quorum'],
    ['what is idempotency in theory', 'idempotency'],
    ['whats the point of raft', 'raft'],
    ['what is sharding in real systems', 'sharding'],
    ['could you break down raft for me', 'raft'],
  ])('"%s" is %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('"still relevant" of a technique or of a role', () => {
  it.each([
    ['is raft still relevant in 2026', 'raft'],
    ['is paxos outdated', 'paxos'],
    ['is sre still relevant', 'sre-career-path'],
    ['is sre dying', 'sre-career-path'],
  ])('"%s" is %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('the down side of one thing', () => {
  it.each([
    ['what are the downsides of raft', 'raft', /Costs and limits/],
    ['what are the cons of raft', 'raft', /Costs and limits/],
    ['downsides of sharding', 'sharding', /Other costs/],
    ['what are the downsides of crdts', 'crdt', /Trade-offs/],
  ])('"%s" is %s, shown from its passage on costs', (message, id, passage) => {
    const answer = ask(message);
    expect(ids(answer)).toEqual([id]);
    expect(shownText(answer)).toMatch(passage);
  });
});

describe('how the asker frames a career question is no part of it', () => {
  it.each([
    ['what separates senior from staff', 'senior-vs-staff'],
    ['ok real talk, what does an sre do all day', 'site-reliability-engineer'],
    ['been wondering, whats needed for staff', 'staff'],
    ['serious question, what does a platform engineer actually do', 'platform-engineer'],
    ['what does an sre do all day, any advice?', 'site-reliability-engineer'],
    ['how do i get into sre as a backend dev', 'how-to-become-sre'],
  ])('"%s" is %s', (message, id) => {
    expect(ids(ask(message))).toContain(id);
  });
});

describe('"explain X to a junior" asks for X, briefly', () => {
  it.each([
    ['how would you explain raft to a junior', 'raft'],
    ['how would you explain sharding to a junior', 'sharding'],
    ['explain an slo to a pm', 'slos-and-error-budgets'],
  ])('"%s" is %s, the short answer', (message, id) => {
    const answer = ask(message);
    expect(ids(answer)).toEqual([id]);
    expect(answer.brief).toBe(true);
  });
  it('the next message is read afresh (the pattern keeps no position between messages)', () => {
    ask('how would you explain raft to a junior');
    expect(ask('what is raft').brief).toBe(false);
  });
});

describe('more everyday framings of a crisp question', () => {
  it.each([
    ['what breaks without backpressure', 'backpressure'],
    ['give me the gist of raft', 'raft'],
    ['real world example of a saga', 'sagas'],
    ['raft in one paragraph', 'raft'],
  ])('"%s" is %s', (message, id) => {
    expect(ids(ask(message))).toEqual([id]);
  });
});

describe('"can you go deeper?" asks for the rest of the last answer', () => {
  it.each(['can you go deeper?', 'go deeper', 'more detail please', 'can you elaborate on that'])(
    '"%s" after Raft is Raft again, in full',
    (message) => {
      const first = ask('what is raft');
      const second = ask(message, first.conversation);
      expect(ids(second)).toEqual(['raft']);
      expect(second.followUp).toBe(true);
    },
  );
});

describe('a semicolon between two questions', () => {
  it('"what is raft; what is a crdt" answers both', () => {
    expect(ask('what is raft; what is a crdt').parts.map(ids)).toEqual([['raft'], ['crdt']]);
  });
  it('"the business now wants \'zero data loss\'; what does that force on its design?" stays one question', () => {
    const answer = ask("the business now wants 'zero data loss' for the service I own; what does that force on its design?");
    expect(answer.parts).toEqual([]);
    expect(ids(answer)).toEqual(['rto-and-rpo']);
  });
});

describe('a kitchen sauce is another field', () => {
  it('"my bechamel never reaches eventual consistency, always lumpy. tips?" is declined', () => {
    expect(ask('my bechamel never reaches eventual consistency, always lumpy. tips?').kind).not.toBe('answer');
  });
});

describe('faults a cold read of the thirty-fourth held-out set found', () => {
  it('"what does a staff engineer at google in london actually take home?" is pay, declined', () => {
    expect(ask('what does a staff engineer at google in london actually take home? levels.fyi numbers look way too high to me').kind).toBe(
      'decline',
    );
  });
  it('"so do i still need retries or does the breaker cover that" after retries vs circuit breaker stays on it', () => {
    const first = ask('we just wrapped the inventory client in a circuit breaker');
    const second = ask('so do i still need retries or does the breaker cover that', first.conversation);
    expect(ids(second)).toEqual(['retries-vs-circuit-breaker']);
  });
  it('"can we rip out our retries?" is not answered with a bare "Yes"', () => {
    expect(shownText(ask('we added a circuit breaker, can we rip out our retry logic now?'))).not.toMatch(/^Yes\b/);
  });
});

describe('who came up with a thing: its origin, told in its own entry', () => {
  it.each([
    ['who came up with sre', 'site-reliability-engineer'],
    ['who invented paxos', 'paxos'],
    ['who came up with raft', 'raft'],
    ['who coined the term crdt', 'crdt'],
    ['who invented gossip', 'gossip-protocols'],
  ])('"%s" → %s', (question, id) => {
    expect(ids(ask(question))).toEqual([id]);
  });
});

describe('asking the room before the request', () => {
  it.each([
    ['can anyone explain the difference between raft and paxos', 'raft-vs-paxos'],
    ['can someone explain the diff between a dse and an sre?', 'dse-vs-sre'],
    ['could somebody pls explain the difference between leases and locks', 'lease-vs-lock'],
  ])('"%s" compares the two it names', (question, key) => {
    const answer = ask(question);
    expect(answer.kind).toBe('answer');
    expect(answerKey(answer)).toBe(key);
  });
});

describe('a question after the last comma, without its question mark', () => {
  it('"... write ahead log? and we run 5 etcd members, how many can die before ..." answers both', () => {
    const answer = ask(
      'reading the etcd docs and two things: is the raft log basically the same idea as a database write ahead log? and we run 5 etcd members, how many can die before the api server stops accepting writes',
    );
    expect(partIds(answer)).toEqual(['write-ahead-log', 'quorum']);
  });
  it('"also our ciso keeps saying \'zero trust\', is that the same thing or something else" is a part of its own', () => {
    const answer = ask(
      "whats spiffe and do we need it if we turn on istio mtls? also our ciso keeps saying 'zero trust', is that the same thing or something else",
    );
    expect(partIds(answer)).toContain('zero-trust');
  });
});

describe('what the asker already has, asked as covering the last topic', () => {
  it('"we already rate limit at the gateway, doesnt that cover it" after backpressure sets the two side by side', () => {
    expect(
      ids(converse('whats the right way to handle a slow consumer', 'we already rate limit at the gateway, doesnt that cover it')),
    ).toEqual(['backpressure-vs-rate-limiting']);
  });
  it('"we already have retries, doesn\'t that cover it?" after circuit breakers: retries vs circuit breaker', () => {
    expect(ids(converse('what is a circuit breaker', "we already have retries, doesn't that cover it?"))).toEqual([
      'retries-vs-circuit-breaker',
    ]);
  });
});

describe('"or is that overkill" after a thing the question would add', () => {
  it('"... should the retry wrap the breaker? and do we need a bulkhead as well or is that overkill" answers the bulkhead', () => {
    const answer = ask(
      'isnt a circuit breaker redundant with retries? should the retry wrap the breaker or the other way round? and do we need a bulkhead as well or is that overkill',
    );
    expect(partIds(answer).at(-1)).toMatch(/bulkhead/);
  });
  it('"is it worth running against our own system or is that overkill?" after Jepsen is still about Jepsen', () => {
    expect(
      ids(converse('what does jepsen actually do to a database?', 'is it worth running against our own system or is that overkill?')),
    ).toEqual(['jepsen-and-model-checking']);
  });
});

describe('the role a person would be hired as is where they are going, not who they are', () => {
  it.each(['how do i get hired as an sre', 'how does someone get hired as an sre', 'how do i get a job as an sre'])(
    '"%s" is the way into SRE, not the way out of it',
    (question) => {
      expect(ids(ask(question))).toEqual(['how-to-become-sre']);
    },
  );
  it('"as an sre, how do i move into dse" is still an SRE moving', () => {
    expect(ids(ask('as an sre, how do i move into dse'))).toEqual(['sre-to-distributed-systems']);
  });
});

describe('a thing set equal to a definition is defined, not compared', () => {
  it('"sharding = splitting a db across servers right?" is sharding, not "Sharding vs Split-brain"', () => {
    expect(answerKey(ask('sharding = splitting a db across servers right?'))).toBe('sharding');
  });
  it('"platform eng = devops with a new logo?" still sets the two side by side', () => {
    expect(answerKey(ask('platform eng = devops with a new logo?'))).toBe('platform-vs-devops');
  });
  it('"will it make gas fees cheaper?" after sharding is Ethereum\'s, declined', () => {
    expect(converse('what is sharding', 'is that what ethereum means by sharding? will it make gas fees cheaper?').kind).toBe('decline');
  });
});

describe('a sentence that only names the other side', () => {
  it('"what does a dse actually do all day? like vs a normal backend dev" is the two side by side', () => {
    expect(answerKey(ask('what does a distributed systems engineer actually do all day? like vs a normal backend dev'))).toBe(
      'dse-vs-backend',
    );
  });
  it('"ok how do i get there from SRE?" after it is the way from SRE into DSE work', () => {
    expect(
      ids(
        converse(
          'what does a distributed systems engineer actually do all day? like vs a normal backend dev',
          'ok how do i get there from SRE? been doing oncall + k8s + terraform for 3 years',
        ),
      ),
    ).toEqual(['sre-to-distributed-systems']);
  });
});

describe("a role swapped in, with the last question's words said again", () => {
  it('"what about for sre roles, same rounds or different?" after a DSE loop\'s rounds is SRE interviews', () => {
    expect(
      ids(
        converse(
          'got a dse onsite coming up, what kind of rounds do these loops usually have?',
          'what about for sre roles, same rounds or different?',
        ),
      ),
    ).toEqual(['sre-interviews']);
  });
});

describe('near misses from other fields, declined (vouchers, a nurse choosing a bootcamp, candidate keys, Kafka the novelist)', () => {
  it.each([
    'anyone know how to get the confluent kafka developer cert exam cheaper? is there a voucher or discount code floating around, $150 is steep',
    'nurse for 8 years, want out of healthcare. is it better to go into UX design or data analytics? which bootcamp has the best placement',
    "for my databases course we have to normalise a schema to 3NF and i'm stuck on the functional dependencies. how do you find the candidate keys?",
    'anyone here read kafka? starting with the trial or the metamorphosis, which is better as a first read',
  ])('"%s"', (question) => {
    expect(ask(question).kind).not.toBe('answer');
  });
  it('"which is better" after the last comma is a question of its own: "we run raft, which one is better for us, raft or paxos"', () => {
    expect(answerKey(ask('we are picking a consensus library for our metadata store, which one is better for us, raft or paxos'))).toBe(
      'raft-vs-paxos',
    );
  });
});

describe("a vendor's promise doubted as marketing", () => {
  it.each([
    "the vendor for our new message queue says they guarantee 'exactly-once delivery'. is that even possible or is it marketing",
    'the vendor for our new message queue says they guarantee exactly-once delivery. is that even possible?',
  ])('"%s" is exactly-once', (question) => {
    expect(ids(ask(question))).toEqual(['exactly-once']);
  });
});

describe('what to check after a deploy made things slow', () => {
  it.each(['p99 tripled after a deploy, what do i check first', 'what order should i check things in during an incident'])(
    '"%s" is the debugging guide',
    (question) => {
      expect(ids(ask(question))).toEqual(['debugging-production']);
    },
  );
});

describe('"is X that?" after a property: whether the thing named has it', () => {
  it('"is etcd that? we use it for leader election" after linearizability shows where etcd stands', () => {
    const answer = converse('what does linearizable actually mean?', 'is etcd that? we use it for leader election');
    expect(ids(answer)).toEqual(['linearizability']);
    expect(shownText(answer)).toMatch(/etcd reads are linearizable/);
  });
});

describe('two parts that found the same entry, each given its own', () => {
  it('"would read replicas help or do we have to shard? also is it dumb to just throw a bigger instance at it first"', () => {
    const answer = ask(
      "our postgres primary is sitting at 90% cpu and it's mostly writes. would adding read replicas help at all or do we have to shard? also is it dumb to just throw a bigger instance at it first",
    );
    expect(partIds(answer)).toEqual(['replication-vs-sharding', 'scaling-up-vs-out']);
  });
});

describe('in a list of things announced, what is told before a question is its setting', () => {
  it('"two things for my team: we have a new SRE starting ..., what should their ramp up look like? and we\'re also opening ..."', () => {
    const answer = ask(
      "two things for my team: we have a new SRE starting next month, what should their ramp up to primary oncall look like? and we're also opening another senior SRE req, how many must-haves should the jd list before it scares everyone off",
    );
    expect(partIds(answer)).toEqual(['onboarding-plan-sre', 'job-description-by-level']);
  });
});

describe('an interjection before the question', () => {
  it('"wait so what actually stops there being two leaders at once" is about leaders, not replication\'s waiting', () => {
    expect(ids(ask('wait so what actually stops there being two leaders at once'))).not.toEqual(['replication']);
    expect(['leader-election', 'split-brain', 'fencing-and-leases']).toContain(
      ids(ask('wait so what actually stops there being two leaders at once'))[0],
    );
  });
});

describe('a thing the asker saw, then asked about as "they"', () => {
  it('"saw a bunch of \'platform engineer\' postings this week, what do those people actually work on?" is the platform engineer', () => {
    expect(ids(ask("saw a bunch of 'platform engineer' postings this week, what do those people actually work on?"))).toEqual([
      'platform-engineer',
    ]);
  });
  it('"how would i get into that? im a backend dev rn" after it is the way into platform work', () => {
    expect(
      ids(
        converse(
          "saw a bunch of 'platform engineer' postings this week, what do those people actually work on?",
          'how would i get into that? im a backend dev rn',
        ),
      ),
    ).toEqual(['how-to-become-sre']);
  });
});

describe('"what would it take for me to switch" is a move', () => {
  it('after DSE vs SRE, from someone who says they are the SRE: the way from SRE into DSE work', () => {
    expect(
      ids(
        converse(
          'dse vs sre, is one just the ops version of the other?',
          "i'm the sre in this picture lol. what would it take for me to switch",
        ),
      ),
    ).toEqual(['sre-to-distributed-systems']);
  });
});

describe('where the asker works, said in passing', () => {
  it('"the principal eng at my co seems to just write docs and sit in meetings, is that the job?" is the principal', () => {
    expect(ids(ask('the principal eng at my co seems to just write docs and sit in meetings, is that the job?'))).toEqual(['principal']);
  });
  it('"how\'s that different from staff?" after it is staff vs principal', () => {
    expect(
      ids(
        converse(
          'the principal eng at my co seems to just write docs and sit in meetings, is that the job?',
          "how's that different from staff?",
        ),
      ),
    ).toEqual(['staff-vs-principal']);
  });
});

describe('which of two compared inside one entry, for a use', () => {
  it('"which one do i need for grpc?" after L4 vs L7 load balancers: the passage that says L7 is needed for gRPC', () => {
    const answer = converse('difference between l4 and l7 load balancers?', 'which one do i need for grpc?');
    expect(ids(answer)).toEqual(['load-balancing']);
    expect(shownText(answer)).toMatch(/gRPC/);
  });
});

describe('whether SRE goes anywhere', () => {
  it.each(['does sre go anywhere', 'do sres plateau after 5 years'])('"%s" is the SRE career path', (question) => {
    expect(ids(ask(question))).toEqual(['sre-career-path']);
  });
  it('"but does it go anywhere after 5 years or do you plateau" after the way into SRE is its career path', () => {
    expect(
      ids(
        converse('backend dev thinking about moving into sre, what do i need', 'but does it go anywhere after 5 years or do you plateau'),
      ),
    ).toEqual(['sre-career-path']);
  });
});

describe('a system moved to services that talk through events is not a career move', () => {
  it('"we\'re moving to services that talk through events instead of calling each other directly" is event-driven architecture', () => {
    expect(ids(ask("we're moving to services that talk through events instead of calling each other directly"))).toEqual([
      'event-driven-architecture',
    ]);
  });
  it('"what are the downsides though?" after it stays on it', () => {
    expect(
      ids(
        converse(
          "we're moving to services that talk through events instead of calling each other directly",
          'what are the downsides though?',
        ),
      ),
    ).toEqual(['event-driven-architecture']);
  });
});

describe('what the asker is working through, before a colon', () => {
  it('"trying to understand job titles: where does an SRE stop and a distributed systems engineer start?" is the two side by side', () => {
    expect(answerKey(ask('trying to understand job titles: where does an SRE stop and a distributed systems engineer start?'))).toBe(
      'dse-vs-sre',
    );
  });
});

describe('"how\'s that not just X with a new sign on the door"', () => {
  it('after the platform engineer: platform vs devops', () => {
    expect(
      ids(
        converse(
          "my company just created a 'platform engineering' team, what will they do",
          "so how's that not just our old devops team with a new sign on the door",
        ),
      ),
    ).toEqual(['platform-vs-devops']);
  });
});

describe('an old leader that does not know it lost', () => {
  it('"what if the old leader doesn\'t realise it lost and keeps writing?" after leader election is fencing', () => {
    expect(
      ids(
        converse(
          'how does leader election work in something like zookeeper or etcd?',
          "what if the old leader doesn't realise it lost and keeps writing?",
        ),
      ),
    ).toEqual(['fencing-and-leases']);
  });
});

describe('a round added to check incident handling', () => {
  it('"I want to add an on-call / incident round to our SRE loop ... what format actually works?" is assessing incident skills', () => {
    expect(
      ids(ask("I want to add an on-call / incident round to our SRE loop that isn't just linux trivia. what format actually works?")),
    ).toEqual(['assessing-incident-skills']);
  });
});

describe('"ops" as a side', () => {
  it('"is sre just ops w a fancy title" sets SRE beside DevOps, not beside software engineering', () => {
    expect(answerKey(ask('is sre just ops w a fancy title'))).toBe('sre-vs-devops');
  });
});

describe('a click is a request', () => {
  it('"how do i follow one user\'s click through like 15 services to see which one is the slow one?" is tracing', () => {
    expect(ids(ask("how do i follow one user's click through like 15 services to see which one is the slow one?"))).toEqual([
      'distributed-tracing',
    ]);
  });
});

describe('a backend developer moving toward distributed systems work', () => {
  it('"backend dev here. how do i actually move toward distsys work?" is the backend developers\' way, not the frontend one', () => {
    expect(ids(ask('backend dev here. how do i actually move toward distsys work?'))).toEqual(['backend-to-distributed-systems']);
  });
});

describe('where the asker met a thing, said after the question', () => {
  it.each(['whats a circuit breaker, saw it in a job ad', 'what is a crdt? heard it in standup'])('"%s"', (question) => {
    const answer = ask(question);
    expect(answer.kind).toBe('answer');
    expect(['circuit-breaker', 'crdt']).toContain(ids(answer)[0]);
  });
});

describe('"it" after a comma is the thing the sentence just named, as someone said it', () => {
  it('"which one?? also wtf is an error budget, the sre team said it like 10 times in the interview" answers both', () => {
    const answer = ask(
      'got an sre offer and a swe offer as a new grad, which one?? also wtf is an error budget, the sre team said it like 10 times in the interview',
    );
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'slos-and-error-budgets']);
  });
});

describe('relocation is another field', () => {
  it('"relocating to amsterdam for an sre job, is the 30% ruling still a thing?" is declined', () => {
    expect(ask('relocating to amsterdam for an sre job, is the 30% ruling still a thing?').kind).toBe('decline');
  });
});

describe('"how do i get there from sysadmin?" after the SRE role', () => {
  it('is the way into SRE, not the way out of operations into DSE work', () => {
    expect(ids(converse('what is an sre', 'how do i get there from sysadmin?'))).toEqual(['how-to-become-sre']);
  });
});

describe('a jury reaching consensus is another field', () => {
  it('"cool, so how does a jury in a criminal trial reach one?" after consensus is declined', () => {
    expect(
      converse('what does consensus mean for a cluster of nodes', 'cool, so how does a jury in a criminal trial reach one?').kind,
    ).toBe('decline');
  });
});

describe('Franz Kafka is another field', () => {
  it('"where should i start with franz kafka\'s books" is declined', () => {
    expect(ask("where should i start with franz kafka's books").kind).not.toBe('answer');
  });
});

describe('faults a cold read of the thirty-fifth held-out set found', () => {
  it('"dead sd card or dead board?" about a homelab Pi is declined, not compared through the one word "dead"', () => {
    expect(ask('homelab pi 4 wont boot, solid red led no green blink. dead sd card or dead board?').kind).toBe('decline');
  });
  it('"is devops dead or platform engineering" still sets the two side by side', () => {
    expect(answerKey(ask('is devops dead or platform engineering'))).toBe('platform-vs-devops');
  });
  it('Cassandra is AP-leaning only at its usual low consistency levels', () => {
    expect(fullText(ask('what is the cap theorem'))).toMatch(/chosen per request, and at QUORUM the minority side refuses/);
  });
});

describe('questions put without a question mark, in round thirty-six', () => {
  it('"not sure where to start ..., also what\'s a quorum" asks two things', () => {
    expect(partIds(ask("hi 👋 not sure where to start with distsys tbh, also what's a quorum"))).toEqual(['how-to-start', 'quorum']);
  });
  it('"two offers, not sure which. also if i go SRE what do their interviews look like" asks two things', () => {
    const answer = ask('got an SRE offer and a SWE offer, not sure which. also if i go SRE what do their interviews usually look like');
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'sre-interviews']);
  });
  it('"..., can i use that in my promo packet" after an incident story is a question of its own', () => {
    const answer = ask(
      'our last outage was chaos, 6 ppl all changing prod at once and nobody updating the status page. who is supposed to do what once an incident is declared? and i was the one who eventually fixed it, can i use that in my promo packet somehow',
    );
    expect(partIds(answer)).toEqual(['incident-response', 'on-call-as-evidence']);
  });
});

describe('"it" in a question is what the post said has that quality', () => {
  it('"my lead said exactly once is hard. why is it actually hard?" is about exactly-once', () => {
    expect(ids(ask('my lead said exactly once is hard. why is it actually hard?'))).toEqual(['exactly-once']);
  });
  it('so in a story with the claim in quotes', () => {
    const answer = ask(
      "we had a kafka consumer double charge a handful of customers after a rebalance and my lead just shrugged and said 'exactly once is hard'. like... why is it actually hard? cant the broker just remember what it sent",
    );
    expect(ids(answer)).toEqual(['exactly-once']);
  });
});

describe("a government's elections and votes are another field's", () => {
  it('leader election "in the UK", after a no-confidence vote, is declined', () => {
    expect(ask('how does leader election work in the UK? like how do they pick a new PM after a no confidence vote').kind).toBe('decline');
  });
  it('leader election in raft still answers', () => {
    expect(ids(ask('how does leader election work in raft'))).toEqual(['leader-election']);
  });
});

describe('a list announced, its items numbered without a mark between them', () => {
  it('"2 qs: 1) sre vs devops whats the diff 2) is sre a dead end long term? new grad trying to pick" answers both items', () => {
    const answer = ask('hi! 2 qs: 1) sre vs devops whats the diff 2) is sre a dead end long term? new grad trying to pick 🙏');
    expect(partIds(answer)).toEqual(['sre-vs-devops', 'sre-career-path']);
  });
});

describe('", and for the oncall side how do we ..." starts a second question', () => {
  it('a hiring manager asks for the loop and, for the on-call side, how to assess incident skills', () => {
    const answer = ask(
      'we are hiring our first 3 infra/sre people and i have to design the loop from scratch. what rounds should we actually have, and for the oncall side how do we assess incident skills without just asking trivia about kubectl flags?',
    );
    expect(partIds(answer)).toEqual(['interview-loop-design', 'assessing-incident-skills']);
  });
});

describe('"what happens to the keys when a node dies?" puts a scenario to the last answer', () => {
  it('after consistent hashing it stays on consistent hashing, at the passage on a node leaving', () => {
    const answer = converse('the hash ring thing cassandra uses, how does it work', 'what happens to the keys when a node dies?');
    expect(ids(answer)).toEqual(['consistent-hashing']);
    expect(shownText(answer)).toMatch(/joins or leaves, only the keys next to it move/);
  });
});

describe('"we\'re debating X vs Y" asks which, without a question mark', () => {
  it('a debate between 2pc and a saga is answered beside the dual-write question after it', () => {
    const answer = ask(
      "senior on a payments team. we're debating 2pc across our ledger db and the fraud service's db vs a saga with compensating steps; the fraud team's db doesn't support XA anyway. separately, when the ledger commits we also publish an event to kafka and sometimes lose it. whats the standard fix for that dual write thing?",
    );
    expect(partIds(answer)).toHaveLength(2);
    expect(partIds(answer)[0]).toMatch(/^(distributed-transactions|sagas|sagas-vs-two-phase-commit)$/);
    expect(partIds(answer)[1]).toBe('transactional-outbox');
  });
});

describe('"how do real systems / people / teams stop this?" after a story asks what the story needs', () => {
  it.each([
    [
      'we run a 3 node service with a homegrown leader election built on redis keys with a ttl. yesterday a long gc pause on the old leader meant it kept writing to the db for a few seconds after a new leader had already been elected. we got corrupted rows. how do real systems stop this from happening?',
      ['leader-election', 'fencing-and-leases', 'lease-vs-lock'],
    ],
    [
      'ok so our order service saves the order in postgres and then publishes OrderCreated to kafka right after the commit. every few days the commit works but the publish fails and downstream never hears about the order, so it never ships. wrapping both in a try/catch obviously does not help. how do people solve this properly?',
      ['transactional-outbox'],
    ],
    [
      'we order events by server timestamp and some show up before their cause because one box clock runs ~200ms ahead. ntp is on. how do real systems handle ordering',
      ['clock-synchronization', 'logical-clocks'],
    ],
  ])('%s', (message, expected) => {
    const answer = ask(message);
    expect(answer.kind).toBe('answer');
    expect(expected).toContain(answer.entryId);
  });
});

describe('"what are those" in a message that asks more, after things the content names in words of its own', () => {
  it('"compliance keeps quoting nist 800-53 and 800-207. what are those and why do they matter for an infra eng" is about NIST', () => {
    const answer = ask('compliance keeps quoting nist 800-53 and 800-207 at us. what are those and why do they matter for an infra eng');
    expect(ids(answer)).toEqual(['nist-sp-800-series']);
  });
  it('with quotes and a second question, NIST is still answered', () => {
    const answer = ask(
      "our security team keeps dropping 'per NIST 800-53' and '800-207' into design reviews. what are those and how much should i care as an infra eng",
    );
    expect(ids(answer)).toContain('nist-sp-800-series');
  });
  it('"what are those? and what is raft?" answers both', () => {
    expect(partIds(ask('compliance keeps quoting nist 800-53 and 800-207 at us. what are those? and what is raft?'))).toEqual([
      'nist-sp-800-series',
      'raft',
    ]);
  });
});

describe('"why do databases keep multiple copies of the data" is replication', () => {
  it('and "when do i need sharding on top of that" then sets replication beside sharding', () => {
    expect(ids(ask('why do databases keep multiple copies of the data'))).toEqual(['replication']);
    expect(ids(converse('why do databases keep multiple copies of the data', 'ok and when do i need sharding on top of that'))).toEqual([
      'replication-vs-sharding',
    ]);
  });
});

describe('"is it different for SRE roles?" asks the last question again for the slot', () => {
  it('after what a design round grades, the SRE interviews entry answers', () => {
    expect(ids(ask('got a design round coming up, what do they grade on'))).toEqual(['system-design-interview']);
    expect(ids(converse('got a design round coming up, what do they grade on', 'is it different for SRE roles?'))).toEqual([
      'sre-interviews',
    ]);
  });
});

describe('"what should I expect in a <level> interview" is the candidate asking about interviews, not the level', () => {
  it('answers what interviews test at each level, and so does "how does that change at staff?"', () => {
    expect(ids(ask('what should I expect in a mid-level distsys interview'))).toEqual(['interviews']);
    expect(ids(converse('what should I expect in a mid-level distsys interview', 'and how does that change at staff?'))).toEqual([
      'interviews',
    ]);
  });
  it('"what should i expect from them" is still the interviewer asking', () => {
    const answer = ask('interviewing a mid level infra candidate tomorrow, what should i expect from them vs a senior?');
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
  });
});

describe('"X vs Y beyond the title" still compares the two', () => {
  it.each([
    ["what's the actual difference between staff and principal beyond the title", 'staff-vs-principal'],
    ['sre vs devops other than the name?', 'sre-vs-devops'],
  ])('%s', (question, expected) => {
    expect(answerKey(ask(question))).toBe(expected);
  });
});

describe('"rabbit" is RabbitMQ', () => {
  it('"kafka vs rabbit" sets Kafka beside the message queues entry', () => {
    expect(ids(ask('kafka vs rabbit'))).toContain('message-queues-and-pub-sub');
  });
  it('a pet rabbit is still declined', () => {
    expect(ask('my pet rabbit keeps chewing cables').kind).toBe('decline');
  });
});

describe('"what does that force us to do" after a quoted requirement', () => {
  it('"leadership just declared \'RPO of zero\'. what does that actually force us to do with replication" is RTO and RPO', () => {
    const answer = ask("leadership just declared 'RPO of zero' for the orders db. what does that actually force us to do with replication");
    expect(ids(answer)).toEqual(['rto-and-rpo']);
  });
});

describe('a requirement of no data loss and a short recovery, told in the words leadership used, is RTO and RPO', () => {
  it("'no data loss, back up within 15 minutes': what it forces on replication and failover", () => {
    const answer = ask(
      "leadership wants our DR plan to say 'no data loss, back up within 15 minutes'. what does that actually force on how we replicate and fail over?",
    );
    expect(ids(answer)).toEqual(['rto-and-rpo']);
  });
});

describe('who asks, before an incident and "how do we stop this from happening again?", says where they work, not what is asked', () => {
  it('a double charge from a mobile app retry is idempotency, with the idempotency key shown', () => {
    const answer = ask(
      "hey all 👋 backend dev at a small fintech here. yesterday our mobile app timed out on the 'pay' call, retried, and ~40 customers got charged twice 😬 how do we stop this from happening again?",
    );
    expect(ids(answer)).toEqual(['idempotency']);
    expect(shownText(answer)).toMatch(/idempotency key/);
  });
});

describe('"diffrence", "diffrent": the comparison asked, misspelt', () => {
  it.each([
    ['vectr clocks vs lamport clocks whats the actual diffrence', 'lamport-vs-vector-clocks'],
    ['how is sre diffrent from devops', 'sre-vs-devops'],
    ['wats a sidecar and hows it diff from an api gateway', 'sidecar+api-gateway'],
  ])('%s', (question, expected) => {
    expect(answerKey(ask(question))).toBe(expected);
  });
});

describe('"quorum math" is the quorum\'s arithmetic, not how much math the field needs', () => {
  it('answers quorums', () => {
    expect(ids(ask('quorum math for a 7 node cluster?'))).toEqual(['quorum']);
  });
});

describe('a barista cover letter and a report to HR are other fields', () => {
  it.each([
    "can u write me a cover letter for a barista job? i have 3 yoe at a local coffee shop, i'm good with latte art and the morning rush. keep it friendly",
    'my team lead gossips about everyone in our standups, including stuff people told him in 1:1s. how do i report this to hr without it blowing back on me?',
  ])('%s', (message) => {
    expect(ask(message).kind).not.toBe('answer');
  });
});

describe('"also be honest ...", "and while we\'re at it, ..." lead a second question', () => {
  it('"go or rust?? also be honest how much math do i need" asks two things', () => {
    expect(partIds(ask('go or rust for distsys?? also be honest how much math do i need, i barely survived discrete'))).toEqual([
      'which-language',
      'how-much-math',
    ]);
  });
  it('"and while we\'re at it, what\'s the real difference between an SLO and an SLA" is a second question', () => {
    const answer = ask(
      "how do burn rate alerts actually work? and while we're at it, what's the real difference between an SLO and an SLA, my boss uses them interchangeably",
    );
    expect(partIds(answer)).toEqual(['alerting', 'slos-and-error-budgets']);
  });
});

describe('"change the picture", "fit in the picture" are figures of speech', () => {
  it('"explain CAP quickly, and then how does PACELC change the picture?" answers both', () => {
    expect(partIds(ask('explain CAP quickly, and then how does PACELC change the picture?'))).toEqual(['cap-theorem', 'pacelc']);
  });
  it('"... and where does rate limiting fit in the picture" is rate limiting', () => {
    const answer = ask('circuit breaker vs bulkhead, do I need both? and where does rate limiting fit in the picture');
    expect(partIds(answer)).toContain('rate-limiting');
  });
});

describe('"to compensate" at the end of a career question is making up for something, not a saga', () => {
  it('"should I grab some certs to compensate?" after a question about no degree is about certifications', () => {
    const answer = ask('no degree, 12 yoe, going for staff roles now. will that block me? and should I grab some certs to compensate?');
    expect(partIds(answer)).toEqual(['competency-over-credentials', 'certifications']);
  });
  it('a saga step that compensates is still a saga', () => {
    expect(ids(ask('how does a saga step compensate for a failed payment'))).toEqual(['sagas']);
  });
});

describe('rehearsing a failover is chaos engineering (game days)', () => {
  it('"how do we rehearse a failover without taking prod down with it" is answered beside RTO and RPO', () => {
    const answer = ask(
      'leading the design for multi-region failover. how should we think about RTO vs RPO when picking sync vs async replication? and how do we rehearse a failover without taking prod down with it',
    );
    expect(partIds(answer)).toEqual(['rto-and-rpo', 'chaos-engineering']);
  });
});

describe('faults a cold read of the thirty-sixth held-out set found', () => {
  it('"need a sanity check." asks nothing of its own, and ", which is basically crud" is no question', () => {
    const answer = ask(
      'need a sanity check. new team lead wants cqrs + event sourcing for our internal admin tool, which is basically crud over 6 tables used by ~20 ops people. he says it gives us an audit log and lets us scale reads later. is that overkill, or am i missing something?',
    );
    expect(answer.parts).toHaveLength(0);
    expect(ids(answer)).toEqual(['cqrs']);
    expect(shownText(answer)).toMatch(/needless overhead for simple CRUD/);
  });
  it('why a client cannot know whether a timed-out request arrived is the Two Generals problem, not clock sync', () => {
    const answer = ask('why cant a client ever know for sure if the server got its request when it times out');
    expect(ids(answer)).toEqual(['two-generals-problem']);
    expect(shownText(answer)).toMatch(/cannot tell whether the work was done/);
  });
  it('", which is better" after two options is still a question', () => {
    expect(splitMessage('we could shard by user id or by region, which is better').questions).toHaveLength(1);
  });
});

describe('a follow-up is never shown the text it has just read', () => {
  const content = loadContent(REAL_CONTENT);
  /** The line of an entry's body that opens with these bold words, as the content writes it. */
  const bodyLine = (id: string, lead: string) =>
    content.byId
      .get(id)!
      .body.split('\n')
      .find((line) => line.startsWith(`**${lead}`))!;
  function turns(first: string, second: string): [Answer, Answer] {
    const one = ask(first);
    return [one, ask(second, one.conversation)];
  }

  it.each([
    // Asked to choose after two sides were set out: the entry's own passage on which to pick.
    [
      'raft vs paxos, whats the difference?',
      'which one should i pick if i want to implement one as a side project',
      'raft-vs-paxos',
      'Which to pick',
    ],
    [
      'new grad here, got an sre offer and a swe offer',
      'which one should i pick then if i like coding way more than oncall?',
      'new-grad-sre-or-swe',
      'Pick SWE if',
    ],
    // No passage on choosing: how the two differ, not the summary again.
    ['sre vs devops, whats the actual difference', 'ok so which one should i apply for', 'sre-vs-devops', 'Key differences'],
    // "runs out" is everyday English, and the passage that says it is the one on what happens then.
    ["what's an error budget", 'what happens when it runs out?', 'slos-and-error-budgets', 'Error budget policy'],
  ])('%s >> %s', (first, second, id, lead) => {
    const [one, two] = turns(first, second);
    expect(ids(one)).toEqual([id]);
    expect(ids(two)).toEqual([id]);
    expect(shownText(two)).not.toBe(shownText(one));
    expect(shownText(two)).toContain(bodyLine(id, lead));
    // The rest of the entry is one click away, under "More"; the summary just read is not put there again.
    expect(two.details.trim()).not.toBe('');
    expect(fullText(two)).not.toContain(content.byId.get(id)!.summary.slice(0, 60));
  });

  it('asked whether an SLA stricter than the SLO is backwards, shows the passage that says so, not the definitions again', () => {
    const [one, two] = turns('sli vs slo vs sla?', 'our sla promises 99.99 but our internal slo is 99.9, is that backwards?');
    expect(shownText(two)).not.toBe(shownText(one));
    expect(shownText(two)).toContain(bodyLine('slos-and-error-budgets', 'SLA and SLO together'));
  });

  it('reads a conversation stored before replies were fingerprinted as it always did', () => {
    const one = ask("what's an error budget");
    const { shown: _, ...stored } = one.conversation!;
    expect(ids(ask('what happens when it runs out?', stored))).toEqual(['slos-and-error-budgets']);
  });
});

describe('"it" in a later part is the thing the part before asked about, where its entry does not name it', () => {
  it.each([
    // Kafka, asked whether it is a queue or pub/sub: "how does it keep stuff in order" is about Kafka, not queues in general.
    ['is kafka a queue or pub/sub? and how does it keep stuff in order', ['message-queues-and-pub-sub', 'kafka-partitions-and-ordering']],
  ])('%s', (message, expected) => {
    expect(partIds(ask(message))).toEqual(expected);
  });
});

describe('one button per entry under a reply', () => {
  it('never offers an entry twice across "not what you meant?", the guesses for a part and the related entries', () => {
    // The realistic messages of the project's own set: two parts may relate to what a third guessed, and Slack shows
    // each of those lists as a row of its own.
    const messages = readFileSync(join(REAL_CONTENT, '..', 'test', 'eval', 'conversational.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { q: string }).q)
      // The long ones, where several parts (and their buttons) meet.
      .filter((q) => q.length > 200);
    const twice = messages.flatMap((q) => {
      const answer = ask(q);
      const offered = [...answer.alternatives, ...answer.suggestions, ...answer.related].map((ref) => ref.id);
      return offered.length === new Set(offered).size ? [] : [q];
    });
    expect(twice).toEqual([]);
  });
});

describe('what is not asked about: "without the buzzword soup", "the paper made my brain hurt"', () => {
  it.each([
    ['explain cqrs without the DDD buzzword soup', 'cqrs'],
    // "brain" and "hurt" are a doctor's words, read as another field's: the question was declined.
    ['eli5 paxos pls, the paper made my brain hurt', 'paxos'],
    ['paxos made my head hurt, eli5?', 'paxos'],
    // The numbers as people write them, without the "SP".
    [
      "compliance keeps throwing 'NIST 800-53' and '800-190' at our platform team. what are these and do i actually need to read them",
      'nist-sp-800-series',
    ],
  ])('%s', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('whose system it is, said first, is no side of the choice after it', () => {
  it.each([
    // Nor is what the asker is doing, nor "first" after the last side: the choice is Paxos or Raft.
    ['learning consensus, paxos or raft first??', 'raft-vs-paxos'],
    ['paxos or raft first?', 'raft-vs-paxos'],
    // "public" once made the cloud-native platform teams a side of a comparison with rate limiting.
    ['for our public api, token bucket or leaky bucket? we want to let clients burst a bit', 'token-bucket-vs-leaky-bucket'],
    ['for my side project, raft or paxos?', 'raft-vs-paxos'],
  ])('%s', (q, id) => {
    expect(ids(ask(q))).toEqual([id]);
  });
});

describe('a choice between two jobs told in the sentence before it', () => {
  it('reads the roles, not the teams they sit on ("one is SRE on a cloud infra team, the other is plain SWE on a product backend team")', () => {
    const answer = ask(
      'got two offers (yay) - one is SRE on a cloud infra team, the other is plain SWE on a product backend team. which one sets me up better if i eventually want to do real distsys work? also whichever i pick, what should i realistically expect to be doing in my first ~6 months',
    );
    expect(partIds(answer)).toEqual(['new-grad-sre-or-swe', 'new-grad-first-job']);
  });
});

describe('what an entry says of a change people make, found in their words', () => {
  it('says under "More" what adding Kafka partitions does to per-key order, and how to add them without that', () => {
    const answer = ask(
      'we bumped our orders topic from 6 to 12 partitions and now events for the same customer come out of order. we key by customer_id. what happened?',
    );
    expect(ids(answer)).toEqual(['kafka-partitions-and-ordering']);
    expect(fullText(answer)).toMatch(/drain the backlog[^.]*before adding them/);
  });
});

describe('each source once under a reply', () => {
  it('cites a source two parts both cite once, though the two entries name it differently (NIST SP 800-207)', () => {
    const answer = ask('what is zero trust, and which nist 800 docs matter for microservices?');
    expect(partIds(answer)).toEqual(['zero-trust', 'nist-sp-800-series']);
    const addresses = answer.sources.flatMap((source) => (source.url ? [source.url] : []));
    expect(addresses).toContain('https://doi.org/10.6028/NIST.SP.800-207');
    expect(addresses.length).toBe(new Set(addresses).size);
  });
});

describe('each work once under a reply, though two entries cite it in two ways', () => {
  it('lists Reactive Streams once under backpressure and backpressure vs rate limiting', () => {
    const answer = ask('what is backpressure exactly, and how is it different from just rate limiting at the gateway?');
    const reactive = answer.sources.filter((source) => /Reactive Streams/.test(source.name));
    expect(reactive).toHaveLength(1);
  });
});

describe('an FAQ summary read as the answer to a worried question', () => {
  it('does not open "do I stop coding at staff?" with a bare "Yes"', () => {
    // "am I signing up to never code again?" answered "Yes, most do" read as "yes, you will stop".
    expect(shownText(ask('going for staff, am i signing up to never write code again?'))).not.toMatch(/^Yes\b/);
  });
});

describe('measurements say how much, not what about', () => {
  it('reads "20ms" and "400ms" as figures, not rare words that sink a latency question', () => {
    // Read as words no list knows, two measurements made a third of the question unknown, and it got only suggestions.
    const answer = ask('each of our 50 backends has p99 of 20ms but the api p99 is 400ms. whats going on');
    expect(answer.kind).toBe('answer');
    expect(['tail-latency', 'latency-percentiles']).toContain(answer.entryId);
  });

  it('keeps "1:1s" and "30s" as they were: a meeting and a blip are no measurement of ours', () => {
    expect(ask('my manager keeps booking 1:1s at 7am, how do i push back on that without being weird?').kind).not.toBe('answer');
  });
});

describe('"while you\'re at it" joins a question on; it points at nothing', () => {
  it('answers the second thing asked "while ur at it" by its own words, not as a follow-on of the first', () => {
    expect(partIds(ask('wats a crdt? and whats a vector clock while ur at it'))).toEqual(['crdt', 'vector-clocks']);
  });

  it('answers a question put after what the team uses ("we wrap calls in resilience4j, should the retry sit ...")', () => {
    const answer = ask(
      "a customer got charged twice after our client timed out and retried the payment call. how do we make that retry safe? also while we're at it we wrap calls in resilience4j, should the retry sit inside the circuit breaker or outside it",
    );
    expect(partIds(answer)).toEqual(['idempotency', 'retries-vs-circuit-breaker']);
  });
});

describe('things announced, then told one by one, then one question', () => {
  it('"Two Kafka puzzles ... We scaled ... And separately, ... What are we misunderstanding?" answers each puzzle', () => {
    const answer = ask(
      'Two Kafka puzzles from this week. We scaled our consumer deployment from 8 to 20 pods because lag was growing and it did absolutely nothing. And separately, we turned on exactly-once in the producer config but we still see duplicate rows in Postgres after consumer restarts. What are we misunderstanding?',
    );
    expect(partIds(answer)).toEqual(['kafka-partitions-and-ordering', 'exactly-once']);
    // The first part says why more consumers did nothing: the partitions cap the group's parallelism.
    expect(answer.summary).toMatch(/partition count caps/);
  });

  it('"Two things keep coming up ... First, ... can\'t articulate what a principal does ... Second, ... Is that normal at staff?"', () => {
    const answer = ask(
      "Hi all, I'm a newly promoted staff engineer at a ~2,000-person company. Two things keep coming up in my 1:1s. First, my director keeps hinting at 'principal' as the next step, and I honestly can't articulate what a principal does that I don't. Second, I haven't shipped any real code in about three months and I'm starting to feel like a project manager. Is that normal at staff, or am I doing the job wrong?",
    );
    expect(partIds(answer)).toEqual(['principal', 'do-staff-engineers-code']);
  });
});

describe('a later question with words of its own about a level', () => {
  it('"And do staff engineers still write code day to day" after what scope means is the coding question, not the staff entry', () => {
    expect(ids(converse('What does scope actually mean here?', 'And do staff engineers still write code day to day'))).toEqual([
      'do-staff-engineers-code',
    ]);
  });

  it('still asks the last question again of a level named with little else ("and what changes at staff level?")', () => {
    const [id] = ids(converse('how do distsys interviews work', 'and what changes at staff level?'));
    expect(['interviews', 'interview-signals-by-level']).toContain(id);
  });
});

describe('why the asker asks, after a comma, is no part of the question', () => {
  it('", because I really don\'t want to give it up" does not make the coding question lean on the part before', () => {
    const answer = ask(
      "I've been a senior engineer for three years. My manager keeps saying I need 'more scope' to reach staff but never says what that means in practice. What does scope actually mean here? And do staff engineers still write code day to day, because I really don't want to give it up.",
    );
    expect(partIds(answer)).toEqual(['what-scope-means', 'do-staff-engineers-code']);
  });

  it('", because my team keeps using the words interchangeably" leaves "rate limiting or backpressure" a choice of its own', () => {
    const answer = ask(
      'We call a partner API with a strict 50 requests/second quota. Token bucket or leaky bucket for our outbound limiter? And separately, is that rate limiting or backpressure, because my team keeps using the words interchangeably.',
    );
    expect(partIds(answer)).toEqual(['token-bucket-vs-leaky-bucket', 'backpressure-vs-rate-limiting']);
  });
});

describe('a follow-up is not shown a sentence it has just read', () => {
  it('"and if the downstream needs a perfectly steady rate instead of bursts?" after rate limiting: the bucket comparison says which', () => {
    const answer = converse(
      'how does a token bucket rate limiter work',
      'and if the downstream needs a perfectly steady rate instead of bursts?',
    );
    expect(ids(answer)).toEqual(['token-bucket-vs-leaky-bucket']);
    expect(shownText(answer)).toMatch(/use a leaky bucket when the downstream needs a steady rate/);
  });

  it('"and at staff?" after a senior job description shows what a staff one holds, not the summary\'s staff sentence again', () => {
    const first = ask('how do I write a JD for a senior infra engineer?');
    const second = ask('and at staff?', first.conversation);
    expect(ids(second)).toEqual(['job-description-by-level']);
    expect(shownText(first)).not.toContain(shownText(second).trim());
  });
});

describe('"anything special" asks whether anything must be done', () => {
  it('"do the consumers need to do anything special then?" after the outbox: deduplicate on the consumer side, not tool specialists', () => {
    const answer = converse("what's the transactional outbox pattern", 'do the consumers need to do anything special then?');
    expect(ids(answer)).toEqual(['transactional-outbox']);
    expect(shownText(answer)).toMatch(/deduplicate on the consumer side/);
  });
});

describe('a job description asked for is still the job description entry', () => {
  it('"write me a job description for a staff engineer" answers how to write one', () => {
    expect(ids(ask('write me a job description for a staff engineer'))).toEqual(['job-description-by-level']);
  });
});

describe('how broadly or narrowly asked is not what about', () => {
  it.each([
    ['in general, what does an sre do', 'site-reliability-engineer'],
    ['what does an sre do, specifically', 'site-reliability-engineer'],
    ['what specifically does a staff engineer do', 'staff'],
    // An adverb the content uses once or twice weighed more than "sre" for being rare there: declined at 0.125.
    ['what does an sre do, mainly?', 'site-reliability-engineer'],
    ['technically, what does an sre do', 'site-reliability-engineer'],
    ['what does an sre do, ideally?', 'site-reliability-engineer'],
  ])('answers %j by its topic, not the generalist or the formal specification', (question, id) => {
    // "general" is a stem of "generalist", "specifically" of "specification": "in general, what does an sre do" was declined.
    expect(ids(ask(question))).toEqual([id]);
  });

  it('"what signals should we look for at mid level" is the interviewer\'s question, not what a mid-level engineer does', () => {
    expect(ids(ask('what signals should we look for at mid level'))).toEqual(['interview-signals-by-level']);
  });
});

describe('"this kind of" points at the story told', () => {
  it('"how do teams actually catch this kind of failure before customers do?" after a half-dead NIC is gray failure', () => {
    // Its own words ("teams", "customers") found the platform team's entry at 0.86.
    const answer = ask(
      'story time. last week one storage node had a nic silently dropping like 3% of packets. every health check stayed green, the load balancer kept happily routing to it, and our p99 went to hell for two hours before anyone figured it out. how do teams actually catch this kind of failure before customers do?',
    );
    expect(ids(answer)).toEqual(['gray-failure']);
  });
});

describe("a follow-up in the last concept's own words stays with it", () => {
  it('"how quickly does news reach everyone in a 1000 node cluster?" after gossip is about gossip, not quorums', () => {
    expect(ids(converse("what's a gossip protocol?", 'how quickly does news reach everyone in a 1000 node cluster?'))).toEqual([
      'gossip-protocols',
    ]);
  });

  it('"so how many nodes would i need if up to 2 of them can lie?" after BFT says 3f + 1, not percentiles (where averages lie)', () => {
    const answer = converse('what is byzantine fault tolerance', 'so how many nodes would i need if up to 2 of them can lie?');
    expect(ids(answer)).toEqual(['byzantine-fault-tolerance']);
    expect(shownText(answer)).toMatch(/3f \+ 1/);
  });
});

describe('"what then?" after a study plan is the plan a level up', () => {
  it('"ok and once i\'m mid level, what then?" after the juniors\' plan is the mid-level plan', () => {
    expect(ids(converse('is there a study plan for juniors getting into distsys?', "ok and once i'm mid level, what then?"))).toEqual([
      'study-plan-mid',
    ]);
  });

  it('a level named that is not the next one is not the next plan ("once i\'m staff, what then?")', () => {
    expect(ids(converse('is there a study plan for juniors getting into distsys?', "ok and once i'm staff, what then?"))).not.toEqual([
      'study-plan-mid',
    ]);
  });
});

describe('"any papers on that?" after a concept lists what that entry draws on', () => {
  it('after vector clocks: Fidge and Mattern, not the reading list for the field', () => {
    const answer = converse('what is a vector clock', 'any papers on that?');
    expect(ids(answer)).toEqual(['vector-clocks']);
    // The papers are the reply's sources, listed under it; the text says so rather than list them again.
    expect(answer.sources.map((source) => source.name).join(' ')).toMatch(/Fidge.*Mattern/);
    expect(shownText(answer)).toMatch(/sources listed under this reply/);
  });

  it('"any books or papers on that?" is still the reading list', () => {
    expect(ids(converse('what is consensus in distributed systems?', 'any books or papers for that?'))).toEqual(['reading-list']);
  });
});

describe('a part that asks how two things differ shows the contrast', () => {
  it('"how is it different from just rate limiting at the gateway?" keeps the comparison\'s contrast, not only how the two combine', () => {
    const answer = ask('what is backpressure exactly, and how is it different from just rate limiting at the gateway?');
    expect(partIds(answer)).toEqual(['backpressure', 'backpressure-vs-rate-limiting']);
    // The contrast was cut out with "…" for the summary's last sentence, on how the two work together.
    expect(answer.summary).toMatch(/Rate limiting is a cap set in advance/);
  });
});

describe('a move the asker weighs, then "how does one do that"', () => {
  it('"i\'m a java dev thinking about moving into sre, how does one do that" is how to become an SRE, and its interviews next', () => {
    // "java" and "moving into" found the frontend developer's move guide, which says Go or Java are the usual picks.
    const first = ask("i'm a java dev thinking about moving into sre, how does one do that");
    expect(ids(first)).toEqual(['how-to-become-sre']);
    expect(ids(ask('and what do the interviews for it usually look like?', first.conversation))).toEqual(['sre-interviews']);
  });

  it('a question with words of its own after the move asks that ("how different is the day to day really")', () => {
    expect(ids(ask('swe here thinking of switching to sre. how different is the day to day really'))).toEqual(['sre-vs-software-engineer']);
  });
});

describe('the bulkhead found by the problem it solves', () => {
  it('one slow dependency that ate every thread, a breaker that did not trip in time: the bulkhead, not the breaker again', () => {
    const answer = ask(
      "one slow downstream (a pdf renderer nobody loves) ate all 200 threads in our tomcat pool last week and took down every endpoint, even ones that never touch pdfs. we already have a circuit breaker around it but it didn't trip fast enough to matter. what pattern stops one dependency from hogging everything?",
    );
    expect(ids(answer)).toEqual(['bulkhead']);
  });
});

describe('"that reminds me" turns to something else', () => {
  it('after gossip protocols, "lol that reminds me, how do i deal with a coworker who gossips about me" is declined', () => {
    const answer = converse(
      'how does a gossip protocol spread info',
      'lol that reminds me, how do i deal with a coworker who gossips about me behind my back?',
    );
    expect(answer.kind).not.toBe('answer');
  });
});

describe('"which one wraps which?" after one of two things named', () => {
  it('after "is a circuit breaker redundant if we retry", says the retry goes outside and the breaker around each attempt', () => {
    const answer = converse('we already retry with backoff, is a circuit breaker redundant?', 'ok if we keep both, which one wraps which?');
    expect(ids(answer)).toEqual(['retries-vs-circuit-breaker']);
    expect(shownText(answer)).toMatch(/Retry on the outside, breaker around each attempt/);
  });
});

describe('"what if i was coming from X instead?" is the last move from another start', () => {
  it('after the way from backend into the field, "coming from data engineering instead" is the data engineer\'s way in', () => {
    expect(
      ids(
        converse(
          'How do I make the jump from backend into distributed systems work?',
          'what if i was coming from data engineering instead?',
        ),
      ),
    ).toEqual(['data-engineer-to-distributed-systems']);
  });
});

describe('"what about at a bank?" after a comparison that has the bank\'s side', () => {
  it("after SRE work at a cloud-native company (finance vs cloud-native), shows the banks' side, not the SRE role", () => {
    const answer = converse(
      'whats day to day like for an sre at a cloud native company? like k8s, deploys all day, slos etc',
      'what about at a bank?',
    );
    expect(ids(answer)).toEqual(['finance-vs-cloud-native']);
    expect(shownText(answer)).toMatch(/Change control/);
  });
});

describe('"and for staff candidates?" swaps the level, as "and for staff?" does', () => {
  it('after what to look for in a senior interview, asks the same of staff, not how to level a candidate', () => {
    const answer = converse('what signals should we look for in a senior distsys interview', 'and for staff candidates?');
    expect(ids(answer)).toEqual(['interview-signals-by-level']);
  });
});

describe('what the asker loves, then the question, in one sentence', () => {
  it('"I love digging through prod at 3am, would an SRE team or a platform team suit me better?" sets the two side by side', () => {
    // Read as one question, "digging through prod" found the guide to debugging production.
    expect(ids(ask('I love digging through prod at 3am, would an SRE team or a platform team suit me better?'))).toEqual([
      'sre-vs-platform-engineer',
    ]);
  });
});

describe("a protocol's candidates are no hire's", () => {
  it('"how does raft deal with two candidates splitting the vote in an election?" is Raft, not levelling a candidate', () => {
    expect(ids(ask('hey how does raft deal with two candidates splitting the vote in an election? doing the 6.5840 lab rn'))).toEqual([
      'raft',
    ]);
  });
});

describe('"dup" and "dupes" are duplicates, as chat shortens them', () => {
  it('"still see dup rows in postgres after consumer restarts" is understood as the exactly-once part', () => {
    const answer = ask(
      'two kafka puzzles from this week. we scaled our consumers from 8 to 20 pods because lag kept growing and it did absolutely nothing. and separately, we turned on exactly-once in the producer but still see dup rows in postgres after consumer restarts. what are we misunderstanding?',
    );
    expect(partIds(answer)).toEqual(['kafka-partitions-and-ordering', 'exactly-once']);
  });

  it('"ok and how do i stop the dupes properly" after it is answered, not declined', () => {
    const first = ask('we turned on exactly-once in the producer but still see duplicate rows in postgres after consumer restarts');
    expect(ask('ok and how do i stop the dupes properly', first.conversation).kind).toBe('answer');
  });
});

describe('"the team that designs the systems" names a team, it points at nothing in the post', () => {
  it('an SRE tired of pages who asks how to move to the team that builds the systems gets the move from SRE', () => {
    // "that" read as pointing back let the post's words ("paged") answer: alerting.
    const answer = ask('SRE for 5 yrs and tired of getting paged. how do i move over to the team that actually designs the systems?');
    expect(ids(answer)).toEqual(['sre-to-distributed-systems']);
  });
});

describe('a list shown out of an entry comes with the heading above it', () => {
  it('"how do good teams set up alerts" shows the paging rules under their heading, not bare bullets', () => {
    const shown = shownText(ask('oncall is killing me, we get paged for cpu spikes at 3am. how do good teams set up alerts'));
    // Without it the bullets followed the opening sentence with nothing to say what they were.
    expect(shown).toMatch(/\*\*Paging hygiene\*\*\n- Every page should be urgent/);
  });

  it('a part that shows such a list shows its first bullets, not its heading and then the last one', () => {
    const answer = converse(
      'what does quorum mean for an etcd cluster?',
      'ok and what if 2 of our 3 members die at once, can we still read anything at all?',
    );
    expect(shownText(answer)).toMatch(/\*\*Majority quorums: how many nodes must agree\*\*\n- Quorum size/);
  });
});

describe("a bracketed list of the asker's languages says whose system it is", () => {
  it('"(mix of python, go and a node gateway)" does not turn a tracing question into the API gateway', () => {
    const answer = ask('how do we get tracing working across our 12 services (mix of python, go and a node gateway)? is there a shortcut');
    expect(ids(answer)).toEqual(['distributed-tracing']);
  });
});

describe('"they" after an answer whose title names the people', () => {
  it('"what actually fills their calendar" after picturing the staff role is what staff engineers spend their week on', () => {
    expect(ids(ask('trying to picture the staff role... what actually fills their calendar'))).toEqual(['staff-archetypes']);
  });

  it('"do they even touch code anymore?" then asks whether staff engineers still code', () => {
    // "they" was put in as the title ("do What staff engineers actually spend their week on even touch code"): declined.
    const answer = converse(
      "what do larson's archetypes look like week to week",
      'do they even touch code anymore or is it all docs and meetings',
    );
    expect(ids(answer)).toEqual(['do-staff-engineers-code']);
  });
});

describe('an electrical panel and embedded firmware are other fields', () => {
  it('sizing breakers for a "100A distribution panel" is declined, not the circuit breaker pattern', () => {
    expect(
      ask('electrical eng q: how do i size the circuit breakers for a 100A distribution panel in our small server room?').kind,
    ).not.toBe('answer');
  });

  it('moving into firmware for battery management is declined, not cloud certifications', () => {
    expect(ask('want to move into firmware for battery management systems, which certs help?').kind).not.toBe('answer');
  });

  it('the circuit breaker pattern is still answered', () => {
    expect(ids(ask('how should i size the thresholds on a circuit breaker for a flaky dependency?'))).toEqual(['circuit-breaker']);
  });
});

describe('"how should we re-shard / decide / choose ..." shows how to go about it, not only what the thing is', () => {
  it('a hot newest shard under range sharding shows the strategies passage that names sequential keys', () => {
    const shown = shownText(
      ask('we split our logs table into shards by timestamp range and the newest one is overloaded. how should we re-shard it?'),
    );
    expect(shown).toMatch(/sequential keys/);
  });

  it('"how do we decide" between a bigger instance and sharding shows the path through them', () => {
    const shown = shownText(
      ask('our main postgres box is at 90% cpu, half the team says buy a bigger instance and half says shard. how do we decide?'),
    );
    expect(shown).toMatch(/shard only when writes or data size force it/);
  });
});

describe('a thing asked for beside the last topic sets the two side by side', () => {
  it('"do we also need the bulkhead thing on top of that or is it redundant" after circuit breakers is the comparison', () => {
    const answer = converse(
      'what is a circuit breaker in resilience4j',
      'do we also need the bulkhead thing on top of that or is it redundant',
    );
    expect(ids(answer)).toEqual(['circuit-breaker-vs-bulkhead']);
  });

  it('"do I need a bulkhead alongside it too?" is the comparison too', () => {
    const answer = converse('how do circuit breakers work', 'do I need a bulkhead alongside it too?');
    expect(ids(answer)).toEqual(['circuit-breaker-vs-bulkhead']);
  });
});

describe('"both" after the comma of a later part is the two things the message asks about', () => {
  it('"whats a vector clock? and while we\'re at it what\'s consistent hashing, saw both in a talk" answers each', () => {
    const answer = ask("whats a vector clock? and while we're at it what's consistent hashing, saw both in a talk and got lost");
    expect(partIds(answer)).toEqual(['vector-clocks', 'consistent-hashing']);
  });
});

describe('"and out of X which one ..." is a question, though it ends without a question mark', () => {
  it('answers the archetypes as a second part beside the comparison', () => {
    const answer = ask("senior vs staff, whats the actual difference? and out of larson's archetypes which one writes the most code");
    expect(partIds(answer)).toEqual(['senior-vs-staff', 'staff-archetypes']);
  });
});

describe('a long follow-up of questions alone that point back is no new post', () => {
  it('"what windows do ppl use for this, like 1h? a day? ..." after burn-rate alerts stays on alerting', () => {
    const answer = converse(
      'how do slo burn rate alerts work',
      'what lookback windows do people actually use for this, like 1h? or a whole day? and at what point does it become a ticket instead of waking someone up',
    );
    // Read as a new post (it never names alerting), "windows" found rate limiting's sliding windows.
    expect(ids(answer)).toEqual(['alerting']);
  });
});

describe('what someone said, then "what are those"', () => {
  it('"my lead said we need circuit breakers around our payment client, what are those" explains them', () => {
    // Read as one question, the words of the sentence found whatever else was said of payments and clients.
    expect(ids(ask('my lead said we need circuit breakers around our payment client, what are those'))).toEqual(['circuit-breaker']);
  });
});

describe('what a tripped breaker hands back', () => {
  it('"while it\'s tripped, what do we return to the user, just a 500?" after circuit breakers shows what to do while it is open', () => {
    const answer = converse('what is a circuit breaker', "while it's tripped, what should we return to users? just a 500?");
    expect(shownText(answer)).toMatch(/What to do while it is open/);
  });
});

describe('an incident write-up or report is a postmortem', () => {
  it('"what goes in an incident writeup so it doesn\'t turn into a blame doc?" is the postmortem', () => {
    expect(ids(ask("what goes in an incident writeup so it doesn't turn into a blame doc?"))).toEqual(['incident-response']);
  });
});

describe('"hands on the keyboard" is writing code', () => {
  it('"how much time with hands on the keyboard is left at that level" after staff asks whether staff engineers code', () => {
    const answer = converse(
      'what does a staff engineer do',
      'realistically how much time with hands on the keyboard is left at that level',
    );
    // "keyboard" alone is another field's word (shopping for one): the question was declined.
    expect(ids(answer)).toEqual(['do-staff-engineers-code']);
  });
});

describe('a choice joined on with "oh and" is a question of its own', () => {
  it('"... oh and go or rust if im picking up a server language" answers the language as a second part', () => {
    const answer = ask(
      'frontend dev, 3 yoe. can i get into distributed systems without doing backend first? oh and go or rust if im picking up a server language',
    );
    expect(partIds(answer)).toEqual(['frontend-to-distributed-systems', 'which-language']);
  });
});

describe('"when does X beat Y" sets the two side by side', () => {
  it('"when does raft actually beat paxos?" is the comparison', () => {
    expect(ids(ask('when does raft actually beat paxos?'))).toEqual(['raft-vs-paxos']);
  });

  it('"when does it actually beat plain 2pc" after sagas is sagas vs 2PC', () => {
    expect(ids(converse('what is the saga pattern', 'when does it actually beat plain 2pc'))).toEqual(['sagas-vs-two-phase-commit']);
  });
});

describe('"a package deal" is a figure of speech, not a parcel', () => {
  it('"is cqrs and event sourcing a package deal or can you use one alone" answers CQRS', () => {
    // "package" is another field's word (parcels, shipping): the question was declined.
    expect(ids(ask('are cqrs and event sourcing a package deal or can you use one without the other?'))).toEqual(['cqrs']);
  });
});

describe('"it" done or talked of is the one thing the post names', () => {
  it('"... how do teams start small with it" after a post about chaos engineering is chaos engineering, not a new grad\'s start', () => {
    const answer = ask("our team wants to try chaos engineering but leadership worries we'll break prod. how do teams start small with it");
    expect(ids(answer)).toEqual(['chaos-engineering']);
  });
});

describe('"what kind of team should i aim for" is a move, not a target', () => {
  it('after a data engineer asks the way into distributed systems, it stays on that move', () => {
    const answer = converse(
      'data engineer here (spark + kafka), how do i get into distributed systems',
      'what kind of team should i aim for internally',
    );
    // "aim" and "internal" are words of SLO questions ("why not aim for 100%", "an SLO for an internal api"): SLOs, at 0.84.
    expect(ids(answer)).toEqual(['data-engineer-to-distributed-systems']);
  });
});

describe('game development is another field', () => {
  it('"anyone switched from web work to game dev with unreal? ... where do i even start" is declined', () => {
    expect(ask('anyone switched from web work to game dev with unreal? want to make games now, where do i even start').kind).not.toBe(
      'answer',
    );
  });

  it("chaos engineering's game days are still answered", () => {
    expect(ids(ask('how do we run a game day for chaos engineering'))).toEqual(['chaos-engineering']);
  });
});

describe('", and for our X should we ..." after a question is a second question', () => {
  it('answers the comparison and then the choice for the setting', () => {
    const answer = ask(
      'two things im unsure about: whats the actual diff between backpressure and rate limiting (they seem identical to me tbh), and for our partner api should we go token bucket or leaky bucket?',
    );
    expect(partIds(answer)[0]).toBe('backpressure-vs-rate-limiting');
    // Either answers which bucket: the rate-limiting entry sets the two algorithms out too.
    expect(['token-bucket-vs-leaky-bucket', 'rate-limiting']).toContain(partIds(answer)[1]);
  });
});

describe("the asker's guesses after a question belong to it", () => {
  it('"what does a distributed systems engineer actually do all week? meetings? coding? oncall?" is the role, in one answer', () => {
    // Each guess was a part of its own ("what meetings", "what coding"), answered by entries about other things.
    const answer = ask('what does a distributed systems engineer actually do all week? meetings? coding? oncall?');
    expect(answer.parts).toHaveLength(0);
    expect(ids(answer)).toEqual(['distributed-systems-engineer']);
  });

  it('"what is raft? paxos? zab?" still asks each what it is', () => {
    expect(ask('what is raft? paxos? zab?').parts.length).toBeGreaterThan(1);
  });
});

describe('"any books on that?" after a career answer is the reading it leads to', () => {
  it("after how to become an SRE, Google's SRE books, not the ways in again", () => {
    const answer = converse('ops guy for years, how do i become an sre', 'any good books on that?');
    expect(ids(answer)).toEqual(['google-sre-books']);
  });
});

describe('what they would ask in an interview at a level is the interviews, not the level', () => {
  it('"what would they ask in a senior interview" is what interviews test at each level', () => {
    expect(ids(ask('what would they ask in a senior interview'))).toEqual(['interviews']);
  });
});

describe('"if i have one of those do i even need X anymore" sets the two side by side', () => {
  it('after circuit breakers, asks whether retries are still needed: retries vs circuit breaker', () => {
    const answer = converse(
      'how do circuit breakers work',
      'nice, so if i have one of those do i even need retries anymore or is that redundant',
    );
    // It showed what to do while the breaker is open, whose "do not retry into an open breaker" reads as "drop retries".
    expect(ids(answer)).toEqual(['retries-vs-circuit-breaker']);
  });
});

describe('a chair to sit on is another field', () => {
  it('"any recs for a gaming chair for long oncall shifts?" is declined, and chairing an incident review still answered', () => {
    // It was offered SRE topics to pick from ("oncall", and "gaming" shares game days' stem), or answered the onboarding plan.
    expect(ask('any recs for a gaming chair for long oncall shifts? my back is killing me').kind).toBe('decline');
    expect(ids(ask('who should chair the incident review'))).toEqual(['incident-response']);
  });
});

describe('"and X? do i need both or is one enough" sets X beside the last topic', () => {
  it('after replication, "and sharding? do we need both or is one enough" is replication vs sharding', () => {
    const answer = converse('why do databases keep copies of data on several machines', 'and sharding? do we need both or is one enough');
    expect(ids(answer)).toEqual(['replication-vs-sharding']);
  });
});

describe('"the job of a staff engineer" is the level, not writing its job description', () => {
  it('"what is the job of a staff engineer" answers the staff level', () => {
    expect(ids(ask('what is the job of a staff engineer'))).toEqual(['staff']);
  });
});

describe('"while were at it", as chat drops the apostrophe, points at nothing', () => {
  it('"whats a bloom filter? and while were at it whats consistent hashing, saw both in a db talk" answers each', () => {
    const answer = ask('whats a bloom filter? and while were at it whats consistent hashing, saw both in a db talk');
    expect(partIds(answer)).toEqual(['bloom-filters', 'consistent-hashing']);
  });
});
