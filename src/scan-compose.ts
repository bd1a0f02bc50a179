// The compose part of a scan: merges the compose files it found into projects, loading the
// files their `extends` and `include` name that the walk did not find.
import { readFile, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { readComposeText } from './parse/compose.js';
import type { ComposeSource } from './parse/compose-project.js';
import { assembleProjects, referencedPaths } from './parse/compose-project.js';
import { readIgnores } from './parse/ignores.js';
import type { Lookup } from './parse/interpolate.js';
import type { ParsedFile } from './parse/result.js';
import type { Problem, RawClaim } from './types.js';

/** At most this many referenced files are loaded, whatever a tree of includes asks for. */
const MAX_REFERENCED_FILES = 1000;

/**
 * Compose projects across files: loads the files that `extends` and `include` name but the
 * scan did not find (bounded in number and size), then merges every project.
 */
export async function composeProjects(
  found: readonly { source: ComposeSource; base: string }[],
  envFor: (path: string) => Promise<Lookup>,
  maxBytes: number,
): Promise<{ claims: RawClaim[]; problems: Problem[]; files: ParsedFile[] }> {
  const byPath = new Map<string, ComposeSource | { error: string }>();
  for (const { source } of found) byPath.set(source.path, source);
  const files: ParsedFile[] = [];
  const extra: Problem[] = [];
  const queue = found.flatMap(({ source, base }) =>
    referencedPaths(source).map((path) => ({ path, base })),
  );
  for (let loads = 0; queue.length > 0 && loads < MAX_REFERENCED_FILES;) {
    const { path, base } = queue.shift() as { path: string; base: string };
    if (byPath.has(path)) continue;
    loads++;
    const file = relative(base, path).split(sep).join('/');
    let loaded: ComposeSource | { error: string };
    try {
      const info = await stat(path);
      if (!info.isFile()) throw Object.assign(new Error(), { code: 'not a regular file' });
      if (info.size > maxBytes)
        throw Object.assign(new Error(), { code: `over ${maxBytes} bytes` });
      const text = await readFile(path, 'utf8');
      const read = readComposeText(file, text, { env: await envFor(path) });
      if ('error' in read) {
        loaded = read;
      } else {
        loaded = { path, model: read.model };
        extra.push(...read.problems);
        const ignores = readIgnores(text, 'yaml');
        files.push({
          entry: { file, manifest: 'compose', status: 'ok' },
          claims: [],
          problems: [],
          ...(ignores.length ? { ignores } : {}),
        });
        for (const next of referencedPaths(loaded)) queue.push({ path: next, base });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      loaded = {
        error: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`,
      };
    }
    byPath.set(path, loaded);
  }
  const assembled = assembleProjects(
    found.map((f) => f.source),
    (path) => byPath.get(path) ?? { error: 'was not read (too many referenced files)' },
  );
  return { claims: assembled.claims, problems: [...extra, ...assembled.problems], files };
}
