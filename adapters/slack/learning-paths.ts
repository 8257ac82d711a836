import type { AskContext } from '../../src/index.js';
import { NOTICES } from '../chat-kit/index.js';
import type { StepValue } from './actions.js';
import { renderLevels, renderPath, stepFooter } from './onboarding-render.js';
import type { Place } from './places.js';
import { renderAnswer } from './render.js';
import type { Asker } from './replies.js';
import type { Wiring } from './wiring.js';

export interface PathViews {
  /** The path named by `words` ("staff", "entry level"), or the list of levels when none matches. */
  showPath(place: Place, asker: Asker, words: string): Promise<void>;
  /** One step's answer with the path's "next" button under it. */
  showStep(place: Place, asker: Asker, step: StepValue, channelType: AskContext['channelType']): Promise<void>;
}

/** Learning paths in Slack: `/ask path <level>`, the level picker, and walking a path with "next". */
export function createPathViews({ bot, replies, slashCommand }: Pick<Wiring, 'bot' | 'replies' | 'slashCommand'>): PathViews {
  return {
    showPath(place, asker, words) {
      return replies.show(place, asker, () => {
        const path = bot.learningPath(words);
        if (path) return renderPath(path);
        const { paths } = bot.welcome();
        if (paths.length === 0) return renderLevels('There are no learning paths yet.', paths);
        const asked = words.trim() ? `I have no learning path for “${words.trim().slice(0, 80)}”. ` : '';
        return renderLevels(`${asked}Which level? Pick one, or type \`${slashCommand} path staff\`.`, paths);
      });
    },
    showStep(place, asker, { pathId, index }, channelType) {
      const context: AskContext = { platform: 'slack', userId: asker.userId, channelType };
      const step = () => {
        const opened = bot.pathStep(pathId, index, context);
        // The answer renders as usual, with the path's footer kept inside the block limit.
        return opened && renderAnswer(opened.answer, { ...place.render, footer: stepFooter(opened.path, index) });
      };
      return replies.show(place, asker, step, { gone: NOTICES.gonePath });
    },
  };
}
