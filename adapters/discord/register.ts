import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands.js';
import type { DiscordConfig } from './config.js';

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
