import type { AskContext } from '../../src/index.js';
import type { StepValue } from './actions.js';
import { renderLevels, renderPath, stepFooter } from './onboarding-render.js';
import type { Place } from './places.js';
import type { Asker } from './responder.js';
import type { Wiring } from './wiring.js';

export interface PathViews {
  /** The path named by `words` ("staff", "entry level"), or the list of levels when none matches. */
  showPath(place: Place, asker: Asker, words: string): Promise<void>;
  /** One step's answer with the path's "next" button under it. */
  showStep(place: Place, asker: Asker, step: StepValue, channelType: AskContext['channelType']): Promise<void>;
}

const GONE_PATH = 'That learning path is no longer in my notes. Pick a level again.';

/** Learning paths in Slack: `/ask path <level>`, the level picker, and walking a path with "next". */
export function createPathViews({ bot, responder, slashCommand }: Pick<Wiring, 'bot' | 'responder' | 'slashCommand'>): PathViews {
  return {
    showPath(place, asker, words) {
      return responder.show(place, asker, () => {
        const path = bot.learningPath(words);
        if (path) return renderPath(path);
        const { paths } = bot.welcome();
        if (paths.length === 0) return renderLevels('There are no learning paths yet.', paths);
        const asked = words.trim() ? `I have no learning path for “${words.trim().slice(0, 80)}”. ` : '';
        return renderLevels(`${asked}Which level? Pick one, or type \`${slashCommand} path staff\`.`, paths);
      });
    },
    async showStep(place, asker, { pathId, index }, channelType) {
      const path = bot.learningPath(pathId);
      const step = path?.id === pathId ? path.steps[index] : undefined;
      if (!path || !step) return responder.notify(place, GONE_PATH);
      const context: AskContext = { platform: 'slack', userId: asker.userId, channelType };
      // The answer renders as usual, with the path's footer kept inside the block limit.
      const withFooter: Place = { ...place, render: { ...place.render, footer: stepFooter(path, index) } };
      await responder.reply(withFooter, asker, () => bot.answerFor(step.id, context));
    },
  };
}
