import { redactCredentials } from '../runtime/redact.js';
import { REST, Routes } from 'discord.js';
import { BotError } from '../../src/index.js';
import { loadEnvFile, origin } from '../runtime/env-file.js';
import { commandDefinitions } from './commands.js';
import { loadDiscordConfig, type DiscordConfig } from './config.js';
import { isEntryPoint } from './entry-point.js';
import { explainDiscordFailure } from './failures.js';

export interface Registration {
  scope: 'guild' | 'global';
  /** The REST route the commands were PUT to. */
  route: string;
  names: string[];
}

/**
 * Puts the slash commands through the REST API, replacing whatever was registered before.
 * Guild-scoped when `guildId` is set (visible at once, for development), otherwise global.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>,
): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as { name: string }[];
  return { scope: config.guildId ? 'guild' : 'global', route, names: registered.map((c) => c.name) };
}

/** `npm run discord:register`, with the same settings as `npm start` (the environment, then .env). */
async function main(): Promise<void> {
  const envFile = loadEnvFile();
  let config: DiscordConfig | undefined;
  try {
    config = loadDiscordConfig(process.env);
    const via = config.apiUrl ? ` via ${redactCredentials(config.apiUrl)}` : '';
    process.stderr.write(`Discord: application ${config.applicationId}${via} (${origin(envFile, 'DISCORD_TOKEN')})\n`);
    const result = await registerCommands(config);
    const where =
      result.scope === 'guild'
        ? `to server ${config.guildId} (available now)`
        : 'globally (Discord may take a few minutes to show them everywhere)';
    process.stdout.write(`Registered ${result.names.map((n) => `/${n}`).join(', ')} ${where}.\n`);
  } catch (error) {
    process.stderr.write(
      error instanceof BotError ? `${error.message}\n` : `Registering commands failed: ${explainDiscordFailure(error, config ?? {})}\n`,
    );
    process.exitCode = 1;
  }
}

if (isEntryPoint(import.meta.url)) await main();
