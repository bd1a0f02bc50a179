import * as core from '@actions/core';
import { resolve } from 'node:path';
import { check } from '../check.js';
import { failing } from '../policy/evaluate.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Finding } from '../types.js';
import { InputError, readSettings } from './inputs.js';

/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

export async function runAction(): Promise<void> {
  let settings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof InputError) {
      core.setFailed(error.message);
      return;
    }
    throw error;
  }
  const { report } = await check({
    paths: settings.paths,
    cwd: settings.workspace,
    relativeTo: settings.workspace,
    exclude: settings.exclude,
    envFiles: settings.envFiles.map((f) => resolve(settings.workspace, f)),
  });
  const failures = failing(report.findings, settings.failOn);
  const notAnnotated = settings.annotations ? annotate(report.findings) : 0;

  core.setOutput('claims', JSON.stringify(report.claims));
  core.setOutput('findings', JSON.stringify(report.findings));
  core.setOutput('findings-count', String(failures.length));
  core.setOutput('failed', String(failures.length > 0));
  core.setOutput('sarif-file', '');
  try {
    await core.summary.addRaw(renderMarkdown(report, { notAnnotated })).write();
  } catch (error) {
    core.warning(`port-claims could not write the job summary: ${(error as Error).message}`);
  }
  if (failures.length > 0) {
    core.setFailed(`port-claims: ${failures.length} finding(s) at or above "${settings.failOn}"`);
  }
}

/** Errors first, then warnings, then notices, within GitHub's per-level limit. Returns how many were left out. */
function annotate(findings: readonly Finding[]): number {
  let left = 0;
  const active = findings.filter((f) => f.suppressed === undefined && f.new !== false);
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = active.filter((f) => f.severity === level);
    for (const f of ofLevel.slice(0, ANNOTATIONS_PER_LEVEL)) {
      const properties: core.AnnotationProperties = {
        title: `port-claims: ${f.rule}`,
        file: f.file,
        startLine: f.line,
        endLine: f.endLine,
      };
      if (f.line === f.endLine) {
        properties.startColumn = f.column;
        properties.endColumn = f.endColumn;
      }
      const log = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
      log(f.message, properties);
    }
    left += Math.max(0, ofLevel.length - ANNOTATIONS_PER_LEVEL);
  }
  return left;
}
