import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { InteractionResponseType } from 'discord.js';
import { startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { slashCommand, type Place } from '../fakes/discord/payloads.js';
import { LOAD_QUESTIONS, pool, settle, type DriverJob, type DriverMessage } from './load-shared.js';

/**
 * The Discord side of a load run, in a worker thread: the fake REST API and gateway, which
 * dispatches `/ask` interactions `concurrency` at a time and times each until its callback
 * arrives (Discord's deadline is 3 s). Each comes from its own user, so the rate limit stays
 * out of it. Discord's servers do not share the bot's event loop, so neither does this.
 */
const { total, concurrency, warmup } = workerData as DriverJob;
const port = parentPort!;
const fake = await startFakeDiscord();
const send = (message: DriverMessage) => port.postMessage(message);
send({ type: 'ready', apiUrl: fake.apiUrl, applicationId: fake.world.applicationId });
await once(port, 'message'); // go: the bot is connected

const place: Place = { kind: 'channel', guild: fake.world.guilds[0]! };
const isCallback = (c: { method: string; path: string }) => c.method === 'POST' && c.path.endsWith('/callback');

/** Dispatches one interaction and resolves with ms until its callback, or null if none came. */
async function interact(userId: bigint, i: number): Promise<{ token: string; ms: number | null }> {
  const user = { id: String(userId), username: `load${i}` };
  const built = slashCommand(fake.world, user, place, 'ask', { question: LOAD_QUESTIONS[i % LOAD_QUESTIONS.length]! });
  const path = `/interactions/${built.id}/${built.token}/callback`;
  const answered = fake.waitForCall((c) => c.path === path, 10_000);
  const sentAt = fake.interact(built, place);
  const callback = await answered.catch(() => null);
  return { token: built.token, ms: callback ? callback.at - sentAt : null };
}

// Warm-up at full concurrency: the client's REST connections are open and its code is hot.
await pool(warmup, concurrency, async (i) => void (await interact(300_000_000_000_000_000n + BigInt(i), i)));
await settle(() => fake.calls.filter(isCallback).length, warmup, 15_000);
fake.calls.length = 0;

const acks: number[] = [];
const tokens: string[] = [];
await pool(total, concurrency, async (i) => {
  const { token, ms } = await interact(200_000_000_000_000_000n + BigInt(i), i);
  tokens[i] = token;
  if (ms !== null) acks.push(ms);
});
await settle(() => fake.calls.filter(isCallback).length, total);

// One callback each; a deferral counts as answered only once the answer has been edited in.
const callbacks = new Map<string, number>();
const waitingForEdit = new Set<string>();
for (const call of fake.calls.filter(isCallback)) {
  const token = call.path.split('/')[3]!;
  callbacks.set(token, (callbacks.get(token) ?? 0) + 1);
  if (call.body?.type === InteractionResponseType.DeferredChannelMessageWithSource) waitingForEdit.add(token);
}
const deferred = waitingForEdit.size;
const edited = () => fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'));
await settle(() => edited().length, deferred, 10_000);
for (const call of edited()) waitingForEdit.delete(call.path.split('/')[3]!);
const answersPerRequest = tokens.map((t) => (waitingForEdit.has(t) ? 0 : (callbacks.get(t) ?? 0)));
send({ type: 'done', result: { acks, answersPerRequest, deferred } });

await once(port, 'message'); // close: the bot has stopped
await fake.close();
port.close();
