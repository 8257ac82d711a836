import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/index.js';
import { REAL_CONTENT } from '../helpers.js';

// loadContent throws on any rule break, so loading at all proves ids, links and questions are sound.
const kb = loadContent(REAL_CONTENT);

describe('the real content', () => {
  it('passes every content rule', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(100);
  });

  it('gives every entry a summary, at least five alternate questions and related links that exist', () => {
    const weak = kb.entries.filter(
      (e) => e.summary.trim().length < 80 || e.questions.length < 5 || e.related.length === 0 || e.related.some((id) => !kb.byId.has(id)),
    );
    expect(weak.map((e) => e.file)).toEqual([]);
  });

  it('covers every kind, with the five levels and a learning path for each', () => {
    const kinds = new Set(kb.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['comparison', 'concept', 'faq', 'guide', 'level', 'role', 'scenario']);
    expect(kb.entries.filter((e) => e.kind === 'level')).toHaveLength(5);
    expect(kb.paths.map((p) => p.id).sort()).toEqual(['entry', 'mid', 'principal', 'senior', 'staff']);
  });

  it('has a welcome for the onboarding channels with three starters', () => {
    expect(kb.welcome?.starters).toHaveLength(3);
    expect(kb.welcome?.intro.length).toBeGreaterThan(100);
  });

  it('keeps Markdown headings out of bodies, since chat shows the title already', () => {
    expect(kb.entries.filter((e) => /^# /m.test(e.body)).map((e) => e.file)).toEqual([]);
  });
});
