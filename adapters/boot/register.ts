import { BotError } from '../../src/index.js';
import { explainDiscordFailure, registerCommands } from '../discord/index.js';
import { origin } from '../runtime/env-file.js';
import { redactCredentials } from '../runtime/redact.js';
import { boot } from './boot.js';

/** `npm run discord:register`: puts the slash commands, with the same settings as `npm start`. */
let discord: { apiUrl?: string } | undefined;
try {
  const { config, envFile } = boot({ parts: ['discord'], level: 'error' });
  const settings = config.discord!;
  discord = settings;
  const via = settings.apiUrl ? ` via ${redactCredentials(settings.apiUrl)}` : '';
  process.stderr.write(`Discord: application ${settings.applicationId}${via} (${origin(envFile, 'DISCORD_TOKEN')})\n`);
  const result = await registerCommands(settings);
  const where =
    result.scope === 'guild'
      ? `to server ${settings.guildId} (available now)`
      : 'globally (Discord may take a few minutes to show them everywhere)';
  process.stdout.write(`Registered ${result.names.map((n) => `/${n}`).join(', ')} ${where}.\n`);
} catch (error) {
  process.stderr.write(
    error instanceof BotError ? `${error.message}\n` : `Registering commands failed: ${explainDiscordFailure(error, discord ?? {})}\n`,
  );
  process.exitCode = 1;
}
