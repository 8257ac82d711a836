import { field, type ImportItem, type ImportNote, ImportError, type ParsedExport, quoteList, strings, text } from './item.js';

/** The list of items of an AWS QnABot export, or null. */
export function qnaBotList(data: unknown): unknown[] | null {
  const list = field(data, 'qna');
  return Array.isArray(list) ? list : null;
}

/**
 * Reads an AWS QnABot export (`{ "qna": [{ "qid", "q": [...], "a", "t", "alt": { "markdown" } }] }`).
 * The Markdown answer is used when there is one, the plain `a` otherwise; the topic `t` and
 * `tags` become tags. Items of other types (quiz, slot type, text passage) are not questions
 * and answers and are skipped.
 */
export function parseQnaBotJson(data: unknown): ParsedExport {
  const list = qnaBotList(data);
  if (!list) throw new ImportError('EXPORT_INVALID', 'a QnABot export has a "qna" list of items');
  const items: ImportItem[] = [];
  const notes: ImportNote[] = [];
  list.forEach((entry, i) => {
    const qid = text(field(entry, 'qid')).trim();
    const at = `qna[${i}]${qid ? ` (qid ${qid})` : ''}`;
    const type = text(field(entry, 'type')).trim() || 'qna';
    if (!entry || typeof entry !== 'object' || type !== 'qna') {
      notes.push({ at, skipped: 'not a Q&A item', message: `is a ${JSON.stringify(type)} item, not a question and answer: not imported` });
      return;
    }
    const questions = strings(field(entry, 'q')).filter((q) => q.trim());
    const answer = text(field(field(entry, 'alt'), 'markdown')).trim() || text(field(entry, 'a')).trim();
    if (!answer) {
      notes.push({ at, skipped: 'no answer', message: `no answer${questions.length ? ` for ${quoteList(questions)}` : ''}: not imported` });
      return;
    }
    if (questions.length === 0) {
      notes.push({ at, skipped: 'no question', message: `the answer ${quoteList([answer])} has no question: not imported` });
      return;
    }
    notes.push(...unsupported(entry, answer).map((message) => ({ at, message })));
    items.push({
      ...(qid ? { sourceId: qid } : {}),
      at,
      questions,
      answer,
      tags: [text(field(entry, 't')), ...text(field(entry, 'tags')).split(',')].map((tag) => tag.trim()).filter(Boolean),
    });
  });
  return { items, notes };
}

/** QnABot features that make an answer more than its text; an entry keeps only the text. */
function unsupported(entry: object, answer: string): string[] {
  const said = (value: unknown) => text(value).trim();
  const card = field(entry, 'r');
  const buttons = field(card, 'buttons');
  const labels = Array.isArray(buttons) ? buttons.map((b) => said(field(b, 'text'))).filter(Boolean) : [];
  const slots = field(entry, 'slots');
  const checks: [boolean, string][] = [
    [
      said(field(entry, 'l')) !== '',
      `the Lambda hook ${JSON.stringify(said(field(entry, 'l')))} is not supported: only the static answer is imported`,
    ],
    [
      said(field(card, 'title')) !== '' || labels.length > 0,
      `the response card${labels.length ? ` (buttons ${quoteList(labels)})` : ''} is not supported: dropped`,
    ],
    [
      said(field(entry, 'next')) !== '' || said(field(entry, 'conditionalChaining')) !== '',
      'chaining to a next item (multi-turn) is not supported: dropped',
    ],
    [said(field(field(entry, 'elicitResponse'), 'responsebot_hook')) !== '', 'eliciting a response (multi-turn) is not supported: dropped'],
    [Array.isArray(slots) && slots.length > 0, 'slots are not supported: dropped'],
    [said(field(field(entry, 'botRouting'), 'specialty_bot')) !== '', 'routing to another bot is not supported: dropped'],
    [said(field(entry, 'kendraRedirectQueryText')) !== '', 'redirecting to Kendra is not supported: only the static answer is imported'],
    [/\{\{[^}]*\}\}/.test(answer), 'the answer uses Handlebars templates ({{…}}): imported as written, the bot shows them literally'],
  ];
  return checks.filter(([applies]) => applies).map(([, message]) => message);
}
