// Port specs as docker compose v2 reads them: compose-go hands short syntax to go-connections'
// nat.ParsePortSpec, whose current version is followed here (where older versions differ, the
// closing note of issue 3 lists it).
import { isIP } from 'node:net';

export interface PortRangeText {
  start: number;
  end: number;
  /** Where the range's text starts inside the spec, and how long it is. */
  offset: number;
  length: number;
}

export interface ShortPortSpec {
  hostIp?: string;
  /** Where the host IP is written (without brackets), for telling what a variable fed. */
  hostIpAt?: { offset: number; length: number };
  published?: PortRangeText;
  target: PortRangeText;
  protocol: string;
  /** Where the protocol is written after the `/`, when it is. */
  protocolAt?: { offset: number; length: number };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/**
 * `N` or `N-M`, as go-connections' parsePortRange takes it: the text is cut at the first `-`,
 * each side is a base-10 integer (leading zeros and a `+` sign allowed, as strconv.ParseInt
 * allows them) within 0-65535, and the end is not below the start.
 */
export function parsePortRange(text: string, offset = 0): Parsed<PortRangeText> {
  if (text === '') return { ok: false, error: 'a port number is missing' };
  const dash = text.indexOf('-');
  const startText = dash < 0 ? text : text.slice(0, dash);
  const endText = dash < 0 ? text : text.slice(dash + 1);
  const start = parsePortNumber(startText);
  if (typeof start === 'string') return { ok: false, error: start };
  // "80-80" is the single port 80.
  const end = dash < 0 || endText === startText ? start : parsePortNumber(endText);
  if (typeof end === 'string') return { ok: false, error: end };
  if (end < start) return { ok: false, error: `the range ${text} is reversed` };
  return { ok: true, value: { start, end, offset, length: text.length } };
}

function parsePortNumber(text: string): number | string {
  if (text === '') return 'a port number is missing';
  if (!/^\+?\d+$/.test(text)) return `"${text}" is not a port number`;
  const n = Number(text);
  if (n > 65535) return `${text} is outside 0-65535`;
  return n;
}

export function parseProtocol(text: string): Parsed<string> {
  const protocol = text.toLowerCase();
  if (!PROTOCOLS.has(protocol)) {
    return { ok: false, error: `"${text}" is not a protocol (tcp, udp or sctp)` };
  }
  return { ok: true, value: protocol };
}

/**
 * An IP address as Go's net.ParseIP takes it: IPv4 or IPv6, no zone, no brackets. A host name
 * is not an address: the engine binds addresses only.
 */
export function isIpAddress(text: string): boolean {
  return !text.includes('%') && isIP(text) !== 0;
}

/**
 * `[[IP:]HOST:]CONTAINER[/PROTOCOL]`, each port part a number or a range. Split as
 * go-connections does: one part is the container port, two are host and container, more make
 * everything before the last two the IP (so an unbracketed IPv6 address works).
 */
export function parseShortPortSpec(spec: string): Parsed<ShortPortSpec> {
  const parts = spec.split(':');
  const n = parts.length;
  let ip = '';
  let ipOffset = 0;
  let host = '';
  let hostOffset = 0;
  const container = parts[n - 1] ?? '';
  const containerOffset = spec.length - container.length;
  if (n === 2) {
    host = parts[0] ?? '';
  } else if (n >= 3) {
    ip = parts.slice(0, n - 2).join(':');
    host = parts[n - 2] ?? '';
    hostOffset = ip.length + 1;
  }

  const slash = container.indexOf('/');
  const portText = slash < 0 ? container : container.slice(0, slash);
  const protocolText = slash < 0 ? '' : container.slice(slash + 1);
  if (portText === '') return { ok: false, error: 'no container port is given' };
  const protocol = parseProtocol(protocolText === '' ? 'tcp' : protocolText);
  if (!protocol.ok) return protocol;

  if (ip.startsWith('[')) {
    if (!ip.endsWith(']')) return { ok: false, error: `"${ip}" is not a bracketed IP address` };
    ip = ip.slice(1, -1);
    ipOffset = 1;
  }
  if (ip !== '' && !isIpAddress(ip)) {
    return {
      ok: false,
      error: `"${ip}" is not an IP address (docker binds addresses, not host names)`,
    };
  }

  const target = parsePortRange(portText, containerOffset);
  if (!target.ok) return { ok: false, error: `invalid container port: ${target.error}` };

  let published: PortRangeText | undefined;
  if (host !== '') {
    const parsed = parsePortRange(host, hostOffset);
    if (!parsed.ok) return { ok: false, error: `invalid host port: ${parsed.error}` };
    published = parsed.value;
    const targetSpan = target.value.end - target.value.start;
    const hostSpan = published.end - published.start;
    // A host range may face one container port (the engine picks one); else lengths must match.
    if (targetSpan !== hostSpan && targetSpan !== 0) {
      return {
        ok: false,
        error: `the host range ${host} and the container range ${portText} differ in length`,
      };
    }
  }
  const value: ShortPortSpec = { target: target.value, protocol: protocol.value };
  if (ip !== '') {
    value.hostIp = ip;
    value.hostIpAt = { offset: ipOffset, length: ip.length };
  }
  if (published) value.published = published;
  if (slash >= 0) {
    value.protocolAt = { offset: containerOffset + slash + 1, length: protocolText.length };
  }
  return { ok: true, value };
}
