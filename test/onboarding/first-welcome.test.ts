import { describe, expect, it } from 'vitest';
import { createMemoryStore, firstWelcome, silentLogger, type Store } from '../../src/index.js';

const newcomer = { platform: 'slack', userId: 'U1', place: 'C1' };

describe('firstWelcome', () => {
  it('says yes once per person and place, and records the welcome', async () => {
    const store = createMemoryStore();
    expect(await firstWelcome(store, newcomer, silentLogger)).toBe(true);
    expect(await store.hasWelcomed(newcomer)).toBe(true);
    expect(await firstWelcome(store, newcomer, silentLogger)).toBe(false);
    expect(await firstWelcome(store, { ...newcomer, place: 'C2' }, silentLogger)).toBe(true);
  });

  it('says yes only once to two deliveries racing for the same welcome', async () => {
    const store = createMemoryStore();
    const results = await Promise.all([firstWelcome(store, newcomer, silentLogger), firstWelcome(store, newcomer, silentLogger)]);
    expect(results.sort()).toEqual([false, true]);
  });

  it('says no, and warns, when the store fails: a missed welcome beats a second one', async () => {
    const warnings: object[] = [];
    const broken: Store = { ...createMemoryStore(), hasWelcomed: () => Promise.reject(new Error('database away')) };
    const logger = { ...silentLogger, warn: (obj: object) => void warnings.push(obj) };
    expect(await firstWelcome(broken, newcomer, logger)).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});
