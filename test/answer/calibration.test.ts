import { describe, expect, it } from 'vitest';
import { calibrate, SURE_CAP } from '../../src/answer/calibration.js';
import { confidenceOf, featuresOf } from '../../src/answer/confidence.js';
import type { Entry } from '../../src/content/schema.js';
import { ANSWER_THRESHOLD, createBot, loadContent, type KnowledgeBase } from '../../src/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { FIXTURE_CONTENT, REAL_CONTENT } from '../helpers.js';

/** A plain product FAQ, as a team would import it: one question per entry, no alternates, no aliases. */
const PLAIN_FAQ: [string, string][] = [
  [
    'How do I reset my password?',
    'Open the sign-in page, choose "Forgot password" and follow the link we email you. The link expires after an hour.',
  ],
  ['How do I delete my account?', 'Go to Settings, then Privacy, then "Delete account". Deletion is permanent after 30 days.'],
  ['Can I change my username?', 'Yes, once every 30 days, under Settings > Profile. Your old name stays reserved for a week.'],
  [
    'How do I export my data?',
    'Settings > Privacy > "Download your data" builds an archive of your posts and photos and emails you a link.',
  ],
  [
    'Why was my payment declined?',
    'Your bank refused the charge: check the card number, the expiry date and that the billing address matches.',
  ],
  ['How do I cancel my subscription?', 'Under Billing, choose "Cancel plan". You keep the paid features until the end of the period.'],
  [
    'How do I turn on two-factor authentication?',
    'Settings > Security > "Two-factor": scan the code with an authenticator app and enter the six digits.',
  ],
  [
    'Where can I download the mobile app?',
    'The app is on the App Store and Google Play; search for our name or scan the code on the home page.',
  ],
  [
    'How do I invite a teammate to my workspace?',
    'Workspace settings > Members > Invite, then type their email address. Invitations last seven days.',
  ],
  [
    'Why are my notifications not arriving?',
    'Check that notifications are allowed for the app in your phone settings and that do-not-disturb is off.',
  ],
  [
    'How do I change the language of the interface?',
    'Settings > Language lists every translation; the page reloads in the language you pick.',
  ],
  ['Can I get a refund?', 'Refunds are possible within 14 days of a charge: write to billing support with the invoice number.'],
];

function plainKnowledgeBase(pairs: [string, string][]): KnowledgeBase {
  const entries: Entry[] = pairs.map(([title, answer], i) => ({
    id: `faq-${i}`,
    file: `faq-${i}.md`,
    kind: 'faq',
    title,
    summary: answer,
    body: answer,
    questions: [],
    aliases: [],
    tags: [],
    related: [],
    sources: [],
  }));
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms: {}, paths: [], welcome: null };
}

