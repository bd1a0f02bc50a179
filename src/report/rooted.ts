// Paths as CI systems want them: relative to the repository's root, not to the folder scanned.
// Code scanning, GitLab and test viewers resolve a path against the checkout, so a scan of
// `sub/dir` must name `sub/dir/compose.yaml`, not `compose.yaml` (checkov#4539 is this bug).
import { posix } from 'node:path';

export interface RootedPaths {
  /** The repository's top level (the git top level, else the working directory), absolute. */
  root: string;
  /** The report's base relative to `root`, POSIX, '' when they are the same. */
  prefix: string;
}

/** A report path (relative to the folder scanned) as a path relative to the repository's root. */
export function rootedPath(file: string, rooted: RootedPaths | undefined): string {
  if (!rooted || rooted.prefix === '') return file;
  return posix.normalize(posix.join(rooted.prefix, file));
}
