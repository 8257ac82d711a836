import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  ImportError,
  type ImportNote,
  parseCsv,
  parseExport,
  parseQnaBotJson,
  parseQnaMakerJson,
  parseQnaMakerTsv,
} from '../../adapters/import/index.js';
import { FIXTURES } from './helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));
/** The notes at one place, as "skipped: reason" or the message, to compare in one go. */
const at = (notes: ImportNote[], where: string) => notes.filter((n) => n.at === where).map((n) => n.skipped ?? n.message);

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('QnA Maker TSV', () => {
  const { items, notes } = parseQnaMakerTsv(fixture('qnamaker.tsv'));

  it('makes one item of the rows that share a QnaId, their questions in order', () => {
    expect(items.map((item) => item.sourceId)).toEqual(['1', '2', '3', '4']);
    expect(items[0]!.questions).toEqual([
      'How do I get access to the staging cluster?',
      'staging access',
      'who approves k8s staging access',
    ]);
    expect(items[3]!.questions).toEqual(['Wie beantrage ich Urlaub während der Rufbereitschaft?', '¿Puedo cambiar mi guardia?']);
  });

  it('turns the escaped \\n of the export into line breaks and keeps the Markdown', () => {
    expect(items[0]!.answer).toBe(
      'Ask in **#platform-help** with your team name.\n\n1. Open a ticket in the *Access* queue\n2. Your lead approves it\n' +
        '3. Access arrives within a working day\n\nSee [the staging runbook](https://wiki.example.com/runbooks/staging) for the details.',
    );
    expect(items[0]!.answer).not.toContain('\\n');
  });

  it('reads tags from the metadata and keeps the source', () => {
    expect(items[0]).toMatchObject({ tags: ['access', 'new-hire'], source: 'https://wiki.example.com/runbooks/staging', at: 'line 2' });
    expect(items[1]).toMatchObject({ tags: ['on-call'], source: 'Editorial', at: 'line 5' });
  });

  it('reports the row without an answer, prompts, context-only items and suggestions with their line', () => {
    expect(at(notes, 'line 10')).toEqual(['no answer']);
    expect(notes.find((n) => n.at === 'line 10')!.message).toContain('Where is the VPN config?');
    expect(at(notes, 'line 5')).toEqual([
      'follow-up prompts (multi-turn) are not supported: 1 dropped ("What if I miss a page?")',
      '1 suggested question cluster(s) from active learning are not imported: accept them in the tool first',
    ]);
    expect(at(notes, 'line 7')).toEqual(['is context-only (reached only through a follow-up prompt): imported as an ordinary entry']);
    expect(at(notes, 'line 11')).toEqual(['has no question: the row adds nothing']);
    expect(notes).toHaveLength(5);
  });

  it('groups rows by their answer when the export has no QnaId column, and names unknown columns', () => {
    const tsv =
      'Question\tAnswer\tSource\tOwner\nwhat is a sev1\tProduction is down for customers.\tEditorial\tops\nsev1?\tProduction is down for customers.\tEditorial\tops\n';
    const parsed = parseQnaMakerTsv(tsv);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]!.questions).toEqual(['what is a sev1', 'sev1?']);
    expect(parsed.items[0]!.sourceId).toBeUndefined();
    expect(parsed.notes).toEqual([{ at: 'line 1', message: 'column "Owner" is not known: not imported' }]);
  });

  it('refuses a file without the Question and Answer header', () => {
    const error = importError(() => parseQnaMakerTsv('what is a sev1\tProduction is down.\n'));
    expect(error.code).toBe('EXPORT_INVALID');
    expect(error.message).toContain('Question and Answer');
  });
});

