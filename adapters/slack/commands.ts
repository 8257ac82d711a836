import type { App } from '@slack/bolt';
import { slackToPlain } from './markdown.js';
import { responsePlace } from './places.js';
import type { Wiring } from './wiring.js';

/**
 * The slash command: `/ask <question>` answers privately (with "Share in channel"),
 * `/ask help` explains, `/ask topics` lists the catalogue by kind; an empty `/ask` is help.
 */
export function registerCommand(app: App, { bot, responder, slashCommand }: Wiring): void {
  app.command(slashCommand, async ({ command, ack, respond, context }) => {
    // Ack first and empty: Slack gives three seconds, and the answer follows via response_url.
    await ack();
    const question = slackToPlain(command.text ?? '') || 'help';
    const place = responsePlace(respond, { slashCommand });
    await responder.reply(place, { userId: command.user_id, teamId: context.teamId }, () =>
      bot.ask(question, { platform: 'slack', userId: command.user_id, channelType: 'slash' }),
    );
  });
}
