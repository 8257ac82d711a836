import { describe, expect, it } from 'vitest';
import { decodeEntryClick, encodeEntryClick, type EntryClick } from '../../adapters/chat-kit/index.js';

describe('what an entry button carries', () => {
  it('says its kind, its entry and the answer it sat under, and reads back the same', () => {
    const click: EntryClick = { entryId: 'gossip', kind: 'related', fromKey: 'crdt+raft' };
    expect(encodeEntryClick(click, 100)).toBe('r:crdt+raft:gossip');
    expect(decodeEntryClick('r:crdt+raft:gossip')).toEqual(click);
    expect(decodeEntryClick(encodeEntryClick({ entryId: 'crdt', kind: null, fromKey: null }, 100)!)).toEqual({
      entryId: 'crdt',
      kind: null,
      fromKey: null,
    });
  });

  it('gives up the origin first when the platform limit is near, and the button when even the entry does not fit', () => {
    const click: EntryClick = { entryId: 'gossip', kind: 'related', fromKey: 'a'.repeat(90) };
    expect(encodeEntryClick(click, 96)).toBe('r::gossip');
    expect(encodeEntryClick({ ...click, entryId: 'x'.repeat(120) }, 96)).toBeNull();
  });

  it('keeps an entry id with a colon whole, and drops an origin that has one', () => {
    const value = encodeEntryClick({ entryId: 'odd:id', kind: 'suggestion', fromKey: 'a:b' }, 100)!;
    expect(decodeEntryClick(value)).toEqual({ entryId: 'odd:id', kind: 'suggestion', fromKey: null });
  });

  it('does not mistake an older button, which held only an entry id, for one of these', () => {
    expect(decodeEntryClick('gossip')).toBeNull();
    expect(decodeEntryClick('site-reliability-engineer')).toBeNull();
  });
});
