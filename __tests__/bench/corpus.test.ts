// The benchmark corpus: deterministic, exactly N manifests, and holding the mix its summary
// claims (checked against the files themselves, not against the generator's own counts alone).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Corpus, CorpusFile } from '../../bench/corpus/plan.js';
import {
  GENERATOR_VERSION,
  NON_MANIFEST_YAML_PER_MANIFEST,
  isInSkippedTree,
  isYamlPath,
  planCorpus,
} from '../../bench/corpus/plan.js';
import { corpusKey, ensureCorpus } from '../../bench/corpus/write.js';

const text = (f: CorpusFile): string =>
  typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('latin1');
const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const isComposeName = (path: string): boolean => /^(docker-)?compose.*\.ya?ml$/i.test(base(path));

function fingerprint(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const f of corpus.files) hash.update(f.path).update('\0').update(f.content).update('\0');
  return hash.digest('hex');
}

interface Inspected {
  compose: CorpusFile[];
  kubernetes: CorpusFile[];
  other: CorpusFile[];
  docs: Map<string, Document.Parsed[]>;
}

/** Sorts a corpus's YAML into compose files, Kubernetes manifests and the rest, by content. */
function inspect(corpus: Corpus): Inspected {
  const out: Inspected = { compose: [], kubernetes: [], other: [], docs: new Map() };
  for (const f of corpus.files) {
    if (!isYamlPath(f.path) || isInSkippedTree(f.path)) continue;
    const source = text(f);
    const docs = parseAllDocuments(source) as Document.Parsed[];
    out.docs.set(f.path, docs);
    if (isComposeName(f.path)) out.compose.push(f);
    else if (/^apiVersion:/m.test(source) && /^kind:/m.test(source) && !source.includes('{{')) {
      out.kubernetes.push(f);
    } else out.other.push(f);
  }
  return out;
}

const corpus = planCorpus({ manifests: 400, seed: 11 });
const counts = corpus.summary.counts;
const found = inspect(corpus);
const count = (key: string): number => counts[key] ?? 0;

/**
 * What the files hold matches what the generator counted: exactly, or, when it broke some files
 * on purpose, within what those files hide (a broken document is not read; it holds at most
 * `perBrokenFile` of the things counted).
 */
function expectCounted(key: string, seen: number, broken: number, perBrokenFile = 15): void {
  expect(seen, key).toBeGreaterThan(0);
  if (broken === 0) expect(seen, key).toBe(count(key));
  else {
    expect(seen, key).toBeLessThanOrEqual(count(key));
    expect(seen, key).toBeGreaterThanOrEqual(count(key) - broken * perBrokenFile);
  }
}

