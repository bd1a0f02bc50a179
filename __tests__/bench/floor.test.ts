// The naive floor must parse what a scanner parses: every YAML file outside node_modules and .git.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/write.js';

const FLOOR = fileURLToPath(new URL('../../bench/floor.mjs', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bench/floor.mjs', () => {
  it('parses every YAML file of the corpus and none in the skipped trees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'port-claims-floor-'));
    made.push(dir);
    const summary = writeCorpus(join(dir, 'repo'), { manifests: 40, seed: 5 });
    const run = spawnSync(process.execPath, [FLOOR, join(dir, 'repo')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const totals = JSON.parse(run.stdout) as { files: number; bytes: number };
    expect(totals).toMatchObject({ files: summary.yamlFiles, bytes: summary.yamlBytes });
  });
});
