// The action: scan the workspace with the CLI's engine, decide what the pull request introduces,
// then tell it: annotations, review comments, the sticky comment, the job summary, SARIF and
// outputs. Only findings and `fail-on` decide the result; a reporting fault is a warning.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CheckResult } from '../check.js';
import { check } from '../check.js';
import { ConfigError } from '../config/load.js';
import { DiscoverError, toPosix } from '../discover/discover.js';
import { repositoryRoot } from '../discover/repository.js';
import { activeFindings, failing } from '../policy/evaluate.js';
import { escapeMarkdown, inlineCode } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { publicClaim, publicFinding } from '../report/build.js';
import { renderSarif } from '../report/sarif.js';
import type { Finding, Report } from '../types.js';
import { annotate } from './annotations.js';
import type { Engine, PullChanges } from './changes.js';
import { listPullChanges, scopeToChanges, touchedBy } from './changes.js';
import type { PlannedDeployable } from '../resolve/renderer.js';
import type { ConfigJudgement, Silencer } from './config-from.js';
import { judgeByBaseConfig } from './config-from.js';
import type { ReviewOutcome } from './comments.js';
import { describe, publishReview, publishSticky, Writer } from './comments.js';
import type { GitHubClient } from './github.js';
import { createClient } from './github.js';
import type { ActionSettings } from './inputs.js';
import { InputError, readSettings } from './inputs.js';
import type { AddedLines } from './patch.js';
import { plural } from '../report/words.js';

/** GitHub keeps at most 1 MB per step output. */
const OUTPUT_LIMIT = 1_000_000;

function where(findings: readonly Finding[]): string {
  const shown = findings.slice(0, 10).map((f) => inlineCode(`${f.file}:${f.line}`));
  return `${shown.join(', ')}${findings.length > shown.length ? `, and ${findings.length - shown.length} more` : ''}`;
}

/**
 * A JSON array output, cut to whole elements if GitHub would refuse its size. Written element by
 * element, stopping at the limit: the array whole may be far larger than what is kept.
 */
