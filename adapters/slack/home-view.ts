import type { types } from '@slack/bolt';
import type { CatalogueGroup, EntryRef, PathView, WelcomeView } from '../../src/index.js';
import { indexedActionId, OPEN_PATH } from './actions.js';
import { splitMarkdown } from '../chat-kit/index.js';
import { escapeMrkdwn, markdownToMrkdwn, truncateMrkdwn } from './markdown.js';
import { button, context, header, refButtons, section, sectionBeside, SLACK_LIMITS, topicBlocks } from './render.js';

type KnownBlock = types.KnownBlock;

/** Slack refuses a Home tab view of more than 100 blocks. */
export const HOME_MAX_BLOCKS = 100;
export const MOST_ASKED_SHOWN = 5;

export interface HomeContent {
  welcome: WelcomeView;
  paths: readonly PathView[];
  catalogue: readonly CatalogueGroup[];
  /** The most-asked entries this week with their counts; null hides the section (no report kept). */
  mostAsked: readonly (EntryRef & { count: number })[] | null;
  slashCommand: string;
}

const divider: KnownBlock = { type: 'divider' };

function mostAskedBlocks(mostAsked: HomeContent['mostAsked']): KnownBlock[] {
  if (mostAsked === null) return [];
  const top = mostAsked.slice(0, MOST_ASKED_SHOWN);
  if (top.length === 0) return [header('Most asked this week'), context('Nothing asked yet this week. Be the first!'), divider];
  const list = top.map((e, i) => `${i + 1}. ${escapeMrkdwn(e.title)} (${e.count}×)`).join('\n');
  return [
    header('Most asked this week'),
    section(truncateMrkdwn(list, SLACK_LIMITS.sectionText)),
    ...refButtons([...top], 'popular', { kind: null, fromKey: null }),
    divider,
  ];
}

function pathBlocks(paths: readonly PathView[]): KnownBlock[] {
  if (paths.length === 0) return [];
  const rows = paths.map((path, i) =>
    sectionBeside(
      `*${escapeMrkdwn(path.title)}* · ${path.steps.length} steps\n${escapeMrkdwn(path.intro)}`,
      button('Open path', indexedActionId(OPEN_PATH, i), path.id),
    ),
  );
  return [header('Learning paths'), ...rows, divider];
}

/**
 * The App Home tab: the welcome, the five most-asked questions this week, the learning paths,
 * and the catalogue by kind, each kind with a menu. At most 100 blocks: catalogue groups that
 * do not fit give way to a line pointing at `/ask topics`.
 */
export function renderHome(content: HomeContent): KnownBlock[] {
  const command = escapeMrkdwn(content.slashCommand);
  const intro = splitMarkdown(markdownToMrkdwn(content.welcome.intro), SLACK_LIMITS.sectionText).map(section);
  const head: KnownBlock[] = [
    header(content.welcome.title),
    ...intro,
    context(
      `Mention me in a channel, send me a direct message, or type \`${command} <question>\` anywhere. What you pick here is answered in our direct messages.`,
    ),
    divider,
    ...mostAskedBlocks(content.mostAsked),
    ...pathBlocks(content.paths),
  ];
  const topics: KnownBlock[] = [header('Topics')];
  const overflow = context(`More topics than fit here: type \`${command} topics\` for all of them.`);
  for (const [i, group] of content.catalogue.entries()) {
    const blocks = topicBlocks(group, i);
    if (head.length + topics.length + blocks.length + 1 > HOME_MAX_BLOCKS) {
      topics.push(overflow);
      break;
    }
    topics.push(...blocks);
  }
  return [...head, ...topics].slice(0, HOME_MAX_BLOCKS);
}
