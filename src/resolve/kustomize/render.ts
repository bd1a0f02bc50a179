// Renders a kustomization with the kustomize the machine has, through a wrapper kustomization in
// a temporary directory that only adds origin notes (so the user's files stay untouched), in the
// sandbox of child.ts. Nothing here enables plugins, Helm or a looser load restrictor: those stay
// at kustomize's safe defaults, and the graph refuses builds that would need them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { childEnvironment, findExecutable, runChild } from '../render/child.js';
import { toPosix } from '../../discover/discover.js';

export interface Renderer {
  /** What the report calls it: `kustomize build` or `kubectl kustomize`. */
  name: string;
  command: string;
  args(dir: string): string[];
}

export const RENDER_LIMITS = {
  timeoutMs: 60_000,
  maxOutputBytes: 64 * 1024 * 1024,
};

/**
 * The standalone `kustomize` when it is on PATH (a team that installs it builds with it), else
 * `kubectl kustomize`; undefined when neither is.
 */
export function findRenderer(
  searchPath: string | undefined = process.env.PATH,
): Renderer | undefined {
  const kustomize = findExecutable('kustomize', searchPath);
  if (kustomize) {
    return {
      name: 'kustomize build',
      command: kustomize,
      args: (dir) => ['build', dir, '--load-restrictor', 'LoadRestrictionsRootOnly'],
    };
  }
  const kubectl = findExecutable('kubectl', searchPath);
  if (kubectl) {
    return { name: 'kubectl kustomize', command: kubectl, args: (dir) => ['kustomize', dir] };
  }
  return undefined;
}

/** A scratch directory for one scan's renders: the children's home and the wrappers. */
export class RenderWorkspace {
  readonly root = mkdtempSync(join(tmpdir(), 'port-claims-kustomize-'));
  readonly home = join(this.root, 'home');
  private count = 0;

  constructor() {
    mkdirSync(this.home);
  }

