import { explainUnreachable } from '../chat-kit/index.js';
import type { DiscordConfig } from './config.js';

/**
 * What a person should check when a call to Discord fails: the network when Discord cannot be reached
 * (not the token), the token when Discord refuses it.
 */
export function explainDiscordFailure(error: unknown, config: Pick<DiscordConfig, 'apiUrl'>): string {
  const unreachable = explainUnreachable(error, { platform: 'Discord', apiUrl: config.apiUrl, apiUrlVariable: 'DISCORD_API_URL' });
  if (unreachable) return unreachable;
  const { code, status, message } = (error ?? {}) as { code?: unknown; status?: unknown; message?: unknown };
  const reason = typeof message === 'string' ? message : String(error);
  if (code === 'TokenInvalid' || status === 401) return `Discord refused the token (${reason}). Check DISCORD_TOKEN.`;
  return reason;
}
