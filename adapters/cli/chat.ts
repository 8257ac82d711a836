import { createInterface } from 'node:readline';
import type { Answer, Bot } from '../../src/index.js';
import { ansiStyles, followUps, plainStyles, renderText } from './text.js';

const QUIT = /^(quit|exit|bye|q|:q)$/i;

/**
 * The terminal chat. A number picks a follow-up of the last answer. When stdin is not a
 * terminal it simply answers each line, which makes it scriptable.
 */
export async function runChat(bot: Bot, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean(input.isTTY && output.isTTY);
  const styles = interactive ? ansiStyles : plainStyles;
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  // Ctrl-C in the chat ends the chat, like "quit".
  lines.on('SIGINT', () => lines.close());
  let last: Answer | undefined;
  const prompt = () => interactive && lines.prompt();

  if (interactive) {
    output.write(`${styles.bold('Distributed-systems careers bot')}. Ask a question; "help" for tips, "quit" to leave.\n`);
    lines.setPrompt('> ');
  }
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.test(line)) break;
    if (line === '') {
      prompt();
      continue;
    }
    const pick = /^\d+$/.test(line) && last ? followUps(last)[Number(line) - 1] : undefined;
    const answer = pick
      ? bot.answerFor(pick.id, { platform: 'cli', channelType: 'terminal' })!
      : bot.ask(line, { platform: 'cli', channelType: 'terminal' });
    last = answer;
    output.write(`\n${renderText(answer, styles)}\n\n`);
    prompt();
  }
  lines.close();
}
