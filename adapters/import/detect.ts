import { extname } from 'node:path';
import { type ImportFormat, ImportError } from './item.js';
import { qnaBotList } from './qnabot-json.js';
import { qnaMakerList } from './qnamaker-json.js';

/**
 * The format of an export, from its extension and, when that says nothing, its content:
 * `.tsv` is QnA Maker's TSV, `.csv` a plain CSV, JSON is told apart by its top-level list
 * (`qna` for QnABot, `qnaDocuments` or `qnaList` for QnA Maker), other text by its first line.
 *
 * @throws ImportError `FORMAT_UNKNOWN` for JSON of neither shape, `EXPORT_INVALID` for broken JSON.
 */
export function detectFormat(file: string, content: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.tsv') return 'qnamaker-tsv';
  if (extension === '.csv') return 'csv';
  const start = content.trimStart();
  if (extension === '.json' || start.startsWith('{') || start.startsWith('[')) {
    const data = parseJson(content);
    if (qnaBotList(data)) return 'qnabot-json';
    if (qnaMakerList(data)) return 'qnamaker-json';
    throw new ImportError(
      'FORMAT_UNKNOWN',
      'is JSON, but neither a QnA Maker export (a "qnaDocuments" or "qnaList" list) nor a QnABot export (a "qna" list)',
    );
  }
  return start.split('\n', 1)[0]!.includes('\t') ? 'qnamaker-tsv' : 'csv';
}

/** JSON.parse, with the line of a syntax error when the engine gives its position. */
export function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? '' : `line ${content.slice(0, Number(position)).split('\n').length}: `;
    throw new ImportError('EXPORT_INVALID', `${line}is not valid JSON (${message})`);
  }
}
