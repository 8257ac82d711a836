import type { types } from '@slack/bolt';
import type { PathRef, PathView, WelcomeView } from '../../src/index.js';
import { encodeStep, indexedActionId, NEXT_STEP, OPEN_PATH, OPEN_STEP, PICK_PATH } from './actions.js';
import { splitMarkdown } from '../chat-kit/index.js';
import { escapeMrkdwn, markdownToMrkdwn, truncateMrkdwn } from './markdown.js';
import { button, context, header, plain, refButtons, section, sectionBeside, SLACK_LIMITS, type SlackMessage } from './render.js';

type KnownBlock = types.KnownBlock;

const markdownSections = (markdown: string) => splitMarkdown(markdownToMrkdwn(markdown), SLACK_LIMITS.sectionText).map(section);

/** The level picker: a menu of the learning paths; choosing one shows it. */
export function levelPicker(prompt: string, paths: readonly PathRef[]): KnownBlock[] {
  if (paths.length === 0) return [];
  return [
    {
      type: 'section',
      block_id: 'levels',
      text: { type: 'mrkdwn', text: truncateMrkdwn(escapeMrkdwn(prompt), SLACK_LIMITS.sectionText) },
      accessory: {
        type: 'static_select',
        action_id: PICK_PATH,
        placeholder: plain('Pick your level', SLACK_LIMITS.optionText),
        options: paths.slice(0, SLACK_LIMITS.selectOptions).map((p) => ({ text: plain(p.title, SLACK_LIMITS.optionText), value: p.id })),
      },
    },
  ];
}

/** The onboarding welcome: what the bot answers, three starter questions, and the level picker. */
export function renderWelcome(welcome: WelcomeView): SlackMessage {
  const blocks = [
    header(welcome.title),
    ...markdownSections(welcome.intro),
    ...refButtons(welcome.starters, 'starters', { kind: 'starter', fromKey: null }),
    ...levelPicker(welcome.pathPrompt, welcome.paths),
  ];
  // The welcome text is short by validation; the cap only guards a hand-edited snapshot.
  return { text: truncateMrkdwn(escapeMrkdwn(welcome.title), SLACK_LIMITS.fallbackText), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/**
 * A learning path: its steps in order, each with a one-line summary and a button to open it,
 * then "Start" to walk it step by step.
 */
export function renderPath(path: PathView): SlackMessage {
  const head: KnownBlock[] = [header(path.title), section(truncateMrkdwn(escapeMrkdwn(path.intro), SLACK_LIMITS.sectionText))];
  const start: KnownBlock = {
    type: 'actions',
    block_id: 'path_nav',
    elements: [button('Start the path ▶', NEXT_STEP, encodeStep({ pathId: path.id, index: 0 }), 'primary')],
  };
  const room = SLACK_LIMITS.blocks - head.length - 2;
  const shown = path.steps.length > room + 1 ? path.steps.slice(0, room) : path.steps;
  const steps: KnownBlock[] = shown.map((step, i) =>
    sectionBeside(
      `*${i + 1}. ${escapeMrkdwn(step.title)}*\n${escapeMrkdwn(step.line)}`,
      button('Open', indexedActionId(OPEN_STEP, i), encodeStep({ pathId: path.id, index: i })),
    ),
  );
  const more = path.steps.length - shown.length;
  if (more > 0) steps.push(context(`…and ${more} more steps: *Next* walks you through all of them.`));
  const text = `${escapeMrkdwn(path.title)}: ${path.steps.length} steps`;
  return { text, blocks: path.steps.length > 0 ? [...head, ...steps, start] : head };
}

/** Under a step's answer: where it sits in the path, and the button to the next one. */
export function stepFooter(path: PathView, index: number): KnownBlock[] {
  const next = path.steps[index + 1];
  const back = button('Back to the path', indexedActionId(OPEN_PATH, 0), path.id);
  const where = context(`Step ${index + 1} of ${path.steps.length} · ${escapeMrkdwn(path.title)}`);
  if (!next) {
    return [
      where,
      context('That was the last step of this path. Well done! Ask me anything about it, or pick another level.'),
      { type: 'actions', block_id: 'path_nav', elements: [back] },
    ];
  }
  const nextButton = button(`Next: ${next.title}`, NEXT_STEP, encodeStep({ pathId: path.id, index: index + 1 }), 'primary');
  return [where, { type: 'actions', block_id: 'path_nav', elements: [nextButton, back] }];
}

/** When the level is missing or unknown: the paths to choose from, as buttons. */
export function renderLevels(note: string, paths: readonly PathRef[]): SlackMessage {
  const buttons = paths.slice(0, SLACK_LIMITS.actionsElements).map((p, i) => button(p.title, indexedActionId(OPEN_PATH, i), p.id));
  const blocks: KnownBlock[] = [section(escapeMrkdwn(note))];
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'levels', elements: buttons });
  return { text: escapeMrkdwn(note), blocks };
}
