import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ImportItem, ImportError, importFile, MANIFEST_FILE, slug, toEntry, writeEntries } from '../../adapters/import/index.js';
import { loadLayers } from '../../src/index.js';
import { FIXTURE_CONTENT } from '../helpers.js';
import { copyOfFixture, FIXTURES, readEntry, snapshot, tempDir } from './helpers.js';

const EXPORTS = ['qnamaker.tsv', 'qnamaker.json', 'qnabot.json', 'faq.csv', 'faq-no-header.csv'];
const made: string[] = [];
const fresh = () => {
  const dir = tempDir();
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const faqFiles = (out: string) => readdirSync(join(out, 'faqs')).sort();

describe('importing each format', () => {
  it.each(EXPORTS)('writes entries from %s that the content loader reads as valid faq entries', (name) => {
    const out = fresh();
    const report = importFile(join(FIXTURES, name), { outDir: out });
    expect(report.written.length).toBeGreaterThan(0);
    expect(report.written.every((w) => w.status === 'new')).toBe(true);
    expect(faqFiles(out)).toEqual(report.written.map((w) => basename(w.file)).sort());
    for (const { file } of report.written) {
      const entry = readEntry(join(out, file));
      expect(entry.summary.length).toBeLessThanOrEqual(600);
      expect(entry.body.length).toBeGreaterThan(0);
    }
  });

  it('writes a team folder that loads with the team rules over the shipped content', () => {
    const out = fresh();
    for (const name of EXPORTS) importFile(join(FIXTURES, name), { outDir: out });
    const kb = loadLayers([
      { dir: FIXTURE_CONTENT, rules: 'shipped' },
      { dir: out, rules: 'team' },
    ]);
    expect(kb.entries.filter((entry) => entry.file.startsWith(out)).length).toBe(faqFiles(out).length);
    expect(faqFiles(out)).toHaveLength(16);
  });

  it('quotes a first question with a colon as the title, and it reads back unchanged', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'qnamaker.tsv'), { outDir: out });
    const entry = readEntry(join(out, 'faqs', 'on-call-how-does-the-rotation-work.md'));
    expect(entry.raw).toContain('title: "On-call: how does the rotation work?"\n');
    expect(entry.title).toBe('On-call: how does the rotation work?');
    expect(entry.questions).toEqual(['On-call: how does the rotation work?', 'on call rotation']);
    expect(entry.tags).toEqual(['on-call']);
    // "Editorial" is not a URL: no source.
    expect(entry.sources).toEqual([]);
  });

  it('keeps unicode in titles, questions and bodies, and gives a question without Latin letters a stable id', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'qnamaker.tsv'), { outDir: out });
    importFile(join(FIXTURES, 'qnamaker.json'), { outDir: out });
    const german = readEntry(join(out, 'faqs', 'wie-beantrage-ich-urlaub-wahrend-der-rufbereitschaft.md'));
    expect(german.questions).toEqual(['Wie beantrage ich Urlaub während der Rufbereitschaft?', '¿Puedo cambiar mi guardia?']);
    expect(german.body).toBe('Tausche die Woche zuerst mit einer Kollegin – dann trägt das Team die Änderung im Kalender ein. ✅');
    const [japanese] = faqFiles(out).filter((name) => name.startsWith('faq-'));
    expect(japanese).toMatch(/^faq-[0-9a-f]{8}\.md$/);
    expect(readEntry(join(out, 'faqs', japanese!)).title).toBe('日本語のドキュメントはありますか？');
  });

  it('maps summary, body, tags and a URL source from the answer and metadata', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'qnamaker.tsv'), { outDir: out });
    const entry = readEntry(join(out, 'faqs', 'how-do-i-get-access-to-the-staging-cluster.md'));
    expect(entry.summary).toBe(
      'Ask in #platform-help with your team name. Open a ticket in the Access queue; Your lead approves it; ' +
        'Access arrives within a working day. See the staging runbook for the details.',
    );
    expect(entry.body).toContain('1. Open a ticket in the *Access* queue\n2. Your lead approves it');
    expect(entry.body).toContain('[the staging runbook](https://wiki.example.com/runbooks/staging)');
    expect(entry.tags).toEqual(['access', 'new-hire']);
    expect(entry.sources).toEqual([{ name: 'wiki.example.com/runbooks/staging', url: 'https://wiki.example.com/runbooks/staging' }]);
  });

  it('keeps the CSV answer with its comma, line break and quotes as the body', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'faq.csv'), { outDir: out });
    const entry = readEntry(join(out, 'faqs', 'how-do-i-book-the-lab.md'));
    expect(entry.body).toBe(
      'Use the booking form, then tell the lab owner.\nBookings are for half a day at most, and "urgent" means production is down.',
    );
    expect(entry.questions).toEqual(['How do I book the lab?', 'lab booking', 'reserve the lab', 'book lab']);
    expect(readEntry(join(out, 'faqs', 'pairing-do-we-do-it.md')).title).toBe('Pairing: do we do it?');
  });

  it('names files after the export ids that have words (qid), and the first question otherwise', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'qnabot.json'), { outDir: out });
    expect(faqFiles(out)).toEqual(['deploy-fr.md', 'feedback-001.md', 'onboarding-001.md', 'tools-git.md']);
    expect(readEntry(join(out, 'faqs', 'tools-git.md')).tags).toEqual(['tooling', 'git', 'security']);
  });
});

