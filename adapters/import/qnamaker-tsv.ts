import { type ImportItem, type ImportNote, ImportError, type ParsedExport, quoteList, tagsFromMetadata } from './item.js';
import { headerKey, readTable, type TableRow } from './table.js';

/** The columns of a QnA Maker / Azure question answering TSV export, as header keys. */
const COLUMNS = ['question', 'answer', 'source', 'metadata', 'suggestedquestions', 'iscontextonly', 'prompts', 'qnaid'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Reads a QnA Maker TSV export: a header row, then one row per question, each repeating its
 * item's answer. Rows with the same QnaId (or, without that column, the same answer) are one item.
 */
export function parseQnaMakerTsv(content: string): ParsedExport {
  const [header, ...rows] = readTable(content, { delimiter: '\t', quoted: false });
  const notes: ImportNote[] = [];
  const index = new Map<Column, number>();
  header?.cells.forEach((cell, i) => {
    const key = headerKey(cell).replace(/ /g, '') as Column;
    if (COLUMNS.includes(key)) index.set(key, i);
    else notes.push({ at: `line ${header.line}`, message: `column ${JSON.stringify(cell.trim())} is not known: not imported` });
  });
  if (!header || !index.has('question') || !index.has('answer')) {
    throw new ImportError(
      'EXPORT_INVALID',
      'line 1: a QnA Maker TSV export starts with a header row naming its columns, at least Question and Answer (tab-separated)',
    );
  }
  const cell = (row: TableRow, column: Column) => {
    const i = index.get(column);
    return i === undefined ? '' : unescapeField(row.cells[i] ?? '').trim();
  };

  const groups = new Map<string, TableRow[]>();
  for (const row of rows) {
    if (row.cells.length > header.cells.length) {
      notes.push({
        at: `line ${row.line}`,
        message: `has ${row.cells.length} fields but the header has ${header.cells.length} (a tab inside a text?): the extra fields are not imported`,
      });
    }
    const key = cell(row, 'qnaid')
      ? `id:${cell(row, 'qnaid')}`
      : cell(row, 'answer')
        ? `answer:${cell(row, 'answer')}`
        : `line:${row.line}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }

  const items: ImportItem[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const at = `line ${first.line}`;
    const questions = group.map((row) => cell(row, 'question')).filter((q) => q.length > 0);
    const answers = [...new Set(group.map((row) => cell(row, 'answer')).filter((a) => a.length > 0))];
    if (answers.length === 0) {
      const what = questions.length > 0 ? ` for ${quoteList(questions)}` : '';
      notes.push({ at, skipped: 'no answer', message: `no answer${what}: not imported` });
      continue;
    }
    if (questions.length === 0) {
      notes.push({ at, skipped: 'no question', message: `the answer ${quoteList(answers, 1)} has no question: not imported` });
      continue;
    }
    if (answers.length > 1)
      notes.push({ at, message: `the rows of this QnaId have ${answers.length} different answers: the first is used` });
    for (const row of group) {
      if (group.length > 1 && !cell(row, 'question'))
        notes.push({ at: `line ${row.line}`, message: 'has no question: the row adds nothing' });
    }
    notes.push(...unsupported(group, cell, at));
    const source = group.map((row) => cell(row, 'source')).find((s) => s.length > 0);
    items.push({
      ...(cell(first, 'qnaid') ? { sourceId: cell(first, 'qnaid') } : {}),
      at,
      questions,
      answer: answers[0]!,
      tags: [...new Set(tagsFromMetadata(group.flatMap((row) => metadata(cell(row, 'metadata')))))],
      ...(source ? { source } : {}),
    });
  }
  return { items, notes };
}

/** What QnA Maker has and entries do not: follow-up prompts, context-only items, suggestions. */
function unsupported(group: TableRow[], cell: (row: TableRow, column: Column) => string, at: string): ImportNote[] {
  const notes: ImportNote[] = [];
  const first = group[0]!;
  const prompts = jsonList(cell(first, 'prompts'));
  if (prompts.length > 0) {
    const labels = prompts.map((p) => (p && typeof p === 'object' ? String((p as { displayText?: unknown }).displayText ?? '') : ''));
    notes.push({ at, message: `follow-up prompts (multi-turn) are not supported: ${prompts.length} dropped (${quoteList(labels)})` });
  }
  if (/^true$/i.test(cell(first, 'iscontextonly'))) {
    notes.push({ at, message: 'is context-only (reached only through a follow-up prompt): imported as an ordinary entry' });
  }
  const suggested = group.reduce((n, row) => n + jsonList(cell(row, 'suggestedquestions')).length, 0);
  if (suggested > 0) {
    notes.push({
      at,
      message: `${suggested} suggested question cluster(s) from active learning are not imported: accept them in the tool first`,
    });
  }
  return notes;
}

/** "category:billing|product:widget" → pairs; QnA Maker's export writes metadata this way. */
function metadata(value: string): { name: string; value: string }[] {
  return value
    .split('|')
    .map((pair) => pair.split(':'))
    .filter((parts) => parts[0]!.trim().length > 0)
    .map(([name, ...rest]) => ({ name: name!.trim(), value: rest.join(':').trim() }));
}

function jsonList(value: string): unknown[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The export writes a line break inside a field as the two characters `\n`. */
function unescapeField(value: string): string {
  return value.replace(/\\([\\nrt])/g, (_, c: string) => ({ n: '\n', r: '', t: '\t', '\\': '\\' })[c] ?? c);
}
