// A repository "on GitHub" for end-to-end runs: commits in a local origin, the pull request's
// file list computed from git as GitHub computes it, and a workspace checked out the way
// actions/checkout does (the merge commit; with or without the history before it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PullFile } from './github-server.js';
import { git } from './runner.js';

export type Files = Record<string, string | null>;

export class Origin {
  readonly dir = mkdtempSync(join(tmpdir(), 'port-claims-origin-'));
  private readonly made: string[] = [this.dir];

  constructor() {
    git(this.dir, 'init', '-q', '-b', 'main');
    git(this.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  }

  /** Commits on top of `parent` (or as the first commit); `null` deletes a file. */
  commit(files: Files, message: string, parent?: string): string {
    if (parent) git(this.dir, 'checkout', '-q', '--detach', parent);
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) {
        rmSync(full, { force: true });
      } else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** The merge commit GitHub makes for a pull request (refs/pull/N/merge). */
  merge(base: string, head: string): string {
    git(this.dir, 'checkout', '-q', '--detach', base);
    git(this.dir, 'merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge pull request', head);
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** The pull request's files, as GitHub's "list pull request files" gives them. */
  pullFiles(base: string, head: string): PullFile[] {
    const diff = git(this.dir, 'diff', '-M', '--no-color', '--no-ext-diff', base, head);
    const files: PullFile[] = [];
    for (const section of diff.split(/^diff --git /m).slice(1)) {
      const lines = section.split('\n');
      const hunk = lines.findIndex((l) => l.startsWith('@@'));
      const header = hunk < 0 ? lines : lines.slice(0, hunk);
      const value = (prefix: string): string | undefined =>
        header.find((l) => l.startsWith(prefix))?.slice(prefix.length);
      const from = value('rename from ');
      const to = value('rename to ');
      const plus = value('+++ b/');
      const minus = value('--- a/');
      const file: PullFile = to
        ? { filename: to, status: 'renamed', previous_filename: from }
        : header.some((l) => l.startsWith('new file mode'))
          ? { filename: plus as string, status: 'added' }
          : header.some((l) => l.startsWith('deleted file mode'))
            ? { filename: minus as string, status: 'removed' }
            : { filename: plus as string, status: 'modified' };
      if (hunk >= 0) file.patch = lines.slice(hunk).join('\n').replace(/\n$/, '');
      files.push(file);
    }
    return files;
  }

  /**
   * A checkout of `sha`: all history before it, or only that commit (fetch-depth 1). With
   * `remote`, `origin` points at the repository, as actions/checkout leaves it, so that more can
   * be fetched.
   */
  workspace(sha: string, history: boolean, remote = false): string {
    const dir = mkdtempSync(join(tmpdir(), 'port-claims-workspace-'));
    this.made.push(dir);
    git(dir, 'init', '-q');
    if (remote) git(dir, 'remote', 'add', 'origin', `file://${this.dir}`);
    git(dir, 'fetch', '-q', ...(history ? [] : ['--depth=1']), `file://${this.dir}`, sha);
    git(dir, 'checkout', '-q', '--detach', 'FETCH_HEAD');
    return dir;
  }

  remove(): void {
    for (const dir of this.made) rmSync(dir, { recursive: true, force: true });
  }
}
