import { hitsFromProblems } from '../problems.js';
import type { Rule } from '../rule.js';

export const parseError: Rule = {
  id: 'parse-error',
  defaultSeverity: 'warning',
  summary: 'A manifest that is not valid YAML or cannot be read.',
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, 'parse-error'),
};
