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

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export type RenderOutcome =
  | { ok: true; text: string; wrapper: string; ms: number }
  | { ok: false; message: string; ms: number };

export async function renderKustomization(
  renderer: Renderer,
  workspace: RenderWorkspace,
  target: string,
  describe: (absolute: string) => string | undefined,
): Promise<RenderOutcome> {
  const wrapper = workspace.wrapper(target);
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
  return { ok: false, message, ms };
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
