/**
 * "mid" as a level ("mid", "mids") but not as a size or a segment ("a mid-size company", "mid-market"), for the
 * patterns that read levels in a question, in what the asker says of themselves, and in the sides of a comparison.
 */
export const MID_WORD = String.raw`mids?(?![- ](?:sized?|market|range|tier)\b)`;
