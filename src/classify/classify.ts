import type { PortClass, PortRange, PortStatus, Protocol } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { REGISTRY_ROWS, REGISTRY_VERSION } from './registry.generated.js';

export { REGISTRY_VERSION };

const STATUS_UNASSIGNED = 0;
const STATUS_ASSIGNED = 1;
const STATUS_NAMES: readonly PortStatus[] = ['unassigned', 'assigned', 'private-use', 'reserved'];

interface Table {
  /** Status code per `port * 4 + protocol index`. */
  status: Uint8Array;
  /** Row index per `port * 4 + protocol index`, for assigned entries. */
  row: Int32Array;
  names: string[];
  descriptions: string[];
}

let table: Table | undefined;

/** IANA marks what is not a service with an empty name and a description saying what it is. */
export function statusOfRow(name: string, description: string): PortStatus {
  if (name !== '') return 'assigned';
  if (/^reserved/i.test(description)) return 'reserved';
  if (/^any private/i.test(description)) return 'private-use';
  // "Unassigned", "Unassigned [was netstat]", "De-registered", "Possibly used by Sun Solaris????"
  return 'unassigned';
}

function load(): Table {
  const status = new Uint8Array(65536 * 4);
  const row = new Int32Array(65536 * 4).fill(-1);
  const names: string[] = [];
  const descriptions: string[] = [];
  for (const line of REGISTRY_ROWS.split('\n')) {
    const [portText = '', maskText = '', name = '', description = ''] = line.split('\t');
    const port = Number(portText);
    const mask = Number(maskText);
    const code = STATUS_NAMES.indexOf(statusOfRow(name, description));
    let index = -1;
    if (code === STATUS_ASSIGNED) {
      index = names.length;
      names.push(name);
      descriptions.push(description);
    }
    for (let p = 0; p < PROTOCOLS.length; p++) {
      if (mask & (1 << p)) {
        status[port * 4 + p] = code;
        row[port * 4 + p] = index;
      }
    }
  }
  return { status, row, names, descriptions };
}

export function rangeOf(port: number): PortRange {
  if (port <= 1023) return 'well-known';
  if (port <= 49151) return 'registered';
  return 'dynamic';
}

/** The IANA class of one port for one transport protocol. Pure: the table is built once. */
export function classify(port: number, protocol: Protocol): PortClass {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port out of range: ${port}`);
  }
  table ??= load();
  const key = port * 4 + PROTOCOLS.indexOf(protocol);
  const code = table.status[key] ?? STATUS_UNASSIGNED;
  const result: PortClass = { range: rangeOf(port), status: STATUS_NAMES[code] ?? 'unassigned' };
  if (code === STATUS_ASSIGNED) {
    const index = table.row[key] ?? -1;
    result.service = table.names[index] ?? '';
    result.description = table.descriptions[index] ?? '';
  }
  return result;
}
