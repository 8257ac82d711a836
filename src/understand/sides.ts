import { MID_WORD } from '../text/levels.js';
import { foldText } from '../text/normalize.js';

// Roles and levels people compare, each with the words that name it. A message that names one
// in its question and another around it ("staff eng here, eyeing principal. is that jump mostly
// about strategy?") is asking about the two side by side.
const NAMED_SIDES: [string, RegExp][] = [
  ['entry level', /\b(entry[- ]level|junior|juniors|jr|new grads?|[le]3)\b/],
  ['mid-level', new RegExp(String.raw`\b(mid[- ]?level|${MID_WORD}|[le]4)\b`)],
  ['senior', /\b(seniors?|sr|[le]5)\b/],
  ['staff', /\b(staff|[le]6)\b/],
  ['principal', /\bprincipal\b/],
  ['sre', /\b(sres?|site reliability)\b/],
  // "our ops team is 'Platform Engineering' now": an operations team is the devops side of that change.
  ['devops', /\bdevops\b|\b(?:ops|operations) (?:team|teams|group|org|folks|people|engineers?)\b/],
  // Also by what the team does: "the team that runs our k8s platform". Not a product's platform ("the trading platform team").
  [
    'platform engineer',
    /(?<!\b(?:trading|payments?|data|streaming|ads|advertising|ml|analytics|messaging|video|search|gaming|checkout|booking|lending|insurance|retail|commerce|e-commerce|ecommerce|banking|crypto|logistics|learning) )\bplatform (engineer\w*|eng|engs|teams?|engineering|orgs?|groups?|people|folks|side)\b|\b(team|people|folks|ppl|engineers|group|org) (that|who) (runs?|builds?|owns?|maintains?) (our|the) (k8s |kubernetes |internal |developer )?platform\b/,
  ],
  ['backend engineer', /\bback[- ]?end\b/],
  ['data engineer', /\bdata (engineer\w*|eng|engs)\b/],
  // Also by what they do: "the engineers who build the storage layer".
  [
    'distributed systems engineer',
    /\b(dses?|distributed systems (engineer\w*|eng|engs))\b|\b(engineers|people|folks|ppl|team|devs|developers) (that|who) (actually )?(build|design|write) (the|our) (storage layer|storage|databases?|systems?|infrastructure|infra|distributed systems)\b/,
  ],
];
/** Where a side or a question sits ("a mid in distsys land"), as every entry could: no topic of its own. */
export const IN_THE_FIELD = /\bin (distsys|distributed systems|infra|tech|big tech|this field|the industry)( land| world| space)?\b/;

