// Amplification cases (issue 14, issue 15 item 6): a few KB of ports that expand to millions when a
// range is held port by port. Each is one small tree, timed as a scan with a JSON report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AmplificationCase {
  name: string;
  what: string;
  files: Record<string, string>;
}

/** 200 services, each publishing every port: 400 claims, 199 conflicts of 65,535 ports. */
function everyPortPublished(): AmplificationCase {
  const services = Array.from(
    { length: 200 },
    (_, i) => `  s${i}:\n    image: x\n    ports: ["1-65535:1-65535"]\n`,
  );
  return {
    name: 'publish-all-200',
    what: '200 services publishing "1-65535:1-65535"',
    files: { 'compose.yaml': `services:\n${services.join('')}` },
  };
}

/** 400 distinct wide expose ranges in one service, tcp and udp. */
function wideExposeRanges(): AmplificationCase {
  const items = Array.from(
    { length: 400 },
    (_, i) => `      - "${1 + i * 7}-${65535 - i * 11}${i % 2 ? '/udp' : ''}"\n`,
  );
  return {
    name: 'expose-ranges-400',
    what: '400 wide expose ranges in one service',
    files: { 'compose.yaml': `services:\n  wide:\n    image: x\n    expose:\n${items.join('')}` },
  };
}

export const CASES: readonly (() => AmplificationCase)[] = [everyPortPublished, wideExposeRanges];

/** Writes a case under `root` (overwriting) and returns its directory and size in bytes. */
export function writeCase(root: string, c: AmplificationCase): { dir: string; bytes: number } {
  const dir = join(root, c.name);
  let bytes = 0;
  for (const [path, content] of Object.entries(c.files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
    bytes += Buffer.byteLength(content);
  }
  return { dir, bytes };
}