describe('confidence read for the content it answers from', () => {
  const kb = plainKnowledgeBase(PLAIN_FAQ);
  const bot = createBot({ knowledgeBase: kb });
  const ask = (q: string) => bot.ask(q, { platform: 'cli' });

  it('answers a paraphrase on a FAQ asked one way per entry, where the model as fitted would only suggest', () => {
    const question = 'I want to remove my account for good';
    const index = createSearchIndex(kb);
    const hits = index.search(question);
    expect(hits[0]?.entry.id).toBe('faq-1');
    // Read as fitted on our content (entries asked a dozen ways), the right entry is not sure enough to answer.
    expect(confidenceOf(hits[0]!, hits[1])).toBeLessThan(ANSWER_THRESHOLD);
    expect(ask(question)).toMatchObject({ kind: 'answer', entryId: 'faq-1' });
  });

  it('still declines questions the FAQ does not answer, even when they share a word with it', () => {
    for (const question of ['how do I change a flat tyre', 'how do I cancel a flight booking', 'what is the capital of France']) {
      expect(ask(question).kind, question).toBe('decline');
    }
  });

  it('does not count two answers to the same question as rivals', () => {
    const answers: [string, string][] = [
      ['How do I delete my account?', 'Write to support from the address you signed up with and we close it for you within a week.'],
      ['How do I delete my account?', 'On the mobile app: Profile, the gear icon, then "Close account" at the bottom.'],
    ];
    const withDuplicates = plainKnowledgeBase([...PLAIN_FAQ, ...answers]);
    const index = createSearchIndex(withDuplicates);
    const { rivalOf } = calibrate(withDuplicates, index);
    const hits = index.search('how do I delete my account and my payment details');
    const same = new Set(['faq-1', 'faq-12', 'faq-13']);
    expect(same.has(hits[0]!.entry.id)).toBe(true);
    expect(same.has(hits[1]!.entry.id)).toBe(true);
    const rival = rivalOf(hits);
    expect(rival && same.has(rival.entry.id)).toBe(false);
    const answer = createBot({ knowledgeBase: withDuplicates }).ask('how can I close my account', { platform: 'cli' });
    expect(answer.kind).toBe('answer');
    expect(same.has(answer.entryId!)).toBe(true);
  });

  it('is at most 0.9 sure when another entry is close behind, however well the top hit matches', () => {
    const index = createSearchIndex(kb);
    const calibration = calibrate(kb, index);
    const lead = calibration.sureLead();
    const [top] = index.search('How do I turn on two-factor authentication?');
    const behindBy = (share: number) => ({ ...top!, entry: kb.byId.get('faq-2')!, score: top!.score * (1 - share) });
    expect(calibration.confidenceOf(top!, behindBy(0.05))).toBe(SURE_CAP);
    expect(calibration.confidenceOf(top!, behindBy(lead * 0.99))).toBe(SURE_CAP);
    expect(calibration.confidenceOf(top!, behindBy(lead * 1.01))).toBeGreaterThan(SURE_CAP);
  });

  it('measures the lead a sure answer needs from the content, once, or takes it from a saved index', () => {
    const index = createSearchIndex(kb);
    const lead = calibrate(kb, index).sureLead();
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(1);
    expect(calibrate(kb, index, { sureLead: 0.5 }).sureLead()).toBe(0.5);
    const saved = bot.searchSnapshot();
    expect(saved.sureLead).toBe(createBot({ knowledgeBase: kb }).searchSnapshot().sureLead);
    const restarted = createBot({ knowledgeBase: kb, searchSnapshot: saved });
    expect(restarted.ask('I want to remove my account for good', { platform: 'cli' })).toMatchObject({ kind: 'answer', entryId: 'faq-1' });
  });

  it('reads no entry at start: an entry is read the first time it is a hit', () => {
    const kb = plainKnowledgeBase(PLAIN_FAQ);
    const index = createSearchIndex(kb);
    const read: string[] = [];
    const byId = new Map(kb.byId);
    byId.get = (id: string) => {
      read.push(id);
      return Map.prototype.get.call(kb.byId, id);
    };
    const calibration = calibrate({ ...kb, byId }, index, { sureLead: 0.3 });
    expect(read).toEqual([]);
    const hits = index.search('How do I reset my password?');
    const lazy = calibration.confidenceOf(hits[0]!, calibration.rivalOf(hits));
    expect(new Set(read).size).toBeLessThanOrEqual(hits.length);
    const plain = calibrate(kb, index, { sureLead: 0.3 });
    expect(lazy).toBe(plain.confidenceOf(hits[0]!, plain.rivalOf(hits)));
  });

  it('reads a content cut to its titles as cut, though its index by id still holds the whole entries (npm run fit)', () => {
    const fixture = loadContent(FIXTURE_CONTENT);
    const cut: KnowledgeBase = { ...fixture, entries: fixture.entries.map((e) => ({ ...e, questions: [], aliases: [] })) };
    const index = createSearchIndex(cut);
    const calibration = calibrate(cut, index);
    const hits = index.search('wats a crdt');
    // Asked one way only, the entry is read as sparse content: not as the model reads our full entries.
    expect(calibration.confidenceOf(hits[0]!)).not.toBe(confidenceOf(hits[0]!));
  });

  it('reads content asked as many ways as ours as the model was fitted, near ties aside', () => {
    const fixture = loadContent(FIXTURE_CONTENT);
    const index = createSearchIndex(fixture);
    const calibration = calibrate(fixture, index);
    for (const question of ['wats a crdt', 'gossip protocl', 'what does a site reliability engineer do']) {
      const hits = index.search(question);
      const rival = calibration.rivalOf(hits);
      const fitted = confidenceOf(hits[0]!, rival);
      const nearTie = featuresOf(hits[0]!, rival).margin < calibration.sureLead();
      expect(calibration.confidenceOf(hits[0]!, rival), question).toBe(nearTie ? Math.min(fitted, SURE_CAP) : fitted);
      expect(calibration.confidenceOf(hits[0]!), question).toBe(confidenceOf(hits[0]!));
    }
  });
});

describe('the lead a sure answer needs', () => {
  it('stays put when an editor adds one question to an entry, wherever the entry is', () => {
    const kb = loadContent(REAL_CONTENT);
    const leadOf = (content: KnowledgeBase) => calibrate(content, createSearchIndex(content)).sureLead();
    const before = leadOf(kb);
    // Every n-th question as the sample: one question added early moved every later pick, and the lead with them (by 0.037).
    for (const at of [0, 10, 40]) {
      const entries = kb.entries.map((entry, i) =>
        i === at ? { ...entry, questions: [...entry.questions, 'how does this hold up when a node restarts mid write'] } : entry,
      );
      const edited = { ...kb, entries, byId: new Map(entries.map((entry) => [entry.id, entry])) };
      expect(Math.abs(leadOf(edited) - before)).toBeLessThan(0.002);
    }
  });
});
