// The repository a directory belongs to, found as git finds it (a `.git` directory, or a `.git`
// file in a worktree or submodule) without running git, which a machine need not have.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The top level of the git repository holding `dir`, or undefined outside git. */
export function repositoryRoot(dir: string): string | undefined {
  const start = resolve(dir);
  for (let at = start; ; at = dirname(at)) {
    try {
      statSync(join(at, '.git'));
      return at;
    } catch {
      // Not here: look in the parent.
    }
    if (dirname(at) === at) return undefined;
  }
}
