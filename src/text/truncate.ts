/**
 * Shortens text to at most `max` characters, cutting at the last space when one is in the second
 * half (a word is cut only when nothing shorter reads well), dropping punctuation the cut left
 * dangling, and ending with "…". Text that fits is returned as it is.
 *
 * @example
 * truncateAtWord('Distributed systems engineer versus site reliability engineer', 30); // 'Distributed systems engineer…'
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s.,;:–-]+$/, '')}…`;
}
