import type { EntryKind } from '../content/schema.js';
import type { SearchOptions } from '../search/index.js';
import { foldText } from '../text/normalize.js';
import type { Asker } from '../understand/asker.js';
import type { Intent } from './intents.js';

// Career questions, recognised by how they are asked rather than by their topic.
const MOVE =
  /\b(become|becoming|get into|getting into|break into|breaking into|move into|moving into|move to|moving to|switch(ing)? (to|into)|transition(ing)? (to|into)|pivot(ing)? (to|into)|career change|get a job (in|as|on)|land (a|my first) (job|role)|get hired|getting hired|first job)\b/;
const FROM_SOMEWHERE = /\bfrom (an? )?\w+/;
const PROSPECTS = /\b(worth it|worth (learning|getting into|moving|going|doing|it)|dead[- ]end|future|dying|still relevant|outlook|job market|prospects?|career path|long[- ]term|career progression|ceiling)\b/;
const HIRING =
  /\b(hire|hiring|hired|candidates?|interview(ing)? (someone|candidates|people|for|an?)|(we|i)('re| are| am) (hiring|interviewing)|level(l)?ing|down-?level(l?ed)?|job (description|ad|post(ing)?)s?|jds?|red flags?|onboard(ing)? (a|our|new|an|my)|30[ /-]?60[ /-]?90|interview loop|hiring loop|rubric|assess(ing)?|screen(ing)?|new hire)\b/;
const DAY_TO_DAY = /\b(day[- ]to[- ]day|daily|typical (day|week)|spend (their|the|my|your) (time|days?|weeks?)|actually do|all day|on a normal day)\b/;
const PAY =
  /\b(salary|salaries|paid|pay(s|ing)?(?! off)|compensation|comp|tc|total comp|earn(s|ing)?|make (a year|per year|money)|how much (do|does|can|will|would) .{1,40} make|rsus?|bonus(es)?|pay ?band)\b/;

/** What kind of career question this is, if it is one. */
export type CareerIntent = 'move' | 'prospects' | 'hiring' | 'day-to-day' | 'pay';

export function careerIntent(question: string): CareerIntent | null {
  const text = foldText(question);
  if (PAY.test(text)) return 'pay';
  if (HIRING.test(text)) return 'hiring';
  if (MOVE.test(text)) return 'move';
  if (PROSPECTS.test(text)) return 'prospects';
  if (DAY_TO_DAY.test(text)) return 'day-to-day';
  return null;
}

export interface SearchPlan {
  query: string;
  options: SearchOptions;
}

const boosts = (entries: Partial<Record<EntryKind, number>>) => entries;

/**
 * How to search for one question: which kinds of entry answer this kind of question, and
 * what the asker said about themselves that the search should know. A comparison entry
 * answers only a comparative question, so it is held back elsewhere.
 */
export function planSearch(question: string, intent: Intent, asker: Asker): SearchPlan {
  const career = careerIntent(question);
  const notComparing = intent.type === 'comparison' ? {} : { comparison: 0.75 };
  switch (career) {
    case 'move': {
      // "How do I get into distributed systems?" from a backend developer is a backend developer's move.
      const from = asker.role && !FROM_SOMEWHERE.test(foldText(question)) ? ` from ${asker.role}` : '';
      return { query: question + from, options: { kindBoost: boosts({ faq: 1.4, concept: 0.6, ...notComparing }) } };
    }
    case 'prospects':
      return { query: question, options: { kindBoost: boosts({ faq: 1.3, concept: 0.7, ...notComparing }) } };
    case 'hiring':
      return { query: question, options: { kindBoost: boosts({ guide: 1.2, concept: 0.6, ...notComparing }), tagBoost: { hiring: 1.5 } } };
    case 'day-to-day':
      return { query: question, options: { kindBoost: boosts({ role: 1.3, faq: 1.1, ...notComparing }) } };
    default:
  }
  if (intent.type === 'level') return { query: question, options: { kindBoost: boosts({ level: 1.5, ...notComparing }) } };
  if (intent.type === 'definition') return { query: question, options: { kindBoost: boosts({ concept: 1.3, role: 1.2, ...notComparing }) } };
  return { query: question, options: { kindBoost: boosts(notComparing) } };
}