// The question asks how two things differ, or about moving from one to the other.
/** "i'm a 10 yoe backend engineer", "im an sre": the clause where the asker says what they are, up to where it goes on. */
const SAYS_WHO_I_AM = /\b(?:i'?m|i am)\b(?: (?:a|an|the))?[^.;,!?]{0,40}?(?= and\b| but\b|[.;,!?]|$)/g;

// "get to" is the way up ("how do I get to staff"), not leave to do something ("do staff engineers still get to write code").
const ASKS_DIFFERENCE =
  /\b(between the (?:two|2)|what (?:actually |really )?changes|different|difference|differ\w*|diffs?|same|interchangeable|bar|jump|gap|promot\w*|next level|get to(?! (?:write|do|code|work|pick|choose|make|keep|use|build|see|be|have|spend|stay|lead|own|decide|learn|touch|ship|design|mentor|go|try|play|set|wear)\b)|gets? me to|move up|step up|vs|versus|compared?|separates|separate(?= (?:an?|the|them|those|these|one|good|great|strong|weak|juniors?|mids?|mid-level|seniors?|staff|principals?)\b)|(?:get|gets|be|being|getting) (?:seen|recogni[sz]ed|treated|considered|viewed) as)\b/;
/** Whether a question's own words ask how things differ or set them side by side ("vs paxos?", "is it different?"). */
export function asksDifference(question: string): boolean {
  const folded = foldText(question);
  return ASKS_DIFFERENCE.test(folded) || CONTRASTS.test(folded);
}
// A team or a title given another name: "got renamed 'platform engineering'", "is rebranding our team to ...".
const RENAMED = /\b(renam\w*|rebrand\w*|re-?titled|becomes|is becoming|will become|turned into|is turning into)\b/;
// The rung above the asker's: "the next level", "the next rung".
const NEXT_LEVEL = /\b(the |my )?next (level|rung|step up)\b/;
// Whether the step can be made where the asker is, or only somewhere bigger.
const WHERE_TO_GROW =
  /\b(?:(?:get|make it|reach|make) to [\w-]+ (?:here|at (?:this|my|our|a) (?:company|startup|place|shop|size))|(?:need|have) to (?:move|leave|switch|jump|go) (?:to (?:an? )?(?:big|bigger|large|larger|faang|tech)|companies|jobs)|(?:at|to) (?:an? )?(?:big|bigger) (?:company|companies|tech|co)|big tech)\b/;
// Promoted to a level: "the promo to mid", "promotion to senior". Not "for a promotion to senior", which the answerer
// adds to a question of its own ("can on-call count in a promo packet?") from the level the post says the asker goes up for.
const PROMOTED_TO = /(?<!\bfor a )\bpromo\w* to\b/;
const LADDER = ['entry level', 'mid-level', 'senior', 'staff', 'principal'];
// Getting from the one named to the other: "L3 for 18 months, what gets me to mid?"
const GETS_TO =
  /\b(gets? (me |you |someone )?to|move up to|step up to|promot\w* to|make it to|(?:get|gets|be|being|getting) (?:seen|recogni[sz]ed|treated|considered|viewed) as)\b/;
// A question naming two sides and setting one against the other: "what do seniors do that mids don't".
// ("X vs Y" itself is read by the comparison intent, which also sees when it sits inside another question.)
// "how do the two roles split the work?": how two share the work is how they differ. ("is coding over once you take the
// title?" is over as in done.)
const CONTRASTS =
  /\b(than|that \w+ (don'?t|do not|can'?t|won'?t)|over(?! (?:once|when|after|by|now|already|for (?:me|you|them|good))\b|[?!.,]|$)|beyond|unlike|whereas|difference|different|differ\w*|separates|separate(?= (?:an?|the|them|those|these|one|good|great|strong|weak|juniors?|mids?|mid-level|seniors?|staff|principals?)\b)|(?:split|splits|splitting|divide|divides|dividing) (?:up )?(?:the )?(?:work|responsibilit\w*|duties|job))\b/;
// Which of two roles a piece of work belongs to: "should SRE own rewriting that, or the engineers who build the storage layer?"
const WHOSE_JOB =
  /\b(should|who|whose)\b.*\b(own|owns|owning|do|does|fix|fixes|handle|handles|responsib\w*|job)\b.*\bor\b|\b(problem|issue|job|responsibility|thing) or (an? |the )?[\w ]{2,30} (problem|issue|job|responsibility|thing)\b/;
const EXPLICIT = /\b(vs\.?|versus|compared? (to|with))\b/;
// A choice between two named sides, one right after the other: "which fits me, SRE or distributed
// systems engineer?" ("storage or a generalist, if the goal is senior then staff" is not one.)
const ANY_SIDE = NAMED_SIDES.map(([, pattern]) => pattern.source).join('|');
const CHOOSES = new RegExp(`(${ANY_SIDE}),? or ((would|could|should|will|can|does|do|is) (we |i |you )?)?(an? |the )?(${ANY_SIDE})`);
// Moving from one side to the other: "how long does it take to go from junior to mid".
const FROM_TO = new RegExp(`\\bfrom (an? )?(${ANY_SIDE}) (to|into) (an? )?(${ANY_SIDE})`);

function sidesIn(text: string, named: readonly [string, RegExp][] = NAMED_SIDES): string[] {
  const folded = foldText(text);
  return named
    .filter(([, pattern]) => pattern.test(folded))
    .map(([name, pattern]) => ({ name, at: pattern.exec(folded)!.index }))
    .sort((a, b) => a.at - b.at)
    .map((side) => side.name);
}

/** Software engineering as one side of a choice ("an SRE offer and a SWE offer"); too common in a post to be a side elsewhere. */
const SOFTWARE_ENGINEER: [string, RegExp] = ['software engineer', /\b(swes?|sdes?|software (engineer|engineering|dev|developer)s?)\b/];

const CHOICE_SIDES = [...NAMED_SIDES, SOFTWARE_ENGINEER];
/** A backend job named as a software engineer's: "backend SWE", "back-end software engineer". */
const BACKEND_SWE = /\bback[- ]?end ((?:swes?|sdes?|software (?:engineer|engineering|dev|developer)s?)\b)/gi;

/** Where a job is, after the role: "on a product backend team", "in the platform org". */
const ON_A_TEAM = /\b(?:on|in|with) (?:a|an|the|our|their|its) (?:[\w-]+ ){0,3}(?:team|org|group|squad)\b/gi;

/** The two roles or levels one sentence sets side by side as a choice, in the order written; null unless exactly two. */
export function choiceSides(sentence: string): [string, string] | null {
  // "a backend SWE offer" is one job, a software engineer's, not a backend job beside a SWE one.
  const jobs = sentence.replace(BACKEND_SWE, '$1');
  // "one is SRE on a cloud infra team, the other is plain SWE on a product backend team": the team says where, the role
  // before it what; unless the team is the role ("one on the SRE team, one on a SWE team").
  return twoSides(sidesIn(jobs.replace(ON_A_TEAM, ' '), CHOICE_SIDES)) ?? twoSides(sidesIn(jobs, CHOICE_SIDES));
}

function twoSides(found: readonly string[]): [string, string] | null {
  // "new grad, two offers: one on the SRE team, one on a SWE team": the level says who chooses, the roles are the choice.
  const roles = found.filter((side) => !LADDER.includes(side));
  const sides = roles.length === 2 ? roles : found;
  return sides.length === 2 ? [sides[0]!, sides[1]!] : null;
}

/** Whether a side of a choice is a role or a level ("sre", "a backend job"), not a pattern or a technology. */
export const namesRoleOrLevel = (side: string) => sidesIn(side, CHOICE_SIDES).length > 0;

/**
 * The two sides a question compares when it names only one of them (or none) and the
 * sentences around it name the other: null when the question does not ask for a difference,
 * or when there are not exactly two sides between them.
 */
/** A level named with a role: "staff SRE", "senior backend engineer", "principal devops eng". */
const LEVEL_OF_ROLE =
  /\b(junior|mid[- ]?level|senior|staff|principal) (?:sres?|site reliability engineers?|devops(?: engineers?)?|platform engineers?|backend (?:engineers?|devs?|developers?)|data engineers?|swes?|software engineers?)\b/gi;

export function impliedSides(asked: string, told: string, askerLevel?: string): [string, string] | null {
  // "thinking about staff SRE ... what that role does differently from what I do now" (a senior SRE): a level of a role
  // is the level, within the role the asker already has.
  // Only then is the asker's own role-and-level one side too: a post's "mid-level backend dev here" with a question of
  // levels alone leaves it open what is set against what.
  const question = asked.replace(LEVEL_OF_ROLE, '$1');
  const context = question === asked ? told : told.replace(LEVEL_OF_ROLE, '$1');
  // "how do I make that jump without getting reset to junior?": what comes after "without" is to be avoided, not compared.
  const own = sidesIn(question.replace(/\bwithout\b.*$/i, ''));
  if (EXPLICIT.test(foldText(question))) return null;
  // "is a data engineer a distributed systems engineer?" sets one against the other as much as "than" does.
  // Only that short: "are certs worth anything at senior level or is that purely a junior thing" asks about certificates.
  const isOneTheOther = /^(is|are|isn'?t|aren'?t)\b/.test(foldText(question).trim()) && question.trim().split(/\s+/).length <= 9;
  const folded = foldText(question);
  if (
    own.length === 2 &&
    (CONTRASTS.test(folded) ||
      CHOOSES.test(folded) ||
      FROM_TO.test(folded) ||
      GETS_TO.test(folded) ||
      isOneTheOther ||
      WHOSE_JOB.test(folded))
  ) {
    return [own[0]!, own[1]!];
  }
  // "our devops group becomes the 'platform org' next quarter. does anything actually change?": what changes with a
  // new name is how the old role and the new one differ.
  // "can I realistically get to staff here, or do I need to move to a big company for that?": where the step can be made,
  // not how the two levels differ.
  if (own.length < 2 && WHERE_TO_GROW.test(folded)) return null;
  const renamed = RENAMED.test(foldText(context)) && /\bchang(e|es|ed|ing)\b/.test(foldText(question));
  // "recruiters pitch DevOps and SRE roles like they're interchangeable. are they?": a bare "are they?" asks what the
  // post said of the two.
  const echoes = /^(?:but |so )?(?:is|are) (?:it|they|those|these|that)(?: really| actually| though)?$/.test(
    folded.trim().replace(/[?!.]+$/, ''),
  );
  const askedOfTold = echoes && ASKS_DIFFERENCE.test(foldText(context));
  if ((!ASKS_DIFFERENCE.test(folded) && !PROMOTED_TO.test(folded) && !renamed && !askedOfTold) || own.length >= 2) return null;
  // "how big is the gap?" after "the streaming platform team has an opening": a move to a team, not two roles to
  // compare (two teams set side by side, "how different is the work?", are compared).
  if (/\b(gap|jump|prep\w*|ready|catch up)\b/.test(foldText(question)) && /\bteams?\b/i.test(context)) return null;
  const all = [...new Set([...sidesIn(context), ...own])];
  if (all.length === 2) return [all[0]!, all[1]!];
  // "i'm a backend engineer and my company is splitting into a platform org and an SRE org ... the real difference
  // between the two jobs?": who the asker is says who chooses; the two others are the choice.
  const self = new Set(sidesIn([...foldText(context).matchAll(SAYS_WHO_I_AM)].map((m) => m[0]).join(' ')));
  const others = all.filter((side) => !self.has(side));
  if (all.length === 3 && self.size === 1 && others.length === 2) return [others[0]!, others[1]!];
  // "Been a senior for three years ... mentor the juniors. What is actually different about staff?": of the levels the
  // post names, the asker's own is the one set against the level asked about.
  const mine = askerLevel ? LADDER.find((name) => name.startsWith(askerLevel)) : undefined;
  // Only among levels: a role named too ("mid-level backend dev here") leaves it open what is set against what.
  if (all.length > 2 && own.length === 1 && mine && own[0] !== mine && all.every((side) => LADDER.includes(side)) && all.includes(mine))
    return [mine, own[0]!];
  // "what would move the needle toward the next level?" from an L4: the level the post names and the one above it.
  const above = all.length === 1 && NEXT_LEVEL.test(folded) ? LADDER[LADDER.indexOf(all[0]!) + 1] : undefined;
  if (above && LADDER.includes(all[0]!)) return [all[0]!, above];
  // "what does the promo to mid actually look at": the level promoted to, and the one it is promoted from.
  const below = all.length === 1 && own.length === 1 && PROMOTED_TO.test(folded) ? LADDER[LADDER.indexOf(all[0]!) - 1] : undefined;
  return below ? [below, all[0]!] : null;
}

/**
 * Whether a question only asks how the things just named differ, naming none itself: "what's the
 * difference between the three?", "what's different?", "how do they differ?", "which is better?".
 */
export function restatesDifference(question: string): boolean {
  const text = foldText(question)
    .replace(/[?!.]+/g, ' ')
    .trim();
  return /^(so |and |but |ok )?((what'?s|what is|what are|whats) (the )?(main |real |actual |key )?differences?( between)?|(what'?s|what is|whats) (actually |really )?different|how (do|does) (they|these|those|the \w+|all \w+) (differ|compare)|which (one )?(is )?(better|best|should i (pick|choose)))( (them|these|those|the|all|both))?( (two|three|of them|options|roles|three of them))?( really| exactly| actually)?$/.test(
    text,
  );
}

/**
 * The role or level a comparison's side names, when it names one ("staff engineer job posting" names
 * "staff"): the rest of its words are what the question asks about that side.
 */
export function namedSideOf(side: string): string | null {
  // "a senior backend dev" is a backend engineer of some level: the role is the side, the level says which.
  const named = sidesIn(side);
  return named.find((name) => !LADDER.includes(name)) ?? named[0] ?? null;
}