describe('QnA Maker JSON', () => {
  const { items, notes } = parseQnaMakerJson(json('qnamaker.json'));

  it('reads each document with its id, questions, answer, metadata tags and source', () => {
    expect(items.map((item) => item.sourceId)).toEqual(['11', '12', '17']);
    expect(items[0]).toMatchObject({
      at: 'qnaDocuments[0] (id 11)',
      tags: ['tooling', 'new-hire'],
      source: 'https://wiki.example.com/dev/setup',
    });
    expect(items[0]!.questions).toContain('how to start everything on my laptop');
    expect(items[0]!.answer).toContain('\n\n> If it hangs, run `make clean` and try again.');
    // A flag that is off ("chitchat": "false") gives no tag.
    expect(items[2]!.tags).toEqual(['ja']);
  });

  it('reports documents without an answer or a question, and dropped prompts, by index and id', () => {
    expect(at(notes, 'qnaDocuments[2] (id 13)')).toEqual(['no answer']);
    expect(at(notes, 'qnaDocuments[3] (id 14)')).toEqual(['no question']);
    expect(at(notes, 'qnaDocuments[1] (id 12)')).toEqual([
      'follow-up prompts (multi-turn) are not supported: 2 dropped ("How do I clear the cache?", "Is there a build dashboard?")',
    ]);
  });

  it('reads the qnaList shape and Azure question answering (Assets.Qnas, capitalised, metadata as an object)', () => {
    const list = parseQnaMakerJson({ qnaList: [{ id: 0, answer: 'Ask the SRE on call.', questions: ['who fixes prod'], metadata: [] }] });
    expect(list.items).toMatchObject([{ sourceId: '0', questions: ['who fixes prod'], answer: 'Ask the SRE on call.' }]);
    const azure = parseQnaMakerJson({
      Assets: {
        Qnas: [
          {
            Id: 3,
            Answer: 'Ask the SRE on call.',
            Questions: ['who fixes prod'],
            Metadata: { team: 'sre' },
            Dialog: { IsContextOnly: false, Prompts: [{ DisplayText: 'and at night?' }] },
          },
        ],
      },
    });
    expect(azure.items).toMatchObject([{ sourceId: '3', at: 'assets.qnas[0] (id 3)', tags: ['sre'] }]);
    expect(azure.notes.map((n) => n.message)).toEqual(['follow-up prompts (multi-turn) are not supported: 1 dropped ("and at night?")']);
  });
});

describe('QnABot JSON', () => {
  const { items, notes } = parseQnaBotJson(json('qnabot.json'));

  it('uses the Markdown answer when there is one, the plain answer otherwise', () => {
    expect(items.map((item) => item.sourceId)).toEqual(['Onboarding.001', 'Tools.Git', 'Feedback.001', 'Deploy.FR']);
    expect(items[0]!.answer.startsWith('**Your first week**, in order:\n\n1. Set up your laptop')).toBe(true);
    expect(items[1]!.answer).toBe(
      'We sign commits with SSH keys: set gpg.format to ssh and user.signingkey to your public key, then add the key to your account as a signing key.',
    );
    expect(items[3]!.questions).toEqual(['Ça marche comment, le déploiement ?']);
  });

  it('takes tags from the topic and the tags field', () => {
    expect(items[0]!.tags).toEqual(['onboarding']);
    expect(items[1]!.tags).toEqual(['Tooling', 'git', 'security']);
  });

  it('skips items that are not questions and answers or have no answer, and says what it drops', () => {
    expect(at(notes, 'qna[3] (qid Quiz.001)')).toEqual(['not a Q&A item']);
    expect(at(notes, 'qna[5] (qid Empty.001)')).toEqual(['no answer']);
    expect(at(notes, 'qna[2] (qid Feedback.001)')).toEqual([
      'the Lambda hook "QNA:ExamplePYTHONLambdaFeedback" is not supported: only the static answer is imported',
      'the response card (buttons "Yes", "No") is not supported: dropped',
    ]);
    // The first item's empty card, hook and chaining fields are not features: nothing to report.
    expect(at(notes, 'qna[0] (qid Onboarding.001)')).toEqual([]);
  });
});

