// `config-from: base`: a pull request that changes the config file is also judged by the base
// branch's config. A finding the base config reports and the pull request's change silences
// (a rule turned off, a path excluded, an allow entry, a smaller max-file-size) is reported,
// said to be silenced, and still counts toward `fail-on`. Inline ignores, which sit on the line
// being reviewed, stay the way to keep a port on purpose.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix } from 'node:path';
import type { CheckResult } from '../check.js';
import type { LoadedConfig } from '../config/load.js';
import { CONFIG_FILES, ConfigError, configKeySpan, parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Finding, Severity } from '../types.js';
import type { Engine } from './changes.js';
import { hasCommit, readAtCommit } from './git.js';
import type { GitHubClient } from './github.js';
import type { ActionSettings } from './inputs.js';

/** Where the pull request's config change silences a finding: the key, and its line. */
export interface Silencer {
  /** The head's config file, as the workspace names it; undefined when the change deleted it. */
  file?: string;
  /** `rules.unassigned-well-known`, `exclude`, `allow[0]`, or `the config` when unknown. */
  key: string;
  line: number;
  column: number;
}

export interface ConfigJudgement {
  /** The base branch's config file, laid out outside the workspace. */
  baseConfig: string;
  /** The workspace scanned with the base branch's config. */
  result: CheckResult;
  /** Findings of `result` that the head's config silences, each message saying so. */
  silenced: Finding[];
  /** Fingerprint → where the silencing change is. */
  by: Map<string, Silencer>;
  remove(): Promise<void>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The config files a scan of the workspace may read, relative to it. */
function candidates(settings: ActionSettings): string[] | undefined {
  if (settings.config === undefined) return [...CONFIG_FILES];
  const given = settings.config.replace(/^\.\//, '');
  // A config file from outside the workspace is the workflow's, not the pull request's.
  if (isAbsolute(given) || posix.normalize(given).startsWith('..')) return undefined;
  return [given];
}

function readHead(workspace: string, path: string): string | undefined {
  try {
    return readFileSync(join(workspace, ...path.split('/')), 'utf8');
  } catch {
    return undefined;
  }
}

async function readBase(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  baseSha: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  if (await hasCommit(settings.workspace, baseSha)) {
    return readAtCommit(settings.workspace, baseSha, paths);
  }
  if (!client) throw new Error('the base commit is not in the checkout and there is no token');
  const texts = new Map<string, string | undefined>();
  for (const path of paths) texts.set(path, await client.readFile(path, baseSha));
  return texts;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Which key of the head's config silences the finding, as a path into the config. */
function silencingKey(
  finding: Finding,
  headFinding: Finding | undefined,
  head: CheckResult,
  base: Config,
): (string | number)[] | undefined {
  const headConfig: LoadedConfig = head.config;
  const scanned = head.report.files.some((f) => f.file === finding.file && f.status !== 'skipped');
  if (!scanned) {
    const keys = [
      ['exclude', headConfig.exclude, base.exclude],
      ['include', headConfig.include, base.include],
      ['max-file-size', headConfig.maxFileSize, base.maxFileSize],
    ] as const;
    const changed = keys.find(([, a, b]) => !same(a, b));
    return changed ? [changed[0]] : undefined;
  }
  const rule = finding.rule as keyof Config['rules'];
  if (!same(headConfig.rules[rule], base.rules[rule])) return ['rules', rule];
  if (headFinding?.suppressed !== undefined) {
    const index = headConfig.allow.findIndex((a) => a.reason === headFinding.suppressed);
    if (index >= 0) return ['allow', index];
  }
  return undefined;
}

const describeKey = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/**
 * Scans the workspace with the base branch's config when the pull request changed the config,
 * and says which findings the change silences. Undefined when the config did not change (or
 * the base's cannot be read, which a warning says).
 */
export async function judgeByBaseConfig(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  head: CheckResult,
  engine: Engine,
  warn: (message: string) => void,
  /** The files the pull request changes, when known: then the base is read only if need be. */
  changed?: { files: ReadonlySet<string>; complete: boolean },
): Promise<ConfigJudgement | undefined> {
  const baseSha = settings.pull?.baseSha ?? settings.mergeGroup?.baseSha;
  const paths = candidates(settings);
  if (!baseSha || !paths) return undefined;
  if (changed?.complete && !paths.some((p) => changed.files.has(p))) return undefined;
  const headTexts = new Map(paths.map((p) => [p, readHead(settings.workspace, p)]));
  let baseTexts: Map<string, string | undefined>;
  try {
    baseTexts = await readBase(settings, client, baseSha, paths);
  } catch (error) {
    warn(
      `port-claims could not read the base branch's config, so judges by the pull request's alone: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  if (paths.every((p) => headTexts.get(p) === baseTexts.get(p))) return undefined;

  const baseName = paths.find((p) => baseTexts.get(p) !== undefined);
  const baseText = baseName === undefined ? '' : (baseTexts.get(baseName) ?? '');
  let baseConfig: Config;
  try {
    baseConfig = parseConfig(baseText, baseName ?? 'the base config');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    warn(
      `the base branch's config is not valid (${error.lines.join('; ')}), so findings are judged by the pull request's config alone.`,
    );
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'port-claims-base-config-'));
  const remove = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const baseConfigPath = join(dir, 'port-claims.yml');
    await writeFile(baseConfigPath, baseText);
    const result = await engine(settings.workspace, settings.paths, baseConfigPath);
    const headByFingerprint = new Map(head.report.findings.map((f) => [f.fingerprint, f]));
    const headFile = head.config.file;
    const headText = headFile === undefined ? undefined : headTexts.get(headFile);
    const by = new Map<string, Silencer>();
    const silenced: Finding[] = [];
    for (const finding of result.report.findings) {
      if (finding.suppressed !== undefined) continue;
      const headFinding = headByFingerprint.get(finding.fingerprint);
      const reported =
        headFinding !== undefined &&
        headFinding.suppressed === undefined &&
        RANK[headFinding.severity] <= RANK[finding.severity];
      if (reported) continue;
      const key = silencingKey(finding, headFinding, head, baseConfig);
      const span = key && headText !== undefined ? configKeySpan(headText, key) : undefined;
      const silencer: Silencer = {
        ...(headFile !== undefined ? { file: headFile } : {}),
        key: key ? describeKey(key) : 'the config',
        line: span?.line ?? 1,
        column: span?.column ?? 1,
      };
      by.set(finding.fingerprint, silencer);
      const where = silencer.file
        ? `${silencer.file} (${silencer.key}, line ${silencer.line})`
        : `the config (deleted)`;
      silenced.push({
        ...finding,
        message: `${finding.message} This pull request's change to ${where} silences it; the base branch's config reports it, and config-from is "base".`,
      });
    }
    return { baseConfig: baseConfigPath, result, silenced, by, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
