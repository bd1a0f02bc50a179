import type { ClassRun, PortClass, PortRange, PortStatus, Protocol } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { REGISTRY_DATE, REGISTRY_ROWS, REGISTRY_VERSION } from './registry.generated.js';

export { REGISTRY_DATE, REGISTRY_VERSION };

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

/** The class without IANA's words: what a claim keeps, one shared object per range and status. */
export type PortClassCore = Pick<PortClass, 'range' | 'status'>;

const CORES = new Map<string, PortClassCore>();

function coreOf(range: PortRange, status: PortStatus): PortClassCore {
  const key = `${range}/${status}`;
  let core = CORES.get(key);
  if (!core) CORES.set(key, (core = Object.freeze({ range, status })));
  return core;
}

/** The range and status of one port, without its service name: a shared, frozen object. */
export function classCore(port: number, protocol: Protocol): PortClassCore {
  table ??= load();
  const code = table.status[port * 4 + PROTOCOLS.indexOf(protocol)] ?? STATUS_UNASSIGNED;
  return coreOf(rangeOf(port), STATUS_NAMES[code] ?? 'unassigned');
}

/**
 * Per protocol, where each run of one range and status starts, and its class: a range's
 * classes are read from here in O(log runs + its runs), never port by port.
 */
interface RunTable {
  starts: Int32Array;
  classes: PortClassCore[];
}

const runTables = new Map<Protocol, RunTable>();

function runTable(protocol: Protocol): RunTable {
  let runs = runTables.get(protocol);
  if (runs) return runs;
  const starts: number[] = [];
  const classes: PortClassCore[] = [];
  for (let port = 0; port <= 65535; port++) {
    const core = classCore(port, protocol);
    if (classes.at(-1) !== core) {
      starts.push(port);
      classes.push(core);
    }
  }
  runs = { starts: Int32Array.from(starts), classes };
  runTables.set(protocol, runs);
  return runs;
}

/** The index of the run that holds `port`. */
function runAt(runs: RunTable, port: number): number {
  let low = 0;
  let high = runs.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((runs.starts[mid] as number) <= port) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Calls `each` for every run of one class in `from`-`to`, in order, adjacent runs merged. */
export function forEachClassRun(
  from: number,
  to: number,
  protocol: Protocol,
  each: (from: number, to: number, core: PortClassCore) => void,
): void {
  const runs = runTable(protocol);
  for (let i = runAt(runs, from), start = from; start <= to; i++) {
    const next = i + 1 < runs.starts.length ? (runs.starts[i + 1] as number) : 65536;
    const end = Math.min(to, next - 1);
    each(start, end, runs.classes[i] as PortClassCore);
    start = end + 1;
  }
}

/** Same-sized lists of runs are the same list for ranges written many times. */
const runsMemo = new Map<string, readonly ClassRun[]>();
const RUNS_MEMO_LIMIT = 4096;

/**
 * The classes of `from`-`to` as runs of one range and status (adjacent runs of the same class
 * merged): what a range claim reports instead of one class per port. The lists are shared and
 * frozen, so that many claims of one range cost one list.
 */
export function classRuns(from: number, to: number, protocol: Protocol): readonly ClassRun[] {
  const key = `${protocol}/${from}-${to}`;
  const known = runsMemo.get(key);
  if (known) return known;
  const out: ClassRun[] = [];
  forEachClassRun(from, to, protocol, (start, end, core) =>
    out.push(Object.freeze({ from: start, to: end, range: core.range, status: core.status })),
  );
  Object.freeze(out);
  if (runsMemo.size >= RUNS_MEMO_LIMIT) runsMemo.clear();
  runsMemo.set(key, out);
  return out;
}
