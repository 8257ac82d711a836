import type { App } from '@slack/bolt';
import { adminReport } from '../chat-kit/index.js';
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
  const { bot, replies, slashCommand, report, adminUsers, logger } = wiring;
  const paths = createPathViews(wiring);
  async function reportText(since: string, userId: string): Promise<string> {
    const made = await adminReport(userId, since, { adminUsers, adminVariable: 'SLACK_ADMIN_USERS', report, logger });
    // Question texts in the report are other people's words: escaped, and kept in a code block.
    return made.kind === 'report' ? `\`\`\`${escapeMrkdwn(made.text).slice(0, 2_900)}\`\`\`` : escapeMrkdwn(made.text);
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
    const asker = { userId: command.user_id, teamId: context.teamId, arrival: 'request' as const };
    if (asksPath) return paths.showPath(place, asker, asksPath[1] ?? '');
    await replies.reply(place, asker, () =>
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
