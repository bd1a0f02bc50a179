// The config file's JSON Schema (schema/config.schema.json, written by `npm run docs`): fresh, made
// from the loader's own zod schema, in agreement with the loader on what is valid, and valid for
// every config snippet the documentation shows; `$schema:` and the yaml-language-server comment
// are accepted by the loader.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { CONFIG_KEYS } from '../../src/config/schema.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')) as {
  $id: string;
  properties: Record<string, unknown>;
  additionalProperties: unknown;
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Whether the loader takes the text, as `port-claims` would (exit 2 otherwise). */
function loads(text: string): boolean {
  try {
    parseConfig(text, '.port-claims.yml');
    return true;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}

/**
 * Every config file the documentation shows: a YAML block whose first line names the file
 * (`# .github/port-claims.yml`, `# .port-claims.yml`), in the README and the docs, and every such
 * file in the repository.
 */
function documentedConfigs(): [string, string][] {
  const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !f.startsWith('__tests__/fixtures/'));
  const found: [string, string][] = [];
  for (const file of markdown) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, body] of text.matchAll(
      /```ya?ml\n(# (?:\.github\/)?\.?port-claims\.yml[^\n]*\n[\s\S]*?)```/g,
    )) {
      found.push([`${file}: ${body!.split('\n')[1]}`, body!]);
    }
  }
  const files = execFileSync('git', ['ls-files', '*port-claims.yml'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(
      (f) =>
        f !== '' && !f.startsWith('__tests__/fixtures/') && !f.startsWith('.github/workflows/'),
    );
  for (const file of files) found.push([file, readFileSync(join(ROOT, file), 'utf8')]);
  return found;
}

describe('schema/config.schema.json', () => {
  it('is what `npm run docs` makes of the zod schema (CI runs `npm run docs -- --check`)', () => {
    const check = execFileSync(process.execPath, ['scripts/docs.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(check).toContain('schema/config.schema.json: matches src/config/schema.ts.');
  });

  it('has every key the loader knows, and no other', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...CONFIG_KEYS].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  const documented = documentedConfigs();

  it('finds the documentation’s config snippets', () => {
    expect(documented.length).toBeGreaterThanOrEqual(6);
  });

  it.each(documented)('accepts %s, as the loader does', (_name, text) => {
    expect(validate(parse(text) ?? {}), JSON.stringify(validate.errors)).toBe(true);
    expect(loads(text)).toBe(true);
  });

  it.each([
    ['an unknown key', 'rule:\n  parse-error: off\n'],
    ['an unknown rule', 'rules:\n  unassigned-wellknown: off\n'],
    ['a bad severity', 'rules:\n  parse-error: eror\n'],
    ['an allow entry without a reason', 'allow:\n  - ports: [251]\n'],
    [
      'an allow entry with an unknown key',
      'allow:\n  - ports: [251]\n    reason: x\n    port: 1\n',
    ],
    ['include as a string', 'include: deploy/**\n'],
    ['an empty ports list', 'allow:\n  - ports: []\n    reason: x\n'],
  ])('rejects %s, as the loader does', (_name, text) => {
    expect(validate(parse(text))).toBe(false);
    expect(loads(text)).toBe(false);
  });

  it('is accepted as `$schema:` and through the yaml-language-server comment', () => {
    const withKey = `$schema: ${schema.$id}\nrules:\n  unassigned-registered: off\n`;
    const withComment = `# yaml-language-server: $schema=${schema.$id}\nrules:\n  unassigned-registered: off\n`;
    for (const text of [withKey, withComment]) {
      expect(loads(text)).toBe(true);
      expect(validate(parse(text))).toBe(true);
    }
    expect(parseConfig(withKey, '.port-claims.yml').rules).toEqual({
      'unassigned-registered': 'off',
    });
  });
});
