import { assembleProjects } from '../../src/resolve/compose-project.js';
import type { ParsedFile } from '../../src/parse/result.js';
import { parseManifest } from '../../src/parse/manifest.js';
import type { Hint } from '../../src/discover/discover.js';

/**
 * Parses one file as the scan does. A compose file's claims come from the project pass, here
 * with the file as a project of its own and no other file readable.
 */
export function parse(text: string, hint: Hint, env: Record<string, string> = {}): ParsedFile {
  const result = parseManifest('test.yml', text, hint, { composeEnv: () => (name) => env[name] });
  if (!result) throw new Error('not a manifest');
  if (result.compose) {
    const assembled = assembleProjects([{ path: '/test.yml', model: result.compose }], () => ({
      error: 'is not in this test',
      notRead: true,
    }));
    result.claims = assembled.claims;
    result.problems = [...result.problems, ...assembled.problems];
  }
  return result;
}

/** Claims as compact rows: "field port/protocol @line:column". */
export function rows(result: ParsedFile): string[] {
  return result.claims.map(
    (c) =>
      `${c.resource} ${c.field} ${c.port}${c.endPort !== undefined ? `-${c.endPort}` : ''}/${c.protocol}${c.hostIp ? ` ip=${c.hostIp}` : ''} @${c.span.line}:${c.span.column}`,
  );
}
