import type { ParsedFile } from '../../src/parse/result.js';
import { parseManifest } from '../../src/parse/manifest.js';
import type { Hint } from '../../src/discover/discover.js';

export function parse(text: string, hint: Hint, env: Record<string, string> = {}): ParsedFile {
  const result = parseManifest('test.yml', text, hint, { composeEnv: () => (name) => env[name] });
  if (!result) throw new Error('not a manifest');
  return result;
}

/** Claims as compact rows: "field port/protocol @line:column". */
export function rows(result: ParsedFile): string[] {
  return result.claims.map(
    (c) =>
      `${c.resource} ${c.field} ${c.port}/${c.protocol}${c.hostIp ? ` ip=${c.hostIp}` : ''} @${c.span.line}:${c.span.column}`,
  );
}
