import type { App } from '@slack/bolt';
import type { EntryRef, PathView } from '../../src/index.js';
import { MOST_ASKED_SHOWN, renderHome } from './home-view.js';
import type { Wiring } from './wiring.js';

/**
 * The App Home tab: the welcome, the most-asked questions this week, the learning paths and
 * every topic to pick from. Built from the content rather than asked: opening a tab is not a
 * question for analytics.
 */
export function registerHome(app: App, { bot, logger, slashCommand, mostAsked }: Wiring): void {
  async function popular(): Promise<(EntryRef & { count: number })[] | null> {
    const rows = await mostAsked();
    if (rows === null) return null;
    // Entries removed from the content since they were asked about are skipped.
    return rows
      .flatMap((row) => {
        const entry = bot.knowledgeBase.byId.get(row.entryId);
        return entry ? [{ id: entry.id, title: entry.title, count: row.count }] : [];
      })
      .slice(0, MOST_ASKED_SHOWN);
  }

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      const welcome = bot.welcome();
      const paths = welcome.paths.map((p) => bot.learningPath(p.id)).filter((p): p is PathView => p !== null);
      const blocks = renderHome({ welcome, paths, catalogue: bot.catalogue(), mostAsked: await popular(), slashCommand });
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
    } catch (error) {
      logger.error({ err: error }, 'slack: could not publish the App Home');
    }
  });
}
