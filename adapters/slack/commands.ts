import type { App } from '@slack/bolt';
import { createPathViews } from './learning-paths.js';
import { escapeMrkdwn, slackToPlain } from './markdown.js';
import { conversationKey, responsePlace } from './places.js';
import type { Wiring } from './wiring.js';

/**
 * The slash command: `/ask <question>` answers privately (with "Share in channel"),
 * `/ask help` explains, `/ask topics` lists the catalogue by kind; an empty `/ask` is help;
 * `/ask path <level>` shows a learning path; `/ask report [7d]` shows admins the usage report.
 */
export function registerCommand(app: App, wiring: Wiring): void {
  const { bot, responder, slashCommand, report, adminUsers, logger } = wiring;
  const paths = createPathViews(wiring);
  async function reportText(since: string, userId: string): Promise<string> {
    if (!adminUsers.includes(userId)) return 'The usage report is for the admins named in SLACK_ADMIN_USERS.';
    if (!report) return 'No usage is recorded here, so there is no report.';
    try {
      // Question texts in the report are other people's words: escaped, and kept in a code block.
      return `\`\`\`${escapeMrkdwn(await report(since)).slice(0, 2_900)}\`\`\``;
    } catch (error) {
      logger.warn({ err: error }, 'slack: usage report failed');
      return `Sorry, the report could not be made: ${escapeMrkdwn((error as Error).message)}`;
    }
  }

  app.command(slashCommand, async ({ command, ack, respond, context }) => {
    // Ack first and empty: Slack gives three seconds, and the answer follows via response_url.
    await ack();
    const question = slackToPlain(command.text ?? '') || 'help';
    const asksReport = /^report(\s+\S+)?$/i.exec(question);
    if (asksReport) {
      await respond({ response_type: 'ephemeral', text: await reportText(asksReport[1]?.trim() ?? '', command.user_id) });
      return;
    }
    const place = responsePlace(respond, { slashCommand });
    const asksPath = /^path\b\s*(.*)$/i.exec(question);
    if (asksPath) return paths.showPath(place, { userId: command.user_id, teamId: context.teamId }, asksPath[1] ?? '');
    await responder.reply(place, { userId: command.user_id, teamId: context.teamId }, () =>
      // Private replies in one channel form one conversation per person: "/ask and at staff level?" follows on.
      bot.reply(question, {
        platform: 'slack',
        userId: command.user_id,
        channelType: 'slash',
        conversation: conversationKey(context.teamId, command.channel_id, `slash:${command.user_id}`),
      }),
    );
  });
}
