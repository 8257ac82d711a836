import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdminConsole } from '../adapters/admin/console.js';
import { projectRoot } from '../adapters/boot/paths.js';
import { startHealthServer } from '../adapters/runtime/health.js';
import { createRefusalLog } from '../adapters/runtime/http-edge.js';
import { createStore } from '../adapters/store/index.js';
import { createBot, loadContent, silentLogger } from '../src/index.js';
import { spawnBot, type SpawnedBot } from '../fakes/spawn-bot.js';
import { fmt, summarise } from './stats.js';

/**
 * `npm run bench:admin`: the admin console's figures. (1) From a declined question to the same
 * question answered on a second replica after one click in the console, at the default poll
 * (LEARN_POLL_SECONDS=2) and a fast one. (2) The console's page weight and render time over a
 * store holding 50,000 recorded questions.
 */
const root = projectRoot();
const TOKEN = 'bench-admin-token-0123456789';
const MISSES = [
  'best laptop for coding',
  'is a mechanical keyboard worth it',
  'standing desk recommendations',
  'favourite coffee machine',
  'best chair for back pain',
  'how many monitors do you use',
];

const form = (fields: Record<string, string>, cookie?: string) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
  body: new URLSearchParams(fields),
});

async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/admin/sign-in`, form({ token: TOKEN }));
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${base}/admin/overview`, { headers: { cookie } })).text();
  return { cookie, csrf: /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '' };
}

const answeredOn = async (base: string, q: string) =>
  ((await (await fetch(`${base}/ask?q=${encodeURIComponent(q)}`)).json()) as { answered: boolean }).answered;

/** Seconds from the click to the second replica answering, one per miss. */
async function replicaLatency(pollSeconds: string): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-admin-'));
  const env = {
    CONTENT_DIR: join(root, 'content'),
    STORE_PATH: join(dir, 'bot.sqlite'),
    STORE_SALT: 'bench-admin-salt-0123456789',
    LEARN_POLL_SECONDS: pollSeconds,
  };
  const bots: SpawnedBot[] = [];
  try {
    const first = spawnBot({ ...env, ADMIN_TOKEN: TOKEN, HTTP_API_RATE_LIMIT: '100000' }, ['--serve']);
    bots.push(first);
    const second = spawnBot({ ...env, HTTP_API_RATE_LIMIT: '100000' }, ['--serve']);
    bots.push(second);
    const base1 = `http://127.0.0.1:${(await first.waitFor(/port (\d+): /, 30_000))[1]}`;
    const base2 = `http://127.0.0.1:${(await second.waitFor(/port (\d+): /, 30_000))[1]}`;
    const { cookie, csrf } = await signIn(base1);
    const bot = createBot({ knowledgeBase: loadContent(join(root, 'content')) });
    const times: number[] = [];
    for (const q of MISSES) {
      if (await answeredOn(base2, q)) throw new Error(`bench: "${q}" is answered already; pick another miss`);
      const entry = bot.explain(q).considered[0]?.id ?? 'interviews';
      // A click lands anywhere in the replicas' poll cycle, not just after the last read.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Number(pollSeconds) * 1000));
      const clicked = performance.now();
      const res = await fetch(`${base1}/admin/accept`, form({ csrf, days: '7', question: q, entry }, cookie));
      if (res.status !== 303) throw new Error(`bench: accept answered ${res.status}`);
      while (!(await answeredOn(base2, q))) {
        if (performance.now() - clicked > 30_000) throw new Error(`bench: "${q}" not answered on the second replica after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      times.push((performance.now() - clicked) / 1000);
    }
    return times;
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 50,000 questions over 30 days (a tenth missed, 2,000 distinct misses), 5,000 votes; then the pages, timed. */
async function consoleAtScale() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-admin-scale-'));
  const clock = { at: Date.now() };
  const store = await createStore(
    { backend: 'sqlite', path: join(dir, 'bot.sqlite'), salt: 'bench-admin-salt-0123456789', keepQuestionText: true, retentionDays: 90 },
    silentLogger,
    { purgeIntervalMs: false, flushIntervalMs: 60_000, maxBufferedRows: 60_000, now: () => clock.at },
  );
  const start = clock.at;
  const kb = loadContent(join(root, 'content'));
  const ids = kb.entries.map((e) => e.id);
  for (let i = 0; i < 50_000; i += 1) {
    clock.at = start - Math.floor((i / 50_000) * 30 * 86_400_000);
    const missed = i % 10 === 0;
    await store.recordQuestion({
      platform: i % 3 === 0 ? 'discord' : 'slack',
      userId: `U${i % 4000}`,
      question: missed ? `unanswered question number ${i % 2000}` : `question about ${ids[i % ids.length]}`,
      outcome: missed ? (i % 20 === 0 ? 'decline' : 'suggestions') : 'answer',
      entryId: missed ? null : ids[i % ids.length]!,
      confidence: missed ? 0.2 : 0.9,
      latencyMs: 2,
    });
    if (i % 10 === 0)
      await store.recordFeedback({
        platform: 'slack',
        userId: `U${i}`,
        answerKey: ids[i % ids.length]!,
        helpful: i % 30 !== 0,
        question: 'q',
      });
    if (i % 5000 === 4999) await store.flush();
  }
  clock.at = start;
  await store.flush();
  const bot = createBot({ knowledgeBase: kb });
  const admin = createAdminConsole({ bot, store: store.learning, token: TOKEN, logger: silentLogger, now: () => clock.at });
  const server = await startHealthServer([], 0, {
    refusals: createRefusalLog({ logger: silentLogger }),
    host: '127.0.0.1',
    mounts: [admin],
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { cookie } = await signIn(base);
  const pages: { path: string; bytes: number; ms: ReturnType<typeof summarise> }[] = [];
  for (const path of ['/admin/overview?days=30', '/admin/unanswered?days=30', '/admin/try?q=raft%20vs%20paxos']) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 11; run += 1) {
      const began = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie } });
      bytes = Buffer.byteLength(await res.text());
      if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
      if (run > 0) times.push(performance.now() - began);
    }
    pages.push({ path, bytes, ms: summarise(times) });
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return pages;
}

const fast = await replicaLatency('0.5');
const standard = await replicaLatency('2');
const pages = await consoleAtScale();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = [
  '# Admin console benchmark (`npm run bench:admin`)',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '## From a declined question to the same question answered on a second replica, after one click',
  '',
  "Two bot processes (`npm start -- --serve`) over one SQLite file; the click is the console's accept (POST); the clock stops",
  "when the second replica's `/ask` answers the question.",
  '',
  '| LEARN_POLL_SECONDS | median | max | runs |',
  '| --- | --- | --- | --- |',
  `| 2 (default) | ${fmt(median(standard))} s | ${fmt(Math.max(...standard))} s | ${standard.length} |`,
  `| 0.5 | ${fmt(median(fast))} s | ${fmt(Math.max(...fast))} s | ${fast.length} |`,
  '',
  '## The console over 50,000 recorded questions (30 days, SQLite)',
  '',
  'Page weight is the whole page: the HTML with its inline CSS; the console sends no script and no other file.',
  'Render time is the request to the last byte, from the store read to the HTML, median and p99 of 10 (after one warm-up).',
  '',
  '| page | HTML + CSS + JS | render p50 | render p99 |',
  '| --- | --- | --- | --- |',
  ...pages.map((p) => `| \`${p.path}\` | ${(p.bytes / 1024).toFixed(1)} KiB (JS 0) | ${fmt(p.ms.p50)} ms | ${fmt(p.ms.p99)} ms |`),
  '',
];
writeFileSync(join(root, 'bench', 'admin-results.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
