import type { App } from '@slack/bolt';
import type { Answer } from '../../src/index.js';
import { renderAnswer } from './render.js';
import type { Wiring } from './wiring.js';

/** The App Home tab: what the bot is for, how to ask, and every topic to pick from. */
export function registerHome(app: App, { bot, logger, slashCommand }: Wiring): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    // Built from the catalogue rather than asked: opening a tab is not a question for analytics.
    const home: Answer = {
      kind: 'browse',
      question: '',
      entryId: null,
      comparedIds: [],
      entryKind: null,
      title: 'Distributed-systems careers bot',
      summary:
        'I answer questions about careers in distributed systems engineering and the concepts they need. ' +
        `Mention me in a channel, send me a direct message, or type \`${slashCommand} <question>\` anywhere. ` +
        'Pick a topic below and I will answer in our direct messages.',
      details: '',
      sources: [],
      related: [],
      suggestions: [],
      catalogue: bot.catalogue(),
      confidence: 1,
    };
    try {
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: renderAnswer(home).blocks } });
    } catch (error) {
      logger.error({ err: error }, 'slack: could not publish the App Home');
    }
  });
}
