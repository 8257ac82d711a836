/**
 * Splitting mrkdwn into pieces that fit one section block. Breaks prefer, in order, a blank
 * line, a line break, a space; a word is cut only when it alone is longer than a piece, and
 * never inside an `&amp;`-style entity. A code block split across pieces is closed and reopened.
 */

const FENCE = '```';

/** Paragraphs, with each fenced code block kept whole as one unit. */
function units(text: string): string[] {
  const result: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current.length > 0) result.push(current.join('\n'));
    current = [];
  };
  for (const line of text.split('\n')) {
    if (line === FENCE) {
      if (!fenced) flush();
      current.push(line);
      fenced = !fenced;
      if (!fenced) flush();
    } else if (!fenced && line.trim() === '') {
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return result;
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
      current = '';
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

function splitCode(block: string, max: number): string[] {
  const body = block.slice(FENCE.length + 1, block.endsWith(FENCE) ? -(FENCE.length + 1) : undefined);
  const room = max - 2 * (FENCE.length + 1);
  return byLines(body, room).map((piece) => `${FENCE}\n${piece}\n${FENCE}`);
}

/**
 * Splits mrkdwn into pieces of at most `max` characters (Slack's section text limit is 3,000).
 *
 * @example
 * splitMrkdwn('one two three', 8); // ['one two', 'three']
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.length <= max) return [trimmed];
  return pack(units(trimmed), '\n\n', max, (unit) => (unit.startsWith(FENCE) ? splitCode(unit, max) : byLines(unit, max)))
    .map((piece) => piece.trimEnd())
    .filter((piece) => piece !== '');
}

/**
 * Shortens text to at most `max` characters at a word boundary, ending with "…". For labels
 * (headers, buttons) where a second piece has nowhere to go.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s.,;:–-]+$/, '')}…`;
}

/**
 * {@link truncate} for mrkdwn: also drops a link or entity the cut left open, which Slack would
 * otherwise show as raw `<https://…` or `&am`.
 */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = truncate(text, max).slice(0, -1);
  return `${cut
    .replace(/<[^>]*$/, '')
    .replace(/&[a-z]*$/, '')
    .trimEnd()}…`;
}