function setJsonOutput<T>(
  name: string,
  values: readonly T[],
  warn: (m: string) => void,
  map: (value: T) => unknown = (value) => value,
): void {
  const kept: string[] = [];
  let size = 2;
  for (const value of values) {
    const item = JSON.stringify(map(value));
    if (size + Buffer.byteLength(item) + (kept.length ? 1 : 0) > OUTPUT_LIMIT) break;
    size += Buffer.byteLength(item) + (kept.length ? 1 : 0);
    kept.push(item);
  }
  if (kept.length < values.length) {
    warn(
      `output "${name}" holds the first ${kept.length} of ${values.length} entries: GitHub keeps at most 1 MB per output. Use sarif-file for everything.`,
    );
  }
  core.setOutput(name, `[${kept.join(',')}]`);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = readSettings(env);
  } catch (error) {
    if (error instanceof InputError) {
      await refuse(error.message);
      return;
    }
    throw error;
  }
  const notes: string[] = [];
  let warnings = 0;
  const warn = (message: string): void => {
    warnings++;
    core.warning(message);
    notes.push(`⚠️ ${escapeMarkdown(message)}`);
  };
  const { workspace } = settings;
  const scanWith = (
    cwd: string,
    paths: readonly string[],
    renderOnly?: (deployable: PlannedDeployable) => boolean,
    config?: string,
  ): Promise<CheckResult> =>
    check({
      paths,
      ...(renderOnly ? { renderOnly } : {}),
      cwd,
      relativeTo: cwd,
      exclude: settings.exclude,
      envFiles: settings.envFiles.map((f) => resolve(cwd, f)),
      // The input's default is `auto`: the config file's `render: off` holds unless it says off.
      ...(settings.render === 'off' ? { render: 'off' as const } : {}),
      // Relative to `cwd`: the workspace, or the base laid out with the same config file.
      ...(config ? { config } : settings.config ? { config: settings.config } : {}),
      // Only the head as the workflow checked it out must have every env file the config names.
      envFilesMustExist: cwd === workspace && config === undefined,
    });
  // Every scan of a pull request, head or base, renders only the charts and builds it touches.
  let pull: PullChanges | null | undefined;
  const engine: Engine = (cwd, paths, config) =>
    scanWith(cwd, paths, pull ? touchedBy(pull, cwd) : undefined, config);

  const wantsApi =
    settings.pull !== undefined ||
    (settings.mergeGroup !== undefined && settings.scope === 'changed');
  let client: GitHubClient | undefined;
  if (wantsApi && settings.token) {
    client = createClient({
      token: settings.token,
      owner: settings.owner,
      repo: settings.repo,
      backoffMs: settings.backoffMs,
      log: (message) => core.info(message),
    });
  } else if (wantsApi) {
    warn('input "token" is empty: port-claims reads and writes nothing on GitHub.');
  }

  // A pull request's changes are listed first: a chart or build it does not touch is rendered on
  // neither side.
  if (settings.scope === 'changed' && (settings.pull ?? settings.mergeGroup)) {
    pull = (await listPullChanges(settings, client, warn)) ?? null;
  }

  const missing = settings.envFiles.filter((f) => !existsSync(resolve(workspace, f)));
  if (missing.length) {
    await refuse(
      `input "env-files" names ${missing.map((f) => `"${f}"`).join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not exist in the workspace`,
    );
    return;
  }
  let head: CheckResult;
  try {
    head = await engine(workspace, settings.paths);
  } catch (error) {
    if (error instanceof DiscoverError) {
      await refuse(`${error.message} (input "paths")`);
      return;
    }
    if (error instanceof ConfigError) {
      // On the config file's line, where the author can fix it.
      for (const problem of error.problems) {
        if (problem.line === undefined) continue;
        core.error(problem.message, {
          title: 'port-claims: config',
          file: problem.file,
          startLine: problem.line,
          ...(problem.column !== undefined ? { startColumn: problem.column } : {}),
        });
      }
      await refuse(error.lines.join('; '));
      return;
    }
    throw error;
  }

  // Said once per run (rendering skipped, and how to enable it): in the log and the summary.
  for (const notice of head.scan.notices) {
    core.info(`port-claims: ${notice}`);
    notes.push(escapeMarkdown(notice));
  }

  // A pull request's own config change must not pass its check: judge it by the base's too.
  let judged: ConfigJudgement | undefined;
  if (settings.configFrom === 'base' && (settings.pull || settings.mergeGroup)) {
    try {
      const changed = pull
        ? {
            files: new Set(pull.changes.files.map((f) => f.filename)),
            complete: pull.changes.complete,
          }
        : undefined;
      judged = await judgeByBaseConfig(settings, client, head, engine, warn, changed);
    } catch (error) {
      warn(
        `port-claims could not judge the pull request by the base branch's config: ${describe(error)}`,
      );
    }
  }

  let findings = head.report.findings;
  let silenced = judged?.silenced ?? [];
  let added = new Map<string, AddedLines>();
  try {
    if (settings.scope === 'changed') {
      try {
        const other = judged
          ? { result: judged.result, findings: judged.silenced, config: judged.baseConfig }
          : undefined;
        const scoped = await scopeToChanges(settings, client, head, engine, warn, pull, other);
        if (scoped) {
          findings = scoped.findings;
          silenced = scoped.other ?? silenced;
          added = scoped.added;
          notes.push(...scoped.notes);
        }
      } catch (error) {
        warn(
          `port-claims could not compare with the base, so reports every claim: ${describe(error)}`,
        );
      }
    }
  } finally {
    await judged?.remove();
  }
  const configNotes: Finding[] = [];
  const stickyNotes: string[] = [];
  if (judged && silenced.length) {
    findings = withSilenced(findings, silenced);
    const counted = silenced.filter((f) => f.new !== false);
    if (counted.length) {
      notes.push(silencedNote(counted, judged.by));
      stickyNotes.push(silencedNote(counted, judged.by));
      configNotes.push(...configLineAnnotations(counted, judged.by));
    }
  }
  const report: Report = { ...head.report, findings };
  const active = activeFindings(findings);
  const failures = failing(findings, settings.failOn);
  const old = findings.filter((f) => f.new === false && f.suppressed === undefined).length;
  if (old) {
    notes.push(
      `${plural(old, 'finding')} already on the base branch ${old === 1 ? 'is' : 'are'} not annotated and cannot fail this run.`,
    );
  }

  const writer = new Writer(warn, settings.pull?.fromFork ?? false);
  // Who the token writes as, read once: only that identity's comments are ours to edit or delete.
  const writes = settings.reviewComments || settings.prComment !== 'never';
  const self = settings.pull && client && writes ? await identity(client, warn) : undefined;
  let review: ReviewOutcome | undefined;
  if (settings.pull && client && self && settings.reviewComments) {
    try {
      review = await publishReview({
        client,
        writer,
        self,
        pull: settings.pull.number,
        headSha: settings.pull.headSha,
        workspace,
        findings: active,
        values: report.claims,
        added,
        warn,
      });
      notes.push(...reviewNotes(review));
    } catch (error) {
      warn(`port-claims could not publish review comments: ${describe(error)}`);
    }
  }

  const toAnnotate = settings.annotations ? [...active, ...configNotes] : [];
  for (const f of review?.rejected ?? []) if (!toAnnotate.includes(f)) toAnnotate.push(f);
  // The warnings so far are annotations too, and so is the failure message `setFailed` writes.
  const notAnnotated = annotate(toAnnotate, {
    error: failures.length > 0 ? 1 : 0,
    warning: warnings,
  });

  if (settings.pull && client && self && settings.prComment !== 'never') {
    try {
      await publishSticky({
        client,
        writer,
        self,
        pull: settings.pull.number,
        report,
        mode: settings.prComment,
        comment: {
          failing: failures.length,
          ...(settings.runUrl ? { runUrl: settings.runUrl } : {}),
          notes: [
            ...stickyNotes,
            ...(review?.outsideDiff.length
              ? [
                  `${plural(review.outsideDiff.length, 'finding')} on lines this pull request does not add: ${where(review.outsideDiff)}.`,
                ]
              : []),
          ],
        },
        warn,
      });
    } catch (error) {
      warn(`port-claims could not publish the pull request comment: ${describe(error)}`);
    }
  }

  let sarifPath = '';
  if (settings.sarifFile) {
    const target = isAbsolute(settings.sarifFile)
      ? settings.sarifFile
      : resolve(workspace, settings.sarifFile);
    try {
      await mkdir(dirname(target), { recursive: true });
      // Report paths start at the workspace; code scanning resolves them from the repository's
      // root, which is the workspace unless the checkout went elsewhere.
      const root = repositoryRoot(workspace) ?? workspace;
      await writeFile(
        target,
        renderSarif(report, { rooted: { root, prefix: toPosix(relative(root, workspace)) } }),
      );
      sarifPath = settings.sarifFile;
    } catch (error) {
      warn(`port-claims could not write ${settings.sarifFile}: ${describe(error)}`);
    }
  }

  setJsonOutput('claims', report.claims, warn, publicClaim);
  setJsonOutput('findings', report.findings, warn, publicFinding);
  core.setOutput('findings-count', String(failures.length));
  core.setOutput('failed', String(failures.length > 0));
  core.setOutput('sarif-file', sarifPath);

  try {
    await core.summary.addRaw(renderMarkdown(report, { notAnnotated, notes })).write();
  } catch (error) {
    core.warning(`port-claims could not write the job summary: ${describe(error)}`);
  }
  if (failures.length > 0) {
    core.setFailed(
      `port-claims: ${plural(failures.length, 'finding')} at or above "${settings.failOn}"`,
    );
  }
}

