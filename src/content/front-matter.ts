import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface SplitFile {
  data: unknown;
  body: string;
}

/**
 * Splits a Markdown file into its YAML front matter and body.
 * Throws a plain Error whose message is ready to be prefixed with the file name.
 */
export function splitFrontMatter(text: string): SplitFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalised.startsWith('---\n')) {
    throw new Error('front matter: the file must start with a line "---"');
  }
  const end = normalised.indexOf('\n---', 4);
  const closing = end === -1 ? null : normalised.slice(end + 4).match(/^[ \t]*(\n|$)/);
  if (!closing) {
    throw new Error('front matter: no closing line "---" after the front matter');
  }
  const yamlText = normalised.slice(4, end + 1);
  const body = normalised.slice(end + 4 + closing[0].length).trim();
  try {
    return { data: parseYaml(yamlText), body };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      // +1: the opening "---" line comes before the YAML text.
      const where = line === undefined ? '' : ` (line ${line + 1})`;
      const text = line === undefined ? undefined : yamlText.split('\n')[line - 1]?.trim();
      const quoted = text ? `: ${JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text)}` : '';
      throw new Error(`front matter${where}${quoted}: ${plainWords(error)}`);
    }
    throw error;
  }
}

/**
 * What a YAML error means for someone editing an entry, in plain words with the fix, for the
 * mistakes people make by hand; anything else keeps the parser's own first line.
 */
function plainWords(error: YAMLParseError): string {
  // One code covers two mistakes: a colon inside a value, and a list indented under the wrong key.
  const code = error.code === 'BLOCK_AS_IMPLICIT_KEY' && /block sequence/i.test(error.message) ? 'BAD_INDENT' : error.code;
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value contains ": " (a colon and a space), which YAML reads as a new key. Put the whole value in double quotes: title: "CRDTs: conflict-free replicated data types"';
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'the indentation is off. Each key starts at the left edge; each list item under a key starts with two spaces, then "- "; a long text continues with the same indentation on every line';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation. YAML needs spaces: replace the tab with two spaces';
    case 'DUPLICATE_KEY':
      return 'the same key appears twice. Keep one (merge the two lists or texts into it)';
    case 'BAD_DQ_ESCAPE':
      return 'a backslash inside double quotes starts an escape. Write \\\\ for a backslash, or use single quotes';
    default:
      return `invalid YAML: ${error.message.split('\n')[0]}`;
  }
}
