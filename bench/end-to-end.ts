import { benchDiscord } from './discord-e2e.js';
import { benchSlack } from './slack-e2e.js';

export interface EndToEndRow {
  path: string;
  samples: number;
  p50: number;
  p99: number;
}

/** Slack HTTP and Discord gateway round trips against the fake servers on loopback. */
export async function benchEndToEnd(count = 1000): Promise<EndToEndRow[]> {
  const rows: EndToEndRow[] = [];
  const slack = await benchSlack(count);
  rows.push({ path: 'Slack HTTP: signed app_mention → chat.postMessage', samples: slack.events, p50: slack.p50, p99: slack.p99 });
  const discord = await benchDiscord(count);
  rows.push({
    path: 'Discord: INTERACTION_CREATE → interaction callback',
    samples: discord.interactions,
    p50: discord.p50,
    p99: discord.p99,
  });
  return rows;
}
