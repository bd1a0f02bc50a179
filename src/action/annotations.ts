// Workflow annotations (`::error file=...::`). GitHub shows at most 10 of each level per step,
// so errors go first, and the job summary says how many were left out.
import * as core from '@actions/core';
import type { Finding } from '../types.js';

export const ANNOTATIONS_PER_LEVEL = 10;

/** Annotates the findings, most severe first; returns how many GitHub would not have shown. */
export function annotate(findings: readonly Finding[]): number {
  let left = 0;
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = findings.filter((f) => f.severity === level);
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
      const message = f.suggestion
        ? `${f.message} Suggested: ${JSON.stringify(f.suggestion.replacement)}.`
        : f.message;
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    }
    left += Math.max(0, ofLevel.length - ANNOTATIONS_PER_LEVEL);
  }
  return left;
}
