import type { Problem, ProblemCode } from '../types.js';
import type { Hit } from './rule.js';

/** Rules whose findings are the parsers' problems of one code, passed through. */
export function hitsFromProblems(problems: readonly Problem[], code: ProblemCode): Hit[] {
  return problems
    .filter((p) => p.code === code)
    .map((p) => {
      const hit: Hit = { file: p.file, span: p.span, message: p.message };
      if (p.ports) hit.ports = p.ports;
      if (p.protocol) hit.protocol = p.protocol;
      if (p.resource !== undefined) hit.resource = p.resource;
      if (p.field) hit.field = p.field;
      if (p.maxSeverity) hit.maxSeverity = p.maxSeverity;
      return hit;
    });
}
