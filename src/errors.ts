/** Machine-readable reason a {@link BotError} was thrown. */
export type BotErrorCode = 'CONTENT_INVALID' | 'CONFIG_INVALID' | 'STORE_FAILED' | 'PLATFORM_FAILED' | 'PORT_UNAVAILABLE';

/**
 * The one error type the bot throws on purpose. `code` lets callers branch without parsing
 * messages; `problems` lists every individual problem so a user can fix them all in one pass.
 */
export class BotError extends Error {
  override readonly name = 'BotError';

  constructor(
    readonly code: BotErrorCode,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
  }
}
