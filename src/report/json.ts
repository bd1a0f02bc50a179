import type { Report } from '../types.js';
import { publicFinding } from './build.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify({ ...report, findings: report.findings.map(publicFinding) }, null, 2)}\n`;
}
