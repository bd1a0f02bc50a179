// The proof of the tracing: change the number a claim points at, in a copy of the fixture, and
// the rendered port at that place must change with it. A claim traced to the wrong line (a
// base the overlay overrides, a patch that only names the port) fails here.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types.js';
import { scan } from '../../../src/scan.js';

const SHOP = fileURLToPath(new URL('../../fixtures/kustomize/shop', import.meta.url));
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'port-claims-perturb-'));
  copies.push(dir);
  cpSync(SHOP, dir, { recursive: true });
  return dir;
}

async function claimsOf(dir: string): Promise<Claim[]> {
  return (await scan({ paths: ['.'], cwd: dir })).claims;
}

const where = (c: Claim): string => `${c.file}:${c.span.line}:${c.span.column} ${c.field}`;
const builds = (c: Claim): string[] => c.deployable?.variants ?? [c.deployable?.path ?? ''];

/** Rewrites the digits a claim points at. */
function perturb(dir: string, claim: Claim, port: number): void {
  const path = join(dir, claim.file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const line = lines[claim.span.line - 1] as string;
  const digits = claim.digits as { start: number; end: number };
  const at = claim.span.column - 1;
  lines[claim.span.line - 1] =
    line.slice(0, at + digits.start) + String(port) + line.slice(at + digits.end);
  writeFileSync(path, lines.join('\n'));
}

describe('tracing, proved by perturbation', async () => {
  const baseline = await claimsOf(copy());
  // A named targetPort's line holds a name, not the number: it cannot be perturbed so.
  const numeric = baseline.filter((c) => c.digits !== undefined);

  it('traces every claim of the fixture to a line that holds its digits', () => {
    expect(numeric.length).toBe(12);
    expect(baseline.length - numeric.length).toBe(2);
  });

  it.each(numeric.map((c, i) => [where(c), c, 40000 + i] as const))(
    '%s: the claimed line moves the rendered port',
    async (_, claim, port) => {
      const dir = copy();
      perturb(dir, claim, port);
      const after = await claimsOf(dir);
      const moved = after.filter((c) => where(c) === where(claim));
      // The same builds now deploy the new number from that same place, and nothing else there.
      expect(moved.map((c) => [c.port, builds(c)])).toEqual([[port, builds(claim)]]);
      expect(after.some((c) => c.port === claim.port && where(c) === where(claim))).toBe(false);
    },
  );
});
