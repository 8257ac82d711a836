import type { types } from '@slack/bolt';
import { answerKey, type Answer, type CatalogueGroup, type EntryRef } from '../../src/index.js';
import { encodeEntryClick, splitMarkdown, truncateAtWord, type EntryClick } from '../chat-kit/index.js';
import { ASK_ENTRY, encodeFeedback, encodeShare, FEEDBACK_DOWN, FEEDBACK_UP, indexedActionId, MORE, PICK_TOPIC, SHARE } from './actions.js';
import { escapeMrkdwn, markdownToMrkdwn, truncateMrkdwn } from './markdown.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Block Kit limits this renderer keeps to (Slack rejects a message that breaks any of them). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  blocks: 50,
  headerText: 150,
  buttonText: 75,
  actionsElements: 25,
  selectOptions: 100,
  optionText: 75,
  contextText: 3000,
  /** Not a Slack limit: the notification preview only needs the gist. */
  fallbackText: 3000,
  buttonValue: 2000,
} as const;

/** A message ready for `chat.postMessage` or a `response_url`. */
export interface SlackMessage {
  /** Plain fallback for notifications and clients that cannot show blocks (mrkdwn, escaped). */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** A private slash-command reply: Slack shows no trace of the command, so echo it; offer "Share in channel". */
  ephemeral?: boolean;
  /** Who shared a private answer into the channel; named above it. */
  sharedBy?: string;
  /** The slash command, to explain its sub-commands under help. */
  slashCommand?: string;
  /** Blocks after everything else (the "next step" of a learning path), kept within the block limit. */
  footer?: KnownBlock[];
  /**
   * Show the details at once (a DM, a private slash reply, a "More" click). Otherwise a channel
   * or thread gets the short answer and a "More" button: a channel is read by many.
   */
  expanded?: boolean;
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
export const context = (text: string): KnownBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.contextText) }],
});
export const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncateAtWord(text, max), emoji: true });
export const header = (text: string): KnownBlock => ({ type: 'header', text: plain(text, SLACK_LIMITS.headerText) });

/** A section of mrkdwn, cut to fit, with one button (or menu) beside it. */
export const sectionBeside = (text: string, accessory: Button): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncateMrkdwn(text, SLACK_LIMITS.sectionText) },
  accessory,
});

export function button(text: string, actionId: string, value: string, style?: 'primary'): Button {
  return { type: 'button', text: plain(text, SLACK_LIMITS.buttonText), action_id: actionId, value, ...(style ? { style } : {}) };
}

/** How clicks on a row of entry buttons count: their kind, and the answer they sit under. */
export type RefOrigin = Omit<EntryClick, 'entryId'>;

/**
 * Buttons that each ask about one entry, each carrying what its click means (kind, entry,
 * origin); `first` numbers their action ids on from other rows of the same message.
 */
export function refButtons(refs: EntryRef[], blockId: string, origin: RefOrigin, first = 0): KnownBlock[] {
  const elements = refs.slice(0, SLACK_LIMITS.actionsElements).flatMap((ref, i) => {
    const value = encodeEntryClick({ ...origin, entryId: ref.id }, SLACK_LIMITS.buttonValue);
    return value ? [button(ref.title, indexedActionId(ASK_ENTRY, first + i), value)] : [];
  });
  return elements.length > 0 ? [{ type: 'actions', block_id: blockId, elements }] : [];
}

function sourcesLine(answer: Answer): KnownBlock[] {
  if (answer.sources.length === 0) return [];
  const names = answer.sources.map((s) =>
    s.url && /^https?:\/\/[^\s<>|]+$/.test(s.url)
      ? `<${escapeMrkdwn(s.url)}|${escapeMrkdwn(s.name.replace(/\|/g, '¦'))}>`
      : escapeMrkdwn(s.name),
  );
  // Dropping whole sources keeps every link intact, where cutting the line could break one.
  let line = `Sources: ${names[0]}`;
  for (const name of names.slice(1)) {
    if (line.length + name.length + 3 > SLACK_LIMITS.contextText) break;
    line += ` · ${name}`;
  }
  return [context(line)];
}

/** A catalogue group: its titles as a list, and a menu to ask about one of them. */
export function topicBlocks(group: CatalogueGroup, index: number): KnownBlock[] {
  const list = group.entries.map((e) => `• ${escapeMrkdwn(e.title)}`).join('\n');
  const [first, ...rest] = splitMarkdown(`*${escapeMrkdwn(group.label)}*\n${list}`, SLACK_LIMITS.sectionText);
  const options = group.entries.slice(0, SLACK_LIMITS.selectOptions).map((e) => ({
    text: plain(e.title, SLACK_LIMITS.optionText),
    value: e.id,
  }));
  const pick: KnownBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: first ?? escapeMrkdwn(group.label) },
    accessory: {
      type: 'static_select',
      action_id: indexedActionId(PICK_TOPIC, index),
      placeholder: plain('Ask about one…', SLACK_LIMITS.optionText),
      options,
    },
  };
  return [pick, ...rest.map(section)];
}