/** The head's findings with the silenced ones in place of what the head says of them. */
function withSilenced(findings: readonly Finding[], silenced: readonly Finding[]): Finding[] {
  const replaced = new Set(silenced.map((f) => f.fingerprint));
  return [...findings.filter((f) => !replaced.has(f.fingerprint)), ...silenced].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

function silencedNote(findings: readonly Finding[], by: ReadonlyMap<string, Silencer>): string {
  const shown = findings.slice(0, 10).map((f) => {
    const key = by.get(f.fingerprint)?.key ?? 'the config';
    return `${inlineCode(`${f.file}:${f.line}`)} (${inlineCode(f.rule)}, silenced by ${inlineCode(key)})`;
  });
  const more = findings.length > shown.length ? `, and ${findings.length - shown.length} more` : '';
  return `⚠️ This pull request changes the port-claims config in a way that silences ${plural(findings.length, 'finding')} the base branch's config reports; ${findings.length === 1 ? 'it counts' : 'they count'} all the same, since \`config-from\` is \`base\`: ${shown.join(', ')}${more}. To keep a port on purpose, write \`# port-claims: ignore RULE -- reason\` on its line; a workflow that trusts config changes sets \`config-from: head\`.`;
}

/** One annotation on each line of the config that silences findings, naming how many. */
function configLineAnnotations(
  findings: readonly Finding[],
  by: ReadonlyMap<string, Silencer>,
): Finding[] {
  const byLine = new Map<string, { silencer: Silencer; findings: Finding[] }>();
  for (const f of findings) {
    const silencer = by.get(f.fingerprint);
    if (!silencer?.file) continue;
    const key = `${silencer.line}:${silencer.key}`;
    const entry = byLine.get(key) ?? { silencer, findings: [] };
    entry.findings.push(f);
    byLine.set(key, entry);
  }
  return [...byLine.values()].map(({ silencer, findings: silenced }) => {
    const severity = silenced.some((f) => f.severity === 'error')
      ? 'error'
      : silenced.some((f) => f.severity === 'warning')
        ? 'warning'
        : 'notice';
    return {
      rule: 'config-from',
      severity,
      file: silencer.file as string,
      line: silencer.line,
      column: silencer.column,
      endLine: silencer.line,
      endColumn: silencer.column,
      message: `This change to ${silencer.key} silences ${plural(silenced.length, 'finding')} the base branch's config reports (${silenced
        .slice(0, 5)
        .map((f) => `${f.file}:${f.line} ${f.rule}`)
        .join(
          ', ',
        )}${silenced.length > 5 ? ', ...' : ''}); with config-from "base" they still count.`,
      fingerprint: `config-from:${silencer.key}`,
    };
  });
}

/**
 * The token's login, or undefined (with a warning) when GitHub does not say: then no comment can
 * be told apart from a forged one, so none is written, edited or deleted.
 */
async function identity(
  client: GitHubClient,
  warn: (message: string) => void,
): Promise<string | undefined> {
  try {
    return await client.viewerLogin();
  } catch (error) {
    warn(
      `port-claims could not learn which account its token writes as (${describe(error)}), so it writes no review comment and no pull request comment: it edits and deletes only its own.`,
    );
    return undefined;
  }
}

/** A run that cannot start still says why, in the log and in the job summary. */
async function refuse(message: string): Promise<void> {
  core.setFailed(`port-claims: ${message}`);
  try {
    await core.summary
      .addRaw(`## port-claims\n\n❌ Did not run: ${escapeMarkdown(message)}\n`)
      .write();
  } catch {
    // The failure above already says it.
  }
}

function reviewNotes(review: ReviewOutcome): string[] {
  const notes: string[] = [];
  const done = [
    review.posted ? `${plural(review.posted, 'comment')} posted` : '',
    review.alreadyCommented ? `${review.alreadyCommented} already commented by an earlier run` : '',
    review.deleted ? `${review.deleted} deleted (their findings are gone)` : '',
    review.resolved ? `${review.resolved} marked resolved (answered, so kept)` : '',
  ].filter((s) => s !== '');
  if (done.length) notes.push(`Review comments: ${done.join('; ')}.`);
  if (review.outsideDiff.length) {
    notes.push(
      `${plural(review.outsideDiff.length, 'finding')} on lines this pull request does not add, so without a review comment (GitHub accepts them only on the diff): ${where(review.outsideDiff)}.`,
    );
  }
  if (review.overLimit.length) {
    notes.push(
      `${plural(review.overLimit.length, 'finding')} not commented: at most 30 comments per review; the next run posts more.`,
    );
  }
  return notes;
}
