import { foldText } from '../text/normalize.js';

export type Intent =
  | { type: 'greeting' }
  | { type: 'thanks' }
  | { type: 'help' }
  | { type: 'browse' }
  | { type: 'comparison'; sides: [string, string] }
  | { type: 'level'; level: string }
  | { type: 'definition' }
  | { type: 'question' };

const GREETING = /^(hi|hello|hey|hiya|howdy|yo|sup|greetings|good (morning|afternoon|evening|day)|gm)( there| bot| all| team| folks| everyone)?$/;
const THANKS = /^((thanks|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it|great|perfect|awesome|nice|cool|ok|okay|got it)( so much| a lot| again| very much)?( bot)?)+$/;
const HELP = /^(help|help me|commands|usage|how (do|can|should) i use (you|this|this bot)|what can you do|how does this work|\?)$/;
const BROWSE = /^(topics|list|list (all )?topics|catalog|catalogue|index|menu|browse|show (me )?(all )?(the )?topics|what (topics )?(can|do) you (answer|know|cover)( about)?|what do you cover|what are your topics|what can i ask( you)?)$/;

const COMPARISON_PATTERNS: RegExp[] = [
  /^(?:what(?: is|'s|s)? the )?differences? (?:between|btw|b\/w) (.+?) (?:and|&|vs|versus) (.+)$/,
  /^(?:how (?:does|do|is|are) )?(.+?) (?:differ|different|differs) (?:from|to|than) (.+)$/,
  /^(?:compare|comparing|contrast) (.+?) (?:and|with|to|vs|versus|&) (.+)$/,
  /^(.+?) (?:vs\.?|versus|v\.?|compared (?:to|with)|or) (.+)$/,
];

// The level words people use, mapped to the level they mean.
const LEVEL_WORDS: [RegExp, string][] = [
  [/\b(entry[ -]?level|entry|junior|jr|new grad|graduate|intern|associate|beginner)\b/, 'entry'],
  [/\b(mid[ -]?level|mid|intermediate|mid[ -]?career)\b/, 'mid'],
  [/\b(senior|snr|sr)\b/, 'senior'],
  [/\b(staff)\b/, 'staff'],
  [/\b(principal|distinguished|fellow)\b/, 'principal'],
];
const LEVEL_CUE = /\b(need|needed|needs|require|required|requirements?|expect|expected|expectations?|skills?|competenc\w*|become|becoming|get to|promot\w*|reach|level|know|what does|responsibilit\w*|do at|look like)\b/;
const DEFINITION = /^(what(?: is|'s|s| are|re)?|wats?|wat is|define|definition of|meaning of|explain|eli5|describe|tell me about|what do you mean by)\b/;

/** Lower-cases and trims the punctuation people wrap a chat question in. */
export function cleanQuestion(question: string): string {
  return foldText(question)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[?!.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripSide(side: string): string {
  return side.replace(/^(an?|the|being an?|being)\s+/, '').replace(/\s+(role|roles)$/, '').trim();
}

/** Recognises what kind of question this is, before any searching. */
export function detectIntent(question: string): Intent {
  const text = cleanQuestion(question).replace(/^@\S+\s*/, '');
  if (text === '' || GREETING.test(text)) return { type: 'greeting' };
  if (THANKS.test(text)) return { type: 'thanks' };
  if (HELP.test(text)) return { type: 'help' };
  if (BROWSE.test(text)) return { type: 'browse' };

  for (const pattern of COMPARISON_PATTERNS) {
    const match = text.match(pattern);
    if (!match) continue;
    const [a, b] = [stripSide(match[1] ?? ''), stripSide(match[2] ?? '')];
    // "or" joins alternatives inside ordinary questions too ("one or more replicas"); only
    // a short question is taken as a comparison.
    const viaOr = / or /.test(text) && !/ (vs\.?|versus|v\.?|compared) /.test(text);
    if (a && b && (!viaOr || text.split(' ').length <= 8)) return { type: 'comparison', sides: [a, b] };
  }

  for (const [pattern, level] of LEVEL_WORDS) {
    if (pattern.test(text) && (LEVEL_CUE.test(text) || text.split(' ').length <= 3)) return { type: 'level', level };
  }
  if (DEFINITION.test(text) || text.split(' ').length <= 3) return { type: 'definition' };
  return { type: 'question' };
}
