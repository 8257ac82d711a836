import type { RespondFn, webApi } from '@slack/bolt';
import type { RenderOptions, SlackMessage } from './render.js';

/**
 * Where a reply goes. Handlers pick the place from the incoming event; `Replies` only
 * says what to send, so "answer in the same place" is decided once, here.
 */
export interface Place {
  /** Identifies the place in logs; never user text. */
  readonly where: Record<string, string | undefined>;
  /** How answers are rendered here (private answers get "Share in channel"). */
  readonly render: RenderOptions;
  send(message: SlackMessage): Promise<void>;
  /** A short note only the asking user sees. */
  notify(text: string): Promise<void>;
}

/** A conversation is a thread, or a DM (its threads apart): the key its state is stored under. */
export const conversationKey = (teamId: string | undefined, channel: string, threadTs: string | undefined) =>
  `slack:${teamId ?? '-'}:${channel}:${threadTs ?? '-'}`;

export interface ConversationPlaceOptions {
  channel: string;
  /** Reply in this thread; undefined posts at the top level (DMs). */
  threadTs?: string;
  /** The user private notes are for. */
  userId: string;
  /** Called after an answer is posted in a thread, so follow-ups there are recognised. */
  onThreadReply?: (channel: string, threadTs: string) => void;
}

/** A channel, thread or DM the bot posts in with `chat.postMessage`. */
export function conversationPlace(client: webApi.WebClient, options: ConversationPlaceOptions): Place {
  const { channel, threadTs, userId } = options;
  return {
    where: { channel, threadTs },
    // In a DM only the asker reads the answer: show it whole. A channel gets the short answer and "More".
    render: { expanded: channel.startsWith('D') },
    async send(message) {
      // unfurl off: a link in the sources would otherwise add a big preview under every answer.
      await client.chat.postMessage({ channel, thread_ts: threadTs, ...message, unfurl_links: false, unfurl_media: false });
      if (threadTs) options.onThreadReply?.(channel, threadTs);
    },
    async notify(text) {
      await client.chat.postEphemeral({ channel, user: userId, thread_ts: threadTs, text });
    },
  };
}

/**
 * A private reply through an interaction's `response_url`: works in any channel, even ones the
 * bot is not a member of, which `chat.postMessage` cannot reach.
 */
export function responsePlace(respond: RespondFn, render: RenderOptions): Place {
  return {
    where: { via: 'response_url' },
    // Only the asker sees it, so it can be whole; "Share in channel" posts it for everyone.
    render: { expanded: true, ...render, ephemeral: true },
    async send(message) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    },
    async notify(text) {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    },
  };
}

/** "Share in channel": the answer is posted visibly, then the private copy is removed. */
export function sharePlace(respond: RespondFn, userId: string): Place {
  return {
    where: { via: 'response_url', share: 'in_channel' },
    render: { sharedBy: userId },
    async send(message) {
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
      await respond({ delete_original: true });
    },
    async notify(text) {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    },
  };
}
