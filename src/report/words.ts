import type { Severity } from '../types.js';

/** "1 finding", "2 findings". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const SEVERITY_ICON: Record<Severity, string> = {
  error: '🔴',
  warning: '🟠',
  notice: '🔵',
};
