import type { Bot, Logger, UsageReporter } from '../../src/index.js';
import type { Responder } from './responder.js';
import type { ThreadMemory } from './threads.js';

/** What each group of listeners needs; built once by `startSlack`. */
export interface Wiring {
  bot: Bot;
  responder: Responder;
  threads: ThreadMemory;
  logger: Logger;
  slashCommand: string;
  /** The usage report for admins (`/ask report`); absent when nothing is recorded. */
  report?: UsageReporter;
  adminUsers: readonly string[];
}

/** Conversation ids of direct messages start with D; replies there stay at the top level. */
export const isDirectMessage = (channel: string) => channel.startsWith('D');
