import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIND_FOLDERS, BotError, learnedText, type ContentLayer, type KnowledgeBase, type Logger } from '../../src/index.js';
import { loadStoreConfig, type StoreEnv } from '../store/config.js';
import { createStore } from '../store/create-store.js';
import { addQuestionsToFrontMatter } from './export.js';

export const LEARN_USAGE = `Usage:
  npm run learn                 lists the alternate questions accepted in the admin console
  npm run learn -- --export     writes them into their entries' front matter (questions:), then run npm run check
Reads DATABASE_URL (PostgreSQL) or STORE_PATH (SQLite, default ./data/bot.sqlite), as \`npm start\` does.`;

export interface LearnIo {
  env: StoreEnv;
  layers: readonly ContentLayer[];
  loadContent(layers: readonly ContentLayer[]): KnowledgeBase;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  logger: Logger;
}

/** `npm run learn`: resolves to the exit code (0 ok, 1 failed, 2 usage). */
export async function runLearn(argv: string[], io: LearnIo): Promise<number> {
  let exporting: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { export: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout.write(`${LEARN_USAGE}\n`);
      return 0;
    }
    exporting = values.export;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${LEARN_USAGE}\n`);
    return 2;
  }
  try {
    const store = await createStore(loadStoreConfig(io.env, { requireSalt: false }), io.logger, {
      purgeIntervalMs: false,
      spool: false,
      saltCheck: 'skip',
    });
    const accepted = await store.learning.acceptedSince(0, 100_000).finally(() => store.close());
    const kb = io.loadContent(io.layers);
    const byEntry = new Map<string, string[]>();
    for (const { entryId, question } of accepted) {
      if (!kb.byId.has(entryId)) {
        io.stderr.write(`skipped: "${question}" was accepted for ${entryId}, which the content no longer has\n`);
        continue;
      }
      byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), learnedText(question)]);
    }
    let written = 0;
    for (const [entryId, questions] of byEntry) {
      const entry = kb.byId.get(entryId)!;
      // Where the loader reads it (a folder per kind, the id as file name); the layer over the others first.
      const file = io.layers
        .map((layer) => join(layer.dir, KIND_FOLDERS[entry.kind], `${entry.id}.md`))
        .reverse()
        .find((path) => existsSync(path));
      if (!file)
        throw new BotError('CONTENT_INVALID', `The file of entry ${entryId} (${entry.file}) was not found under the content folders.`);
      if (!exporting) {
        for (const question of questions) io.stdout.write(`${entryId}\t${question}\n`);
        continue;
      }
      const edited = addQuestionsToFrontMatter(readFileSync(file, 'utf8'), questions);
      if (edited === null) continue;
      writeFileSync(file, edited);
      written += 1;
      io.stdout.write(`${entry.file}: ${questions.length} question(s) listed\n`);
    }
    if (!exporting) io.stderr.write(`${accepted.length} accepted question(s); npm run learn -- --export writes them into the content\n`);
    else io.stderr.write(`${written} file(s) changed; run npm run check\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}
