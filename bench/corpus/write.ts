// Writes a planned corpus under the cache directory and reuses it while the parameters and the
// generator version match: regenerating 35 MB for every run would dominate short benchmarks.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusOptions, CorpusSummary } from './plan.js';
import { GENERATOR_VERSION, planCorpus } from './plan.js';

export interface CorpusOnDisk {
  /** The monorepo's root. */
  dir: string;
  summary: CorpusSummary;
  reused: boolean;
}

export const corpusKey = (options: CorpusOptions): string =>
  `n${options.manifests}-seed${options.seed}-v${GENERATOR_VERSION}${options.shape && options.shape !== 'default' ? `-${options.shape}` : ''}`;

/** Writes every file of the plan under `dir` (which must not exist). */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusSummary {
  const { files, summary } = planCorpus(options);
  const made = new Set<string>();
  for (const { path, content } of files) {
    const full = join(dir, path);
    const parent = dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(full, content);
  }
  return summary;
}

interface Stamp {
  /** Identifies the generator's code; see `ensureCorpus`. */
  generator: string;
  summary: CorpusSummary;
}

/**
 * The corpus for `options` under `cacheDir`, generated unless a matching one is there. It
 * matches when the generator version and `generator` (the runner passes a hash of the
 * generator's sources, so that an edit without a version bump cannot reuse a stale corpus) are
 * the ones it was written with.
 */
export function ensureCorpus(
  cacheDir: string,
  options: CorpusOptions,
  generator = `v${GENERATOR_VERSION}`,
): CorpusOnDisk {
  const key = corpusKey(options);
  const dir = join(cacheDir, key);
  const stampFile = join(cacheDir, `${key}.json`);
  if (existsSync(stampFile) && existsSync(dir)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Partial<Stamp>;
    if (stamp.generator === generator && stamp.summary?.generatorVersion === GENERATOR_VERSION) {
      return { dir, summary: stamp.summary, reused: true };
    }
  }
  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  // Written beside and renamed, so that an interrupted run never leaves a half corpus behind
  // a valid stamp.
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const summary = writeCorpus(partial, options);
  renameSync(partial, dir);
  const stamp: Stamp = { generator, summary };
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  return { dir, summary, reused: false };
}