describe('CSV', () => {
  it('reads a header row, a quoted answer with a comma, a newline and quotes, and alternates split by | or ;', () => {
    const { items } = parseCsv(fixture('faq.csv'));
    expect(items.map((item) => item.at)).toEqual(['line 2', 'line 3', 'line 6']);
    expect(items[0]!.questions).toEqual(['Pairing: do we do it?', 'pair programming', 'do we pair']);
    expect(items[1]!.answer).toBe(
      'Use the booking form, then tell the lab owner.\nBookings are for half a day at most, and "urgent" means production is down.',
    );
    expect(items[1]!.questions).toEqual(['How do I book the lab?', 'lab booking', 'reserve the lab', 'book lab']);
    expect(items[2]!.questions).toEqual(['Où sont les comptes rendus de réunion ?']);
  });

  it('reports the rows without an answer or a question with the line they are on', () => {
    const { notes } = parseCsv(fixture('faq.csv'));
    expect(notes).toEqual([
      { at: 'line 5', skipped: 'no answer', message: 'no answer for "Where are the design docs?": not imported' },
      { at: 'line 7', skipped: 'no question', message: 'the answer "An answer nobody asked for." has no question: not imported' },
    ]);
  });

  it('reads a file without a header row as question, answer, alternates, and reports extra fields', () => {
    const { items, notes } = parseCsv(fixture('faq-no-header.csv'));
    expect(items.map((item) => item.questions[0])).toEqual(['What is the deploy freeze?', 'Who reviews my pull request?']);
    expect(items[1]!.questions).toEqual(['Who reviews my pull request?', 'PR reviewer', 'who approves PRs']);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ at: 'line 2' });
    expect(notes[0]!.message).toContain('has 4 fields');
  });

  it('reads id, tags and source columns by name, in any order, and names unknown ones', () => {
    const csv = 'Answer,Question,ID,Tags,Owner\n"Run the smoke tests, then merge.",how do I release,rel-1,"release, ci",jo\n';
    const { items, notes } = parseCsv(csv);
    expect(items).toEqual([
      {
        sourceId: 'rel-1',
        at: 'line 2',
        questions: ['how do I release'],
        answer: 'Run the smoke tests, then merge.',
        tags: ['release', 'ci'],
      },
    ]);
    expect(notes).toEqual([{ at: 'line 1', message: 'column "Owner" is not known: not imported' }]);
  });

  it('fails with the line of a quote that is never closed', () => {
    const error = importError(() => parseExport('csv', 'question,answer\nwhy,"because\n'));
    expect(error.code).toBe('EXPORT_INVALID');
    expect(error.message).toMatch(/cannot be read as CSV: .*line 2/);
  });
});

describe('detectFormat', () => {
  it('tells each fixture apart by its extension and content', () => {
    const formats = ['qnamaker.tsv', 'qnamaker.json', 'qnabot.json', 'faq.csv', 'faq-no-header.csv'].map((name) =>
      detectFormat(name, fixture(name)),
    );
    expect(formats).toEqual(['qnamaker-tsv', 'qnamaker-json', 'qnabot-json', 'csv', 'csv']);
  });

  it('reads the content when the extension says nothing', () => {
    expect(detectFormat('export.txt', fixture('qnamaker.tsv'))).toBe('qnamaker-tsv');
    expect(detectFormat('export', fixture('qnabot.json'))).toBe('qnabot-json');
    expect(detectFormat('export.txt', fixture('faq.csv'))).toBe('csv');
  });

  it('refuses JSON of another shape, and broken JSON with its line', () => {
    expect(importError(() => detectFormat('x.json', '{"faqs": []}')).code).toBe('FORMAT_UNKNOWN');
    const broken = importError(() => detectFormat('x.json', '{\n  "qna": [\n    {"q": ["a"],}\n  ]\n}'));
    expect(broken.code).toBe('EXPORT_INVALID');
    expect(broken.message).toMatch(/^line 3: is not valid JSON/);
  });
});
