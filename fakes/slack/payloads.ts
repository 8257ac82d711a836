/**
 * Builders for the payloads Slack sends, trimmed to the fields Bolt and the bot read, with the
 * same shapes as Slack's (https://docs.slack.dev/reference/events).
 */
type Json = Record<string, any>;

export const TEAM = 'T1';
export const BOT_USER = 'UBOT';
export const CHANNEL = 'C0CHANNEL';
export const DM = 'D0DM';

let seq = 0;
/** A fresh message timestamp, unique within the test run. */
export const nextTs = () => `1690000000.${String(++seq).padStart(6, '0')}`;
const nextEventId = () => `Ev${String(++seq).padStart(8, '0')}`;

/** The `event_callback` envelope every Events API delivery uses. */
export function eventCallback(event: Json, eventId = nextEventId()): Json {
  return {
    token: 'verification-token',
    team_id: TEAM,
    api_app_id: 'A1',
    event: { event_ts: event.ts ?? nextTs(), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
  };
}

export function appMention(text: string, extra: Json = {}): Json {
  return { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER}> ${text}`, ts: nextTs(), channel: CHANNEL, team: TEAM, ...extra };
}

export function message(text: string, extra: Json = {}): Json {
  return { type: 'message', user: 'U0ASKER', text, ts: nextTs(), channel: CHANNEL, channel_type: 'channel', team: TEAM, ...extra };
}

/** Someone joined a channel (or was added to it). */
export function memberJoined(user: string, channel: string, extra: Json = {}): Json {
  return { type: 'member_joined_channel', user, channel, channel_type: 'C', team: TEAM, ...extra };
}

export const directMessage = (text: string, extra: Json = {}) => message(text, { channel: DM, channel_type: 'im', ...extra });

export function slashCommand(text: string, responseUrl: string, extra: Json = {}): Record<string, string> {
  return {
    token: 'verification-token',
    team_id: TEAM,
    team_domain: 'fake',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/ask',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger.${++seq}`,
    ...extra,
  };
}

export interface ClickOptions {
  /** The message the button was on; omit for an ephemeral message. */
  message?: Json;
  channel?: string;
  responseUrl: string;
  user?: string;
  /** Clicked in the App Home tab: a view, with no channel or message. */
  fromHome?: boolean;
}

/** A `block_actions` payload for one clicked element (a button, or a select's choice). */
export function blockAction(element: Json, options: ClickOptions): Json {
  const channel = options.channel ?? CHANNEL;
  if (options.fromHome) {
    return {
      type: 'block_actions',
      user: { id: options.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: TEAM },
      api_app_id: 'A1',
      token: 'verification-token',
      container: { type: 'view', view_id: 'V1' },
      trigger_id: `trigger.${++seq}`,
      team: { id: TEAM, domain: 'fake' },
      view: { id: 'V1', type: 'home', blocks: [] },
      actions: [{ block_id: 'b', action_ts: nextTs(), ...element }],
    };
  }
  const container = options.message
    ? { type: 'message', message_ts: options.message.ts, channel_id: channel, is_ephemeral: false, thread_ts: options.message.thread_ts }
    : { type: 'message', message_ts: nextTs(), channel_id: channel, is_ephemeral: true };
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: TEAM },
    api_app_id: 'A1',
    token: 'verification-token',
    container,
    trigger_id: `trigger.${++seq}`,
    team: { id: TEAM, domain: 'fake' },
    channel: { id: channel, name: 'general' },
    ...(options.message ? { message: { type: 'message', user: BOT_USER, ...options.message } } : {}),
    response_url: options.responseUrl,
    actions: [{ block_id: 'b', action_ts: nextTs(), ...element }],
  };
}

/** Finds a button (or select) by action id prefix in rendered blocks. */
export function findElement(blocks: Json[], actionIdPrefix: string): Json | undefined {
  for (const block of blocks) {
    const elements = block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : [];
    const found = elements.find((e: Json) => String(e.action_id).startsWith(actionIdPrefix));
    if (found) return found;
  }
  return undefined;
}

/** Every string Slack would display from these blocks (texts, not button values). */
export function displayedText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') out.push(value);
      else if (key !== 'value') walk(value);
    }
  };
  walk(blocks);
  return out.join('\n');
}
