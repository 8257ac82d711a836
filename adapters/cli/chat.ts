import { createInterface } from 'node:readline';
import type { Answer, AskContext, Bot, ConversationState } from '../../src/index.js';
import { ansiStyles, choicesOf, plainStyles, renderText, wrap, type Choice } from './text.js';

// With a leading slash too ("/quit"), as chat apps and IRC write it.
const QUIT = /^\/?(quit|exit|bye|q|:q)$/i;
const MORE = /^(more|m)$/i;
const CONTEXT: AskContext = { platform: 'terminal', channelType: 'terminal' };

export const BANNER =
  'Distributed-systems careers bot. Ask a question in your own words, or several at once. ' +
  'Under each answer, type a number to open one of the [choices] ([1] is often "More", the rest of the answer); ' +
  '"topics" lists everything, "help" gives tips, "quit" leaves.';

const TERMINAL_HELP =
  'In this chat: a number opens one of the [choices] under the last answer; "more" shows the rest of it; ' +
  'a question like "how does it compare to paxos?" follows on from the last answer; "quit" leaves.';

/**
 * The terminal chat. Short answers first, with numbered choices under them; a follow-up
 * question leans on the last answer, as in a Slack thread. When stdin is not a terminal it
 * simply answers each line, which makes it scriptable.
 */
export async function runChat(bot: Bot, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean(input.isTTY && output.isTTY);
  const styles = interactive ? ansiStyles : plainStyles;
  // Wrapping follows the window as it is resized; output to a pipe is left unwrapped.
  const width = () => (interactive ? Math.min(output.columns ?? 80, 100) : 0);
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  // Ctrl-C in the chat ends the chat, like "quit".
  lines.on('SIGINT', () => lines.close());
  let choices: Choice[] = [];
  let conversation: ConversationState | null = null;
  const prompt = () => interactive && lines.prompt();
  const say = (text: string) => output.write(`\n${wrap(text, width())}\n\n`);
  const show = (answer: Answer, expanded = false) => {
    if (answer.conversation) conversation = answer.conversation;
    choices = choicesOf(answer, expanded);
    output.write(`\n${renderText(answer, { styles, expanded, width: width() })}\n\n`);
    if (answer.kind === 'help') say(TERMINAL_HELP);
  };
  const open = (choice: Choice) => {
    const answer = choice.kind === 'more' ? bot.more(choice.key, CONTEXT) : bot.answerFor(choice.id, CONTEXT);
    if (answer) show(answer, choice.kind === 'more');
    else say('That topic is no longer in my notes. Ask me in your own words instead.');
  };

  if (interactive) {
    output.write(`${wrap(styles.bold(BANNER), width())}\n`);
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
    if (/^\d+$/.test(line)) {
      const choice = choices[Number(line) - 1];
      if (choice) open(choice);
      else if (choices.length === 0) say('There is nothing to pick from yet: ask a question first, or type "topics".');
      else
        say(
          choices.length === 1
            ? 'Type 1 to open the choice above, or ask a question.'
            : `Pick a number from 1 to ${choices.length}, or ask a question.`,
        );
    } else if (MORE.test(line) && choices[0]?.kind === 'more') {
      open(choices[0]);
    } else {
      show(bot.ask(line, CONTEXT, conversation));
    }
    prompt();
  }
  lines.close();
}
