import { parse } from 'yaml';

/** A question as a YAML scalar: plain when it reads the same plain, else double-quoted (JSON is valid YAML). */
export function yamlScalar(text: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,'?.()/+-]*$/u.test(text) && !/[?,]$/.test(text) && !/ #/.test(text);
  return plain ? text : JSON.stringify(text);
}

/**
 * Adds `questions` to the `questions:` list of a Markdown entry's front matter by inserting
 * lines, so that every other byte of the file stays as it was (comments, quoting, folding).
 * Handles a block list, a one-line flow list (`questions: [a, b]`), and no list yet. Returns
 * the new text, or null when every question is already listed (case-insensitively).
 *
 * @throws Error when the file has no front matter or the edit would not read back as intended.
 */
export function addQuestionsToFrontMatter(text: string, questions: readonly string[]): string | null {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error('no front matter between --- lines');
  const frontMatter = () => parse(lines.slice(1, lines.indexOf('---', 1)).join('\n')) as { questions?: unknown };
  const listed = (frontMatter().questions ?? []) as string[];
  const known = new Set(listed.map((q) => String(q).toLowerCase()));
  const added = [...new Set(questions)].filter((q) => !known.has(q.toLowerCase()));
  if (added.length === 0) return null;

  const key = lines.findIndex((line, i) => i > 0 && i < end && /^questions:/.test(line));
  if (key < 0) {
    lines.splice(end, 0, 'questions:', ...added.map((q) => `  - ${yamlScalar(q)}`));
  } else {
    const rest = lines[key]!.slice('questions:'.length).trim();
    if (rest.startsWith('[') && rest.endsWith(']')) {
      const inner = rest.slice(1, -1).trim();
      lines[key] = `questions: [${[...(inner ? [inner] : []), ...added.map(yamlScalar)].join(', ')}]`;
    } else if (rest === '' || rest.startsWith('#')) {
      // The block runs until the next top-level key; new items go after its last line, indented as its first item.
      let last = key;
      for (let i = key + 1; i < end && !/^\S/.test(lines[i]!); i += 1) if (lines[i]!.trim() !== '') last = i;
      const indent = /^(\s*)-/.exec(lines[key + 1] ?? '')?.[1] ?? '  ';
      lines.splice(last + 1, 0, ...added.map((q) => `${indent}- ${yamlScalar(q)}`));
    } else {
      throw new Error(`questions: is neither a list nor empty ("${rest.slice(0, 40)}")`);
    }
  }
  const result = lines.join(newline);
  const after = (frontMatter().questions ?? []) as string[];
  if (after.length !== listed.length + added.length || !added.every((q) => after.includes(q))) {
    throw new Error('the edited front matter does not list the questions as intended');
  }
  return result;
}
