import { type ImportItem, type ImportNote, type ParsedExport, quoteList } from './item.js';
import { headerKey, readTable, type TableRow } from './table.js';

type Column = 'id' | 'question' | 'answer' | 'alternates' | 'tags' | 'source';

/** Header names people give these columns, as header keys. */
const NAMES: Record<string, Column> = {
  id: 'id',
  question: 'question',
  questions: 'question',
  q: 'question',
  answer: 'answer',
  a: 'answer',
  response: 'answer',
  alternates: 'alternates',
  alternatives: 'alternates',
  'alternate questions': 'alternates',
  'alternative questions': 'alternates',
  'alternate question': 'alternates',
  'other questions': 'alternates',
  variants: 'alternates',
  tags: 'tags',
  tag: 'tags',
  category: 'tags',
  topic: 'tags',
  source: 'source',
  url: 'source',
};

/** Without a header row, a CSV is read as these columns, in order. */
const POSITIONAL: Column[] = ['question', 'answer', 'alternates'];

/**
 * Reads a CSV of question, answer and alternate questions (separated by `|` or `;`), with or
 * without a header row; with one, the columns may come in any order and id, tags and source
 * columns are read too. Each row is one item.
 */
export function parseCsv(content: string): ParsedExport {
  const rows = readTable(content, { delimiter: ',', quoted: true });
  const notes: ImportNote[] = [];
  const first = rows[0];
  const named = first?.cells.map((cell) => NAMES[headerKey(cell)]);
  const hasHeader = named?.includes('question') === true && named.includes('answer');
  const columns = hasHeader ? named! : POSITIONAL;
  if (hasHeader) {
    first!.cells.forEach((cell, i) => {
      if (!named![i])
        notes.push({ at: `line ${first!.line}`, message: `column ${JSON.stringify(cell.trim())} is not known: not imported` });
    });
  }
  const data = hasHeader ? rows.slice(1) : rows;
  const wide = hasHeader ? undefined : data.find((row) => row.cells.length > POSITIONAL.length);
  if (wide) {
    notes.push({
      at: `line ${wide.line}`,
      message: `has ${wide.cells.length} fields: without a header row only question, answer and alternate questions are read, the rest is not imported`,
    });
  }
  const items: ImportItem[] = [];
  for (const row of data) {
    const item = toItem(row, columns, notes);
    if (item) items.push(item);
  }
  return { items, notes };
}

function toItem(row: TableRow, columns: readonly (Column | undefined)[], notes: ImportNote[]): ImportItem | null {
  const values = (column: Column) =>
    columns
      .flatMap((c, i) => (c === column ? [row.cells[i] ?? ''] : []))
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
  const at = `line ${row.line}`;
  const [question] = values('question');
  const [answer] = values('answer');
  if (!answer) {
    notes.push({ at, skipped: 'no answer', message: `no answer${question ? ` for ${quoteList([question])}` : ''}: not imported` });
    return null;
  }
  if (!question) {
    notes.push({ at, skipped: 'no question', message: `the answer ${quoteList([answer])} has no question: not imported` });
    return null;
  }
  const [id] = values('id');
  const [source] = values('source');
  return {
    ...(id ? { sourceId: id } : {}),
    at,
    questions: [question, ...values('alternates').flatMap((list) => split(list, /[|;\n]/))],
    answer,
    tags: values('tags').flatMap((list) => split(list, /[,;|]/)),
    ...(source ? { source } : {}),
  };
}

function split(list: string, separator: RegExp): string[] {
  return list
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
