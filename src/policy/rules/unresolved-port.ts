import { hitsFromProblems } from '../problems.js';
import type { Rule } from '../rule.js';

export const unresolvedPort: Rule = {
  id: 'unresolved-port',
  defaultSeverity: 'warning',
  summary:
    'A port that depends on a variable with no value and no default, or a named target port that resolves to nothing.',
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, 'unresolved-port'),
};
