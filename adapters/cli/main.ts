import { bootstrap } from './bootstrap.js';
import { runChat } from './chat.js';

// The composition root. With no platform configured, the terminal chat is the front.
const bot = await bootstrap();
process.stderr.write('Started: terminal chat (no Slack or Discord configuration found)\n');
await runChat(bot);
