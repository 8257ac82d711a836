import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../adapters/import/index.js';
import { createBot, createMemoryStore, loadLayers, type Bot } from '../../src/index.js';
import { startHarness as startDiscord } from '../discord/harness.js';
import { userMessage } from '../../fakes/discord/payloads.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { startHarness as startSlack } from '../../fakes/slack/harness.js';
import { appMention } from '../../fakes/slack/payloads.js';

// A QnA Maker export imported as a team's FAQ, laid over the shipped content, and asked in chat.
const QUESTION = 'how do i get access to the staging cluster?';
const TITLE = 'How do I get access to the staging cluster?';

let dir: string;
let bot: Bot;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imported-'));
  const report = importFile(join(import.meta.dirname, 'fixtures', 'qnamaker.tsv'), { outDir: dir });
  expect(report.written.length).toBeGreaterThan(0);
  const knowledgeBase = loadLayers([
    { dir: FIXTURE_CONTENT, rules: 'shipped' },
    { dir, rules: 'team' },
  ]);
  bot = createBot({ knowledgeBase, store: createMemoryStore() });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an imported FAQ entry, asked in chat', () => {
  it('answers its question in a Slack thread, through the real Bolt', async () => {
    const h = await startSlack({ bot });
    try {
      await h.event(appMention(QUESTION));
      const post = await h.fake.waitFor('chat.postMessage');
      const header = post.args.blocks.find((block: { type: string }) => block.type === 'header');
      expect(header.text.text).toBe(TITLE);
      expect(post.args.text).toContain('#platform-help');
    } finally {
      await h.close();
    }
  });

  it('answers its question in a Discord channel, through the real discord.js', async () => {
    const h = await startDiscord({ bot });
    try {
      const before = h.fake.calls.length;
      h.fake.message(userMessage(h.fake.world, { id: '412345678901234567', username: 'ada' }, h.channel, QUESTION));
      const reply = await h.fake.waitForCall(
        (c) => h.fake.calls.indexOf(c) >= before && c.method === 'POST' && c.path.endsWith('/messages'),
      );
      expect(reply.body.embeds[0].title).toBe(TITLE);
      expect(reply.body.embeds[0].description).toContain('#platform-help');
    } finally {
      await h.stop();
    }
  });
});
