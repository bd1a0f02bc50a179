import { describe, expect, it } from 'vitest';
import {
  loadBuild,
  loadKustomization,
  topKustomizations,
} from '../../../src/resolve/kustomize/graph.js';
import { isRemote } from '../../../src/resolve/kustomize/kustomization.js';
import { cleanError } from '../../../src/resolve/kustomize/render.js';
import { join } from 'node:path';
import { writeTree, yaml } from '../../helpers/tree.js';

describe('isRemote', () => {
  it.each([
    'https://github.com/kubernetes-sigs/kustomize//examples/multibases?ref=v1.0.6',
    'http://example.com/deploy.yaml',
    'git::https://example.com/org/repo.git//base',
    'git@github.com:org/repo.git//base',
    'ssh://git@github.com/org/repo.git',
    'github.com/kubernetes-sigs/kustomize/examples/helloWorld?ref=v3.3.1',
    'gitlab.example.org:8443/team/repo//deploy',
    'oci://registry.example.com/manifests/app:1.0',
  ])('%s is fetched, not read', (entry) => expect(isRemote(entry)).toBe(true));

  it.each(['../../base', 'base', 'deploy.yaml', './web.v2.yaml', 'web-v2.yaml'])(
    '%s is read from disk',
    (entry) => expect(isRemote(entry)).toBe(false),
  );
});

describe('top kustomizations and what a build reaches', () => {
  // writeTree's directories last one test: each test lays the tree anew.
  const setup = () => {
    const root = writeTree({
      'base/kustomization.yaml': 'resources: [app.yaml]\n',
      'base/app.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: app}\n',
      'components/extra/kustomization.yaml': yaml`
      apiVersion: kustomize.config.k8s.io/v1alpha1
      kind: Component
      resources: [../../remote]
    `,
      'remote/kustomization.yml': 'resources:\n- github.com/org/repo//deploy?ref=v1\n',
      'overlays/a/kustomization.yaml':
        'resources: [../../base]\ncomponents: [../../components/extra]\n',
      'overlays/b/Kustomization': 'resources: [../../base]\npatches:\n- path: p.yaml\n',
      'overlays/b/p.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: app}\n',
      'flux/kustomization.yaml': yaml`
      apiVersion: kustomize.toolkit.fluxcd.io/v1
      kind: Kustomization
      metadata: {name: apps}
    `,
    });
    const context = { maxBytes: 1 << 20, within: root };
    const cache = new Map();
    const files = [
      'base/kustomization.yaml',
      'components/extra/kustomization.yaml',
      'remote/kustomization.yml',
      'overlays/a/kustomization.yaml',
      'overlays/b/Kustomization',
      'flux/kustomization.yaml',
    ].map((f) => loadKustomization(join(root, f), cache, context));
    return { root, context, cache, files };
  };

  it('builds what no other kustomization uses: never a Component, never a Flux object', () => {
    const { root, files } = setup();
    expect(topKustomizations(files).map((k) => k.file.slice(root.length + 1))).toEqual([
      'overlays/a/kustomization.yaml',
      'overlays/b/Kustomization',
    ]);
  });

  it('finds a hazard in any kustomization the build reaches, a component’s included', () => {
    const { root, context, cache, files } = setup();
    const [a, b] = topKustomizations(files);
    const build = loadBuild(a!, cache, context);
    expect(
      build.hazards.map((h) => [h.file.slice(root.length + 1), h.span.line, h.reason]),
    ).toEqual([
      [
        'remote/kustomization.yml',
        2,
        'it fetches the remote resource github.com/org/repo//deploy?ref=v1',
      ],
    ]);
    const safe = loadBuild(b!, cache, context);
    expect(safe.hazards).toEqual([]);
    expect([...safe.files].map((f) => f.slice(root.length + 1)).sort()).toEqual([
      'base/app.yaml',
      'base/kustomization.yaml',
      'overlays/b/Kustomization',
      'overlays/b/p.yaml',
    ]);
  });

  it('refuses a build that reads outside the directory scanned', () => {
    const { root } = setup();
    const inner = writeTree({ 'app/kustomization.yaml': 'resources: [../../elsewhere]\n' });
    const k = loadKustomization(join(inner, 'app/kustomization.yaml'), new Map(), {
      maxBytes: 1 << 20,
      within: join(inner, 'app'),
    });
    // The entry does not exist: kustomize's own error says so when it builds.
    expect(
      loadBuild(k, new Map(), { maxBytes: 1 << 20, within: join(inner, 'app') }).hazards,
    ).toEqual([]);
    const outside = loadKustomization(join(root, 'overlays/a/kustomization.yaml'), new Map(), {
      maxBytes: 1 << 20,
      within: join(root, 'overlays'),
    });
    expect(
      loadBuild(outside, new Map(), {
        maxBytes: 1 << 20,
        within: join(root, 'overlays'),
      }).hazards.map((h) => h.reason),
    ).toEqual([
      'it reads ../../base, outside the directory scanned',
      'it reads ../../components/extra, outside the directory scanned',
    ]);
  });
});

