/**
 * What the bot says about itself, the same words on every platform. Everything about the
 * subject matter comes from the core; these are the few sentences an adapter adds. Plain text
 * with at most `code` spans, which Slack and Discord both show as code.
 */
export const NOTICES = {
  /** Answering failed on our side. */
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
  /** Over the per-user limit; when it is said is {@link ChatGuard.admit}'s rule. */
  slowDown: "You're asking faster than I can keep up. Give me a minute, then ask again.",
  /** A button or a key names an entry the content no longer has. */
  goneTopic: 'That topic is no longer in my notes. Ask me in your own words instead.',
  /** A step or path button names a learning path (or step) the content no longer has. */
  gonePath: "I don't have that learning path any more. Pick a level again.",
  /** After a 👍 or 👎 was kept. */
  voteThanks: 'Thanks for the feedback! It helps improve these answers.',
  /** "Share" on an answer that is already in the channel. */
  alreadyShared: 'That answer is already posted in the channel.',
  /** A button drawn by an older release, whose id this one does not know. */
  staleButton: 'That button is from an older version of me. Ask your question again.',
  /** The catalogue has nothing of the kind asked for. */
  noTopics: 'I have no topics of that kind yet. Ask for the topics without a kind.',
  /** The usage report was asked for where nothing is recorded. */
  noReport: 'No usage is recorded here, so there is no report.',
} as const;

/** The usage report is refused: `variable` is the setting that names the admins (SLACK_ADMIN_USERS, DISCORD_ADMIN_USERS). */
export const adminOnly = (variable: string) => `The usage report is for the admins named in ${variable}.`;

/** The usage report failed; `reason` is the error's message (escape it for the platform before showing it). */
export const reportFailed = (reason: string) => `Sorry, the report could not be made: ${reason}`;
