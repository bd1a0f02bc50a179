import type { Protocol } from '../types.js';
import { PROTOCOLS } from '../types.js';

export interface ClassifySpec {
  start: number;
  end: number;
  protocol: Protocol;
}

/** Parses `PORT[-END][/PROTOCOL]` as `port-claims classify` takes it; protocol defaults to tcp. */
export function parseClassifySpec(text: string): ClassifySpec | { error: string } {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/([A-Za-z]+))?$/.exec(text.trim());
  if (!match) return { error: `"${text}" is not PORT[-END][/PROTOCOL]` };
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  const protocol = (match[3] ?? 'tcp').toLowerCase();
  if (start > 65535 || end > 65535) return { error: `"${text}": ports go from 0 to 65535` };
  if (end < start) return { error: `"${text}": the range is reversed` };
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    return { error: `"${text}": protocol must be one of ${PROTOCOLS.join(', ')}` };
  }
  return { start, end, protocol: protocol as Protocol };
}
