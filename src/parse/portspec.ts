// Port specs as docker compose v2 reads them (compose-go over go-connections' ParsePortSpec).
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
  published?: PortRangeText;
  target: PortRangeText;
  protocol: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** `N` or `N-M`, as ParsePortRange takes it: decimal, 0-65535, not reversed. */
export function parsePortRange(text: string, offset = 0): Parsed<PortRangeText> {
  const dash = text.indexOf('-');
  const startText = dash < 0 ? text : text.slice(0, dash);
  const endText = dash < 0 ? text : text.slice(dash + 1);
  const start = parsePortNumber(startText);
  const end = parsePortNumber(endText);
  if (typeof start === 'string') return { ok: false, error: start };
  if (typeof end === 'string') return { ok: false, error: end };
  if (end < start) return { ok: false, error: `the range ${text} is reversed` };
  return { ok: true, value: { start, end, offset, length: text.length } };
}

function parsePortNumber(text: string): number | string {
  if (text === '') return 'a port number is missing';
  if (!/^\d+$/.test(text)) return `"${text}" is not a port number`;
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

/** `[[IP:]HOST:]CONTAINER[/PROTOCOL]`, each port part a number or a range. */
export function parseShortPortSpec(spec: string): Parsed<ShortPortSpec> {
  const parts = spec.split(':');
  const n = parts.length;
  let ip = '';
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
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && isIP(ip) === 0) {
    return { ok: false, error: `"${ip}" is not an IP address (a host name cannot be used here)` };
  }
  if (container === '') return { ok: false, error: 'no container port is given' };

  const slash = container.indexOf('/');
  const portText = slash < 0 ? container : container.slice(0, slash);
  const protocol = parseProtocol(slash < 0 ? 'tcp' : container.slice(slash + 1));
  if (!protocol.ok) return protocol;
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
  if (ip !== '') value.hostIp = ip;
  if (published) value.published = published;
  return { ok: true, value };
}