describe('importing again', () => {
  it('writes the same bytes and rewrites nothing when the export has not changed', () => {
    for (const name of EXPORTS) {
      const out = fresh();
      const first = importFile(join(FIXTURES, name), { outDir: out });
      const before = snapshot(out);
      const past = new Date('2020-01-01T00:00:00Z');
      for (const file of before.keys()) utimesSync(join(out, file), past, past);

      const second = importFile(join(FIXTURES, name), { outDir: out });
      expect(second.written).toEqual([]);
      expect(second.unchanged).toEqual(first.written.map((w) => w.file));
      expect(snapshot(out)).toEqual(before);
      for (const file of before.keys()) expect(statSync(join(out, file)).mtime, `${name}: ${file}`).toEqual(past);
    }
  });

  it('updates the file of a changed item in place, even when its first question changed', () => {
    const out = fresh();
    const tsv = copyOfFixture('qnamaker.tsv');
    importFile(tsv, { outDir: out });
    const files = faqFiles(out);
    const other = readFileSync(join(out, 'faqs', 'what-if-i-miss-a-page.md'), 'utf8');

    const text = readFileSync(tsv, 'utf8');
    writeFileSync(
      tsv,
      text
        .replaceAll('one week in six', 'one week in eight')
        .replace('On-call: how does the rotation work?', 'On-call: how does the rota work?'),
    );
    const report = importFile(tsv, { outDir: out });

    expect(report.written).toEqual([{ file: 'faqs/on-call-how-does-the-rotation-work.md', status: 'updated' }]);
    expect(report.unchanged).toHaveLength(3);
    expect(faqFiles(out)).toEqual(files);
    const entry = readEntry(join(out, 'faqs', 'on-call-how-does-the-rotation-work.md'));
    expect(entry.title).toBe('On-call: how does the rota work?');
    expect(entry.body).toContain('one week in eight');
    expect(readFileSync(join(out, 'faqs', 'what-if-i-miss-a-page.md'), 'utf8')).toBe(other);
  });

  it('keeps a file edited by hand since the import, and reports it', () => {
    const out = fresh();
    importFile(join(FIXTURES, 'faq.csv'), { outDir: out });
    const path = join(out, 'faqs', 'pairing-do-we-do-it.md');
    const edited = `${readFileSync(path, 'utf8')}\nAlso on Fridays.\n`;
    writeFileSync(path, edited);
    const report = importFile(join(FIXTURES, 'faq.csv'), { outDir: out });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(report.notes).toContainEqual({
      at: 'line 2',
      skipped: 'edited by hand',
      message: 'faqs/pairing-do-we-do-it.md was edited after the last import: kept as it is (delete it to import this item again)',
    });
  });

  it('keeps, and reports, the file of an item that left the export', () => {
    const out = fresh();
    const csv = copyOfFixture('faq-no-header.csv');
    importFile(csv, { outDir: out });
    writeFileSync(csv, readFileSync(csv, 'utf8').split('\n').slice(1).join('\n'));
    const report = importFile(csv, { outDir: out });
    expect(report.stale).toEqual(['faqs/what-is-the-deploy-freeze.md']);
    expect(existsSync(join(out, 'faqs', 'what-is-the-deploy-freeze.md'))).toBe(true);
  });
});

