import { type Info, parse } from 'csv-parse/sync';

/** One record of a CSV or TSV file, with the line it starts on (1-based, as an editor shows it). */
export interface TableRow {
  cells: string[];
  line: number;
}

/**
 * Reads delimited text into rows. `quoted: false` reads every quote character literally, as
 * QnA Maker's TSV export needs (it escapes newlines as `\n` instead of quoting fields).
 * Blank lines are skipped; rows may have any number of fields.
 *
 * @throws the parser's error (with its line) when a quoted field is never closed.
 */
export function readTable(content: string, options: { delimiter: string; quoted: boolean }): TableRow[] {
  // csv-parse's types do not follow `info: true`, which wraps each record with its line count.
  const records = parse(content.replace(/\r\n?/g, '\n'), {
    delimiter: options.delimiter,
    quote: options.quoted ? '"' : null,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: Info }[];
  return records
    .filter(({ record }) => record.some((cell) => cell.trim().length > 0))
    .map(({ record, info }) => {
      // The parser counts the line a record ends on; a quoted field can span several.
      const inside = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { cells: record, line: info.lines - inside };
    });
}

/** A header cell as a lookup key: "Alternate_Questions " → "alternate questions". */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}
