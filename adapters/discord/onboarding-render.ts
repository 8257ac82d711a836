import { ButtonStyle, ComponentType, type APISelectMenuOption } from 'discord.js';
import type { CatalogueGroup, PathRef, PathView, WelcomeView } from '../../src/index.js';
import { encodeMenu, type MenuAction } from './custom-ids.js';
import { truncateAtWord } from '../chat-kit/index.js';
import { toDiscordMarkdown } from './markdown.js';
import { button, LIMITS, listValue, NO_MENTIONS, rowOf, type ButtonRow, type DiscordMessage, type MenuRow } from './render.js';

const ONBOARDING_COLOR = 0x57f287;
const PATH_COLOR = 0x5865f2;
/** Step buttons in a path's overview: four rows of five, the fifth row holds "Start". */
const STEP_BUTTONS = (LIMITS.rows - 1) * LIMITS.buttonsPerRow;

const label = (text: string, max: number) => truncateAtWord(text.replace(/\s+/g, ' ').trim(), max) || '…';

function menu(action: MenuAction, placeholder: string, options: { label: string; value: string }[]): MenuRow | null {
  const customId = encodeMenu(action);
  const usable: APISelectMenuOption[] = options
    .filter((o) => o.value.length <= LIMITS.optionValue)
    .slice(0, LIMITS.selectOptions)
    .map((o) => ({ label: label(o.label, LIMITS.optionLabel), value: o.value }));
  if (!customId || usable.length === 0) return null;
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.StringSelect, custom_id: customId, placeholder: label(placeholder, LIMITS.selectPlaceholder), options: usable },
    ],
  };
}

/** The level picker: a menu of the learning paths. */
export function levelMenu(paths: readonly PathRef[]): MenuRow | null {
  return menu(
    { type: 'levels' },
    'Pick your level for a learning path',
    paths.map((p) => ({ label: p.title, value: p.id })),
  );
}

/** The onboarding welcome: what the bot answers, three starter buttons, and the level picker. */
export function renderWelcome(welcome: WelcomeView): DiscordMessage {
  const description = truncateAtWord(`${toDiscordMarkdown(welcome.intro)}\n\n${toDiscordMarkdown(welcome.pathPrompt)}`, LIMITS.description);
  const starters = rowOf(
    welcome.starters.map((ref) =>
      button({ type: 'entry', click: { entryId: ref.id, kind: 'starter', fromKey: null } }, ref.title, ButtonStyle.Secondary),
    ),
  );
  const levels = levelMenu(welcome.paths);
  return {
    embeds: [{ color: ONBOARDING_COLOR, title: label(welcome.title, LIMITS.title), description }],
    components: [starters, levels].filter((row) => row !== null),
    allowedMentions: NO_MENTIONS,
  };
}

function stepControls(path: PathView): (ButtonRow | MenuRow)[] {
  if (path.steps.length <= STEP_BUTTONS) {
    const buttons = path.steps.map((step, i) =>
      button({ type: 'step', pathId: path.id, index: i, next: false }, `${i + 1}. ${step.title}`, ButtonStyle.Secondary),
    );
    const rows: ButtonRow[] = [];
    for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
      const row = rowOf(buttons.slice(i, i + LIMITS.buttonsPerRow));
      if (row) rows.push(row);
    }
    return rows;
  }
  // Too many steps for buttons: one menu opens any of the first 25; "Next" reaches the rest.
  const options = path.steps.map((step, i) => ({ label: `${i + 1}. ${step.title}`, value: String(i) }));
  const steps = menu({ type: 'steps', pathId: path.id }, 'Open a step', options);
  return steps ? [steps] : [];
}

/**
 * A learning path: the steps in order with a one-line summary each, a button per step, and
 * "Start" to walk it with "Next".
 */
export function renderPath(path: PathView): DiscordMessage {
  const lines = path.steps.map((step, i) => `**${i + 1}. ${truncateAtWord(step.title, 150)}**\n${step.line}`);
  const intro = truncateAtWord(path.intro, 1000);
  const list = listValue(lines, LIMITS.description - intro.length - 2);
  const start = rowOf([button({ type: 'step', pathId: path.id, index: 0, next: true }, 'Start the path', ButtonStyle.Primary, '▶️')]);
  const components = path.steps.length > 0 ? [...stepControls(path), ...(start ? [start] : [])] : [];
  return {
    embeds: [{ color: PATH_COLOR, title: label(path.title, LIMITS.title), description: list ? `${intro}\n\n${list}` : intro }],
    components: components.slice(0, LIMITS.rows),
    allowedMentions: NO_MENTIONS,
  };
}

/** Above a step's answer: where it is in the path. */
export function stepHeading(path: PathView, index: number): string {
  const last = index === path.steps.length - 1 ? ' · the last one. Well done!' : '';
  return truncateAtWord(`**${path.title}** · step ${index + 1} of ${path.steps.length}${last}`, LIMITS.content);
}

/** Under a step's answer: "Next" (unless it is the last) and the way back to the overview. */
export function stepRow(path: PathView, index: number): ButtonRow | null {
  const next = path.steps[index + 1];
  return rowOf([
    next ? button({ type: 'step', pathId: path.id, index: index + 1, next: true }, `Next: ${next.title}`, ButtonStyle.Primary, '▶️') : null,
    button({ type: 'path', pathId: path.id }, 'Back to the path', ButtonStyle.Secondary),
  ]);
}

/** Most messages `/topics` sends: the first plus follow-ups, five menus each. */
const TOPIC_MESSAGES = 4;

/**
 * The catalogue as select menus, one per kind (a kind with more than 25 entries gets one menu
 * per 25), five menus to a message: the first message also lists the kinds; the rest are
 * follow-ups.
 */
export function renderTopics(groups: readonly CatalogueGroup[]): DiscordMessage[] {
  const menus: MenuRow[] = [];
  for (const group of groups) {
    const pages = Math.ceil(group.entries.length / LIMITS.selectOptions);
    for (let p = 0; p < pages; p++) {
      const entries = group.entries.slice(p * LIMITS.selectOptions, (p + 1) * LIMITS.selectOptions);
      const range =
        pages > 1 ? ` (${p * LIMITS.selectOptions + 1}–${p * LIMITS.selectOptions + entries.length} of ${group.entries.length})` : '';
      const row = menu(
        { type: 'topics', page: menus.length },
        `${group.label}${range}`,
        entries.map((e) => ({ label: e.title, value: e.id })),
      );
      if (row) menus.push(row);
    }
  }
  const capacity = TOPIC_MESSAGES * LIMITS.rows;
  const kinds = groups.map((g) => `**${g.label}** (${g.entries.length})`).join(' · ');
  const more = menus.length > capacity ? '\n\nNot everything fits here: use `/topic` and start typing to find the rest.' : '';
  const first: DiscordMessage = {
    embeds: [
      {
        color: PATH_COLOR,
        title: 'Topics',
        description: truncateAtWord(`Pick a topic from a menu and I'll answer, just for you.\n\n${kinds}${more}`, LIMITS.description),
      },
    ],
    components: menus.slice(0, LIMITS.rows),
    allowedMentions: NO_MENTIONS,
  };
  const rest: DiscordMessage[] = [];
  for (let i = LIMITS.rows; i < Math.min(menus.length, capacity); i += LIMITS.rows) {
    rest.push({ content: 'More topics:', embeds: [], components: menus.slice(i, i + LIMITS.rows), allowedMentions: NO_MENTIONS });
  }
  return [first, ...rest];
}