describe('files the import did not write', () => {
  it('are never overwritten: a new entry whose id is taken gets -2, then -3', () => {
    const out = fresh();
    mkdirSync(join(out, 'faqs'), { recursive: true });
    const own = '---\ntitle: "Our own"\nkind: faq\nsummary: Written by hand.\nquestions: [how do i book the lab]\n---\nBy hand.\n';
    writeFileSync(join(out, 'faqs', 'how-do-i-book-the-lab.md'), own);
    writeFileSync(join(out, 'faqs', 'how-do-i-book-the-lab-2.md'), own);
    writeFileSync(join(out, 'notes.txt'), 'team notes');
    const report = importFile(join(FIXTURES, 'faq.csv'), { outDir: out });
    expect(report.written.map((w) => w.file)).toContain('faqs/how-do-i-book-the-lab-3.md');
    expect(readFileSync(join(out, 'faqs', 'how-do-i-book-the-lab.md'), 'utf8')).toBe(own);
    expect(readFileSync(join(out, 'faqs', 'how-do-i-book-the-lab-2.md'), 'utf8')).toBe(own);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('team notes');
  });

  it('keep their ids when the caller reserves them (the shipped content)', () => {
    const out = fresh();
    const report = importFile(join(FIXTURES, 'qnabot.json'), { outDir: out, avoidIds: new Set(['tools-git']) });
    expect(report.written.map((w) => w.file)).toContain('faqs/tools-git-2.md');
  });

  it('a manifest that is not ours stops the import before anything is written', () => {
    const out = fresh();
    writeFileSync(join(out, MANIFEST_FILE), '{"items": []}');
    expect(() => importFile(join(FIXTURES, 'faq.csv'), { outDir: out })).toThrow(ImportError);
    expect(existsSync(join(out, 'faqs'))).toBe(false);
  });
});

describe('toEntry', () => {
  const item = (over: Partial<ImportItem>): ImportItem => ({ at: 'line 2', questions: ['q'], answer: 'A.', tags: [], ...over });

  it('dedupes questions that differ only in case, spacing or punctuation, and trims them', () => {
    const entry = toEntry(item({ questions: ['  How do I deploy? ', 'how do i deploy', 'How  do I\ndeploy?!', 'deploy steps'] }));
    expect('frontMatter' in entry && entry.frontMatter.questions).toEqual(['How do I deploy?', 'deploy steps']);
  });

  it('skips an answer that has no text once its Markdown is removed', () => {
    expect(toEntry(item({ answer: '![](diagram.png)\n\n<br>' }))).toMatchObject({ skipped: 'empty answer' });
  });

  it('shortens a title over 150 characters and a summary over 600', () => {
    const entry = toEntry(item({ questions: [`why ${'really '.repeat(40)}?`], answer: `${'Long sentence here. '.repeat(60)}` }));
    if (!('frontMatter' in entry)) throw new Error(entry.message);
    expect(entry.frontMatter.title.length).toBeLessThanOrEqual(150);
    expect(entry.frontMatter.title.endsWith('…')).toBe(true);
    expect(entry.frontMatter.summary.length).toBeLessThanOrEqual(600);
    expect(entry.body).toBe('Long sentence here. '.repeat(60).trim());
  });

  it('writes an entry whose YAML needs quoting everywhere, and it reads back the same', () => {
    const out = fresh();
    const questions = ['yes', '#hashtag?', '- dash', 'key: value', '"quoted"', "it's", '@mention'];
    writeEntries([item({ questions, answer: 'no: really. # not a comment\n\n---\n\nStill the body.' })], {
      outDir: out,
      sourceName: 'x.csv',
    });
    const entry = readEntry(join(out, 'faqs', 'yes.md'));
    expect(entry.questions).toEqual(questions);
    expect(entry.summary).toBe('no: really. # not a comment. Still the body.');
    expect(entry.body).toBe('no: really. # not a comment\n\n---\n\nStill the body.');
  });
});

describe('slug', () => {
  it('is lower-case ASCII words joined by hyphens, accents and apostrophes dropped', () => {
    expect(slug("Don't panic: what's CAP?")).toBe('dont-panic-whats-cap');
    expect(slug('Où sont les comptes rendus ?')).toBe('ou-sont-les-comptes-rendus');
    expect(slug('sun.4')).toBe('sun-4');
  });

  it('stops between words at 60 characters', () => {
    const id = slug('how do I get access to the staging cluster when my manager is away on holiday');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toBe('how-do-i-get-access-to-the-staging-cluster-when-my-manager');
  });
});
