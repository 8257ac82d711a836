/** The Discord adapter: what a composition root needs to start it, register commands or shard. */
export { startDiscord, type DiscordHandle, type StartDiscordOptions } from './client.js';
export { loadDiscordConfig, type DiscordConfig } from './config.js';
export { commandDefinitions, COMMANDS } from './commands.js';
export { registerCommands, type Registration } from './register.js';
export { explainDiscordFailure } from './failures.js';
export { renderAnswer, renderChoices, LIMITS, NO_MENTIONS, type DiscordReply, type RenderOptions } from './render.js';
export { startSharded, type ShardedHandle, type ShardedOptions } from './sharded.js';