function echoLine(answer: Answer, options: RenderOptions): string | null {
  const question = answer.question.trim();
  if (question === '') return null;
  // The word joiner keeps "@channel" reading as typed while no client can turn it into a ping.
  const defanged = truncateAtWord(question, 500).replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
  const quoted = `“${escapeMrkdwn(defanged)}”`;
  if (options.sharedBy && USER_ID.test(options.sharedBy)) return `<@${options.sharedBy}> asked ${quoted}`;
  if (options.ephemeral) return `You asked ${quoted}`;
  return null;
}

/** Whether the details are shown now; when not, a "More" button stands for them. */
export const showsDetails = (answer: Answer, options: RenderOptions) => Boolean(options.expanded && !answer.brief && answer.details);

function bodyBlocks(answer: Answer, options: RenderOptions): KnownBlock[] {
  const text = (markdown: string) => splitMarkdown(markdownToMrkdwn(markdown), SLACK_LIMITS.sectionText).map(section);
  const blocks = [...text(answer.summary), ...(showsDetails(answer, options) ? text(answer.details) : [])];
  if (answer.kind === 'help' && options.slashCommand) {
    const command = escapeMrkdwn(options.slashCommand);
    blocks.push(
      context(
        `\`${command} <question>\` answers privately · \`${command} topics\` lists everything · ` +
          `\`${command} path <level>\` shows a learning path · \`${command} help\` shows this`,
      ),
    );
  }
  answer.catalogue.forEach((group, i) => blocks.push(...topicBlocks(group, i)));
  return blocks;
}

/** "Not what you meant?" under an answer the core is not sure of: one or two other entries. */
function alternativeBlocks(answer: Answer, fromKey: string): KnownBlock[] {
  if (answer.alternatives.length === 0) return [];
  const origin: RefOrigin = { kind: 'suggestion', fromKey };
  return [context('_Not what you meant?_'), ...refButtons(answer.alternatives, 'alternatives', origin, SLACK_LIMITS.actionsElements)];
}

function tailBlocks(answer: Answer, options: RenderOptions): KnownBlock[] {
  if (answer.kind !== 'answer') return refButtons(answer.suggestions, 'suggestions', { kind: 'suggestion', fromKey: null });
  const key = answerKey(answer);
  const feedback = encodeFeedback({ key, question: answer.question });
  const votes: Button[] = [button('👍 Helpful', FEEDBACK_UP, feedback), button('👎 Not helpful', FEEDBACK_DOWN, feedback)];
  if (answer.details && !showsDetails(answer, options) && key.length <= 2000) votes.unshift(button('More', MORE, key, 'primary'));
  if (options.ephemeral) {
    const share = encodeShare({ id: answer.entryId ?? undefined, question: answer.question });
    votes.unshift(button('Share in channel', SHARE, share, 'primary'));
  }
  return [
    ...sourcesLine(answer),
    ...alternativeBlocks(answer, key),
    // A reply of several parts, one not understood, says "the buttons below are my closest guesses": these.
    ...refButtons(answer.suggestions, 'suggestions', { kind: 'suggestion', fromKey: key }, 2 * SLACK_LIMITS.actionsElements),
    ...refButtons(answer.related, 'related', { kind: 'related', fromKey: key }),
    { type: 'actions', block_id: 'feedback', elements: votes },
  ];
}

function fallbackText(answer: Answer): string {
  const summary = markdownToMrkdwn(answer.summary);
  const text = answer.title ? `${escapeMrkdwn(answer.title)}: ${summary}` : summary;
  return truncateMrkdwn(text || 'Here is what I found.', SLACK_LIMITS.fallbackText);
}

/**
 * Renders the core's answer as a Slack message: header, summary, details in sections of at
 * most 3,000 characters, sources, buttons (related, "did you mean", 👍/👎, share), at most
 * 50 blocks, and a plain `text` fallback. All text is escaped, so nothing a user typed can
 * mention anyone.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const head: KnownBlock[] = [];
  const echo = echoLine(answer, options);
  if (echo) head.push(context(echo));
  if (answer.title) head.push(header(answer.title));
  const tail = [...tailBlocks(answer, options), ...(options.footer ?? [])];
  let body = bodyBlocks(answer, options);
  const room = SLACK_LIMITS.blocks - head.length - tail.length;
  if (body.length > room) {
    body = [
      ...body.slice(0, room - 1),
      context('_The full answer is longer than one Slack message can hold; ask about a narrower part of it._'),
    ];
  }
  return { text: fallbackText(answer), blocks: [...head, ...body, ...tail] };
}

/** A short text-only message (apology, "slow down", thanks for the vote); `text` is mrkdwn. */
export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
