import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { firstWelcome } from '../../src/index.js';
import { decodeStep, matchesIndexed, NEXT_STEP, OPEN_PATH, OPEN_STEP, PICK_PATH } from './actions.js';
import { asker, channelTypeOf, placeOf } from './interactions.js';
import { createPathViews } from './learning-paths.js';
import { renderWelcome } from './onboarding-render.js';
import type { Wiring } from './wiring.js';

/**
 * Onboarding: a welcome for people who join a configured channel (once per person and
 * channel), the level picker, and walking a learning path with "next".
 */
export function registerOnboarding(app: App, wiring: Wiring): void {
  const { bot, logger, store, onboarding } = wiring;
  const views = createPathViews(wiring);
  const channels = new Set(onboarding.onboardingChannels);

  app.event('member_joined_channel', async ({ event, client, context }) => {
    if (!channels.has(event.channel) || event.user === context.botUserId) return;
    if (!(await firstWelcome(store, { platform: 'slack', userId: event.user, place: event.channel }, logger))) return;
    const message = renderWelcome(bot.welcome());
    try {
      if (onboarding.welcomeMode === 'dm') {
        const opened = await client.conversations.open({ users: event.user });
        const channel = opened.channel?.id;
        if (!channel) throw new Error('conversations.open returned no channel');
        await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      } else {
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...message });
      }
      logger.info({ channel: event.channel, mode: onboarding.welcomeMode }, 'slack: newcomer welcomed');
    } catch (error) {
      // Recorded already: one missed welcome beats a second one on the next join.
      logger.error({ err: error, channel: event.channel }, 'slack: the welcome could not be sent');
    }
  });

  app.action<BlockAction<StaticSelectAction>>(PICK_PATH, async ({ ack, body, action, client, respond }) => {
    await ack();
    await views.showPath(placeOf(body, client, respond, wiring), asker(body), action.selected_option?.value ?? '');
  });

  app.action<BlockAction<ButtonAction>>(matchesIndexed(OPEN_PATH), async ({ ack, body, action, client, respond }) => {
    await ack();
    await views.showPath(placeOf(body, client, respond, wiring), asker(body), action.value ?? '');
  });

  // A step button beside the path and "next" under a step do the same: open that step.
  for (const actionId of [matchesIndexed(OPEN_STEP), NEXT_STEP]) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const place = placeOf(body, client, respond, wiring);
      const step = decodeStep(action.value);
      if (step) await views.showStep(place, asker(body), step, channelTypeOf(place));
    });
  }
}