describe('planCorpus', () => {
  it('gives the same files for the same seed, and others for another seed', () => {
    expect(fingerprint(planCorpus({ manifests: 400, seed: 11 }))).toBe(fingerprint(corpus));
    expect(fingerprint(planCorpus({ manifests: 400, seed: 12 }))).not.toBe(fingerprint(corpus));
  });

  it('writes exactly N manifests and the share of other YAML of the measured shape', () => {
    expect(found.compose.length).toBe(corpus.summary.composeFiles);
    expect(found.kubernetes.length).toBe(corpus.summary.kubernetesFiles);
    expect(found.compose.length + found.kubernetes.length).toBe(400);
    expect(corpus.summary.manifests).toBe(400);
    expect(found.other.length).toBe(Math.round(400 * NON_MANIFEST_YAML_PER_MANIFEST));
    expect(found.other.length).toBe(corpus.summary.nonManifestYamlFiles);
    expect(corpus.summary.yamlFiles).toBe(found.docs.size);
  });

  it('breaks as many manifests as it says, and no others', () => {
    const broken = [...found.compose, ...found.kubernetes].filter((f) =>
      found.docs.get(f.path)!.some((d) => d.errors.length > 0),
    );
    expect(broken.length).toBe(count('broken.compose') + count('broken.kubernetes'));
    expect(broken.length).toBeGreaterThan(0);
  });

  it('holds the Kubernetes kinds it claims, multi-document files and Lists included', () => {
    const kinds = new Map<string, number>();
    let listItems = 0;
    let multiDocument = 0;
    for (const f of found.kubernetes) {
      const docs = found.docs.get(f.path)!;
      if (docs.length > 1) multiDocument++;
      for (const doc of docs) {
        if (doc.errors.length) continue;
        const kind = String(doc.get('kind'));
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (kind === 'List') listItems += (doc.get('items') as { items: unknown[] }).items.length;
      }
    }
    const claimed = Object.entries(counts).filter(([k]) => k.startsWith('kubernetes.kind.'));
    // Broken files hide a document or two from the parse above.
    for (const [key, n] of claimed) {
      const kind = key.slice('kubernetes.kind.'.length);
      expect(kinds.get(kind) ?? 0, kind).toBeLessThanOrEqual(n);
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(n - count('broken.kubernetes'));
    }
    for (const kind of [
      'Deployment',
      'Service',
      'StatefulSet',
      'CronJob',
      'List',
      'DaemonSet',
      'Gateway',
    ]) {
      expect(kinds.get(kind), kind).toBeGreaterThan(0);
    }
    expect(listItems).toBe(count('kubernetes.listItem'));
    expect(multiDocument).toBeGreaterThan(found.kubernetes.length / 4);
  });

  it('has Services with numeric, named and unmatched target ports', () => {
    const seen = { numeric: 0, named: 0, unmatched: 0 };
    for (const f of found.kubernetes) {
      for (const doc of found.docs.get(f.path)!) {
        if (doc.errors.length) continue;
        const services =
          doc.get('kind') === 'List'
            ? (doc.get('items') as { items: Document['contents'][] }).items
            : doc.get('kind') === 'Service'
              ? [doc.contents]
              : [];
        for (const service of services) {
          if (!isMap(service)) continue;
          const ports = service.getIn(['spec', 'ports']);
          if (!isSeq(ports)) continue;
          for (const port of ports.items) {
            const target = isMap(port) ? port.get('targetPort') : undefined;
            if (typeof target === 'number') seen.numeric++;
            else if (String(target).endsWith('-legacy')) seen.unmatched++;
            else seen.named++;
          }
        }
      }
    }
    const broken = count('broken.kubernetes');
    expectCounted('kubernetes.targetPort.numeric', seen.numeric, broken);
    expectCounted('kubernetes.targetPort.named', seen.named, broken);
    expectCounted('kubernetes.targetPort.unmatched', seen.unmatched, broken);
  });

  it('has compose ports in short and long syntax, ranges, and variables with and without defaults', () => {
    const seen = { short: 0, long: 0, range: 0, withDefault: 0, withoutDefault: 0 };
    for (const f of found.compose) {
      for (const doc of found.docs.get(f.path)!) {
        if (doc.errors.length) continue;
        const services = doc.get('services');
        if (!isMap(services)) continue;
        for (const pair of services.items) {
          const ports = isMap(pair.value) ? pair.value.get('ports') : undefined;
          if (!isSeq(ports)) continue;
          for (const entry of ports.items) {
            const spec = isScalar(entry)
              ? String(entry.value)
              : isMap(entry)
                ? String(entry.get('published') ?? '')
                : '';
            if (isMap(entry)) seen.long++;
            else seen.short++;
            if (/\d-\d/.test(spec)) seen.range++;
            if (/\$\{\w+:?-/.test(spec)) seen.withDefault++;
            else if (/\$\{\w+\}|\$\w/.test(spec)) seen.withoutDefault++;
          }
        }
      }
    }
    const broken = count('broken.compose');
    expectCounted('compose.port.short', seen.short, broken);
    expectCounted('compose.port.long', seen.long, broken);
    expectCounted('compose.port.range', seen.range, broken);
    expectCounted('compose.variable.withDefault', seen.withDefault, broken);
    expectCounted('compose.variable.withoutDefault', seen.withoutDefault, broken);
    const envFiles = corpus.files.filter((f) => base(f.path) === '.env');
    expect(envFiles.length).toBe(count('compose.envFile'));
    expect(envFiles.length).toBeGreaterThan(0);
  });

  it('has YAML that is no manifest, Dockerfiles, sources, and trees to skip', () => {
    const under = (pattern: RegExp) => found.other.filter((f) => pattern.test(f.path)).length;
    expect(under(/^\.github\/workflows\//)).toBe(count('nonManifest.workflow'));
    expect(
      found.other.filter((f) => text(f).includes('{{') && /\/templates\//.test(f.path)).length,
    ).toBe(count('nonManifest.helmTemplate'));
    expect(under(/\/openapi\.yaml$/)).toBe(count('nonManifest.openapi'));
    expect(under(/pnpm-lock\.yaml$/)).toBe(count('nonManifest.lockfile'));
    for (const key of [
      'workflow',
      'helmTemplate',
      'openapi',
      'appConfig',
      'toolConfig',
      'locale',
    ]) {
      expect(count(`nonManifest.${key}`), key).toBeGreaterThan(0);
    }
    const dockerfiles = corpus.files.filter(
      (f) => !isInSkippedTree(f.path) && /^Dockerfile(\..+)?$|\.Dockerfile$/.test(base(f.path)),
    );
    expect(dockerfiles.length).toBe(corpus.summary.dockerfiles);
    for (const ext of ['.md', '.json', '.go', '.ts']) {
      expect(
        corpus.files.some((f) => f.path.endsWith(ext)),
        ext,
      ).toBe(true);
    }
    for (const tree of ['node_modules/', '.git/']) {
      const inside = corpus.files.filter(
        (f) => f.path.startsWith(tree) || f.path.includes(`/${tree}`),
      );
      expect(
        inside.some((f) => isComposeName(f.path)),
        tree,
      ).toBe(true);
    }
  });

  it('has the measured shape at 2,000 manifests: 2,662 YAML files, about 7 MB', () => {
    const { summary } = planCorpus({ manifests: 2000, seed: 1 });
    expect(summary.yamlFiles).toBe(2662);
    expect(summary.yamlBytes).toBeGreaterThan(6.0e6);
    expect(summary.yamlBytes).toBeLessThan(8.0e6);
  });
});

describe('ensureCorpus', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the corpus once and reuses it while the generator version matches', () => {
    const cache = mkdtempSync(join(tmpdir(), 'port-claims-bench-'));
    made.push(cache);
    const options = { manifests: 20, seed: 3 };
    const first = ensureCorpus(cache, options);
    expect(first.reused).toBe(false);
    expect(first.dir).toBe(join(cache, corpusKey(options)));
    const { files } = planCorpus(options);
    const sample = files.find((f) => isComposeName(f.path))!;
    expect(readFileSync(join(first.dir, sample.path), 'utf8')).toBe(sample.content);
    expect(ensureCorpus(cache, options).reused).toBe(true);
    // Another generator (an edited source, another version) writes it again.
    expect(ensureCorpus(cache, options, 'edited').reused).toBe(false);
    expect(ensureCorpus(cache, options, 'edited').reused).toBe(true);
    const stamp = join(cache, `${corpusKey(options)}.json`);
    const written = JSON.parse(readFileSync(stamp, 'utf8')) as { summary: object };
    writeFileSync(
      stamp,
      JSON.stringify({
        ...written,
        summary: { ...written.summary, generatorVersion: GENERATOR_VERSION - 1 },
      }),
    );
    expect(ensureCorpus(cache, options, 'edited').reused).toBe(false);
  });
});
