import { WELCOME_INTRO_MAX_CHARS, type Entry, type LearningPath, type Welcome } from './schema.js';

/** Fewer than this and the index has too little to match informal phrasings against (shipped content). */
export const MIN_QUESTIONS = 5;
/** A team's FAQ entry needs one question: its own words are enough to find it. */
export const MIN_TEAM_QUESTIONS = 1;

/** Which rules an entry is held to: the shipped content's editorial rules, or a team FAQ's. */
export type RuleSet = 'shipped' | 'team';
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Two phrasings count as the same question when they differ only in case, spacing or punctuation. */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rules that span entries: valid ids, existing `related` ids, unshared questions, non-empty
 * bodies, enough alternate questions. Fills `byId` (the entries have unique ids by now). A
 * team's entries get the team rules: one question is enough, a body is optional, and a
 * question shared with another entry is a warning.
 */
export function checkEntries(
  entries: readonly Entry[],
  byId: Map<string, Entry>,
  brokenIds: ReadonlySet<string> = new Set(),
  rulesOf: (entry: Entry) => RuleSet = () => 'shipped',
): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const entry of entries) byId.set(entry.id, entry);
  for (const entry of entries) {
    const team = rulesOf(entry) === 'team';
    if (!ID_PATTERN.test(entry.id)) {
      problems.push(`${entry.file}: id: "${entry.id}" must be lower-case words joined by hyphens (rename the file)`);
    }
    if (entry.body.length === 0 && !team) problems.push(`${entry.file}: body: is empty (write the long answer below the front matter)`);
    const min = team ? MIN_TEAM_QUESTIONS : MIN_QUESTIONS;
    if (entry.questions.length < min) {
      problems.push(
        team
          ? `${entry.file}: questions: has none, needs at least one (the question this entry answers)`
          : `${entry.file}: questions: has ${entry.questions.length}, needs at least ${MIN_QUESTIONS} alternate phrasings`,
      );
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
        const message = `${entry.file}: questions[${i}]: "${question}" is also a question of ${owner.file}`;
        // Between shipped entries it is an editing mistake; in a team's FAQ, two answers to one question can be on purpose.
        if (rulesOf(entry) === 'team' || rulesOf(owner) === 'team') warnings.push(message);
        else problems.push(message);
      } else {
        questionOwners.set(key, entry);
      }
    });
  }
  return { problems, warnings };
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
