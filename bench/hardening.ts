import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { contentDir, projectRoot } from '../adapters/boot/paths.js';
import { MAX_QUESTION_CHARS } from '../src/index.js';
import { chaosDatabase, scratch, sendMentions, voteBody, type ChaosServer } from '../fakes/chaos.js';
import { spawnBot, type SpawnedBot } from '../fakes/spawn-bot.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { appMention, eventCallback, nextTs } from '../fakes/slack/payloads.js';
import { postgresTarget } from '../adapters/store/postgres-errors.js';
import { rssMiB, signedAcks } from './attack.js';
import { postSignedBody } from '../fakes/slack/signing.js';
import { measureCostBound } from './cost-bound.js';
import { fmt, percentile } from './stats.js';

/**
 * `npm run bench:hardening`: the targets of issue 16 at their full sizes, against the running
 * process (dist/, so `npm run build` first), with the fake Slack and a PostgreSQL: BENCH_DATABASE_URL,
 * else the machine's at 127.0.0.1:5432 as the tests use it. Attack traffic runs in a worker thread, off the
 * event loop that times the acks. Prints a table and writes it to bench/hardening-results.md.
 */

const SECRET = 'bench-hardening-signing-secret';
const SALT = 'bench-hardening-salt-0123456789';
const FORM = 'application/x-www-form-urlencoded';
/** The costliest input the cost fuzz found (500 characters of made-up words, comparisons and parts). */
const COSTLIEST =
  'staff idempotenc replicatio gossipametdse crdtreplicatio snarfle asdfghj vs gossip ipsum tl;dr consensux replicatio idempotenc the senior gossip paxosthe election difference between kubernetse crdt idempotenc tl;drleader quorum \uFDFA crdtdse kubernetse asdfghj ? election gossip how aqwertyu paxosamet . leaderconsensuxdolor crdtblorfpartitionz blorf quorum zxcvbnm backpresurexxxxxxxxxxxx qwertyu .and sre sre staff election snarfle senior and qwertyu senior sre ? qwertyu difference between a loremcomp';
const FDFA = '\uFDFA'.repeat(500);

const rows: string[][] = [];
const notes: string[] = [];
const say = (line: string) => process.stderr.write(`${line}\n`);

