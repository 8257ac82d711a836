import type { KnowledgeBase } from '../content/load.js';
import type { EntryRef } from './types.js';

/** Questions shown as starters: chosen to show the range (a role, a level, a concept). */
export const STARTER_IDS = ['dse-vs-sre', 'staff', 'crdt', 'cap-theorem', 'how-to-start'];

export function starters(kb: KnowledgeBase, count = 3): EntryRef[] {
  return STARTER_IDS.map((id) => kb.byId.get(id))
    .filter((entry) => entry !== undefined)
    .slice(0, count)
    .map((entry) => ({ id: entry.id, title: entry.title }));
}

export const SCOPE =
  'careers in distributed systems engineering (roles, levels, how roles differ, where people work) ' +
  'and the concepts those careers need (CAP, consensus, quorums, CRDTs, backpressure, tracing and more)';

export const MESSAGES = {
  greeting: `Hi! I answer questions about ${SCOPE}. Ask me anything, for example *"SRE vs DSE?"* or *"what's needed for staff?"*.`,
  thanks: 'Glad it helped. Ask me anything else about distributed systems careers or concepts.',
  help:
    `I answer questions about ${SCOPE}.\n\n` +
    '- Ask in plain words: *"what is a CRDT"*, *"raft vs paxos"*, *"what does a principal engineer own"*\n' +
    '- Compare two or three things: *"SRE vs DSE"*, *"senior vs staff"*, *"SRE vs platform vs DevOps"*\n' +
    '- Follow up on the last answer: *"how does it compare to paxos?"*, *"and at staff level?"*, *"tl;dr?"*\n' +
    '- Ask several things at once; I answer each part (up to three).\n' +
    '- Say *"topics"* to browse everything I know.',
  browse: 'Here is everything I can answer, by kind. Ask about any of it in your own words.',
  decline: `Sorry, I don't know that one. I can only answer questions about ${SCOPE}.`,
  suggestions: "I'm not sure I understood. Did you mean one of these?",
  declineNearest: `Sorry, I don't know that one. I answer questions about ${SCOPE}. The nearest topics I do know, in case one helps:`,
  pay: "I don't have pay or salary figures, for any company. I can tell you what each level is expected to do, or how people move between roles.",
  wellbeing:
    "That sounds hard, and I'm sorry. I only answer questions about distributed systems careers and concepts, so I'm not the right help here: please talk to someone you trust, your manager, or a professional. If on-call load is part of it, ask me how teams cut alert noise and share the pager.",
  partNotUnderstood: "I'm not sure what this part asks.",
  partOutOfScope: 'That one is outside what I answer here.',
  partSuggestions: "_For what I didn't understand, the buttons below are my closest guesses._",
  // Said of what was left out, never of how many were answered: parts that repeat an earlier one are not shown.
  tooManyParts: (left: readonly string[]) =>
    `_I take up to three questions at a time. Ask ${left.length === 1 ? 'this one' : 'these'} again on its own: ${left.map((q) => `“${q}”`).join(', ')}_`,
  followUpNotUnderstood: "I'm not sure how that follows on from the last answer. Could you ask it in full?",
  // The sources an entry cites, asked for after it ("any papers on that?"): listed under the reply as its sources, so the
  // text only says so (said twice, the list read as a fault).
  citedBy: (count: number) =>
    `What I said here comes from ${count === 1 ? 'the source' : `the ${count} sources`} listed under this reply: start there.`,
} as const;
