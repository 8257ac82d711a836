/** The adapter's own short replies; everything about the subject matter comes from the core. */
export const NOTICES = {
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
  rateLimited: "You're asking faster than I can keep up. Give it a minute, then ask again.",
  unknownTopic: "I don't have that topic any more. Try `/ask` with your question.",
  voteThanks: 'Thanks, noted. Your vote helps improve the answers.',
  alreadyShared: 'That answer is already posted in the channel.',
  staleButton: 'That button is from an older version of me. Ask again with `/ask`.',
  unknownPath: "I don't have that learning path (any more). Try `/path` and pick a level.",
  noTopics: 'I have no topics of that kind yet. Try `/topics` without a kind.',
} as const;
