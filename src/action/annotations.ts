// Workflow annotations (`::error file=...::`). GitHub shows at most 10 of each level per step,
// so errors go first, and the job summary says how many were left out.
import * as core from '@actions/core';
import type { Finding } from '../types.js';
import { messageWithFix } from '../report/words.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationBudget = Partial<Record<Finding['severity'], number>>;

/**
 * Annotates the findings, most severe first; returns how many GitHub would not have shown.
 * `taken` counts annotations of each level the step writes besides the findings (the failure
 * message of `setFailed` is an error annotation too), so the per-level limit holds for the step.
 */
export function annotate(findings: readonly Finding[], taken: AnnotationBudget = {}): number {
  let left = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = findings.filter((f) => f.severity === level);
    const room = Math.max(0, ANNOTATIONS_PER_LEVEL - (taken[level] ?? 0));
    for (const f of ofLevel.slice(0, room)) {
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
      const message = messageWithFix(f);
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    }
    left += Math.max(0, ofLevel.length - room);
  }
  return left;
}
