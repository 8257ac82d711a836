/** The Slack adapter: configuration, rendering and the Bolt app, started by the composition root. */
export { loadSlackConfig, type SlackConfig, type SlackEnv } from './config.js';
export { renderAnswer, renderNotice, SLACK_LIMITS, type RenderOptions, type SlackMessage } from './render.js';
export { escapeMrkdwn, markdownToMrkdwn, slackToPlain } from './markdown.js';
export { startSlack, type SlackHandle, type SlackRoute, type StartSlackOptions } from './start-slack.js';
