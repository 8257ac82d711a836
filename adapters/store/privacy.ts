import { createHmac } from 'node:crypto';

/** Turns an identifier into a stable pseudonym; the same salt gives the same digest in every replica. */
export type Hasher = (value: string) => string;

/**
 * HMAC-SHA256 under a secret salt. A plain hash would not do: Slack and Discord user ids are
 * short and guessable, so anyone holding the database could hash every candidate and match.
 */
export function createHasher(salt: string): Hasher {
  return (value) => createHmac('sha256', salt).update(value).digest('hex');
}

/** The pseudonym stored for a user; the platform is part of it so ids from two platforms never meet. */
export function userHash(hash: Hasher, platform: string, userId: string | undefined): string | null {
  return userId ? hash(`user:${platform}:${userId}`) : null;
}

/**
 * The text unanswered questions are grouped by: case, accents, punctuation and spacing folded,
 * so that "What is Kubernetes?" and "what is kubernetes" count as one question.
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 500);
}
