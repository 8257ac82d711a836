import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from '../../src/index.js';
import { NOTICES } from '../chat-kit/index.js';
import { renderNotice, type DiscordMessage } from './render.js';

export interface InteractionReplyOptions {
  /** Whether the response is visible to the asker only. */
  ephemeral: boolean;
  /** `performance.now()` time at which to defer if nothing was sent: Discord drops replies after 3 s. */
  deferAt: number;
  logger: Logger;
}

/** Answers one interaction exactly once: a reply, or a deferral and then an edit. */
export interface InteractionReply {
  /** Sends the one response; `ephemeral` overrides the default (notices are always private). */
  send(reply: DiscordMessage, ephemeral?: boolean): Promise<void>;
  /** A further message after the response (what did not fit in one), with the response's visibility. */
  followUp(reply: DiscordMessage): Promise<void>;
  /** A short ephemeral apology, unless something was already sent (then only the log has it). */
  apologise(): Promise<void>;
  /** Stops a pending deferral: the event is not going to be answered (e.g. a duplicate). */
  cancel(): void;
}

export function createInteractionReply(interaction: RepliableInteraction, options: InteractionReplyOptions): InteractionReply {
  const { logger } = options;
  let sent = false;
  let deferral: Promise<boolean> | null = null;
  const flagsFor = (ephemeral: boolean) => (ephemeral ? MessageFlags.Ephemeral : undefined);

  const timer = setTimeout(
    () => {
      if (sent) return;
      deferral = interaction.deferReply({ flags: flagsFor(options.ephemeral) }).then(
        () => true,
        (error: unknown) => {
          logger.warn({ err: error, interactionId: interaction.id }, 'deferring the interaction failed');
          return false;
        },
      );
    },
    Math.max(0, options.deferAt - performance.now()),
  );

  async function deliver(reply: DiscordMessage, ephemeral: boolean): Promise<void> {
    const deferred = deferral ? await deferral : false;
    const { content, embeds, components, allowedMentions } = reply;
    if (!deferred) {
      await interaction.reply({ content, embeds, components, allowedMentions, flags: flagsFor(ephemeral) });
    } else if (ephemeral && !options.ephemeral) {
      // A public deferral cannot turn private: drop the "thinking" message, follow up privately.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({ content, embeds, components, allowedMentions, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply({ content: content ?? null, embeds, components, allowedMentions });
    }
  }

  return {
    async send(reply, ephemeral = options.ephemeral) {
      if (sent) {
        logger.warn({ interactionId: interaction.id }, 'second response to one interaction dropped');
        return;
      }
      sent = true;
      clearTimeout(timer);
      await deliver(reply, ephemeral);
    },
    async followUp(reply) {
      if (!sent) throw new Error('followUp before the response was sent');
      const { content, embeds, components, allowedMentions } = reply;
      await interaction.followUp({ content, embeds, components, allowedMentions, flags: flagsFor(options.ephemeral) });
    },
    async apologise() {
      if (sent) return;
      sent = true;
      clearTimeout(timer);
      await deliver(renderNotice(NOTICES.apology), true).catch((error: unknown) =>
        logger.warn({ err: error, interactionId: interaction.id }, 'apology not delivered'),
      );
    },
    cancel() {
      sent = true;
      clearTimeout(timer);
    },
  };
}
