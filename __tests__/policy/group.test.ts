import { describe, expect, it } from 'vitest';
import { describePorts } from '../../src/policy/group.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { claim } from './helpers.js';

describe('describePorts', () => {
  it('joins runs and lists each port once', () => {
    expect(describePorts([252, 250, 251, 251, 260], 'tcp')).toBe('250-252, 260/tcp');
  });

  it('cuts a long list short, with the count, so a message stays readable', () => {
    const every3rd = Array.from({ length: 3000 }, (_, i) => i * 3);
    const text = describePorts(every3rd, 'udp');
    expect(text).toBe('0, 3, 6, 9, 12, 15, 18, 21, ... (3000 ports in all)/udp');
  });
});

describe('grouping claims into findings', () => {
  it('keeps two containers apart even when they share one anchored port list', () => {
    const span = { line: 4, column: 20, endLine: 4, endColumn: 23 };
    const base = {
      port: 251,
      span,
      manifest: 'kubernetes' as const,
      field: 'containerPort' as const,
    };
    const findings = evaluate({
      claims: [
        claim({ ...base, resource: 'Pod/p', container: 'a' }),
        claim({ ...base, resource: 'Pod/p', container: 'b' }),
      ],
      problems: [],
    });
    expect(findings.map((f) => f.message.slice(0, 40))).toEqual([
      'Pod/p (container "a") claims 251/tcp (co',
      'Pod/p (container "b") claims 251/tcp (co',
    ]);
  });

  it('does not send a nodePort to the dynamic range, which the API server would refuse', () => {
    const findings = evaluate({
      // 1023/tcp is Reserved; a cluster whose node-port range includes it could see this.
      claims: [
        claim({ port: 1023, manifest: 'kubernetes', field: 'nodePort', resource: 'Service/dns' }),
      ],
      problems: [],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.suggestion).toBeUndefined();
    expect(findings[0]!.message).toContain(
      "pick another nodePort from the cluster's node-port range",
    );
    expect(findings[0]!.message).not.toContain('49152-65535');
  });

  it('says a published port is ignored on the host network, and a container port binds there', () => {
    const findings = evaluate({
      claims: [
        claim({ port: 251, hostNetwork: true, field: 'ports.published' }),
        claim({ port: 252, hostNetwork: true, field: 'ports.target' }),
      ],
      problems: [],
    });
    expect(findings[0]!.message).toContain(
      '(ignored by the engine on the host network, but written in the file)',
    );
    expect(findings[1]!.message).toContain('(ports.target) on the host network');
  });
});
