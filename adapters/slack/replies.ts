import type { Answer, AnswerKind, Logger } from '../../src/index.js';
import { NOTICES, type ChatAsker, type ChatGuard } from '../chat-kit/index.js';
import type { Place } from './places.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

/** Who asked, and how (a message, or a command or click waiting for its reply). */
export type Asker = ChatAsker;

export interface ReplyOptions {
  /** Kinds to stay silent on: a thread follow-up that is just chatter must not get a decline. */
  quietOn?: readonly AnswerKind[];
  /** False for replays of an answer already given (share), which are not new questions. */
  rateLimited?: boolean;
  /** What to say when nothing is found by what the button named. Default the "gone topic" notice. */
  gone?: string;
}

/** Sends what a listener produced to its place, within the asker's limit, never throwing. */
export interface Replies {
  /**
   * Produces an answer and sends it to `place`, within the asker's rate limit. Never throws:
   * a failure is logged and the user gets a short apology instead.
   */
  reply(place: Place, asker: Asker, produce: () => Answer | null | Promise<Answer | null>, options?: ReplyOptions): Promise<void>;
  /**
   * The same for a message that is not a plain answer (a learning path, the list of levels, a
   * step with its footer); `make` returning null sends the "gone" notice. Never throws.
   */
  show(place: Place, asker: Asker, make: () => SlackMessage | null, options?: ReplyOptions): Promise<void>;
  /** Sends a private note, logging rather than throwing on failure. */
  notify(place: Place, text: string): Promise<void>;
}

export interface RepliesOptions {
  guard: ChatGuard;
  logger: Logger;
}

export function createReplies({ guard, logger }: RepliesOptions): Replies {
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
      if (options.rateLimited !== false) {
        const admission = await guard.admit(asker);
        if (admission === 'slow-down') await notify(place, NOTICES.slowDown);
        if (admission !== 'answer') return;
      }
      const message = await make();
      if (message === 'quiet') return;
      if (!message) return await notify(place, options.gone ?? NOTICES.goneTopic);
      await place.send(message);
    } catch (error) {
      logger.error({ err: error, ...place.where }, 'slack: answering failed');
      try {
        await place.send(renderNotice(NOTICES.apology));
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
