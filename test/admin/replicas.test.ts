import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnBot, type SpawnedBot } from '../../fakes/spawn-bot.js';
import { REAL_CONTENT } from '../helpers.js';
import { csrfOf, get, post, signIn, TOKEN } from './harness.js';

const QUESTION = 'best laptop for coding';
const ENTRY = 'do-staff-engineers-code';

async function answered(base: string): Promise<{ answered: boolean; id: string | null }> {
  return (await (await fetch(`${base}/ask?q=${encodeURIComponent(QUESTION)}`)).json()) as { answered: boolean; id: string | null };
}

describe('learning across replicas', () => {
  const bots: SpawnedBot[] = [];
  let dir = '';
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a question accepted on one replica is answered by another over the same store within seconds, without a restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'replicas-'));
    const shared = {
      CONTENT_DIR: REAL_CONTENT,
      STORE_PATH: join(dir, 'bot.sqlite'),
      STORE_SALT: 'replica-test-salt-0123456789',
      LOG_LEVEL: 'info',
    };
    const first = spawnBot({ ...shared, ADMIN_TOKEN: TOKEN, LEARN_POLL_SECONDS: '0.5' }, ['--serve']);
    bots.push(first);
    const firstBase = `http://127.0.0.1:${(await first.waitFor(/port (\d+): /, 20_000))[1]}`;
    const second = spawnBot({ ...shared, LEARN_POLL_SECONDS: '0.5' }, ['--serve']);
    bots.push(second);
    const secondBase = `http://127.0.0.1:${(await second.waitFor(/port (\d+): /, 20_000))[1]}`;
    // The second replica serves no console: ADMIN_TOKEN is not set there.
    expect((await get(`${secondBase}/admin/sign-in`)).status).toBe(404);

    expect(await answered(secondBase)).toMatchObject({ answered: false });
    const cookie = await signIn(firstBase);
    // The miss is recorded (batched writes: within a second or two) and listed with the entries to add it to.
    let page = '';
    for (let i = 0; i < 40 && !page.includes(QUESTION); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      page = await (await get(`${firstBase}/admin/unanswered`, cookie)).text();
    }
    expect(page).toContain(`name="entry" value="${ENTRY}"`);
    const accepted = await post(`${firstBase}/admin/accept`, { csrf: csrfOf(page), days: '7', question: QUESTION, entry: ENTRY }, cookie);
    expect(accepted.status).toBe(303);
    const clicked = performance.now();

    let reply = await answered(secondBase);
    while (!reply.answered && performance.now() - clicked < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await answered(secondBase);
    }
    expect(reply).toMatchObject({ answered: true, id: ENTRY });
    expect(second.output()).toContain('learning: alternate questions merged into the index');
    // No longer a miss on the console.
    expect(await (await get(`${firstBase}/admin/unanswered`, cookie)).text()).not.toContain(`<span class="q">${QUESTION}</span>`);
  });
});
