import type { Answer, AnswerKind, Logger, Store } from '../../src/index.js';
import type { Place } from './places.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

export const APOLOGY = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';
export const SLOW_DOWN = "You're asking faster than I can keep up. Give me a minute, then ask again.";
export const GONE = 'That topic is no longer in my notes. Ask me in your own words instead.';

export interface Asker {
  userId: string;
  teamId?: string;
}

export interface ReplyOptions {
  /** Kinds to stay silent on: a thread follow-up that is just chatter must not get a decline. */
  quietOn?: readonly AnswerKind[];
  /** False for replays of an answer already given (share), which are not new questions. */
  rateLimited?: boolean;
}

export interface Responder {
  /**
   * Produces an answer and sends it to `place`, within the asker's rate limit. Never throws:
   * a failure is logged and the user gets a short apology instead.
   */
  reply(place: Place, asker: Asker, produce: () => Answer | null | Promise<Answer | null>, options?: ReplyOptions): Promise<void>;
  /**
   * The same for a message that is not an answer (a learning path, the list of levels); `make`
   * returning null sends {@link GONE}. Never throws.
   */
  show(place: Place, asker: Asker, make: () => SlackMessage | null, options?: ReplyOptions): Promise<void>;
  /** Sends a private note, logging rather than throwing on failure. */
  notify(place: Place, text: string): Promise<void>;
}

export interface ResponderOptions {
  store: Store;
  logger: Logger;
  rateLimit: { limit: number; windowMs: number };
}

export function createResponder({ store, logger, rateLimit }: ResponderOptions): Responder {
  // The store may be a remote database: if it fails, answering beats refusing everyone.
  async function allowed(asker: Asker): Promise<boolean> {
    const key = `slack:rate:${asker.teamId ?? '-'}:${asker.userId}`;
    try {
      return await store.allow(key, rateLimit.limit, rateLimit.windowMs);
    } catch (error) {
      logger.warn({ err: error }, 'slack: rate-limit store failed; allowing the question');
      return true;
    }
  }

  // One "slow down" per window: a user hammering the bot should not get a note per message.
  async function firstNoticeInWindow(asker: Asker): Promise<boolean> {
    try {
      return await store.claim(`slack:rate-notice:${asker.teamId ?? '-'}:${asker.userId}`, rateLimit.windowMs);
    } catch {
      return true;
    }
  }

  async function notify(place: Place, text: string): Promise<void> {
    try {
      await place.notify(text);
    } catch (error) {
      logger.error({ err: error, ...place.where }, 'slack: could not send a note');
    }
  }

  async function deliver(
    place: Place,
    asker: Asker,
    make: () => SlackMessage | null | 'quiet' | Promise<SlackMessage | null | 'quiet'>,
    options: ReplyOptions,
  ): Promise<void> {
    try {
      if (options.rateLimited !== false && !(await allowed(asker))) {
        logger.info({ userId: asker.userId, ...place.where }, 'slack: rate limited');
        if (await firstNoticeInWindow(asker)) await notify(place, SLOW_DOWN);
        return;
      }
      const message = await make();
      if (message === 'quiet') return;
      if (!message) return await notify(place, GONE);
      await place.send(message);
    } catch (error) {
      logger.error({ err: error, ...place.where }, 'slack: answering failed');
      try {
        await place.send(renderNotice(APOLOGY));
      } catch (again) {
        logger.error({ err: again, ...place.where }, 'slack: the apology could not be sent either');
      }
    }
  }

  return {
    notify,
    reply: (place, asker, produce, options = {}) =>
      deliver(
        place,
        asker,
        async () => {
          const answer = await produce();
          if (!answer) return null;
          return options.quietOn?.includes(answer.kind) ? 'quiet' : renderAnswer(answer, place.render);
        },
        options,
      ),
    show: (place, asker, make, options = {}) => deliver(place, asker, make, options),
  };
}
