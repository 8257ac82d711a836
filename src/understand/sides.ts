import { foldText } from '../text/normalize.js';

// Roles and levels people compare, each with the words that name it. A message that names one
// in its question and another around it ("staff eng here, eyeing principal. is that jump mostly
// about strategy?") is asking about the two side by side.
const NAMED_SIDES: [string, RegExp][] = [
  ['entry level', /\b(entry[- ]level|junior|jr|new grads?)\b/],
  ['mid-level', /\b(mid[- ]?level|mid)\b/],
  ['senior', /\b(senior|sr)\b/],
  ['staff', /\bstaff\b/],
  ['principal', /\bprincipal\b/],
  ['sre', /\b(sres?|site reliability)\b/],
  ['devops', /\bdevops\b/],
  ['platform engineer', /\bplatform (engineer\w*|eng|team|engineering)\b/],
  ['backend engineer', /\bback[- ]?end\b/],
  ['data engineer', /\bdata engineer\w*\b/],
  ['distributed systems engineer', /\b(dses?|distributed systems engineer\w*)\b/],
];
// The question asks how two things differ, or about moving from one to the other.
const ASKS_DIFFERENCE = /\b(different|difference|differ\w*|same|bar|jump|gap|promot\w*|next level|get to|move up|step up|vs|versus|compared?|separates?)\b/;

function sidesIn(text: string): string[] {
  const folded = foldText(text);
  return NAMED_SIDES.filter(([, pattern]) => pattern.test(folded))
    .map(([name, pattern]) => ({ name, at: pattern.exec(folded)!.index }))
    .sort((a, b) => a.at - b.at)
    .map((side) => side.name);
}

/**
 * The two sides a question compares when it names only one of them (or none) and the
 * sentences around it name the other: null when the question does not ask for a difference,
 * or when there are not exactly two sides between them.
 */
export function impliedSides(question: string, context: string): [string, string] | null {
  if (!ASKS_DIFFERENCE.test(foldText(question))) return null;
  const own = sidesIn(question);
  if (own.length >= 2) return null;
  const all = [...new Set([...sidesIn(context), ...own])];
  return all.length === 2 ? [all[0]!, all[1]!] : null;
}
