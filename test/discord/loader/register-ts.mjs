// Lets a child process (a ShardingManager shard, the register script) run the TypeScript
// sources directly: node --import ./test/discord/loader/register-ts.mjs adapters/boot/shard.ts
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