  /** A wrapper kustomization for `target` (absolute), and its directory. */
  wrapper(target: string): string {
    const dir = join(this.root, `build-${++this.count}`);
    mkdirSync(dir);
    // kustomize takes no absolute resource paths: the wrapper names the target relatively.
    const resource = toPosix(relative(dir, target));
    writeFileSync(
      join(dir, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ${JSON.stringify(resource)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`,
    );
    return dir;
  }

  /**
   * One wrapper for several targets: each named through a layer of its own that marks its
   * objects (an annotation with its index) and keeps them apart (a name prefix, so that two
   * overlays of one base do not collide), all rendered by one kustomize process.
   */
  batch(targets: readonly string[]): string {
    const dir = join(this.root, `batch-${++this.count}`);
    mkdirSync(dir);
    const top = join(dir, 'all');
    mkdirSync(top);
    targets.forEach((target, i) => {
      const layer = join(dir, `b${i}`);
      mkdirSync(layer);
      writeFileSync(
        join(layer, 'kustomization.yaml'),
        `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamePrefix: ${batchPrefix(i)}\ncommonAnnotations:\n  ${BATCH_ANNOTATION}: "${i}"\nresources:\n- ${JSON.stringify(toPosix(relative(layer, target)))}\n`,
      );
    });
    writeFileSync(
      join(top, 'kustomization.yaml'),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${targets.map((_, i) => `- ../b${i}\n`).join('')}buildMetadata: [originAnnotations, transformerAnnotations]\n`,
    );
    return top;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export type RenderOutcome =
  | { ok: true; text: string; wrapper: string; ms: number }
  | { ok: false; message: string; ms: number; stderr?: string };

const BATCH_ANNOTATION = 'port-claims.invalid/build';
const batchPrefix = (i: number): string => `pcb${i}x-`;

/**
 * Renders several kustomizations with one process (most of a render is kustomize's start-up
 * and schema loading), split back into one stream per target. When the batch fails, each target
 * is rendered alone, so that a failure is its own kustomization's, in its own words.
 */
export async function renderKustomizations(
  renderer: Renderer,
  workspace: RenderWorkspace,
  targets: readonly string[],
  describe: (absolute: string) => string | undefined,
): Promise<RenderOutcome[]> {
  if (targets.length > 1) {
    const wrapper = workspace.batch(targets);
    const outcome = await run(renderer, workspace, wrapper, describe);
    if (outcome.ok) {
      const texts = splitBatch(outcome.text, targets.length);
      if (texts) {
        const ms = outcome.ms / targets.length;
        return texts.map((text) => ({ ok: true, text, wrapper, ms }));
      }
    }
    // kustomize names the layer that failed (`accumulating resources from '../b3'`): that
    // target is rendered alone, for its own message, and the others again as a batch.
    const failed = Number(
      /accumulating resources from '\.\.\/b(\d+)'/.exec(
        outcome.ok ? '' : (outcome.stderr ?? ''),
      )?.[1] ?? NaN,
    );
    if (Number.isInteger(failed) && failed < targets.length) {
      const others = targets.filter((_, i) => i !== failed);
      const [alone] = await renderKustomizations(
        renderer,
        workspace,
        [targets[failed] as string],
        describe,
      );
      const rest = await renderKustomizations(renderer, workspace, others, describe);
      return targets.map((_, i) =>
        i === failed ? (alone as RenderOutcome) : (rest[i < failed ? i : i - 1] as RenderOutcome),
      );
    }
  }
  const outcomes: RenderOutcome[] = [];
  for (const target of targets) {
    outcomes.push(await run(renderer, workspace, workspace.wrapper(target), describe));
  }
  return outcomes;
}

/**
 * A batch's output, one stream per target: documents grouped by their mark, each object's name
 * without the batch's prefix. Undefined when a document has no mark (never seen; the caller then
 * renders each target alone).
 */
export function splitBatch(text: string, count: number): string[] | undefined {
  const out: string[][] = Array.from({ length: count }, () => []);
  const mark = new RegExp(`^\\s+${BATCH_ANNOTATION.replace(/[./]/g, '\\$&')}: "?(\\d+)"?$`, 'm');
  for (const doc of text.split(/^---\n/m)) {
    if (doc.trim() === '') continue;
    const index = Number(mark.exec(doc)?.[1] ?? NaN);
    const bucket = out[index];
    if (!bucket) return undefined;
    bucket.push(unprefixed(doc, batchPrefix(index)));
  }
  return out.map((docs) => docs.join('---\n'));
}

/** The document with its `metadata.name` as the target's own build writes it. */
function unprefixed(doc: string, prefix: string): string {
  const metadata = /^metadata:\n((?: {2}.*\n| {4,}.*\n)*)/m.exec(doc);
  if (!metadata) return doc;
  const start = metadata.index + 'metadata:\n'.length;
  const block = (metadata[1] ?? '').replace(new RegExp(`^(  name: )${prefix}`, 'm'), '$1');
  return doc.slice(0, start) + block + doc.slice(start + (metadata[1] ?? '').length);
}

export async function renderKustomization(
  renderer: Renderer,
  workspace: RenderWorkspace,
  target: string,
  describe: (absolute: string) => string | undefined,
): Promise<RenderOutcome> {
  return run(renderer, workspace, workspace.wrapper(target), describe);
}

async function run(
  renderer: Renderer,
  workspace: RenderWorkspace,
  wrapper: string,
  describe: (absolute: string) => string | undefined,
): Promise<RenderOutcome> {
  const started = Date.now();
  const result = await runChild(renderer.command, renderer.args('.'), {
    cwd: wrapper,
    env: childEnvironment(workspace.home, { XDG_CONFIG_HOME: join(workspace.home, '.config') }),
    ...RENDER_LIMITS,
  });
  const ms = Date.now() - started;
  if (result.code === 0) return { ok: true, text: result.stdout, wrapper, ms };
  let message: string;
  if (result.timedOut) message = `${renderer.name} ran past ${RENDER_LIMITS.timeoutMs / 1000} s`;
  else if (result.overflowed)
    message = `${renderer.name} wrote more than ${RENDER_LIMITS.maxOutputBytes / 1024 / 1024} MiB`;
  else if (result.startError) message = `${renderer.name} could not start (${result.startError})`;
  else
    message = cleanError(result.stderr, wrapper, (path) =>
      path.startsWith(workspace.root) ? undefined : describe(path),
    );
  return { ok: false, message, ms, stderr: result.stderr };
}

/**
 * kustomize's own message, without kubectl's log prefix, the wrapper's own layer and temporary
 * paths: paths are written as the report writes them (`describe` returns undefined for a path
 * it does not know, which is then left as it is).
 */
export function cleanError(
  stderr: string,
  wrapper: string,
  describe: (absolute: string) => string | undefined,
): string {
  let text = stderr.trim();
  // kubectl logs through klog: `E1206 ... run.go:72] "command failed" err="..."`, or, for a
  // message of several lines, `err=<` and the lines indented by a tab, then ` >`.
  const quoted = /\] "command failed" err="((?:[^"\\]|\\.)*)"/.exec(text);
  const block = /\] "command failed" err=<\n([\s\S]*?)\n\s*>\s*$/.exec(text);
  if (quoted?.[1] !== undefined) text = JSON.parse(`"${quoted[1]}"`) as string;
  else if (block?.[1] !== undefined) text = block[1].replace(/^\t/gm, '');
  text = text.replace(/^(error|Error):\s*/, '');
  text = text.replace(
    /^accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': /,
    '',
  );
  text = text.replace(/(?:\.\.\/)+[^\s'"`:,()]*|(?<![\w/:])\/[^\s'"`:,()]+/g, (path) => {
    const absolute = path.startsWith('/') ? path : join(wrapper, path);
    return describe(absolute) ?? path;
  });
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}
