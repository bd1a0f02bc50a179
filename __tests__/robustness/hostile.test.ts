// The built CLI on a repository of hostile files: every one is reported with a clear finding or a
// skip reason, the good files beside them are still scanned, nothing outside the repository is
// read, and the secret an outside file holds never reaches the output.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, JsonReport, PublicClaim } from '../../src/types.js';
import { reportSchema } from '../../src/report/schema.js';
import { writeTree } from '../helpers/tree.js';
import {
  BIG_BYTES,
  BOM_LINE,
  LAST_DOCUMENT_PORT_LINE,
  MERGE_FLOOD_LINE,
  OUTSIDE,
  SECRET,
  hostileTree,
  lockUnreadable,
} from './hostile-tree.js';

const BUILT_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Root reads any file whatever its mode, and the tests run as root here: the scan then runs as
 * `nobody`, so that a file or directory with mode 000 is as unreadable to it as on a runner.
 * `nobody` may not reach the checkout (a clone under root's home, or in a `chmod 700` folder), so
 * it runs a copy of the bundle (which needs nothing beside it) from a world-readable folder of its
 * own. Where even that cannot run as `nobody` (no such user, a temporary folder it cannot enter),
 * the scan runs as root and the test of unreadable files says it is skipped.
 */
function runner(): { cli: string; asUser: { uid?: number; gid?: number }; why?: string } {
  if (process.getuid?.() !== 0) return { cli: BUILT_CLI, asUser: {} };
  const dir = mkdtempSync(join(tmpdir(), 'port-claims-cli-'));
  made.push(dir);
  chmodSync(dir, 0o755);
  const cli = join(dir, 'cli.js');
  copyFileSync(BUILT_CLI, cli);
  chmodSync(cli, 0o755);
  const probe = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', ...NOBODY });
  if (probe.status === 0) return { cli, asUser: NOBODY };
  return {
    cli: BUILT_CLI,
    asUser: {},
    why: `the CLI cannot run as nobody here (${probe.error?.message ?? probe.stderr.trim().split('\n')[0] ?? `exit ${probe.status}`}), so the scan runs as root, which reads any file`,
  };
}

let run: { status: number | null; stdout: string; stderr: string };
let report: JsonReport;
const made: string[] = [];
let asRoot: string | undefined;

beforeAll(() => {
  const outside = writeTree(OUTSIDE);
  const root = writeTree(hostileTree(outside));
  made.push(outside, root);
  lockUnreadable(root);
  // Readable by the unprivileged user, so that only the 000 modes and the rules stop a read:
  // were the scan to follow a link out, it could, and the test would see it.
  chmodSync(root, 0o755);
  chmodSync(outside, 0o755);
  const { cli, asUser, why } = runner();
  asRoot = why;
  const result = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...asUser,
  });
  if (result.error) throw result.error;
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  report = JSON.parse(run.stdout) as JsonReport;
}, 60_000);

// The tree holds 30 MB: it goes even when a filter runs none of the tests below.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const entry = (file: string) => report.files.find((f) => f.file === file);
const claimsIn = (file: string): PublicClaim[] => report.claims.filter((c) => c.file === file);
const findingsIn = (file: string): Finding[] => report.findings.filter((f) => f.file === file);
const where = (f: { line: number; column: number }) => `${f.line}:${f.column}`;

