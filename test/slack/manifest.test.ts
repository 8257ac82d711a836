import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../adapters/slack/manifest.yaml', import.meta.url), 'utf8'));

describe('the Slack app manifest', () => {
  it('subscribes to every event the adapter listens for', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining([
        'app_mention',
        'app_home_opened',
        'message.im',
        'message.channels',
        'message.groups',
        'message.mpim',
        'member_joined_channel',
      ]),
    );
  });

  it('grants the scopes those events and replies need, and nothing that reads beyond them', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
        'mpim:history',
        // Onboarding: joins to public and private channels, and opening a DM for SLACK_WELCOME_MODE=dm.
        'channels:read',
        'groups:read',
        'im:write',
      ].sort(),
    );
  });

  it('declares the default slash command, interactivity and Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/ask']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
