import { hitsFromProblems } from '../problems.js';
import type { Rule } from '../rule.js';

export const invalidPort: Rule = {
  id: 'invalid-port',
  defaultSeverity: 'error',
  summary:
    'A port outside 0-65535, a reversed range, ranges of different lengths, an unknown protocol or an unparsable port spec.',
  suggestsFix: false,
  check: ({ problems }) => hitsFromProblems(problems, 'invalid-port'),
};