describe('a scan of a hostile repository (dist/cli.js)', () => {
  it('finishes with the findings as its exit status, a valid report and nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(reportSchema.safeParse(report).error).toBeUndefined();
  });

  it('still scans the good files beside the hostile ones', () => {
    expect(claimsIn('good/compose.yaml').map((c) => `${where(c)} ${c.port}`)).toEqual([
      '4:9 251',
      '4:9 8080',
    ]);
    expect(claimsIn('good/deploy.yaml').map((c) => `${where(c)} ${c.port}`)).toEqual(['9:33 252']);
    expect(claimsIn('good/Dockerfile').map((c) => `${where(c)} ${c.port}`)).toEqual(['2:8 253']);
  });

  it('reads an alias bomb ("billion laughs") without expanding it', () => {
    expect(entry('alias-bomb/laughs.yaml')?.status).toBe('ok');
    expect(claimsIn('alias-bomb/laughs.yaml').map((c) => `${where(c)} ${c.port}`)).toEqual([
      '20:29 254',
    ]);
  });

  it('applies merge keys that merge ten maps that merge ten maps ... once each', () => {
    expect(entry('alias-bomb/compose.yaml')?.status).toBe('ok');
    expect(claimsIn('alias-bomb/compose.yaml').map((c) => `${where(c)} ${c.port}`)).toEqual([
      '14:13 255',
      '14:13 80',
    ]);
  });

  it('stops merge keys that copy more than a million entries, with a finding where it stopped', () => {
    const file = 'alias-bomb/flood/compose.yaml';
    const message = `${file} expands its merge keys to more than 1,000,000 entries, far beyond any manifest; the rest of it was not checked.`;
    expect(entry(file)).toEqual({ file, manifest: 'compose', status: 'error', reason: message });
    expect(findingsIn(file).filter((f) => f.rule === 'parse-error')).toEqual([
      expect.objectContaining({ line: MERGE_FLOOD_LINE, column: 9, message }),
    ]);
  });

  it('skips a 30 MB manifest with the size limit as the reason', () => {
    expect(entry('big/compose.yaml')).toEqual({
      file: 'big/compose.yaml',
      manifest: 'compose',
      status: 'skipped',
      reason: `${BIG_BYTES} bytes, over the 4194304-byte limit for one file (max-file-size)`,
    });
    expect(claimsIn('big/compose.yaml')).toEqual([]);
  });

  it('skips binary files with a manifest name', () => {
    for (const file of ['binary/compose.yaml', 'binary/Dockerfile']) {
      expect(entry(file)).toEqual(
        expect.objectContaining({
          status: 'skipped',
          reason: 'a binary file (it holds NUL bytes)',
        }),
      );
      expect(claimsIn(file)).toEqual([]);
    }
  });

  it('refuses 100,000 levels of nesting, flow or block, at the line where it gets too deep', () => {
    for (const [file, at] of [
      ['deep/compose.yaml', '2:507'],
      ['deep/pod.yaml', '4:999'],
    ] as const) {
      const message = `${file} nests more than 500 levels deep, far beyond any manifest; it was not parsed.`;
      expect(entry(file)).toEqual(expect.objectContaining({ status: 'error', reason: message }));
      expect(findingsIn(file).map((f) => `${where(f)} ${f.rule} ${f.message}`)).toEqual([
        `${at} parse-error ${message}`,
      ]);
    }
  });

  it('reports invalid UTF-8 where it is, and still checks the ports around it', () => {
    const file = 'invalid-utf8/compose.yaml';
    expect(findingsIn(file).map((f) => `${where(f)} ${f.rule} ${f.message}`)).toContain(
      `1:6 parse-error ${file} is not valid UTF-8 at line 1, column 6; it was read with a replacement character there, but docker compose and kubectl refuse such a file.`,
    );
    expect(claimsIn(file).map((c) => `${where(c)} ${c.port}`)).toEqual(['4:13 257', '4:13 80']);
  });

  it('gives columns on the first line of a file with a byte order mark as an editor shows them', () => {
    const column = BOM_LINE.indexOf('"258') + 1;
    expect(claimsIn('bom/compose.yaml').map(where)).toEqual([`1:${column}`, `1:${column}`]);
    expect(findingsIn('bom/compose.yaml')).toEqual([
      expect.objectContaining({ line: 1, column, endColumn: column + '"258:80"'.length }),
    ]);
  });

  it('keeps lines and columns exact with CRLF line endings', () => {
    expect(findingsIn('crlf/compose.yaml').map((f) => `${where(f)}-${f.endColumn}`)).toEqual([
      '4:9-17',
    ]);
    expect(claimsIn('crlf/Dockerfile').map((c) => `${where(c)} ${c.port}`)).toEqual([
      '2:8 80',
      '3:3 261',
    ]);
  });

  it('reports tab indentation as YAML does, and counts a tab as one column elsewhere', () => {
    expect(findingsIn('tabs/compose.yaml').map((f) => `${where(f)} ${f.rule}`)).toEqual([
      '2:1 parse-error',
    ]);
    expect(claimsIn('tabs/pod.yaml').map((c) => `${where(c)} ${c.port}`)).toEqual(['7:29 263']);
  });

  it('reads a file of 100,000 documents to its last line', () => {
    expect(entry('many-documents/all.yaml')?.status).toBe('ok');
    expect(claimsIn('many-documents/all.yaml').map((c) => `${where(c)} ${c.resource}`)).toEqual([
      `${LAST_DOCUMENT_PORT_LINE}:11 Service/last`,
    ]);
  });

  it('takes empty files for manifests that claim nothing', () => {
    expect(entry('empty/compose.yaml')?.status).toBe('ok');
    expect(entry('empty/Dockerfile')?.status).toBe('ok');
    expect([...findingsIn('empty/compose.yaml'), ...findingsIn('empty/Dockerfile')]).toEqual([]);
  });

  it('follows no link out of the repository, and no loop', () => {
    expect(entry('links/outside.yaml')).toEqual(
      expect.objectContaining({
        status: 'skipped',
        reason: 'symbolic link to a path outside the scanned directory: not followed',
      }),
    );
    for (const file of ['links/loop-a.yaml', 'links/loop-b.yaml']) {
      expect(entry(file)).toEqual(
        expect.objectContaining({
          status: 'skipped',
          reason: 'symbolic link whose target does not exist (or is a loop): not followed',
        }),
      );
    }
    expect(report.files.filter((f) => f.file.startsWith('links/cycle/'))).toEqual([]);
  });

  it('reads no .env, include, extends or config env file outside the repository', () => {
    expect(run.stdout).not.toContain(SECRET);
    expect(
      report.claims.filter((c) => c.resource === 'leak' || c.resource === 'Pod/outside-pod'),
    ).toEqual([]);
    const messages = findingsIn('links/compose.yaml').map((f) => `${where(f)} ${f.rule}`);
    expect(messages).toEqual(['2:5 parse-error', '5:13 unresolved-port', '7:14 parse-error']);
    expect(findingsIn('links/compose.yaml')[0]?.message).toMatch(
      /^include of \.\.\/\.\.\/port-claims-\w+\/compose\.yml: the file was not read \(outside the scanned directory\), so the services it would add were not checked\.$/,
    );
  });

  it('reports an unreadable file and an unreadable directory', (context) => {
    if (asRoot !== undefined) {
      context.skip(asRoot);
      return;
    }
    expect(entry('unreadable/compose.yaml')).toEqual({
      file: 'unreadable/compose.yaml',
      manifest: 'compose',
      status: 'error',
      reason: 'cannot be read: permission denied (EACCES)',
    });
    expect(findingsIn('unreadable/locked/')).toEqual([
      expect.objectContaining({
        rule: 'parse-error',
        message:
          'The directory unreadable/locked/ cannot be read: permission denied (EACCES); the manifests in it, if any, were not scanned.',
      }),
    ]);
  });
});