async function slackBot(fake: FakeSlack, env: Record<string, string> = {}): Promise<{ bot: SpawnedBot; port: number; eventsUrl: string }> {
  const bot = spawnBot({
    CONTENT_DIR: contentDir(),
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    STORE_SALT: SALT,
    ...env,
  });
  const port = Number((await bot.waitFor(/Started: Slack \(HTTP on port (\d+)/, 20_000))[1]);
  return { bot, port, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

/** Attack traffic in a worker thread: `hold` opens connections and holds them; `ask` floods /ask. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const net = require('node:net');
const w = workerData;
if (w.kind === 'hold') {
  const sockets = [];
  let ready = 0;
  for (let i = 0; i < w.count; i++) {
    const s = net.connect(w.port, '127.0.0.1');
    s.on('error', () => {});
    s.resume();
    sockets.push(s);
    s.on('connect', () => {
      s.write('POST /slack/events HTTP/1.1\\r\\nHost: x\\r\\nContent-Type: application/json\\r\\nContent-Length: ' + w.bytes + '\\r\\n\\r\\n');
      let left = w.bytes - 1;
      const piece = Buffer.alloc(65536, 97);
      const more = () => { while (left > 0 && !s.destroyed) { const n = Math.min(left, piece.length); left -= n; if (!s.write(n === piece.length ? piece : piece.subarray(0, n))) return void s.once('drain', more); } };
      more();
      if (++ready === w.count) parentPort.postMessage('ready');
    });
  }
  parentPort.on('message', () => { for (const s of sockets) s.destroy(); parentPort.postMessage('done'); });
} else {
  const agent = new http.Agent({ keepAlive: true, maxSockets: w.clients });
  const latencies = [];
  const codes = {};
  const end = Date.now() + w.ms;
  const one = (q) => new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(w.url + encodeURIComponent(q), { agent }, (res) => {
      res.resume();
      res.on('end', () => { latencies.push(performance.now() - started); codes[res.statusCode] = (codes[res.statusCode] || 0) + 1; resolve(); });
    });
    req.on('error', () => { codes.error = (codes.error || 0) + 1; resolve(); });
  });
  Promise.all(Array.from({ length: w.clients }, async (_, i) => { while (Date.now() < end) await one(w.questions[i % w.questions.length]); }))
    .then(() => { agent.destroy(); parentPort.postMessage({ latencies, codes }); });
}
`;
const worker = (data: object) => new Worker(WORKER, { eval: true, workerData: data });

async function holdOpen(): Promise<void> {
  const fake = await startFakeSlack();
  const { bot, port, eventsUrl } = await slackBot(fake);
  try {
    await signedAcks(eventsUrl, SECRET, 100);
    const before = rssMiB(bot.child.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(bot.child.pid!))), 20);
    const attack = worker({ kind: 'hold', port, count: 300, bytes: 4 * 1024 * 1024 });
    await once(attack, 'message');
    const acks = await signedAcks(eventsUrl, SECRET, 500, { concurrency: 4 });
    attack.postMessage('stop');
    await once(attack, 'message');
    await attack.terminate();
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = rssMiB(bot.child.pid!);
    await bot.stop(); // the counts of the last minute are written on the way out
    const refused = bot.output().match(/"refused":\{[^}]*\}/g) ?? [];
    rows.push([
      'Under 300 hold-open unsigned connections (4 MiB announced, last byte held)',
      `RSS ${fmt(before)} → peak ${fmt(peak)} MiB (+${fmt(peak - before)}), ${fmt(after)} MiB after they close; signed ack p50 ${fmt(acks.p50)} ms, p99 ${fmt(acks.p99)} ms (${acks.acked}/${acks.sent} acked)`,
      'before: 118 → 1,299 MiB',
    ]);
    notes.push(`Log lines for the refused requests of the hold-open run: ${refused.length} (${refused.join(', ')}).`);
  } finally {
    await bot.stop();
    await fake.close();
  }
}

async function askFlood(label: string, env: Record<string, string>): Promise<void> {
  const fake = await startFakeSlack();
  const { bot, port, eventsUrl } = await slackBot(fake, { HTTP_API: 'true', ...env });
  try {
    await signedAcks(eventsUrl, SECRET, 50);
    // Warm: the first costly question builds the typo map and the content's word list once.
    for (const q of [COSTLIEST, FDFA]) await (await fetch(`http://127.0.0.1:${port}/ask?q=${encodeURIComponent(q)}`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const flood = worker({ kind: 'ask', clients: 100, ms: 10_000, url: `http://127.0.0.1:${port}/ask?q=`, questions: [COSTLIEST, FDFA] });
    const result = once(flood, 'message') as Promise<[{ latencies: number[]; codes: Record<string, number> }]>;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const acks = await signedAcks(eventsUrl, SECRET, 300, { concurrency: 4 });
    const [{ latencies, codes }] = await result;
    await flood.terminate();
    const sorted = latencies.sort((a, b) => a - b);
    rows.push([
      `100 anonymous /ask clients beside Slack HTTP mode, costliest input, 10 s (${label})`,
      `signed ack p50 ${fmt(acks.p50)} ms, p99 ${fmt(acks.p99)} ms (${acks.acked}/${acks.sent}); /ask p50 ${fmt(percentile(sorted, 50))} ms, p99 ${fmt(percentile(sorted, 99))} ms; answers ${JSON.stringify(codes)}`,
      'before: ack p50 3.5 s',
    ]);
  } finally {
    await bot.stop();
    await fake.close();
  }
}

async function postgresLock(server: ChaosServer): Promise<void> {
  const fake = await startFakeSlack();
  const db = await chaosDatabase('bench_lock', server);
  const spool = scratch('bench-lock');
  const { bot, eventsUrl } = await slackBot(fake, { DATABASE_URL: db.url, STORE_SPOOL_DIR: spool.dir });
  try {
    await db.sql('BEGIN');
    await db.sql('LOCK TABLE questions IN ACCESS EXCLUSIVE MODE');
    const release = new Promise<void>((resolve) => setTimeout(() => void db.sql('COMMIT').then(() => resolve()), 15_000));
    const sent = await sendMentions(eventsUrl, SECRET, 300, { concurrency: 10, prefix: 'LOCK' });
    await release;
    let rowsNow = 0;
    for (let i = 0; i < 100 && rowsNow < 300; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      rowsNow = await db.count('questions');
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const final = await db.count('questions');
    rows.push([
      'Rows after a 15 s PostgreSQL lock with 300 questions',
      `${final} rows for ${sent.filter((s) => s.status === 200).length} questions acked (distinct ids: ${(await db.sql('SELECT COUNT(DISTINCT record_id) AS n FROM questions'))[0]!.n})`,
      'target exactly 300; before: 458 for 293',
    ]);
  } finally {
    await bot.stop();
    await fake.close();
    await db.dispose();
    spool.remove();
  }
}

async function killBurst(): Promise<void> {
  const fake = await startFakeSlack();
  const folder = scratch('bench-kill');
  const storePath = join(folder.dir, 'bot.sqlite');
  const { bot, eventsUrl } = await slackBot(fake, { STORE_PATH: storePath });
  try {
    const hash = (user: string) => createHmac('sha256', SALT).update(`user:slack:${user}`).digest('hex');
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    const questions = Array.from({ length: 500 }, (_, i) => ({ ts: nextTs(), user: `UQ${i}` }));
    const voters = Array.from({ length: 100 }, (_, i) => `UV${i}`);
    const acked = new Set<string>();
    const exited = once(bot.child, 'exit');
    // One vote after every five questions, all sent at once.
    const sending = questions.flatMap((q, i) => [
      postSignedBody(eventsUrl, SECRET, JSON.stringify(eventCallback(appMention('what is a crdt', q))), agent).then(
        (status) => status === 200 && acked.add(q.user),
        () => false,
      ),
      ...(i % 5 === 4
        ? [
            postSignedBody(eventsUrl, SECRET, voteBody(voters[(i - 4) / 5]!, 'crdt', i % 2 === 0, fake.responseUrl().url), agent, {
              contentType: FORM,
            }).catch(() => 0),
          ]
        : []),
    ]);
    await fake.waitFor('chat.postMessage', () => fake.callsTo('chat.postMessage').length >= 250, 30_000);
    bot.child.kill('SIGKILL');
    await exited;
    await Promise.all(sending);
    agent.destroy();
    const db = new Database(storePath, { readonly: true });
    const askers = new Set((db.prepare('SELECT user_hash FROM questions').all() as { user_hash: string }[]).map((r) => r.user_hash));
    const votersStored = new Set((db.prepare('SELECT user_hash FROM feedback').all() as { user_hash: string }[]).map((r) => r.user_hash));
    db.close();
    const answered = questions.filter((q) => fake.callsTo('chat.postMessage').some((c) => c.args.thread_ts === q.ts));
    const thanked = fake
      .callsTo('chat.postEphemeral')
      .filter((c) => /Thanks/.test(c.args.text))
      .map((c) => String(c.args.user));
    const lostAnswered = answered.filter((q) => !askers.has(hash(q.user))).length;
    const lostAcked = questions.filter((q) => acked.has(q.user) && !askers.has(hash(q.user))).length;
    const lostVotes = thanked.filter((user) => !votersStored.has(hash(user))).length;
    rows.push([
      'kill -9 during a 500-question burst (with 100 votes), SQLite',
      `votes thanked ${thanked.length}, lost ${lostVotes}; questions answered ${answered.length}, lost ${lostAnswered}; acked ${acked.size}, stored ${askers.size}, acked but not stored ${lostAcked}`,
      'target 0 votes; before: 100 of 500 questions, 20 of 100 votes',
    ]);
    notes.push(
      'kill -9 bound: a question is written when its answer is made, before the answer is sent, so no answered question is lost; what can be lost is what was acknowledged (HTTP 200) but not yet answered at the instant of the kill: those events Slack would have had answered, and they are neither answered nor recorded.',
    );
  } finally {
    await bot.stop();
    await fake.close();
    folder.remove();
  }
}

async function sigtermOutage(server: ChaosServer): Promise<void> {
  const fake = await startFakeSlack();
  const db = await chaosDatabase('bench_spool', server);
  const spool = scratch('bench-spool');
  const env = { DATABASE_URL: db.url, STORE_SPOOL_DIR: spool.dir };
  let { bot, eventsUrl } = await slackBot(fake, env);
  try {
    await sendMentions(eventsUrl, SECRET, 50, { prefix: 'BEFORE' });
    for (let i = 0; i < 100 && (await db.count('questions')) < 50; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await db.proxy.stop();
    const during = await sendMentions(eventsUrl, SECRET, 300, { prefix: 'DURING', concurrency: 10 });
    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postSignedBody(eventsUrl, SECRET, voteBody(`UVOTE${i}`, 'crdt', true, fake.responseUrl().url), agent, { contentType: FORM }),
      ),
    );
    agent.destroy();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const code = await bot.stop();
    const files = readdirSync(spool.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.jsonl'));
    const storedDuring = await db.count('questions');
    await db.proxy.start();
    ({ bot, eventsUrl } = await slackBot(fake, env));
    const expected = 50 + during.filter((s) => s.status === 200).length;
    let stored = 0;
    for (let i = 0; i < 100 && stored < expected; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      stored = await db.count('questions');
    }
    const votes = await db.count('feedback');
    rows.push([
      'SIGTERM during a PostgreSQL outage, then restart with the database back',
      `exit ${code} with ${files.length} spool file(s) and ${storedDuring} questions in the database; after the restart: questions ${stored} of ${expected} (lost ${expected - stored}), votes ${votes} of 50 (lost ${50 - votes})`,
      'target 0 lost; before: all 300 buffered rows lost',
    ]);
  } finally {
    await bot.stop();
    await fake.close();
    await db.dispose();
    spool.remove();
  }
}

async function replicas(server: ChaosServer): Promise<void> {
  const fake = await startFakeSlack();
  const db = await chaosDatabase('bench_replicas', server);
  const spool = scratch('bench-replicas');
  const started = await Promise.all(
    ['a', 'b'].map((name) =>
      slackBot(fake, { DATABASE_URL: db.url, STORE_SPOOL_DIR: join(spool.dir, name), METRICS_TOKEN: 'bench-metrics-token-0123456789' }),
    ),
  );
  try {
    const agents = started.map(() => new Agent({ keepAlive: true, maxSockets: 250 }));
    const events = Array.from({ length: 500 }, (_, i) => ({ ts: nextTs(), user: `UR${i}` }));
    const statuses = await Promise.all(
      events.flatMap((event) => {
        const body = JSON.stringify(eventCallback(appMention('what is a crdt', event)));
        return started.map((s, r) => postSignedBody(s.eventsUrl, SECRET, body, agents[r]).catch(() => 0));
      }),
    );
    for (const agent of agents) agent.destroy();
    const answersTo = (ts: string) => fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).length;
    for (let i = 0; i < 150 && !events.every((e) => answersTo(e.ts) >= 1); i++) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const twice = events.filter((e) => answersTo(e.ts) > 1).length;
    if (process.env.BENCH_DEBUG)
      for (const s of started)
        say(
          s.bot
            .output()
            .split('\n')
            .filter((l) => /unavailable|fail/.test(l))
            .join('\n')
            .slice(0, 3000),
        );
    const never = events.filter((e) => answersTo(e.ts) === 0).length;
    let failOpen = 0;
    for (const s of started) {
      const text = await (
        await fetch(`http://127.0.0.1:${s.port}/metrics`, { headers: { authorization: 'Bearer bench-metrics-token-0123456789' } })
      ).text();
      for (const match of text.matchAll(/dsbot_store_fail_open_total\{operation="claim"\} (\d+)/g)) failOpen += Number(match[1]);
    }
    rows.push([
      'Two replicas sharing PostgreSQL, 500 events each delivered to both at once',
      `answered more than once ${twice}, never ${never}; ${statuses.filter((s) => s === 200).length}/1000 acked; claims answered from memory ${failOpen}`,
      'target 0; before: 92 of 200',
    ]);
  } finally {
    await Promise.all(started.map((s) => s.bot.stop()));
    await fake.close();
    await db.dispose();
    spool.remove();
  }
}

/** The per-message cost bound, in process: the costliest input beside the slowest real message. */
async function costBound(): Promise<void> {
  const { slowestReal, costliest, realCount, costlyCount } = measureCostBound(contentDir());
  const short = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  rows.push([
    `Costliest of ${costlyCount} inputs of ${MAX_QUESTION_CHARS} characters beside the slowest of ${realCount} real messages (core, in process)`,
    `${fmt(costliest.ms)} ms (${short(costliest.question)}) vs ${fmt(slowestReal.ms)} ms (${short(slowestReal.question)}): ${(costliest.ms / slowestReal.ms).toFixed(1)}×`,
    'target at most 5×; before: U+FDFA × 4000 took 518 ms',
  ]);
}

// The PostgreSQL to use: BENCH_DATABASE_URL, else this machine's as the tests find it.
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const server: ChaosServer = { ...postgresTarget(url), password: decodeURIComponent(new URL(url).password) };
say(`PostgreSQL at ${server.host}:${server.port}/${server.database}`);
const only = process.env.BENCH_ONLY;
for (const [name, run] of [
  ['cost bound', costBound],
  ['hold-open', holdOpen],
  ['/ask flood (default limit)', () => askFlood('HTTP_API_RATE_LIMIT default: 30 per minute per address', {})],
  ['/ask flood (no limit)', () => askFlood('rate limit lifted: the cost bound alone', { HTTP_API_RATE_LIMIT: '100000' })],
  ['postgres lock', () => postgresLock(server)],
  ['kill -9', killBurst],
  ['SIGTERM outage', () => sigtermOutage(server)],
  ['replicas', () => replicas(server)],
] as const) {
  if (only && !name.includes(only)) continue;
  say(`== ${name}`);
  await run();
  say(`   ${rows.at(-1)?.[1] ?? ''}`);
}

const table = [
  '## Hold under attack and faults (`npm run bench:hardening`, issue 16)',
  '',
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores; the running process (dist/) with the project's content, the fake Slack, PostgreSQL at ${server.host}:${server.port}; attack traffic in a worker thread.`,
  '',
  '| target | measured | before / target |',
  '| --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
process.stdout.write(table);
// A partial run (BENCH_ONLY) prints its rows but leaves the file of the last full run.
if (!only) writeFileSync(join(projectRoot(), 'bench', 'hardening-results.md'), table);
