import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReport } from '../../adapters/store/report-command.js';
import { createStore } from '../../adapters/store/create-store.js';
import { parseSince, type UsageReport } from '../../adapters/store/report.js';
import { renderReportText } from '../../adapters/store/report-text.js';
import { captureLogger, SALT } from './backends.js';
import { DAY, HOUR, manualClock, seedHistory, T0 } from './seed.js';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

describe('npm run report', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'report-test-'));
    path = join(dir, 'bot.sqlite');
    const clock = manualClock();
    const store = await createStore({ backend: 'sqlite', path, salt: SALT, keepQuestionText: true, retentionDays: 365 }, captureLogger(), {
      now: clock.now,
      purgeIntervalMs: false,
    });
    await seedHistory(store, clock);
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[], env: Record<string, string> = { STORE_PATH: path }) {
    const out = sink();
    const err = sink();
    const code = await runReport(args, { env, stdout: out.stream, stderr: err.stream, logger: captureLogger(), now: () => new Date(T0) });
    return { code, stdout: out.text(), stderr: err.text() };
  }

  it('prints the last 7 days as text, without needing STORE_SALT', async () => {
    const { code, stdout } = await run(['--since', '7d']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage from 2025-03-03 to 2025-03-10');
    expect(stdout).toContain('11 questions: 6 answered, 4 unanswered, 1 other');
    expect(stdout).toMatch(/^ {2}slack +6 questions +3 answered +2 unanswered +3 votes +2 clicks +3 people$/m);
    expect(stdout).toMatch(/^ {5}3 {2}(What is Kubernetes\?|what is kubernetes|WHAT IS KUBERNETES\?\?)$/m);
    expect(stdout).toContain('  raft+paxos: 0 / 2');
    expect(stdout).toMatch(/^ {5}3 {2}crdt$/m);
  });

  it('prints one JSON object with --json, with the same figures as the store', async () => {
    const { code, stdout } = await run(['--since', '30d', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as UsageReport;
    expect(report.totals.questions).toBe(13);
    expect(report.since).toBe(new Date(T0 - 30 * DAY).toISOString());
  });

  it('exits 2 with the fix for a period it cannot read', async () => {
    const { code, stderr } = await run(['--since', 'last week']);
    expect(code).toBe(2);
    expect(stderr).toContain('--since "last week" is not a period: use 7d, 24h, 2w or a date such as 2025-01-31');
  });

  it('exits 2 on an unknown option, and 1 with the variable named on a bad environment', async () => {
    expect((await run(['--sinse', '7d'])).code).toBe(2);
    const bad = await run([], { STORE_RETENTION_DAYS: 'forever' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('STORE_RETENTION_DAYS must be a whole number of days');
  });
});

describe('parseSince', () => {
  const now = new Date(T0);
  it('reads hours, days and weeks back from now', () => {
    expect(parseSince('24h', now).getTime()).toBe(T0 - 24 * HOUR);
    expect(parseSince('7d', now).getTime()).toBe(T0 - 7 * DAY);
    expect(parseSince('2W', now).getTime()).toBe(T0 - 14 * DAY);
  });
  it('reads a calendar date', () => {
    expect(parseSince('2025-01-31', now).toISOString()).toBe('2025-01-31T00:00:00.000Z');
  });
});

describe('renderReportText', () => {
  const empty: UsageReport = {
    since: '2025-03-03T12:00:00.000Z',
    until: '2025-03-10T12:00:00.000Z',
    totals: { questions: 0, answered: 0, unanswered: 0, votes: 0, clicks: 0, people: 0 },
    platforms: [],
    unanswered: [],
    lowestRated: [],
    mostAsked: [],
  };

  it('says plainly when a period has nothing in it', () => {
    const text = renderReportText(empty);
    expect(text).toContain('nothing recorded in this period');
    expect(text).toContain('none voted down');
  });

  it('shortens long questions and marks questions whose text is not kept', () => {
    const text = renderReportText({
      ...empty,
      unanswered: [
        { question: 'x'.repeat(300), count: 2, lastAskedAt: empty.until },
        { question: null, count: 1, lastAskedAt: empty.until },
      ],
    });
    expect(text).toContain(`${'x'.repeat(99)}…`);
    expect(text).not.toContain('x'.repeat(100));
    expect(text).toContain('(question text not kept)');
  });
});
