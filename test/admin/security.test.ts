import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSignInThrottle } from '../../adapters/admin/session.js';
import { csrfOf, get, post, signIn, startConsole, TOKEN, type ConsoleHarness } from './harness.js';

describe('admin console security', () => {
  let admin: ConsoleHarness;
  beforeEach(async () => {
    admin = await startConsole();
  });
  afterEach(() => admin.close());

  it('sends every console page to the sign-in page without a session', async () => {
    for (const path of ['/admin', '/admin/overview', '/admin/unanswered', '/admin/try?q=raft', '/admin/nothing-here']) {
      const res = await get(`${admin.base}${path}`);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/admin/sign-in');
      expect(await res.text()).toBe('');
    }
  });

  it('refuses a forged or expired session cookie as if there were none', async () => {
    const cookie = await signIn(admin.base);
    const [expiry, nonce, mac] = cookie.split('=')[1]!.split('.');
    const forged = `admin_session=${Number(expiry) + 1}.${nonce}.${mac}`;
    expect((await get(`${admin.base}/admin/overview`, forged)).status).toBe(303);
    expect((await get(`${admin.base}/admin/overview`, `admin_session=1.${nonce}.${mac}`)).status).toBe(303);
    expect((await get(`${admin.base}/admin/overview`, cookie)).status).toBe(200);
  });

  it('changes nothing without a session: a POST is sent to sign in', async () => {
    const res = await post(`${admin.base}/admin/accept`, { question: 'best laptop for coding', entry: 'interviews', csrf: 'x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/sign-in');
    expect(await admin.store.learning.acceptedSince(0)).toEqual([]);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, on the console path only', async () => {
    const res = await post(`${admin.base}/admin/sign-in`, { token: TOKEN });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^admin_session=[\w.-]+;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/admin;/);
  });

  it('answers 403 to a change with a missing or wrong CSRF token, and stores nothing', async () => {
    const cookie = await signIn(admin.base);
    const fields = { question: 'best laptop for coding', entry: 'interviews', days: '7' };
    expect((await post(`${admin.base}/admin/accept`, fields, cookie)).status).toBe(403);
    expect((await post(`${admin.base}/admin/accept`, { ...fields, csrf: 'not-the-token' }, cookie)).status).toBe(403);
    // The token of another session is not this one's.
    const other = await signIn(admin.base);
    const otherCsrf = csrfOf(await (await get(`${admin.base}/admin/overview`, other)).text());
    expect((await post(`${admin.base}/admin/reject`, { ...fields, csrf: otherCsrf }, cookie)).status).toBe(403);
    expect(await admin.store.learning.acceptedSince(0)).toEqual([]);
    const csrf = csrfOf(await (await get(`${admin.base}/admin/overview`, cookie)).text());
    expect((await post(`${admin.base}/admin/accept`, { ...fields, csrf }, cookie)).status).toBe(303);
    expect(await admin.store.learning.acceptedSince(0)).toMatchObject([{ entryId: 'interviews', question: 'best laptop for coding' }]);
  });

  it('refuses a form posted from another site even with a valid CSRF token', async () => {
    const cookie = await signIn(admin.base);
    const csrf = csrfOf(await (await get(`${admin.base}/admin/overview`, cookie)).text());
    const res = await fetch(`${admin.base}/admin/accept`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf, question: 'q', entry: 'interviews' }),
    });
    expect(res.status).toBe(403);
  });

  it('escapes question text from chat everywhere the console shows it', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & \'single\'';
    admin.bot.ask(hostile, { platform: 'slack', userId: 'U1' });
    await admin.store.flush();
    const cookie = await signIn(admin.base);
    const page = await (await get(`${admin.base}/admin/unanswered`, cookie)).text();
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; &#39;single&#39;',
    );
    const tried = await (await get(`${admin.base}/admin/try?q=${encodeURIComponent(hostile)}`, cookie)).text();
    expect(tried).not.toContain('<script>alert');
    expect(tried).toContain('value="&lt;script&gt;alert(1)');
  });

  it('keeps the health routes open', async () => {
    expect((await get(`${admin.base}/healthz`)).status).toBe(200);
  });
});

describe('admin sign-in throttling', () => {
  it('throttles an address after five wrong tokens, even when the sixth try is right', async () => {
    const admin = await startConsole({ throttle: createSignInThrottle({ perClient: 5, windowMs: 60_000 }) });
    try {
      for (let i = 0; i < 5; i += 1) expect((await post(`${admin.base}/admin/sign-in`, { token: `wrong-${i}` })).status).toBe(401);
      const throttled = await post(`${admin.base}/admin/sign-in`, { token: TOKEN });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(throttled.headers.get('set-cookie')).toBeNull();
      expect(await throttled.text()).toContain('Too many wrong tokens');
    } finally {
      await admin.close();
    }
  });
});
