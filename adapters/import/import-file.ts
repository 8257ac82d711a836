import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCsv } from './csv.js';
import { detectFormat, parseJson } from './detect.js';
import { type ImportFormat, type ImportNote, ImportError, type ParsedExport } from './item.js';
import { parseQnaBotJson } from './qnabot-json.js';
import { parseQnaMakerJson } from './qnamaker-json.js';
import { parseQnaMakerTsv } from './qnamaker-tsv.js';
import { type WriteReport, writeEntries } from './write-entries.js';

export interface ImportOptions {
  /** The export's format; detected from the file when absent. */
  format?: ImportFormat;
  /** The team's content folder; entries go to its `faqs/`. */
  outDir: string;
  /** Ids new entries must not take (see {@link writeEntries}). */
  avoidIds?: ReadonlySet<string>;
}

export interface ImportReport extends WriteReport {
  format: ImportFormat;
  /** How many items the export held that could be mapped to entries. */
  items: number;
  /** What could not be mapped, the parser's notes first, in the export's order. */
  notes: ImportNote[];
}

/**
 * Reads an export of another FAQ tool and writes its items as team FAQ entries.
 *
 * @throws ImportError when the file cannot be read, its format is unknown or it is not a valid
 *   export of its format; items that cannot be mapped are reported in `notes` instead.
 * @example
 * const report = importFile('kb.tsv', { outDir: 'team-content' });
 * report.written; // [{ file: 'faqs/how-do-i-reset-my-password.md', status: 'new' }]
 */
export function importFile(file: string, options: ImportOptions): ImportReport {
  const content = readText(file);
  const format = options.format ?? detectFormat(file, content);
  const parsed = parseExport(format, content);
  const written = writeEntries(parsed.items, { outDir: options.outDir, sourceName: basename(file), avoidIds: options.avoidIds });
  const notes = [...parsed.notes, ...written.notes].sort((a, b) => position(a) - position(b));
  return { format, items: parsed.items.length, ...written, notes };
}

/** The line or list index a note is at ("line 12", "qna[3] (qid x)"), to list notes in the export's order. */
function position(note: ImportNote): number {
  return Number(/\d+/.exec(note.at)?.[0] ?? 0);
}

/** The items of an export's text in a known format. */
export function parseExport(format: ImportFormat, content: string): ParsedExport {
  switch (format) {
    case 'qnamaker-json':
      return parseQnaMakerJson(parseJson(content));
    case 'qnabot-json':
      return parseQnaBotJson(parseJson(content));
    case 'qnamaker-tsv':
    case 'csv':
      try {
        return format === 'csv' ? parseCsv(content) : parseQnaMakerTsv(content);
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError('EXPORT_INVALID', `cannot be read as ${format === 'csv' ? 'CSV' : 'TSV'}: ${(error as Error).message}`);
      }
  }
}

/** The file as text: UTF-8, or UTF-16 as Excel saves "Unicode text"; a byte-order mark is dropped. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new ImportError('FILE_UNREADABLE', `cannot be read: ${why}`);
  }
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('FILE_UNREADABLE', 'is not UTF-8 text: save it as UTF-8 (in Excel: CSV UTF-8) and import it again');
  }
}
