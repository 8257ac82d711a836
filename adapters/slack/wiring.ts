import type { Bot, Logger } from '../../src/index.js';
import type { Responder } from './responder.js';
import type { ThreadMemory } from './threads.js';

/** What each group of listeners needs; built once by `startSlack`. */
export interface Wiring {
  bot: Bot;
  responder: Responder;
  threads: ThreadMemory;
  logger: Logger;
  slashCommand: string;
}

/** Conversation ids of direct messages start with D; replies there stay at the top level. */
export const isDirectMessage = (channel: string) => channel.startsWith('D');
