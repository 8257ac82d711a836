import type { Bot, Logger, Store, UsageReporter } from '../../src/index.js';
import type { SlackConfig } from './config.js';
import type { MostAsked } from './most-asked.js';
import type { ChatGuard } from '../chat-kit/index.js';
import type { Replies } from './replies.js';
import type { ThreadMemory } from './threads.js';

/** What each group of listeners needs; built once by `startSlack`. */
export interface Wiring {
  bot: Bot;
  /** Sends answers and notes within each person's limit. */
  replies: Replies;
  /** Dedup and rate limits, shared with Discord's rules. */
  guard: ChatGuard;
  threads: ThreadMemory;
  logger: Logger;
  slashCommand: string;
  /** The usage report for admins (`/ask report`); absent when nothing is recorded. */
  report?: UsageReporter;
  adminUsers: readonly string[];
  /** Welcome records (once per person and channel) live here. */
  store: Store;
  onboarding: Pick<SlackConfig, 'onboardingChannels' | 'welcomeMode'>;
  /** This week's most-asked entries for the App Home; null when the store keeps no report. */
  mostAsked: MostAsked;
}

/** Conversation ids of direct messages start with D; replies there stay at the top level. */
export const isDirectMessage = (channel: string) => channel.startsWith('D');
