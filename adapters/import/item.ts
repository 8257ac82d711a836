/** The export formats `npm run import` reads. */
export const IMPORT_FORMATS = ['qnamaker-tsv', 'qnamaker-json', 'qnabot-json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One question-and-answer item read from an export, before it becomes an entry. */
export interface ImportItem {
  /** The export's own id for the item (QnaId, id, qid); absent when the export has none. */
  sourceId?: string;
  /** Where the item starts in the export, for messages: "line 12" or "qna[3] (qid sun.4)". */
  at: string;
  /** Every phrasing of the question, the main one first (untrimmed duplicates are fine: the writer dedupes). */
  questions: string[];
  /** The answer, Markdown. */
  answer: string;
  /** Tags from the export's metadata or topic, as written there (the writer normalises them). */
  tags: string[];
  /** The export's `source` field: a URL, a file name or a word such as "Editorial". */
  source?: string;
}

/** Something an adapter or the writer could not map, said where it is in the export. */
export interface ImportNote {
  /** "line 12", or "qnaDocuments[3] (id 7)" for JSON. */
  at: string;
  /** What happened, in words, printed after `at`. */
  message: string;
  /** For an item that was not imported: the short reason counted in the summary ("no answer"). */
  skipped?: string;
}

/** What one format's parser read from the file. */
export interface ParsedExport {
  items: ImportItem[];
  notes: ImportNote[];
}

export type ImportErrorCode = 'FILE_UNREADABLE' | 'FORMAT_UNKNOWN' | 'EXPORT_INVALID' | 'MANIFEST_INVALID';

/** The import could not start or read its input at all; `code` lets the command pick an exit code. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Text of a value that an export may hold as a string, a number or nothing; '' for anything else. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The strings of a value that should be a list of strings (non-strings are left out). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Tags from metadata pairs: the value, which is what people filter by ("category: billing" →
 * billing), or the name when the value is only a flag ("chitchat: true" → chitchat; a flag that
 * is off gives no tag).
 */
export function tagsFromMetadata(pairs: readonly { name: string; value: string }[]): string[] {
  return pairs
    .filter(({ value }) => !/^(false|no|0)$/i.test(value.trim()))
    .map(({ name, value }) => (/^(true|yes|1)?$/i.test(value.trim()) ? name : value))
    .filter((tag) => tag.trim().length > 0);
}

/** A short quoted list for messages: `"a", "b" and 3 more`. */
export function quoteList(values: readonly string[], max = 3): string {
  const shown = values.slice(0, max).map((v) => JSON.stringify(v.length > 60 ? `${v.slice(0, 59)}…` : v));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

/** A JSON object's field, whatever the case of its name (QnA Maker writes `answer`, Azure `Answer`). */
export function field(value: unknown, name: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, name)) return record[name];
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}
