import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, readSettings } from '../../src/action/inputs.js';

const saved = { ...process.env };
const made: string[] = [];
afterEach(() => {
  process.env = { ...saved };
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Sets INPUT_* as the runner does and reads the settings for an event. */
function settingsFor(
  eventName: string,
  inputs: Record<string, string> = {},
  payload: unknown = {},
  extra: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'port-claims-inputs-'));
  made.push(dir);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }
  return readSettings({
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '42',
    GITHUB_WORKSPACE: dir,
    ...extra,
  });
}

describe('readSettings', () => {
  it('defaults scope to changed on pull request events, all elsewhere', () => {
    expect(settingsFor('pull_request').scope).toBe('changed');
    expect(settingsFor('pull_request_target').scope).toBe('changed');
    expect(settingsFor('merge_group').scope).toBe('changed');
    expect(settingsFor('push').scope).toBe('all');
    expect(settingsFor('schedule', { scope: 'changed' }).scope).toBe('changed');
  });

  it('names the input and the accepted values when one is wrong', () => {
    expect(() => settingsFor('push', { 'fail-on': 'fatal' })).toThrow(
      new InputError('input "fail-on" must be one of error, warning, notice, never (got "fatal")'),
    );
    expect(() => settingsFor('push', { annotations: 'yes' })).toThrow(
      'input "annotations" must be true or false (got "yes")',
    );
    expect(() => settingsFor('push', { 'pr-comment': 'sometimes' })).toThrow(
      'input "pr-comment" must be one of always, on-failure, never',
    );
  });

  it('splits lists on newlines and commas', () => {
    const s = settingsFor('push', { paths: 'deploy,\n compose \n\n', exclude: 'a/**, b/**' });
    expect(s.paths).toEqual(['deploy', 'compose']);
    expect(s.exclude).toEqual(['a/**', 'b/**']);
    expect(settingsFor('push', { paths: '' }).paths).toEqual(['.']);
  });

  it('reads the pull request from the event, and whether it comes from a fork', () => {
    const pr = (headRepo: string) => ({
      pull_request: {
        number: 7,
        base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
        head: { sha: 'h'.repeat(40), repo: { full_name: headRepo } },
      },
    });
    const s = settingsFor('pull_request', {}, pr('acme/shop'));
    expect(s.pull).toEqual({
      number: 7,
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      fromFork: false,
    });
    expect(settingsFor('pull_request', {}, pr('someone/shop')).pull?.fromFork).toBe(true);
    expect(settingsFor('push', {}, pr('acme/shop')).pull).toBeUndefined();
    expect(s.runUrl).toBe('https://github.com/acme/shop/actions/runs/42');
    expect([s.owner, s.repo]).toEqual(['acme', 'shop']);
  });

  it('reads the merge group, and the backoff unit tests shorten', () => {
    const s = settingsFor(
      'merge_group',
      {},
      { merge_group: { base_sha: 'b1', head_sha: 'h1' } },
      { PORT_CLAIMS_BACKOFF_MS: '5' },
    );
    expect(s.mergeGroup).toEqual({ baseSha: 'b1', headSha: 'h1' });
    expect(s.backoffMs).toBe(5);
    expect(settingsFor('push').backoffMs).toBe(1000);
    expect(() => settingsFor('push', {}, {}, { PORT_CLAIMS_BACKOFF_MS: 'soon' })).toThrow(
      InputError,
    );
  });
});
