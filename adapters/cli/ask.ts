import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { bootstrap } from '../boot/content.js';
import type { ConversationState } from '../../src/index.js';
import { readBatchLine, toJson } from './json.js';
import { ansiStyles, plainStyles, renderText } from './text.js';

const USAGE = `Usage:
  npm run ask -- "SRE vs DSE?"                      one readable answer
  npm run --silent ask -- --json "question"         one JSON object
  npm run --silent ask -- --json --batch < file     one JSON object per input line
                                                    (a line may be {"q": "...", "conversation": "c1"}:
                                                    lines of one conversation share context)`;

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});

if (values.help || (!values.batch && positionals.length === 0)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}

const bot = await bootstrap();
const styles = process.stdout.isTTY ? ansiStyles : plainStyles;
// What each conversation of a batch last talked about (in memory: a batch is one process).
const conversations = new Map<string, ConversationState | null>();
const show = (question: string, conversation?: string) => {
  const previous = conversation === undefined ? null : conversations.get(conversation);
  const answer = bot.ask(question, { platform: 'cli', channelType: 'terminal' }, previous);
  if (conversation !== undefined) conversations.set(conversation, answer.conversation);
  return values.json
    ? JSON.stringify(toJson(answer))
    : `${renderText(answer, { styles, expanded: true, width: process.stdout.isTTY ? Math.min(process.stdout.columns ?? 80, 100) : 0 })}\n`;
};

if (values.batch) {
  // Every input line gets exactly one output line, in order, blank lines included.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const { q, conversation } = readBatchLine(line);
    process.stdout.write(`${show(q, conversation)}\n`);
  }
} else {
  process.stdout.write(`${show(positionals.join(' '))}\n`);
}
