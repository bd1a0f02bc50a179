// The synthetic monorepo: N manifests (compose files and Kubernetes manifests) with the YAML,
// sources and skipped trees around them, in the proportions of the measured shape (2,000
// manifests, 2,662 YAML files, about 7 MB). Pure: the same options give the same files.
import { composeFiles } from './compose.js';
import type { App, GeneratedFile } from './kubernetes.js';
import { breakYaml, kubernetesFiles } from './kubernetes.js';
import type { BinaryFile } from './other.js';
import {
  appSources,
  dockerfile,
  gitDirectory,
  lockfiles,
  nodeModules,
  nonManifestYaml,
  rootFiles,
} from './other.js';
import { Random } from './random.js';
import { Tally } from './tally.js';
import { SUFFIXES, TEAMS, WORDS } from './text.js';

/** Bump when the generator's output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

/** YAML files that are no manifest, per manifest: 662 for 2,000 in the measured shape. */
export const NON_MANIFEST_YAML_PER_MANIFEST = 662 / 2000;

/**
 * `default`: the measured shape. `ranges`: the same, with wide `expose` ranges (up to about 70
 * ports each) in about half of the compose services, the shape issue 14 measured.
 */
export const CORPUS_SHAPES = ['default', 'ranges'] as const;
export type CorpusShape = (typeof CORPUS_SHAPES)[number];

export interface CorpusOptions {
  manifests: number;
  seed: number;
  shape?: CorpusShape;
}

export type CorpusFile = GeneratedFile | BinaryFile;

export interface CorpusSummary {
  generatorVersion: number;
  seed: number;
  shape?: CorpusShape;
  /** Compose files plus Kubernetes manifests (files, not documents). */
  manifests: number;
  composeFiles: number;
  kubernetesFiles: number;
  nonManifestYamlFiles: number;
  dockerfiles: number;
  /** YAML files outside `node_modules` and `.git`: what a scanner parses at most. */
  yamlFiles: number;
  yamlBytes: number;
  /** Every file written, skipped trees included. */
  files: number;
  bytes: number;
  counts: Record<string, number>;
}

export interface Corpus {
  files: CorpusFile[];
  summary: CorpusSummary;
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/** True for a path inside a tree every scanner skips (`.git`, `node_modules`). */
export function isInSkippedTree(path: string): boolean {
  return path.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment));
}

export const isYamlPath = (path: string): boolean => /\.ya?ml$/i.test(path);

const byteLength = (content: string | Uint8Array): number =>
  typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;

export function planCorpus(options: CorpusOptions): Corpus {
  const { manifests: target, seed } = options;
  if (!Number.isInteger(target) || target < 1)
    throw new Error('manifests must be a positive integer');
  const r = new Random(seed);
  const tally = new Tally();
  const files = new Map<string, string | Uint8Array>();
  const put = (file: CorpusFile): void => {
    if (files.has(file.path)) throw new Error(`generator wrote ${file.path} twice`);
    files.set(file.path, file.content);
  };

  const apps: App[] = [];
  const names = new Set<string>();
  let manifests = 0;
  while (manifests < target) {
    let name = `${r.pick(WORDS)}-${r.pick(SUFFIXES)}`;
    if (names.has(name)) name = `${name}-${names.size}`;
    names.add(name);
    const team = r.pick(TEAMS);
    const app: App = {
      name,
      team,
      dir: `services/${team}/${name}`,
      image: `registry.example.com/${team}/${name}`,
    };
    apps.push(app);
    const role = r.weighted([
      ['compose', 20],
      ['kubernetes', 55],
      ['both', 25],
    ]);
    if (role !== 'kubernetes') {
      const compose = composeFiles(r, app, tally, target - manifests, {
        wideExpose: options.shape === 'ranges',
      });
      for (const file of compose.manifests) put(file);
      for (const file of compose.others) put(file);
      manifests += compose.manifests.length;
      tally.add('manifest.compose', compose.manifests.length);
    }
    if (role !== 'compose' && manifests < target) {
      const kubernetes = kubernetesFiles(r, app, tally, target - manifests);
      for (const file of kubernetes) {
        if (r.chance(0.004)) {
          file.content = breakYaml(r, file.content);
          tally.add('broken.kubernetes');
        }
        put(file);
      }
      manifests += kubernetes.length;
      tally.add('manifest.kubernetes', kubernetes.length);
    }
    if (r.chance(0.65)) put(dockerfile(r, app, tally));
    for (const file of appSources(r, app, tally)) put(file);
    if (files.has(`${app.dir}/package.json`) && r.chance(0.1)) {
      for (const file of nodeModules(r, app.dir, r.int(2, 6), tally)) put(file);
    }
  }

  const lockfileCount = Math.max(1, Math.round(target / 1000));
  for (const file of lockfiles(r, lockfileCount, apps, tally)) put(file);
  const nonManifestTarget = Math.round(target * NON_MANIFEST_YAML_PER_MANIFEST);
  let nonManifest = lockfileCount;
  while (nonManifest < nonManifestTarget) {
    const made = nonManifestYaml(
      r,
      apps,
      (p) => files.has(p),
      tally,
      nonManifestTarget - nonManifest,
    );
    for (const file of made) put(file);
    nonManifest += made.filter((f) => isYamlPath(f.path)).length;
  }

  for (const file of rootFiles(r, apps, Math.ceil(target / 40), tally)) put(file);
  for (const file of nodeModules(r, '', Math.max(5, Math.round(target / 40)), tally)) put(file);
  for (const file of gitDirectory(r, Math.max(10, Math.round(target / 10)), tally)) put(file);

  const list: CorpusFile[] = [...files].map(([path, content]) => ({ path, content }) as CorpusFile);
  let yamlFiles = 0;
  let yamlBytes = 0;
  let bytes = 0;
  for (const { path, content } of list) {
    const size = byteLength(content);
    bytes += size;
    if (isYamlPath(path) && !isInSkippedTree(path)) {
      yamlFiles++;
      yamlBytes += size;
    }
  }
  const counts = tally.toJSON();
  return {
    files: list,
    summary: {
      generatorVersion: GENERATOR_VERSION,
      seed,
      ...(options.shape && options.shape !== 'default' ? { shape: options.shape } : {}),
      manifests,
      composeFiles: tally.get('manifest.compose'),
      kubernetesFiles: tally.get('manifest.kubernetes'),
      nonManifestYamlFiles: nonManifest,
      dockerfiles: tally.get('dockerfile'),
      yamlFiles,
      yamlBytes,
      files: list.length,
      bytes,
      counts,
    },
  };
}
