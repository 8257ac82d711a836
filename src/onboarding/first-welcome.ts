import type { Logger, Store, WelcomeRecord } from '../ports.js';

/** How long a welcome in progress holds off a second one (two replicas, or a leave and rejoin). */
const IN_PROGRESS_MS = 60_000;

/**
 * True when this person should be welcomed in this place now, and records that they were:
 * at most one welcome per person and place. A store that fails or is unsure counts as
 * "already welcomed": a missed welcome goes unnoticed, a second one looks broken.
 *
 * @example
 * if (await firstWelcome(store, { platform: 'slack', userId, place: channel }, logger)) await send(welcome);
 */
export async function firstWelcome(store: Store, welcome: WelcomeRecord, logger: Logger): Promise<boolean> {
  const key = `welcome:${welcome.platform}:${welcome.place}:${welcome.userId}`;
  try {
    // The claim closes the gap between "has" and "record" when two deliveries race.
    if (!(await store.claim(key, IN_PROGRESS_MS))) return false;
    if (await store.hasWelcomed(welcome)) return false;
    await store.recordWelcome(welcome);
    return true;
  } catch (error) {
    logger.warn({ err: error, platform: welcome.platform, place: welcome.place }, 'welcome store failed; not welcoming');
    return false;
  }
}
