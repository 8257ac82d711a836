import type { Answer } from './types.js';

/**
 * The text a person sees first in a channel or thread, under the title: the short answer
 * (for a multi-part message, each part's gist under its own heading). The details stay one
 * click away ("More"). Markdown, like every text field of an answer.
 */
export const shownText = (answer: Answer): string => answer.summary;

/** The whole answer under the title: the short answer and the details. */
export const fullText = (answer: Answer): string => [answer.summary, answer.details].filter(Boolean).join('\n\n');
