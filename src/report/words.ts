import type { Finding, Severity } from '../types.js';

/** A finding's message with its fix, for surfaces that show plain text. */
export function messageWithFix(f: Finding): string {
  return f.suggestion
    ? `${f.message} Suggested: ${JSON.stringify(f.suggestion.replacement)}.`
    : f.message;
}

/** "1 finding", "2 findings". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const SEVERITY_ICON: Record<Severity, string> = {
  error: '🔴',
  warning: '🟠',
  notice: '🔵',
};