describe('cleanError', () => {
  const wrapper = '/tmp/port-claims-kustomize-x/build-1';
  const describeAt = (path: string) =>
    path.startsWith('/repo/') ? path.slice('/repo/'.length) : undefined;

  it('keeps kustomize’s own words, without kubectl’s log prefix or the wrapper’s layer', () => {
    const stderr = [
      'E1206 05:44:36.353728   13818 run.go:72] "command failed" err=<',
      "\taccumulating resources: accumulation err='accumulating resources from '../../../repo/overlays/prod': '/repo/overlays/prod' must resolve to a file': recursed accumulation of path '/repo/overlays/prod': trouble configuring builtin PatchTransformer with config: `",
      '\tpath: missing.yaml',
      "\t`: failed to get the patch file from path(missing.yaml): evalsymlink failure on '/repo/overlays/prod/missing.yaml' : lstat /repo/overlays/prod/missing.yaml: no such file or directory",
      ' >',
    ].join('\n');
    expect(cleanError(stderr, wrapper, describeAt)).toBe(
      "trouble configuring builtin PatchTransformer with config: ` path: missing.yaml `: failed to get the patch file from path(missing.yaml): evalsymlink failure on 'overlays/prod/missing.yaml' : lstat overlays/prod/missing.yaml: no such file or directory",
    );
  });

  it('reads the standalone kustomize’s error too', () => {
    expect(
      cleanError(
        "Error: accumulating resources: accumulation err='accumulating resources from '../../../repo/app': '/repo/app' must resolve to a file': recursed accumulation of path '/repo/app': missing metadata.name in object {{v1 Service} {{ } map[] map[]}}\n",
        wrapper,
        describeAt,
      ),
    ).toBe('missing metadata.name in object {{v1 Service} {{ } map[] map[]}}');
  });
});

describe('files a kustomization would fetch', () => {
  it('finds a URL wherever a kustomization names a file to load', () => {
    const root = writeTree({
      'app/kustomization.yaml': yaml`
        resources: [app.yaml]
        commonAnnotations:
          docs: https://example.com/runbook
        patches:
          - path: https://example.com/patch.yaml
        configMapGenerator:
          - name: settings
            envs: [http://example.com/settings.env]
      `,
      'app/app.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: app}\n',
    });
    const k = loadKustomization(join(root, 'app/kustomization.yaml'), new Map(), {
      maxBytes: 1 << 20,
      within: root,
    });
    // An annotation's value is only text: no hazard.
    expect(k.hazards.map((h) => [h.span.line, h.reason])).toEqual([
      [5, 'it fetches https://example.com/patch.yaml (patches)'],
      [8, 'it fetches http://example.com/settings.env (configMapGenerator)'],
    ]);
  });
});
