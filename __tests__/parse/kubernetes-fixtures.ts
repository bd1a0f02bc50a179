import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseManifest } from '../../src/parse/manifest.js';
import type { ParsedFile } from '../../src/parse/result.js';

export const KUBERNETES_FIXTURES = fileURLToPath(
  new URL('../fixtures/kubernetes/', import.meta.url),
);

/** Parses a fixture under __tests__/fixtures/kubernetes as the scanner would a `.yaml` file. */
export function parseFixture(path: string): ParsedFile | undefined {
  const text = readFileSync(KUBERNETES_FIXTURES + path, 'utf8');
  return parseManifest(path, text, 'yaml', { composeEnv: () => () => undefined });
}

export function parsedFixture(path: string): ParsedFile {
  const result = parseFixture(path);
  if (!result) throw new Error(`${path} was not recognised as a manifest`);
  return result;
}

/** "Kind/name container field port/protocol @line:column-endColumn [flags]" */
export function claimRows(result: ParsedFile): string[] {
  return result.claims.map((c) => {
    const flags = [
      c.hostIp !== undefined ? `ip=${c.hostIp}` : '',
      c.hostNetwork ? 'hostNetwork' : '',
      c.namespace !== undefined ? `ns=${c.namespace}` : '',
    ].filter(Boolean);
    const where = `@${c.span.line}:${c.span.column}-${c.span.endColumn}`;
    return [
      c.resource,
      c.container ?? '-',
      c.field,
      `${c.port}/${c.protocol}`,
      where,
      ...flags,
    ].join(' ');
  });
}

/** "code field @line:column message" */
export function problemRows(result: ParsedFile): string[] {
  return result.problems.map(
    (p) => `${p.code} ${p.field ?? '-'} @${p.span.line}:${p.span.column} ${p.message}`,
  );
}
