// The documentation a user lands on from a finding: every rule has a page that matches the rule,
// its examples do what the page says, and every finding links to it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../src/policy/docs.js';
import { buildReport } from '../src/report/build.js';
import { renderText } from '../src/report/text.js';
import { evaluate } from '../src/policy/evaluate.js';
import { RULES } from '../src/policy/rules/index.js';
import { claim } from './policy/helpers.js';
import { writeTree } from './helpers/tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const page = (id: string): string => readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8');

/** The files of a page's examples: `<!-- fires: NAME -->` or `<!-- fixed: NAME -->`, then a fence. */
function examples(markdown: string, kind: 'fires' | 'fixed'): Record<string, string> {
  const files: Record<string, string> = {};
  const pattern = new RegExp(`<!-- ${kind}: (\\S+) -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``, 'g');
  for (const [, name, body] of markdown.matchAll(pattern)) files[name!] = body!;
  return files;
}

async function rulesFiring(files: Record<string, string>): Promise<string[]> {
  const root = writeTree(files);
  const { findings } = await check({ paths: ['.'], cwd: root });
  return findings.map((f) => f.rule);
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  it('states the rule as the code defines it', () => {
    const text = page(id);
    expect(text.startsWith(`# \`${id}\`\n`)).toBe(true);
    expect(text).toContain(`> ${rule.summary}\n`);
    expect(text).toContain(`**Default severity:** ${rule.defaultSeverity} ·`);
    expect(text).toContain(`**Fix suggested:** ${rule.suggestsFix ? 'yes' : 'no'}`);
    for (const heading of ['## What it flags', '## Why', '## Example', '### Fix', '## Allowing it'])
      expect(text).toContain(`\n${heading}\n`);
  });

  it('has an example that fires and a fix that does not', async () => {
    const fires = examples(page(id), 'fires');
    const fixed = examples(page(id), 'fixed');
    expect(Object.keys(fires).length).toBeGreaterThan(0);
    expect(Object.keys(fixed).length).toBeGreaterThan(0);
    expect(await rulesFiring(fires)).toContain(id);
    expect(await rulesFiring(fixed)).not.toContain(id);
  });
});

describe('links from findings to rule pages', () => {
  it('points every rule at a page that exists in the repository', () => {
    for (const { id } of RULES) {
      const url = ruleDocsUrl(id);
      expect(url.startsWith(`${REPOSITORY_URL}/blob/main/`)).toBe(true);
      expect(existsSync(join(ROOT, url.slice(`${REPOSITORY_URL}/blob/main/`.length)))).toBe(true);
    }
  });

  it('links every rule that fired from the text report, and keeps messages one sentence', () => {
    const findings = evaluate({
      claims: [claim({ port: 251 }), claim({ port: 1028 })],
      problems: [
        {
          code: 'parse-error',
          file: 'bad.yaml',
          span: { line: 1, column: 1, endLine: 1, endColumn: 2 },
          message: 'bad.yaml is not valid YAML',
        },
      ],
    });
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'parse-error',
      'unassigned-registered',
      'unassigned-well-known',
    ]);
    for (const f of findings) expect(f.message).not.toContain('https://');
    const text = renderText(buildReport([], [], findings), { color: false });
    for (const f of findings) expect(text).toContain(`${f.rule}: ${ruleDocsUrl(f.rule)}`);
  });
});

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('lists every rule with its default severity and a link to its page', () => {
    for (const rule of RULES) {
      expect(readme).toMatch(
        new RegExp(
          `\\| \\[\`${rule.id}\`\\]\\(docs/rules/${rule.id}\\.md\\) +\\| ${rule.defaultSeverity} +\\|`,
        ),
      );
    }
  });

  it('has the action tables of action.yml, and `npm run docs -- --check` says when they drift', () => {
    const run = (root: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/docs.mjs'), '--check', '--root', root], {
        encoding: 'utf8',
      });
    expect(run(ROOT).status).toBe(0);

    const copy = writeTree({});
    for (const file of ['README.md', 'action.yml', '.prettierrc.json'])
      copyFileSync(join(ROOT, file), join(copy, file));
    const action = readFileSync(join(copy, 'action.yml'), 'utf8');
    writeFileSync(
      join(copy, 'action.yml'),
      action.replace('Newline- or comma-separated paths to scan.', 'Paths to scan.'),
    );
    const stale = run(copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('Run `npm run docs` and commit README.md.');
  });
});
