import { networkFailure } from '../runtime/network-errors.js';
import { redactCredentials } from '../runtime/redact.js';

export interface PlatformEndpoint {
  /** As people know it: `Slack`, `Discord`. */
  platform: string;
  /** The API address when it was configured (tests, proxies); its credentials are never shown. */
  apiUrl?: string;
  /** The setting that holds it: `SLACK_API_URL`, `DISCORD_API_URL`. */
  apiUrlVariable: string;
}

/**
 * What to check when the platform cannot be reached at all: the network (and the configured
 * address), not the tokens. Null when the error is not a network failure.
 */
export function explainUnreachable(error: unknown, endpoint: PlatformEndpoint): string | null {
  const unreachable = networkFailure(error);
  if (!unreachable) return null;
  const where = endpoint.apiUrl ? ` at ${redactCredentials(endpoint.apiUrl)}` : '';
  return `cannot reach ${endpoint.platform}${where} (${unreachable}). Check the network${endpoint.apiUrl ? ` and ${endpoint.apiUrlVariable}` : ''}.`;
}
