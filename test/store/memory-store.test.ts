import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/memory-store.js';

describe('memory store: the members added for clicks and onboarding', () => {
  it('keeps clicks in order', async () => {
    const store = createMemoryStore();
    await store.recordClick({ platform: 'slack', userId: 'U1', kind: 'related', fromKey: 'crdt', entryId: 'gossip' });
    await store.recordClick({ platform: 'discord', kind: 'suggestion', fromKey: null, entryId: 'raft' });
    expect(store.clicks.map((c) => c.entryId)).toEqual(['gossip', 'raft']);
  });

  it('remembers a welcome per platform, person and place', async () => {
    const store = createMemoryStore();
    const welcome = { platform: 'slack', userId: 'U1', place: 'home' };
    expect(await store.hasWelcomed(welcome)).toBe(false);
    await store.recordWelcome(welcome);
    expect(await store.hasWelcomed(welcome)).toBe(true);
    expect(await store.hasWelcomed({ ...welcome, place: 'C1' })).toBe(false);
    expect(await store.hasWelcomed({ ...welcome, platform: 'discord' })).toBe(false);
  });

  it('closes without doing anything, since it holds no connection', async () => {
    await expect(createMemoryStore().close()).resolves.toBeUndefined();
  });
});
