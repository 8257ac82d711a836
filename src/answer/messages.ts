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
    '- Compare two things: *"SRE vs DSE"*, *"difference between a data engineer and a DSE"*\n' +
    '- Say *"topics"* to browse everything I know.',
  browse: 'Here is everything I can answer, by kind. Ask about any of it in your own words.',
  decline: `Sorry, I don't know that one. I can only answer questions about ${SCOPE}.`,
  suggestions: "I'm not sure I understood. Did you mean one of these?",
} as const;
