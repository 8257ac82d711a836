import type { KnowledgeBase } from '../content/load.js';
import { MESSAGES, starters } from '../answer/messages.js';
import type { EntryRef } from '../answer/types.js';
import type { PathRef } from './paths.js';

/** What a newcomer is shown first, on any platform. */
export interface WelcomeView {
  title: string;
  /** What the bot can answer, Markdown. */
  intro: string;
  /** Starter questions, as entries to open. */
  starters: EntryRef[];
  /** The line above the level picker. */
  pathPrompt: string;
  /** The learning paths, in the order of `paths.yaml`, for the level picker. */
  paths: PathRef[];
}

export const DEFAULT_WELCOME_TITLE = 'Welcome!';
export const DEFAULT_PATH_PROMPT = 'Pick your level to see a learning path.';

/** The content's welcome (`welcome.md`), or one made from the help text when there is none. */
export function welcomeView(kb: KnowledgeBase): WelcomeView {
  const paths = kb.paths.map((p) => ({ id: p.id, title: p.title }));
  const welcome = kb.welcome;
  if (!welcome) {
    return { title: DEFAULT_WELCOME_TITLE, intro: MESSAGES.help, starters: starters(kb), pathPrompt: DEFAULT_PATH_PROMPT, paths };
  }
  const refs = welcome.starters.flatMap((id) => {
    const entry = kb.byId.get(id);
    return entry ? [{ id, title: entry.title }] : [];
  });
  return { title: welcome.title, intro: welcome.intro, starters: refs, pathPrompt: welcome.pathPrompt ?? DEFAULT_PATH_PROMPT, paths };
}
