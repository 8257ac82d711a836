import { z } from 'zod';

import { ENTRY_KINDS } from './kinds.js';

export { ENTRY_KINDS, KIND_FOLDERS, type EntryKind } from './kinds.js';

export const SUMMARY_MAX_CHARS = 600;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.strictObject({
  name: nonEmpty,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});

/** Front matter of one entry. Unknown keys are errors: they are usually typos of real ones. */
export const frontMatterSchema = z.strictObject({
  title: nonEmpty.max(150, 'must be at most 150 characters'),
  kind: z.enum(ENTRY_KINDS, { error: `must be one of ${ENTRY_KINDS.join(', ')}` }),
  summary: nonEmpty.max(SUMMARY_MAX_CHARS, `must be at most ${SUMMARY_MAX_CHARS} characters`),
  questions: z.array(nonEmpty).default([]),
  aliases: z.array(nonEmpty).default([]),
  tags: z.array(nonEmpty).default([]),
  related: z.array(nonEmpty).default([]),
  sources: z.array(sourceSchema).default([]),
});

/** An entry's front matter, as {@link frontMatterSchema} checks it. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** `content/synonyms.yaml`: canonical term → the phrases people use for it. */
export const synonymsSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9 -]*$/, 'canonical terms are lower-case words'),
  z.array(nonEmpty).min(1, 'list at least one variant'),
);

/** `content/paths.yaml`: a learning path per level, as an ordered list of entry ids. */
export const pathsSchema = z.record(
  nonEmpty,
  z.strictObject({
    title: nonEmpty,
    intro: nonEmpty,
    steps: z.array(nonEmpty).min(1, 'a path needs at least one step'),
  }),
);

/** Longest welcome text: it must fit one Slack section and one Discord embed beside the buttons. */
export const WELCOME_INTRO_MAX_CHARS = 1500;
/** How many starter questions the welcome offers (one row of buttons on either platform). */
export const WELCOME_STARTERS = 3;

/** Front matter of `content/welcome.md`; the body is the welcome text itself. */
export const welcomeSchema = z.strictObject({
  title: nonEmpty.max(150, 'must be at most 150 characters'),
  starters: z
    .array(nonEmpty)
    .length(WELCOME_STARTERS, `list exactly ${WELCOME_STARTERS} entry ids, the starter questions shown as buttons`),
  path_prompt: nonEmpty.max(150, 'must be at most 150 characters').optional(),
});

/** One loaded, validated entry. */
export interface Entry extends FrontMatter {
  id: string;
  /** Path relative to the content folder, for error messages. */
  file: string;
  /** The long answer, Markdown. */
  body: string;
}

export interface LearningPath {
  id: string;
  title: string;
  intro: string;
  steps: string[];
}

/** The onboarding welcome from `content/welcome.md`, validated. */
export interface Welcome {
  title: string;
  /** What the bot can answer, Markdown (the file's body). */
  intro: string;
  /** Entry ids offered as starter questions, in order. */
  starters: string[];
  /** The line above the level picker; undefined means the adapters' default. */
  pathPrompt?: string;
  /** Path relative to the content folder, for error messages. */
  file: string;
}
