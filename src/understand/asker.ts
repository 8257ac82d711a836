import { MID_WORD } from '../text/levels.js';
import { foldText } from '../text/normalize.js';

/** What a message says about the person asking: context for the question, not the question. */
export interface Asker {
  /** Their current role, in the words the content uses ("backend engineer", "sre", "student"). */
  role?: string;
  /** Their level ("entry", "mid", "senior", "staff", "principal"). */
  level?: string;
  /** Where they work ("bank", "fintech", "startup", ...). */
  industry?: string;
  /** The role they want to move into ("sysadmin, want to become an sre": "sre"). */
  goal?: string;
  /** The role they hire for ("we're hiring our first SRE", "new SRE starts on our team": "sre"). */
  hires?: string;
  /** The level they aim for ("mid-level, aiming for senior next cycle": "senior"). */
  aim?: string;
  /** How many years they have worked, where they say ("backend dev, ~4 yoe": 4). */
  years?: number;
}

// Word patterns for each role, in the words the content's questions use for it.
const ROLES: [RegExp, string][] = [
  [
    /\b(hiring manager|hm|engineering manager|eng manager|em|team lead|tech lead manager|recruiter|manager|director|head of engineering|cto|i (run|manage) (a|an|the|our|my) ([\w-]+ ){0,3}team)\b/,
    'hiring manager',
  ],
  [/\b(sres?|site reliability( engineer)?)\b/, 'sre'],
  [/\b(devops( engineer)?|ops engineer|sysadmin|system administrator|operations engineer|infra(structure)? engineer)\b/, 'devops engineer'],
  [/\b(platform engineer|platform team|infra(structure)? team)\b/, 'platform engineer'],
  [/\b(data engineer|data engineering|analytics engineer|etl developer)\b/, 'data engineer'],
  // A stack named in passing ("a whiteboard app (react frontend, node backend)") is the product's, not the asker's role:
  // the role is a person's word ("frontend dev") or the sentence's opening ("frontend, 3 yrs").
  [
    /\b(front[- ]?end|react|ui|mobile|ios|android) (devs?|developers?|engineers?|engs?)\b|^(front[- ]?end|react|mobile|ios|android)\b|\b(?:i'?m |am |i |im )?(?:coming|came) from (?:an? )?(front[- ]?end|react|mobile|ios|android)\b|\b(front[- ]?end|react|mobile) background\b/,
    'frontend developer',
  ],
  [
    /\b(back[- ]?end|web|full[- ]?stack|api|java|python|node|rails|php) (devs?|developers?|engineers?|engs?)\b|^(back[- ]?end|full[- ]?stack|web dev)\b|\b(?:coming|came) from (?:an? )?(back[- ]?end|full[- ]?stack)\b|\b(back[- ]?end|full[- ]?stack) background\b/,
    'backend developer',
  ],
  [/\b(new grad|recent grad(uate)?|just graduated|fresh grad(uate)?|graduating|(months|weeks) into my first (real )?job)\b/, 'new grad'],
  // Before "student": a PhD or a scientist comes from research, which has its own way in.
  [/\b(phd|postdoc|post-doc|researcher|scientist|physicist|chemist|academi[ac]\w*)\b/, 'researcher'],
  // Before "student": a bootcamp is a way in of its own, with its own entry.
  [/\b(bootcamp( grad(uate)?)?|coding bootcamp)\b/, 'bootcamp graduate'],
  [
    /\b(student|undergrad|sophomore|junior year|senior year|freshman|(1st|2nd|3rd|4th|first|second|third|final) year|bootcamp|masters?|cs degree|university|college)\b/,
    'student',
  ],
];
// The titles of ladders that number their levels: "SDE II", "engineer 2", "SWE III" ("engineer I" only with its digit:
// "as an engineer I want ..." is no title).
const NUMBERED_TITLE = '(?:sde|swe|se|engineer|eng) ?';
const LEVELS: [RegExp, string][] = [
  [
    /\b(junior|jr|entry[- ]level|new grad|[le]3|(?:sde|swe) ?(?:1|i)|(?:engineer|eng) ?1|(months|weeks) into my first (real )?job)\b/,
    'entry',
  ],
  [new RegExp(String.raw`\b(mid[- ]?level|${MID_WORD}|[le]4|${NUMBERED_TITLE}(?:2|ii))\b`), 'mid'],
  [new RegExp(String.raw`\b(senior|sr|[le]5|${NUMBERED_TITLE}(?:3|iii))\b`), 'senior'],
  [/\b(staff|[le]6)\b/, 'staff'],
  [/\bprincipal\b/, 'principal'],
];
const INDUSTRY =
  /\b(bank|banking|fintech|trading|payments|insurance|hedge fund|exchange|startup|enterprise|government|telco|telecom|retail|e-?commerce|gaming|healthcare|consultancy|agency)\b/;

const HIRES =
  /\b(we|i|our team|my team)('re| are| am|'m)? (hiring|(about|going|trying|looking) to hire|recruiting|interviewing|onboarding)\b|\b(we|i)('ve| have)? (just |recently |finally )?(hired|onboarded|brought on) (our|my|a|an|the) (first |new |second |next )?|\b(hiring|to hire) (our|my|a|an|the) (first|new|next)\b|^(we'?re |i'?m |currently )?hiring for (an?|our|my|the|two|three|\d+)\b|\b(budget|headcount) (for|to hire) (a|an|our|one|two)\b|\b((an?|our|my) )?(new|first) ([\w-]+ ){0,2}(hire|sre|engineer|dse|dev|developer|teammate|report)s? (starts|is starting|starting|joins|is joining|joining|arrives|arriving)\b|\b(?:how should|how do i write|how do we write|writing) (?:the |our |a |my )?(?:job (?:posting|post|ad|description)|jd)s? for\b/;

// A sentence that tells of a candidate ("candidate has 9 yrs and a senior title"): the years and the level are the
// candidate's, and the asker is the one hiring. Not the asker as a candidate ("i'm a strong candidate for staff").
const NAMES_A_CANDIDATE = /^(?!.*\b(?:i'?m|im|i am|am i|i was|i'll be|me)\b.*\bcandidate).*\b(?:candidates?|applicants?|interviewees?)\b/;

// A sentence about oneself: "I'm a ...", "I work as ...", "as a ...", "... here".
const ABOUT_ME =
  /\b(?:got|was|been|just|finally|recently) (?:promoted|bumped|made it) (?:up )?to\b|^(?:just |currently |almost )?(?:finishing|doing|wrapping up|halfway through|about to finish|just finished|defending) (?:up )?(?:my |a |an |the )?\w|\bjust made (?:senior|staff|principal|mid)\b|^been\b|^(?:junior|jr|mid[- ]?level|senior|sr|staff|principal) (?:eng|engs|engineer|dev|developer|swe|sre|backend|frontend|data|platform|infra)\b|^(sde|swe|se|engineer|eng) ?(1|2|3|i|ii|iii)\b|\b(i'?m|i am|i work|i write|i build|i maintain|i run|i've been|i have been|i was|currently|as an?|my (first (real )?)?(role|job|title|team|background)|background (is|in)|coming from|from (?:an? |my )(?:[\w-]+ ){1,3}(?:job|role|background|position|gig)\b|we are|we're|our ([\w-]+ )?team|(?<!\b(?:from|out of|over|get|got|getting|come|came|in) )here\b)/;

// "5 yrs of terraform", "two years on call": how long they have done something says it is theirs.
const YEARS_OF = /\b(\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many) ?(yrs?|years?)\b/;
/**
 * Years the asker has worked, as a number with its unit ("~4 yoe", "3 yrs backend"): not years needed or to come ("do i
 * need 2 years of backend first", "in 5 years").
 */
const OWN_YEARS =
  /(?:^|[\s(~,])(?<!\b(?:need|needs|needed|in|next|after|within|take|takes|took|for the next|another|more)\s(?:~|about |around )?)(\d{1,2}(?:\.\d)?)\+? ?(?:yrs?|years?|yoe)\b(?! (?:ago|from now|old|away|later|time)\b)/;

// Where a sentence turns to the role the asker wants: what follows is the goal, not who they are ("how do i get hired as
// an sre" wants to be one).
// The role wanted, up to where the sentence goes back to the asker (", i'm a sysadmin", "if i'm a sysadmin", "as a ...").
const BECOMING =
  /\b(want(ing)? to (be|become|get into|move (in)?to|switch to)|become|becoming|switch(ing)? to|mov(e|ing) (in)?to|transition(ing)? (in)?to|pivot(ing)? (in)?to|get(ting)? (on(to)?|into) ((an?|the|one|some) |(?=sres?\b|devops\b|platform\b))|join(ing)? (an?|the) |(?:thinking (?:about|of)|considering|eyeing) (?=(?:an? )?(?:sres?|devops|platform|site reliability)\b)|(way|path|route|road) (in)?to |turn(ing)? (my|this|that|our) (?:[\w-]+ ){0,3}into |(?:get|gets|getting) (?:hired|a job|a role|a position|started|in) as |land(?:ing)? (?:a |my first )?(?:job|role|position) as |start(?:ing)? (?:out )?as )\b.*?(?=,|\bif i'?m\b|\bas an?\b|\bfrom (?:an? |my )?(?:[\w-]+ ){1,2}background\b|$)/;

/** The level someone works towards: "aiming for senior", "pushing for staff", "want to make senior". */
const AIMING =
  /\b(?:aim(?:ing)? (?:for|at)|going for|gunning for|pushing for|shooting for|working (?:towards?|for)|up for|want to (?:make|reach|get to)|trying to (?:make|reach|get to)) (?:the )?(junior|mid[- ]?level|mid|senior|staff|principal)\b/;
/** A level said before the role: "mid level backend ...", "senior sre here". */
const LEADING_LEVEL = /^(?:(?:i'?m|im|i am) (?:an? )?|an? )?(?:junior|jr|mid[- ]?level|mid|senior|sr|staff|principal)\s+(?=[a-z])/;
/**
 * A role or level said as someone else's: after a possessive ("my director", "our team lead", "our staff engineer"), or
 * as the one the asker does something to ("nobody here could mentor a junior SRE", "we need to hire a senior sre").
 */
const someoneElses = (sentence: string, at: number) =>
  /\b(?:my|our|his|her|their|your)\s+(?:[\w-]+\s+){0,2}$|\b(?:mentor|mentoring|hire|hiring|onboard|onboarding|train|training|coach|coaching|manage|managing|interview|interviewing|recruit|recruiting|replace|level|levelling|leveling)\s+(?:a|an|the|one|two|some|this|that)?\s*(?:[\w-]+\s+){0,2}$/.test(
    sentence.slice(Math.max(0, at - 40), at),
  );
/** A level said of a group: "staff engineers here don't code". */
const OTHERS_AT_LEVEL = /^\w+ (?:engineers|engs|devs|developers|folks|people|ics|sres)\b/;

/** Reads what the asker says about themselves, from the sentences that talk about them. */
export function readAsker(sentences: readonly string[]): Asker {
  const asker: Asker = {};
  for (const raw of sentences) {
    const said = foldText(raw);
    // "mid level backend at a saas": the level said first, then the role, which opens the sentence all the same.
    const level = LEADING_LEVEL.exec(said);
    const sentence = level ? said.slice(level[0].length) : said;
    // "frontend dev (react) for 6 years", "devops eng, 5 yrs of terraform": a role named first is the asker's.
    let opening: string | undefined;
    // Not roles set side by side ("sre and platform eng sound like the same team to me"): those are what is asked about.
    // Nor a role set against a job the roles do not list ("sre vs swe, whats the difference day to day?").
    const comparesRoles =
      (/\bvs\.?\b|\bversus\b|\b(?:same|different|differ|difference)\b/.test(sentence) &&
        ROLES.filter(([pattern]) => pattern.test(sentence)).length > 1) ||
      /^[\w -]{1,30}\s(?:vs\.?|versus)\s/.test(sentence);
    const opensWithRole =
      !comparesRoles &&
      ROLES.some(
        ([pattern]) =>
          pattern.exec(sentence)?.index === 0 || pattern.exec((opening ??= sentence.split(/\s+/).slice(0, 3).join(' ')))?.index === 0,
      );
    const hires = HIRES.test(said) || NAMES_A_CANDIDATE.test(said);
    // "senior at a 40-eng startup": a level said first, of where the asker works, is theirs.
    const opensWithLevel = level !== null && /^(?:at|on|in|here|eng|engineer|dev|developer|swe|ic)\b/.test(sentence);
    // Their own years, in any sentence but one about a hire ("candidate has 9 yrs").
    const years = hires ? null : OWN_YEARS.exec(said);
    if (years) asker.years ??= Number.parseInt(years[1]!, 10);
    if (!ABOUT_ME.test(said) && !opensWithRole && !opensWithLevel && !YEARS_OF.test(said) && !hires) continue;
    // "we're hiring our first senior SRE": the role and level named are the hire's; the asker is the one hiring.
    if (hires) {
      asker.role ??= 'hiring manager';
      asker.hires ??= ROLES.find(([pattern, role]) => role !== 'hiring manager' && pattern.test(sentence))?.[1];
    }
    // The role the sentence names first ("bootcamp grad (web dev)"), not one it wants to become ("sysadmin, want to
    // become an sre").
    const own = sentence.replace(BECOMING, '');
    const wanted = BECOMING.exec(sentence)?.[0];
    if (wanted) asker.goal ??= ROLES.find(([pattern, role]) => role !== 'hiring manager' && pattern.test(wanted))?.[1];
    // A role said as someone else's ("my director says ...") is not the asker's; "our platform team" is their team.
    asker.role ??= ROLES.map(([pattern, role]) => {
      const found = pattern.exec(own);
      const theirs =
        found !== null && someoneElses(own, found.index) && !/\bteams?\b/.test(own.slice(found.index, found.index + found[0].length + 6));
      return { role, at: found && !theirs ? found.index : Infinity };
    })
      .filter((found) => found.at < Infinity)
      .sort((a, b) => a.at - b.at)[0]?.role;
    if (!hires)
      asker.level ??= LEVELS.find(([pattern]) => {
        const found = pattern.exec(said);
        return found !== null && !someoneElses(said, found.index) && !OTHERS_AT_LEVEL.test(said.slice(found.index));
      })?.[1];
    asker.industry ??= said.match(INDUSTRY)?.[1];
    const aimed = AIMING.exec(said)?.[1];
    if (aimed) asker.aim ??= LEVELS.find(([pattern]) => pattern.test(aimed))?.[1];
  }
  return asker;
}

/** True for a sentence that only tells about the asker (no question in it). */
export function isAboutAsker(sentence: string): boolean {
  return /^(i|i'm|im|i've|ive|i am|my|we|we're|our|currently|been|been working|working|as an?)\b/.test(foldText(sentence).trim());
}
