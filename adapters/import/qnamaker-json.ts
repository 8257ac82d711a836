import {
  field,
  type ImportItem,
  type ImportNote,
  ImportError,
  type ParsedExport,
  quoteList,
  strings,
  tagsFromMetadata,
  text,
} from './item.js';

/** Where the items are in the JSON shapes QnA Maker and Azure question answering write. */
const LISTS = [['qnaDocuments'], ['qnaList'], ['assets', 'qnas'], ['qnas']] as const;

/** The list of items of a QnA Maker / Azure question answering JSON, and its name, or null. */
export function qnaMakerList(data: unknown): { name: string; list: unknown[] } | null {
  for (const path of LISTS) {
    const list = path.reduce<unknown>((value, name) => field(value, name), data);
    if (Array.isArray(list)) return { name: path.join('.'), list };
  }
  return null;
}

/**
 * Reads QnA Maker's JSON (`{ "qnaDocuments": [...] }` from a knowledge base download,
 * `{ "qnaList": [...] }` as sent to create one) and Azure question answering's
 * (`{ "Assets": { "Qnas": [...] } }`); field names in any case.
 */
export function parseQnaMakerJson(data: unknown): ParsedExport {
  const found = qnaMakerList(data);
  if (!found) throw new ImportError('EXPORT_INVALID', 'a QnA Maker JSON export has a "qnaDocuments" or "qnaList" list of items');
  const items: ImportItem[] = [];
  const notes: ImportNote[] = [];
  found.list.forEach((doc, i) => {
    const id = text(field(doc, 'id')).trim();
    const at = `${found.name}[${i}]${id ? ` (id ${id})` : ''}`;
    if (!doc || typeof doc !== 'object') {
      notes.push({ at, skipped: 'not a Q&A item', message: 'is not an object with an answer and questions: not imported' });
      return;
    }
    const questions = [...strings(field(doc, 'questions')), ...strings(field(doc, 'alternateQuestions'))].filter((q) => q.trim());
    const answer = text(field(doc, 'answer')).trim();
    if (!answer) {
      notes.push({ at, skipped: 'no answer', message: `no answer${questions.length ? ` for ${quoteList(questions)}` : ''}: not imported` });
      return;
    }
    if (questions.length === 0) {
      notes.push({ at, skipped: 'no question', message: `the answer ${quoteList([answer])} has no question: not imported` });
      return;
    }
    notes.push(...unsupported(doc, at));
    const source = text(field(doc, 'source')).trim();
    items.push({
      ...(id ? { sourceId: id } : {}),
      at,
      questions,
      answer,
      tags: tagsFromMetadata(metadata(field(doc, 'metadata'))),
      ...(source ? { source } : {}),
    });
  });
  return { items, notes };
}

/** Follow-up prompts and context-only items (multi-turn), and unreviewed suggestions. */
function unsupported(doc: object, at: string): ImportNote[] {
  const notes: ImportNote[] = [];
  const context = field(doc, 'context') ?? field(doc, 'dialog');
  const prompts = field(context, 'prompts');
  if (Array.isArray(prompts) && prompts.length > 0) {
    const labels = prompts.map((p) => text(field(p, 'displayText')));
    notes.push({ at, message: `follow-up prompts (multi-turn) are not supported: ${prompts.length} dropped (${quoteList(labels)})` });
  }
  if (field(context, 'isContextOnly') === true) {
    notes.push({ at, message: 'is context-only (reached only through a follow-up prompt): imported as an ordinary entry' });
  }
  const suggestions = [field(doc, 'activeLearningSuggestions'), field(doc, 'alternateQuestionClusters')].flatMap((s) =>
    Array.isArray(s) ? s : [],
  );
  if (suggestions.length > 0) {
    notes.push({
      at,
      message: `${suggestions.length} suggested question cluster(s) from active learning are not imported: accept them in the tool first`,
    });
  }
  return notes;
}

/** `[{ "name": "category", "value": "billing" }]`, or `{ "category": "billing" }` as Azure writes it. */
function metadata(value: unknown): { name: string; value: string }[] {
  if (Array.isArray(value)) return value.map((pair) => ({ name: text(field(pair, 'name')), value: text(field(pair, 'value')) }));
  if (value && typeof value === 'object') return Object.entries(value).map(([name, v]) => ({ name, value: text(v) }));
  return [];
}
