import { WELCOME_INTRO_MAX_CHARS, type Entry, type LearningPath, type Welcome } from './schema.js';

/** Fewer than this and the index has too little to match informal phrasings against. */
export const MIN_QUESTIONS = 5;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Two phrasings count as the same question when they differ only in case, spacing or punctuation. */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rules that span entries: unique ids, existing `related` ids, unshared questions, non-empty
 * bodies. Fills `byId` with the first entry of each id as it goes.
 */
export function checkEntries(entries: readonly Entry[], byId: Map<string, Entry>, brokenIds: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) problems.push(`${entry.file}: id: "${entry.id}" is already used by ${first.file}`);
    else byId.set(entry.id, entry);
    if (!ID_PATTERN.test(entry.id)) {
      problems.push(`${entry.file}: id: "${entry.id}" must be lower-case words joined by hyphens (rename the file)`);
    }
    if (entry.body.length === 0) problems.push(`${entry.file}: body: is empty (write the long answer below the front matter)`);
    if (entry.questions.length < MIN_QUESTIONS) {
      problems.push(`${entry.file}: questions: has ${entry.questions.length}, needs at least ${MIN_QUESTIONS} alternate phrasings`);
    }
  }

  const questionOwners = new Map<string, Entry>();
  for (const entry of entries) {
    entry.related.forEach((id, i) => {
      if (id === entry.id) problems.push(`${entry.file}: related[${i}]: "${id}" is the entry itself`);
      else if (!byId.has(id) && !brokenIds.has(id)) problems.push(`${entry.file}: related[${i}]: "${id}" is not an entry`);
    });
    entry.questions.forEach((question, i) => {
      const key = questionKey(question);
      const owner = questionOwners.get(key);
      if (owner && owner !== entry) {
        problems.push(`${entry.file}: questions[${i}]: "${question}" is also a question of ${owner.file}`);
      } else {
        questionOwners.set(key, entry);
      }
    });
  }
  return problems;
}

/** Every step of every learning path must be an entry. */
export function checkPaths(paths: readonly LearningPath[], exists: (id: string) => boolean, file: string): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    path.steps.forEach((id, i) => {
      if (!exists(id)) problems.push(`${file}: ${path.id}.steps[${i}]: "${id}" is not an entry`);
    });
  }
  return problems;
}

/** The welcome's starters must be distinct entries, and its text must fit a chat message. */
export function checkWelcome(welcome: Welcome, exists: (id: string) => boolean): string[] {
  const problems: string[] = [];
  const { file } = welcome;
  if (welcome.intro.length === 0) problems.push(`${file}: body: is empty (write the welcome text below the front matter)`);
  if (welcome.intro.length > WELCOME_INTRO_MAX_CHARS) {
    problems.push(`${file}: body: has ${welcome.intro.length} characters, at most ${WELCOME_INTRO_MAX_CHARS} fit a chat welcome`);
  }
  welcome.starters.forEach((id, i) => {
    if (!exists(id)) problems.push(`${file}: starters[${i}]: "${id}" is not an entry`);
    else if (welcome.starters.indexOf(id) !== i) problems.push(`${file}: starters[${i}]: "${id}" is listed twice`);
  });
  return problems;
}
