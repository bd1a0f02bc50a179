// One run of the engine: scan, evaluate the rules, build the report.
import type { PolicySettings } from './policy/evaluate.js';
import { evaluate } from './policy/evaluate.js';
import { buildReport } from './report/build.js';
import type { ScanResult, ScanSettings } from './scan.js';
import { scan } from './scan.js';
import type { Finding, Report } from './types.js';

export interface CheckSettings extends ScanSettings {
  policy?: PolicySettings;
}

export interface CheckResult {
  scan: ScanResult;
  findings: Finding[];
  report: Report;
}

export async function check(settings: CheckSettings): Promise<CheckResult> {
  const result = await scan(settings);
  const findings = evaluate(result, settings.policy);
  return { scan: result, findings, report: buildReport(result.files, result.claims, findings) };
}
