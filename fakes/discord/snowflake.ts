const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh Discord id with the current time in it, as discord.js expects (it reads creation times from ids). */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | counter).toString();
}

/** A guild id that Discord routes to `shard` of `shardCount`: (id >> 22) % shardCount. */
export function guildIdForShard(shard: number, shardCount: number): string {
  let ms = BigInt(Date.now()) - DISCORD_EPOCH - 1000n;
  while (ms % BigInt(shardCount) !== BigInt(shard)) ms -= 1n;
  return ((ms << 22n) | BigInt(shard + 1)).toString();
}

/** The shard that receives a guild's events. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
