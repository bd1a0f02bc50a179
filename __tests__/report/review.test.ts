import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import {
  correctedLine,
  findingMarker,
  isResolved,
  markedFingerprints,
  resolvedCommentBody,
  reviewCommentBody,
} from '../../src/report/review.js';
import type { Tree } from '../helpers/tree.js';
import { writeTree, yaml } from '../helpers/tree.js';

/** Scans a one-file tree and returns, for `line`, the corrected line and the comment body. */
async function onLine(tree: Tree, file: string, line: number) {
  const root = writeTree(tree);
  const { report } = await check({ paths: ['.'], cwd: root });
  const text = readFileSync(join(root, file), 'utf8').split('\n')[line - 1]!;
  const findings = report.findings.filter((f) => f.file === file && f.line === line);
  const corrected = correctedLine(text, findings, report.claims);
  return { text, findings, corrected, body: reviewCommentBody(findings, corrected) };
}

const composeWith = (item: string): Tree => ({
  'docker-compose.yml': yaml`
    services:
      admin:
        image: admin
        ports:
          ${item}
  `,
});

describe('correctedLine', () => {
  it('applies the one replacement that fixes both fields of "251:251"', async () => {
    const { findings, corrected } = await onLine(
      composeWith('- "251:251"'),
      'docker-compose.yml',
      5,
    );
    expect(findings.map((f) => [f.fields, f.suggestion])).toEqual([
      [['ports.published', 'ports.target'], { port: 49152, replacement: '49152:49152' }],
    ]);
    expect(corrected).toBe('      - "49152:49152"');
  });

  it('applies the replacements of two rules on one item', async () => {
    const { findings, corrected } = await onLine(
      composeWith('- "251:1023"'),
      'docker-compose.yml',
      5,
    );
    expect(findings.map((f) => [f.rule, f.field, f.suggestion?.replacement])).toEqual([
      ['reserved-port', 'ports.target', '251:49153'],
      ['unassigned-well-known', 'ports.published', '49152:1023'],
    ]);
    expect(corrected).toBe('      - "49152:49153"');
  });

  it('keeps quotes, addresses, protocols and interpolation around the number', async () => {
    expect(
      (await onLine(composeWith("- '127.0.0.1:251:8080/udp'"), 'docker-compose.yml', 5)).corrected,
    ).toBe("      - '127.0.0.1:49152:8080/udp'");
    expect(
      (await onLine(composeWith('- ${ADMIN_PORT:-251}:8080'), 'docker-compose.yml', 5)).corrected,
    ).toBe('      - ${ADMIN_PORT:-49152}:8080');
  });

  it('rewrites two values written on one line', async () => {
    const { corrected, findings } = await onLine(
      {
        'docker-compose.yml': yaml`
          services:
            admin:
              image: admin
              ports: ["251:8080", "252:8081"]
        `,
      },
      'docker-compose.yml',
      4,
    );
    expect(findings).toHaveLength(2);
    expect(corrected).toBe('    ports: ["49152:8080", "49153:8081"]');
  });

  it('suggests nothing when the number is not written on the line', async () => {
    const { corrected, body, findings } = await onLine(
      { Dockerfile: 'FROM scratch\nARG ADMIN=251\nEXPOSE ${ADMIN}\n' },
      'Dockerfile',
      3,
    );
    expect(findings).toHaveLength(1);
    expect(corrected).toBeUndefined();
    expect(body).not.toContain('```suggestion');
  });

  it('gives up rather than guess when the value is not where the finding says', async () => {
    const root = writeTree(composeWith('- "251:8080"'));
    const { report } = await check({ paths: ['.'], cwd: root });
    expect(correctedLine('      - "8080:251"', report.findings, report.claims)).toBeUndefined();
  });
});

describe('reviewCommentBody', () => {
  it('names every finding, carries the suggestion and a hidden fingerprint marker', async () => {
    const { body, findings } = await onLine(composeWith('- "251:251"'), 'docker-compose.yml', 5);
    expect(body).toContain('```suggestion\n      - "49152:49152"\n```');
    expect(body).toContain('claims 251/tcp (ports.published and ports.target)');
    expect(findings).toHaveLength(1);
    expect(body).toContain('blob/main/docs/rules/unassigned-well-known.md');
    expect(markedFingerprints(body)).toEqual(findings.map((f) => f.fingerprint));
    expect(isResolved(body)).toBe(false);
  });

  it('never lets a line that holds a fence close the suggestion block', async () => {
    const { findings } = await onLine(composeWith('- "251:251"'), 'docker-compose.yml', 5);
    const body = reviewCommentBody(findings, '      - "49152:49152" # ```');
    expect(body).not.toContain('```suggestion');
  });

  it('escapes what the manifest wrote, so it cannot mention or mark up', async () => {
    const { body } = await onLine(
      {
        'docker-compose.yml': yaml`
          services:
            "@octocat <b>|x|</b>":
              image: admin
              ports:
                - "251:8080"
        `,
      },
      'docker-compose.yml',
      5,
    );
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('<b>');
  });
});

describe('markers', () => {
  it('reads back what it writes, and only its own', () => {
    expect(markedFingerprints(`hello\n\n${findingMarker(['ab12', 'cd34-2'])}`)).toEqual([
      'ab12',
      'cd34-2',
    ]);
    expect(markedFingerprints('<!-- someone else -->')).toBeUndefined();
  });

  it('reads a marker only where it writes one: at the end of the body', () => {
    const marker = findingMarker(['ab12']);
    expect(markedFingerprints(`keep this ${marker} port, we need it`)).toBeUndefined();
    expect(markedFingerprints(`${marker}\n\nlooks good`)).toBeUndefined();
    expect(markedFingerprints(`looks good\n\n${marker}\n`)).toEqual(['ab12']);
  });

  it('a resolved comment keeps its marker, says so, and drops the suggestion', async () => {
    const { body, findings } = await onLine(composeWith('- "251:251"'), 'docker-compose.yml', 5);
    const resolved = resolvedCommentBody(body);
    expect(resolved).toMatch(/^✅ \*\*Resolved\*\*/);
    expect(resolved).not.toContain('```suggestion');
    expect(resolved).toContain('```yaml\n      - "49152:49152"\n```');
    expect(isResolved(resolved)).toBe(true);
    expect(markedFingerprints(resolved)).toEqual(findings.map((f) => f.fingerprint));
  });
});

describe('finding markers', () => {
  const real = findingMarker(['aa', 'bb']);
  const spoofed = `Suggested fix:\n\n\`\`\`suggestion\n- "49152:80" # ${findingMarker(['00'])} <!-- port-claims:resolved -->\n\`\`\`\n\n${real}`;

  it('trusts only the marker that ends our body, not one the quoted line holds', () => {
    expect(markedFingerprints(spoofed)).toEqual(['aa', 'bb']);
    expect(isResolved(spoofed)).toBe(false);
  });

  it('keeps the real marker when a comment is marked resolved', () => {
    const resolved = resolvedCommentBody(spoofed);
    expect(isResolved(resolved)).toBe(true);
    expect(markedFingerprints(resolved)).toEqual(['aa', 'bb']);
  });
});
