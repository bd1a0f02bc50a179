// The scan's fast path (the fast YAML reader) against its plain path (`yaml` for every file): the
// same JSON report, byte for byte, on a generated monorepo like the benchmark's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInSkippedTree, isYamlPath, planCorpus } from '../bench/corpus/plan.js';
import { writeCorpus } from '../bench/corpus/write.js';
import type { CheckSettings } from '../src/check.js';
import { check } from '../src/check.js';
import { parseLight } from '../src/parse/yaml-light.js';
import { renderJson, renderJsonChunks } from '../src/report/json.js';

const CORPUS = { manifests: 300, seed: 7 };
const root = mkdtempSync(join(tmpdir(), 'port-claims-scan-'));
writeCorpus(join(root, 'repo'), CORPUS);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function report(settings: Partial<CheckSettings>): Promise<string> {
  const result = await check({ paths: ['repo'], cwd: root, ...settings });
  const json = renderJson(result.report);
  // What the CLI writes, in pieces.
  expect([...renderJsonChunks(result.report)].join('')).toBe(json);
  return json;
}

describe('the scan', () => {
  it('reports the same on its fast and its plain path', async () => {
    const fast = await report({});
    const plain = await report({ plain: true });
    expect(fast).toBe(plain);
    const parsed = JSON.parse(fast) as { claims: unknown[]; findings: unknown[] };
    expect(parsed.claims.length).toBeGreaterThan(1000);
    expect(parsed.findings.length).toBeGreaterThan(100);
  });

  it('takes the fast path for most of the corpus', () => {
    const yamlFiles = planCorpus(CORPUS).files.filter(
      (f) => isYamlPath(f.path) && !isInSkippedTree(f.path),
    );
    const read = yamlFiles.filter((f) => parseLight(String(f.content)) !== undefined);
    expect(read.length).toBeGreaterThan(yamlFiles.length * 0.8);
  });
});
