import { describe, expect, it } from 'vitest';
import { createChatGuard, type ChatAsker, type ChatGuardOptions } from '../../adapters/chat-kit/index.js';
import { createMemoryStore, type Logger, type Store } from '../../src/index.js';

interface Line {
  level: string;
  obj: Record<string, unknown>;
  msg?: string;
}

function recordingLogger(lines: Line[]): Logger {
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function guardOver(store: Store, options: Partial<ChatGuardOptions> = {}, lines: Line[] = []) {
  return createChatGuard({
    platform: 'slack',
    store,
    logger: recordingLogger(lines),
    rateLimit: { limit: 2, windowMs: 60_000 },
    ...options,
  });
}

/** What five questions in a row from one person come to. */
async function fiveFrom(asker: ChatAsker, store: Store = createMemoryStore()) {
  const guard = guardOver(store);
  const out: string[] = [];
  for (let i = 0; i < 5; i++) out.push(await guard.admit(asker));
  return out;
}

describe('when "slow down" is said', () => {
  it('tells a person who types message after message once per window, privately', async () => {
    expect(await fiveFrom({ userId: 'U1', arrival: 'message' })).toEqual(['answer', 'answer', 'slow-down', 'quiet', 'quiet']);
  });

  it('tells a command or click every time: it waits for a reply of its own', async () => {
    expect(await fiveFrom({ userId: 'U1', arrival: 'request' })).toEqual(['answer', 'answer', 'slow-down', 'slow-down', 'slow-down']);
  });

  it('never says it where the note could not be private', async () => {
    const inPublic = { userId: 'U1', arrival: 'message', canNotePrivately: false } as const;
    expect(await fiveFrom(inPublic)).toEqual(['answer', 'answer', 'quiet', 'quiet', 'quiet']);
  });

  it('counts each person per workspace and platform', async () => {
    const store = createMemoryStore();
    const slack = guardOver(store);
    const discord = guardOver(store, { platform: 'discord' });
    for (let i = 0; i < 2; i++) await slack.admit({ userId: 'U1', teamId: 'T1', arrival: 'request' });
    expect(await slack.admit({ userId: 'U1', teamId: 'T1', arrival: 'request' })).toBe('slow-down');
    expect(await slack.admit({ userId: 'U1', teamId: 'T2', arrival: 'request' })).toBe('answer');
    expect(await discord.admit({ userId: 'U1', arrival: 'request' })).toBe('answer');
  });
});

describe('dedup', () => {
  it('lets a delivery id through once per platform and kind', async () => {
    const guard = guardOver(createMemoryStore());
    expect(await guard.firstDelivery('event', 'Ev1')).toBe(true);
    expect(await guard.firstDelivery('event', 'Ev1')).toBe(false);
    expect(await guard.firstDelivery('trigger', 'Ev1')).toBe(true);
  });
});

describe('a store that fails or hangs', () => {
  it('fails open: delivers, answers, and logs one warning per kind of call', async () => {
    const lines: Line[] = [];
    const failing = (): Promise<never> => Promise.reject(new Error('database unreachable'));
    const guard = guardOver({ ...createMemoryStore(), claim: failing, allow: failing }, {}, lines);
    for (let i = 0; i < 3; i++) {
      expect(await guard.firstDelivery('event', `Ev${i}`)).toBe(true);
      expect(await guard.admit({ userId: 'U1', arrival: 'message' })).toBe('answer');
    }
    const warnings = lines.filter((l) => l.level === 'warn');
    expect(warnings.map((l) => [l.msg, l.obj.what])).toEqual([
      ['store failed; carrying on without it', 'claim'],
      ['store failed; carrying on without it', 'allow'],
    ]);
  });

  it('gives a hanging store one time limit, then carries on as if it had said yes', async () => {
    const lines: Line[] = [];
    const hanging = () => new Promise<boolean>(() => undefined);
    const guard = guardOver({ ...createMemoryStore(), claim: hanging, allow: hanging }, { timeoutMs: 50 }, lines);
    const started = performance.now();
    expect(await guard.firstDelivery('event', 'Ev1')).toBe(true);
    expect(await guard.admit({ userId: 'U1', arrival: 'request' })).toBe('answer');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines.filter((l) => l.msg === 'store too slow; carrying on without it')).toHaveLength(2);
  });
});
