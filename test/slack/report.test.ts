import { afterEach, describe, expect, it } from 'vitest';
import { createStore, reportingOf, type DatabaseStore } from '../../adapters/store/index.js';
import { createBot, loadContent, silentLogger } from '../../src/index.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { startHarness } from '../../fakes/slack/harness.js';
import { slashCommand } from '../../fakes/slack/payloads.js';

describe('/ask report', () => {
  let h: Awaited<ReturnType<typeof startHarness>>;
  let store: DatabaseStore;

  afterEach(async () => {
    await h?.close();
    await store?.close();
  });

  async function start(admins: string) {
    store = await createStore(
      { backend: 'sqlite', path: ':memory:', salt: 'a-salt-of-sixteen-chars', keepQuestionText: true, retentionDays: 30 },
      silentLogger,
    );
    const bot = createBot({ knowledgeBase: loadContent(FIXTURE_CONTENT), store });
    h = await startHarness({ bot, store, reporting: reportingOf(store), env: { SLACK_ADMIN_USERS: admins } });
    return bot;
  }

  async function report(text: string, user: string) {
    const responseUrl = h.fake.responseUrl();
    await h.deliver('command', slashCommand(text, responseUrl.url, { user_id: user }));
    return (await h.fake.waitForResponse((r) => r.id === responseUrl.id)).body;
  }

  it('shows an admin the unanswered questions privately, with user text escaped inside a code block', async () => {
    const bot = await start('U0ADMIN');
    bot.ask('<!channel> how tall is mount everest', { platform: 'slack', userId: 'U1' });
    await store.flush();
    const body = await report('report 7d', 'U0ADMIN');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^```Usage from /);
    expect(body.text).toContain('&lt;!channel&gt; how tall is mount everest');
    expect(body.text).not.toContain('<!channel>');
  });

  it('refuses anyone not named in SLACK_ADMIN_USERS', async () => {
    await start('U0ADMIN');
    const body = await report('report', 'U0ASKER');
    expect(body.text).toBe('The usage report is for the admins named in SLACK_ADMIN_USERS.');
  });

  it('says how to write the period when it cannot read it', async () => {
    await start('U0ADMIN');
    const body = await report('report lastweek', 'U0ADMIN');
    expect(body.text).toContain('is not a period: use 7d, 24h, 2w');
  });
});
