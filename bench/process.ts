import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessFigures {
  startToReadyMs: number;
  rssIdleMb: number;
  rssAfterMb: number;
  questions: number;
}

const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
};

/**
 * The real process, as an operator runs it (`npm start -- --serve`): time from spawn to
 * `/readyz` green, resident memory idle, and again after `questions` answered over HTTP.
 */
export async function benchProcess(root: string, questions: readonly string[], total = 10_000): Promise<ProcessFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', 'adapters', 'boot', 'start.js'), '--serve'], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', STORE_PATH: join(mkdtempSync(join(tmpdir(), 'bench-')), 'bot.sqlite') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk;
        const match = /Started: HTTP API \(port (\d+)/.exec(err);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', () => reject(new Error(`the bot exited before it was ready:\n${err}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    while ((await fetch(`${base}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 10));
    const startToReadyMs = performance.now() - started;
    const rssIdleMb = rssMb(child.pid!);

    let next = 0;
    const worker = async () => {
      while (next < total) {
        const q = questions[next++ % questions.length]!;
        await (await fetch(`${base}/ask?q=${encodeURIComponent(q)}`)).arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return { startToReadyMs, rssIdleMb, rssAfterMb: rssMb(child.pid!), questions: total };
  } finally {
    child.kill('SIGTERM');
  }
}
