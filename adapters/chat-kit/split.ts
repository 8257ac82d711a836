/**
 * Splitting Markdown (or Slack mrkdwn) into pieces that each fit one block: a Slack section,
 * a Discord embed description or field. Breaks prefer, in order, a blank line, a line break, a
 * space; a word is cut only when it alone is longer than a piece, and never inside an
 * `&amp;`-style entity. A fenced code block is kept whole where it fits; one split across
 * pieces is closed at the end of each and reopened (with its language) at the start of the
 * next, and one left open by its author is closed, so no piece shows stray backticks.
 */

const CLOSE = '```';

/**
 * A line that opens or closes a code block: it starts with three backticks (a language may
 * follow an opening one). Slack and Discord close a block at the next three backticks, whatever
 * follows them; a line such as "```code```" opens and closes on itself, so it is no fence.
 */
const isFence = (line: string) => /^ {0,3}```/.test(line) && (line.match(/```/g)?.length ?? 0) % 2 === 1;

/** Paragraphs, with each fenced code block kept whole as one unit (and closed if left open). */
function units(text: string): string[] {
  const result: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length > 0) result.push(current.join('\n'));
    current = [];
  };
  for (const line of text.split('\n')) {
    if (!fenced && isFence(line)) {
      flush();
      current.push(line);
      fenced = true;
    } else if (fenced && isFence(line)) {
      current.push(line);
      fenced = false;
      flush();
    } else if (!fenced && line.trim() === '') {
      flush();
    } else {
      current.push(line);
    }
  }
  if (fenced) current.push(CLOSE);
  flush();
  return result;
}

/** True when a code block is opened and not closed again. */
function leavesFenceOpen(text: string): boolean {
  let fenced = false;
  for (const line of text.split('\n')) {
    if (isFence(line)) fenced = !fenced;
  }
  return fenced;
}

/** Cuts one word that cannot fit, backing off so an entity such as `&amp;` stays whole. */
function cutWord(word: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > max) {
    let at = max;
    const amp = rest.lastIndexOf('&', at - 1);
    if (amp > 0 && at - amp < 6 && !rest.slice(amp, at).includes(';')) at = amp;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...pieces, rest];
}

/** Greedily joins parts with `sep` into pieces of at most `max`; `smaller` breaks up a part that is too long. */
function pack(parts: string[], sep: string, max: number, smaller: (part: string) => string[]): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const part of parts) {
    if (part.length > max) {
      if (current) pieces.push(current);
      const subs = smaller(part);
      // The last sub-piece may still take the following parts.
      pieces.push(...subs.slice(0, -1));
      current = subs.at(-1) ?? '';
      continue;
    }
    const joined = current ? `${current}${sep}${part}` : part;
    if (joined.length <= max) current = joined;
    else {
      pieces.push(current);
      current = part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

const byWords = (text: string, max: number) => pack(text.split(' '), ' ', max, (word) => cutWord(word, max));
const byLines = (text: string, max: number) => pack(text.split('\n'), '\n', max, (line) => byWords(line, max));

/** A code block too long for one piece: its lines over several, each closed and reopened. */
function splitCode(block: string, max: number): string[] {
  const lines = block.split('\n');
  const opening = lines[0]!;
  const closed = lines.length > 1 && isFence(lines.at(-1)!);
  const body = lines.slice(1, closed ? -1 : undefined).join('\n');
  const room = max - opening.length - CLOSE.length - 2;
  // A piece too small to hold both fences cannot be repaired; it is split like any text.
  if (room < 1) return byLines(block, max);
  return byLines(body, room).map((piece) => `${opening}\n${piece}\n${CLOSE}`);
}

/**
 * Splits Markdown into pieces of at most `max` characters (Slack's section text holds 3,000,
 * a Discord embed field 1,024), each with its code blocks closed.
 *
 * @example
 * splitMarkdown('one two three', 8); // ['one two', 'three']
 */
export function splitMarkdown(text: string, max: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.length <= max && !leavesFenceOpen(trimmed)) return [trimmed];
  return pack(units(trimmed), '\n\n', max, (unit) => (isFence(unit.split('\n', 1)[0]!) ? splitCode(unit, max) : byLines(unit, max)))
    .map((piece) => piece.trimEnd())
    .filter((piece) => piece !== '');
}

/**
 * The paragraphs of Markdown, each fenced code block whole (and closed) as one: the units a
 * layout may place one by one, splitting only those longer than its room with {@link splitMarkdown}.
 */
export function markdownBlocks(text: string): string[] {
  return units(text.trim()).filter((unit) => unit.trim() !== '');
}
