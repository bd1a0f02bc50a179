// The kustomizations of a scan, which of them are builds of their own (top ones), and everything
// a build reaches: kustomizations, resource files, patch files, and what would make rendering it
// unsafe.
import { realpathSync } from 'node:fs';
import { isInside } from '../../discover/read.js';
import type { Span } from '../../types.js';
import type { Kustomization, ReadContext } from './kustomization.js';
import { kustomizationIn, readKustomization, readYaml } from './kustomization.js';
import { get, scalarText } from '../../parse/yaml.js';

/** How a kustomization was reached from the one that names it. */
export interface Inclusion {
  parent: Kustomization;
  as: 'resource' | 'component' | 'plugin';
}

export interface Build {
  top: Kustomization;
  /** Every kustomization the build reaches, the top one included, in the order met. */
  kustomizations: Kustomization[];
  /** How each reached kustomization (but the top) was first included. */
  includedBy: Map<Kustomization, Inclusion>;
  /** Resource files (absolute) and the kustomization that lists each. */
  resourceOwner: Map<string, Kustomization>;
  /** Every file the build reads (absolute): its plain claims give way to the build's. */
  files: Set<string>;
  /** Why the build must not be rendered, where one of its kustomizations says so. */
  hazards: { file: string; span: Span; reason: string }[];
}

/** Kustomizations read once per scan, by file. */
export type KustomizationCache = Map<string, Kustomization>;

export function loadKustomization(
  file: string,
  cache: KustomizationCache,
  context: ReadContext,
): Kustomization {
  let k = cache.get(file);
  if (!k) {
    k = readKustomization(file, context);
    cache.set(file, k);
  }
  return k;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * The kustomizations no other one of `found` builds on (as a resource, a component or a plugin
 * configuration): each is rendered as a build of its own. A Component is never built alone, and
 * a file that is no kustomization is left to the plain scan.
 */
export function topKustomizations(found: readonly Kustomization[]): Kustomization[] {
  const used = new Set<string>();
  for (const k of found) {
    for (const r of [...k.resources, ...k.components, ...k.pluginDirectories]) {
      if (r.kind === 'kustomization') used.add(r.path);
    }
  }
  return found.filter((k) => !k.isComponent && !k.notKustomization && !used.has(k.dir));
}

/** Everything the build of `top` reads, walked once, and why it must not run, if it must not. */
export function loadBuild(
  top: Kustomization,
  cache: KustomizationCache,
  context: ReadContext,
): Build {
  const build: Build = {
    top,
    kustomizations: [],
    includedBy: new Map(),
    resourceOwner: new Map(),
    files: new Set(),
    hazards: [],
  };
  const seen = new Set<Kustomization>();
  const visit = (k: Kustomization, depth: number): void => {
    if (seen.has(k) || depth > 64) return;
    seen.add(k);
    build.kustomizations.push(k);
    build.files.add(k.file);
    for (const hazard of k.hazards) build.hazards.push({ file: k.file, ...hazard });
    for (const patch of k.patches) build.files.add(patch.source.path);
    for (const r of k.replacements) build.files.add(r.declaredIn);
    const references = [
      ...k.resources.map((r) => ({ r, as: 'resource' as const })),
      ...k.components.map((r) => ({ r, as: 'component' as const })),
      ...k.pluginDirectories.map((r) => ({ r, as: 'plugin' as const })),
    ];
    for (const { r, as } of references) {
      if (r.kind === 'remote' || r.kind === 'missing') continue;
      if (!isInside(context.within, realOrSelf(r.path))) {
        build.hazards.push({
          file: k.file,
          span: r.span,
          reason: `it reads ${r.entry}, outside the directory scanned`,
        });
        continue;
      }
      if (r.kind === 'file') {
        if (!build.resourceOwner.has(r.path)) build.resourceOwner.set(r.path, k);
        build.files.add(r.path);
        continue;
      }
      const file = kustomizationIn(r.path);
      if (!file) continue;
      const child = loadKustomization(file, cache, context);
      if (!build.includedBy.has(child) && child !== top)
        build.includedBy.set(child, { parent: k, as });
      if (as === 'plugin') pluginConfigHazards(child, build, context);
      visit(child, depth + 1);
    }
  };
  visit(top, 0);
  return build;
}

/** Every object a plugin directory builds configures a plugin: each must be a builtin one. */
function pluginConfigHazards(k: Kustomization, build: Build, context: ReadContext): void {
  for (const resource of k.resources) {
    if (resource.kind !== 'file') continue;
    const configs = readYaml(resource.path, context);
    if (typeof configs === 'string') continue;
    for (const d of configs.documents) {
      const apiVersion = scalarText(get(d.root, 'apiVersion', d), configs);
      if (apiVersion === 'builtin') continue;
      const kind = scalarText(get(d.root, 'kind', d), configs) ?? '?';
      build.hazards.push({
        file: k.file,
        span: resource.span,
        reason: `it runs the plugin ${kind} (${apiVersion ?? 'no apiVersion'}), an exec, container or legacy plugin`,
      });
    }
  }
}
