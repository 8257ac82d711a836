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
      throw new Error(`front matter: invalid YAML${where}: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}
