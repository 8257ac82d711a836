import type { IncomingMessage } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import {
  createClientLimiter,
  createRefusalLog,
  DEFAULT_EDGE_LIMITS,
  edgeServerOptions,
  hardenServer,
} from '../../adapters/runtime/http-edge.js';
import { precheckSlackHeaders } from '../../adapters/slack/body-guard.js';
import { captureLogger } from '../store/backends.js';

const NOW = 1_800_000_000;
const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const signed = (timestamp: number, extra: Record<string, string> = {}) =>
  request({ 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${'a'.repeat(64)}`, ...extra });

describe('what the headers of a request to /slack/events decide before its body is read', () => {
  it('refuses a request without a well-formed signature and timestamp', () => {
    expect(precheckSlackHeaders(request({}), NOW, 1024)).toBe('unsigned');
    expect(precheckSlackHeaders(request({ 'x-slack-signature': 'v0=abc', 'x-slack-request-timestamp': String(NOW) }), NOW, 1024)).toBe(
      'unsigned',
    );
    expect(
      precheckSlackHeaders(request({ 'x-slack-signature': `v0=${'a'.repeat(64)}`, 'x-slack-request-timestamp': 'soon' }), NOW, 1024),
    ).toBe('unsigned');
  });

  it('refuses a timestamp more than five minutes away, in the past or in the future', () => {
    expect(precheckSlackHeaders(signed(NOW - 301), NOW, 1024)).toBe('stale');
    expect(precheckSlackHeaders(signed(NOW + 301), NOW, 1024)).toBe('stale');
    expect(precheckSlackHeaders(signed(NOW + 10 * 365 * 86_400), NOW, 1024)).toBe('stale');
    expect(precheckSlackHeaders(signed(NOW - 299), NOW, 1024)).toBeNull();
    expect(precheckSlackHeaders(signed(NOW + 299), NOW, 1024)).toBeNull();
  });

  it('refuses a body announced larger than the cap', () => {
    expect(precheckSlackHeaders(signed(NOW, { 'content-length': '1025' }), NOW, 1024)).toBe('too-large');
    expect(precheckSlackHeaders(signed(NOW, { 'content-length': '1024' }), NOW, 1024)).toBeNull();
  });
});

describe('a server hardened for the edge', () => {
  it('closes a connection that sends no request, or only part of one, after the header timeout, and counts it', async () => {
    const limits = { ...DEFAULT_EDGE_LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 600 };
    const refused: string[] = [];
    const server = createServer({ ...edgeServerOptions(limits), connectionsCheckingInterval: 100 }, (_req, res) => res.end('ok'));
    hardenServer(server, createRefusalLog({ logger: captureLogger(), onRefused: (r) => refused.push(r) }), limits);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const silent = connect(port, '127.0.0.1').resume();
      const partial = connect(port, '127.0.0.1', () => partial.write('GET / HTTP/1.1\r\nHost: x\r\n')).resume();
      const started = performance.now();
      const closed = await Promise.all(
        [silent, partial].map((s) => new Promise<number>((r) => s.once('close', () => r(performance.now() - started)))),
      );
      expect(Math.max(...closed)).toBeLessThan(2_000);
      expect(refused).toEqual(['timeout', 'timeout']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the refusal log', () => {
  it('writes the first refusal at once and the rest of the window as one line of counts', async () => {
    vi.useFakeTimers();
    try {
      const logger = captureLogger();
      const counted: string[] = [];
      const log = createRefusalLog({ logger, windowMs: 1_000, onRefused: (reason) => counted.push(reason) });
      for (let i = 0; i < 500; i++) log.refuse(i % 2 ? 'unsigned' : 'stale');
      expect(logger.lines).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(logger.lines).toHaveLength(2);
      expect(logger.lines[1]!.obj).toMatchObject({ refused: { unsigned: 250, stale: 249 } });
      expect(counted).toHaveLength(500);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the per-client limit of /ask', () => {
  it('lets each client its limit per window, then refuses until the window ends', () => {
    let now = 0;
    const limiter = createClientLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.allow('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.allow('10.0.0.2')).toBe(true);
    expect(limiter.retryAfterSeconds()).toBe(60);
    now = 60_000;
    expect(limiter.allow('10.0.0.1')).toBe(true);
  });

  it('tracks a bounded number of clients: a flood of new addresses shares one count', () => {
    const limiter = createClientLimiter({ limit: 5, windowMs: 60_000, maxClients: 10 });
    const allowed = Array.from({ length: 100 }, (_, i) => limiter.allow(`10.0.${i}.1`)).filter(Boolean).length;
    expect(allowed).toBe(10 + 5);
  });
});
