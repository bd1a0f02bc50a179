import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ruleDocsUrl } from '../../src/policy/docs.js';
import { RULES } from '../../src/policy/rules/index.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { writeTree, yaml } from '../helpers/tree.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function reportOf(): Promise<{ root: string; report: Report }> {
  const root = writeTree({
    'deploy/my app/docker-compose.yml': yaml`
      services:
        admin:
          image: admin
          ports:
            - "251:8080"
    `,
  });
  const { report } = await check({ paths: ['.'], cwd: root });
  return { root, report };
}

describe('renderSarif', () => {
  it('describes every rule once, with help and a link, in a stable order', async () => {
    const { report } = await reportOf();
    const log = JSON.parse(renderSarif(report)) as Log;
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('port-claims');
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of driver.rules!.entries()) {
      expect(rule.shortDescription!.text).toBe(RULES[i]!.summary);
      expect(rule.helpUri).toBe(ruleDocsUrl(rule.id));
      expect(rule.help!.markdown).toContain(ruleDocsUrl(rule.id));
      expect(rule.defaultConfiguration!.level).toBe(
        { error: 'error', warning: 'warning', notice: 'note' }[RULES[i]!.defaultSeverity],
      );
    }
  });

  it('gives each finding a repo-relative location, a region and its fingerprint', async () => {
    const { report } = await reportOf();
    const run = (JSON.parse(renderSarif(report)) as Log).runs[0]!;
    expect(run.results).toHaveLength(1);
    const [result] = run.results!;
    const finding = report.findings[0]!;
    expect(result!.ruleId).toBe('unassigned-well-known');
    expect(run.tool.driver.rules![result!.ruleIndex!]!.id).toBe('unassigned-well-known');
    expect(result!.level).toBe('error');
    expect(result!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/my%20app/docker-compose.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 19 },
    });
    expect(result!.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: finding.fingerprint });
    expect(result!.message.text).toContain('Suggested: "49152:8080".');
    expect(result!.baselineState).toBeUndefined();
    expect(result!.suppressions).toBeUndefined();
  });

  it('says which findings a pull request introduces, and which are suppressed', async () => {
    const { report } = await reportOf();
    const finding = report.findings[0]!;
    const marked: Report = {
      ...report,
      findings: [
        { ...finding, new: true },
        { ...finding, new: false, suppressed: 'legacy admin console' },
      ],
    };
    const results = (JSON.parse(renderSarif(marked)) as Log).runs[0]!.results!;
    expect(results.map((r) => r.baselineState)).toEqual(['new', 'unchanged']);
    expect(results[1]!.suppressions).toEqual([
      { kind: 'inSource', justification: 'legacy admin console' },
    ]);
  });

  it('is what `port-claims scan --format sarif` prints', async () => {
    const { root, report } = await reportOf();
    const cli = spawnSync(process.execPath, [`${ROOT}dist/cli.js`, 'scan', '--format', 'sarif'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    // Outside git, the repository's root is the working directory.
    expect(cli.stdout).toBe(renderSarif(report, { rooted: { root, prefix: '' } }));
  });
});
