import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, TOKEN, type ConsoleHarness } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SKIPPED = `skipped: ${CHROMIUM} is not installed (apt-get install chromium); CI installs it`;
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it before the tests`);
if (!hasChromium) console.warn(`admin console browser test ${SKIPPED}`);

// Screenshots go to docs/ when asked for (UPDATE_SCREENSHOTS=1), else to a folder of this run.
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(import.meta.dirname, '..', '..', 'docs') : mkdtempSync(join(tmpdir(), 'admin-shots-'));
const MISSED = 'best laptop for coding';
const DAY = 86_400_000;

/** Two weeks of use as the bot would have recorded it, so that the overview has something to draw. */
async function seed(admin: ConsoleHarness, clock: { at: number }): Promise<void> {
  const asked = [
    'wats a crdt',
    'raft vs paxos',
    'what does a staff engineer do',
    'how do i get into sre',
    'what is a quorum',
    'cap theorem',
  ];
  const start = clock.at;
  for (let day = 13; day >= 0; day -= 1) {
    for (let i = 0; i < 4 + ((day * 7) % 9); i += 1) {
      clock.at = start - day * DAY - i * 600_000;
      const platform = i % 3 === 0 ? 'discord' : 'slack';
      const answer = admin.bot.ask(asked[(day + i) % asked.length]!, { platform, userId: `U${i}` });
      if (i % 4 === 1 && answer.entryId)
        await admin.bot.recordFeedback({
          platform,
          userId: `U${i}`,
          answerKey: answer.entryId,
          helpful: day % 3 !== 0,
          question: answer.question,
        });
    }
    clock.at = start - day * DAY - 3_600_000;
    admin.bot.ask(day % 2 ? 'is a mechanical keyboard worth it' : 'what salary should a distributed systems engineer ask for', {
      platform: 'slack',
      userId: 'U9',
    });
  }
  clock.at = start - 2 * 3_600_000;
  admin.bot.ask(MISSED, { platform: 'discord', userId: 'D1' });
  admin.bot.ask('Best laptop for coding?', { platform: 'slack', userId: 'U2' });
  // The same person then picked a "did you mean" suggestion: the console offers that entry first.
  clock.at += 60_000;
  admin.bot.recordClick({ platform: 'slack', userId: 'U2', kind: 'suggestion', fromKey: null, entryId: 'do-staff-engineers-code' });
  clock.at = start;
  await admin.store.flush();
}

describe(hasChromium ? 'admin console in Chromium' : `admin console in Chromium (${SKIPPED})`, () => {
  let admin: ConsoleHarness;
  let context: BrowserContext;
  let profile: string;
  const clock = { at: Date.now() };

  beforeAll(async () => {
    if (!hasChromium) return;
    admin = await startConsole({ now: () => clock.at });
    await seed(admin, clock);
    profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    if (!hasChromium) return;
    await context?.close();
    await admin?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it.skipIf(!hasChromium)(
    'signs in, shows the overview, accepts a suggestion, and the same question is then answered',
    async () => {
      mkdirSync(SHOTS, { recursive: true });
      const page = await context.newPage();
      await page.goto(`${admin.base}/admin/overview`);
      // No session: the sign-in page.
      expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
      await page.fill('input[name=token]', 'wrong-token-000000');
      await page.click('button.primary');
      await expect(page.textContent('[role=alert]')).resolves.toContain('not the admin token');
      await page.fill('input[name=token]', TOKEN);
      await page.click('button.primary');
      await page.waitForURL('**/admin/overview');
      expect(await page.textContent('h1')).toBe('Overview');
      // Charts drawn on the server, and the same numbers in the table.
      expect(await page.locator('svg[role=img]').count()).toBe(3);
      expect(await page.locator('svg rect').count()).toBeGreaterThan(10);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(10);
      await page.screenshot({ path: join(SHOTS, 'admin-overview.png'), fullPage: true });

      await page.click('nav >> text=Unanswered');
      await page.waitForURL('**/admin/unanswered');
      const row = page.locator('tr', { has: page.locator('span.q', { hasText: /best laptop for coding/i }) });
      await expect(row.locator('td.n').textContent()).resolves.toBe('2');
      await page.screenshot({ path: join(SHOTS, 'admin-unanswered.png'), fullPage: true });

      // One click: the question becomes an alternate question of the first entry offered.
      const button = row.locator('button[name=entry]').first();
      const entryId = await button.getAttribute('value');
      await button.click();
      await page.waitForURL('**/admin/unanswered?**');
      await expect(page.textContent('[role=status]')).resolves.toContain('Added as an alternate question');
      expect(await page.locator('span.q', { hasText: /best laptop for coding/i }).count()).toBe(0);

      // On a phone the pages fit the screen's width: nothing to scroll sideways but the tables' own boxes.
      await page.setViewportSize({ width: 390, height: 844 });
      for (const path of ['/admin/overview', '/admin/unanswered']) {
        await page.goto(`${admin.base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 1100, height: 900 });

      // Try it: the next time it is asked, it is answered, from that entry.
      await page.click('nav >> text=Try it');
      await page.fill('input[name=q]', MISSED);
      await page.click('button.primary');
      await page.waitForURL('**/admin/try?q=**');
      expect(await page.locator('.card b').first().textContent()).toBe('answer');
      expect(await page.locator('.card code').first().textContent()).toBe(entryId);
      // And in chat, for real.
      expect(admin.bot.ask(MISSED, { platform: 'slack' })).toMatchObject({ kind: 'answer', entryId });
    },
    60_000,
  );
});
