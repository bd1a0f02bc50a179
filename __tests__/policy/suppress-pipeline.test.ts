// Inline ignores through the whole engine, where files reach the scan by other ways than the walk.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { writeTree, yaml } from '../helpers/tree.js';

describe('inline ignores in files the walk does not find', () => {
  it('apply in a file that a compose file extends', async () => {
    const root = writeTree({
      'compose.yaml': yaml`
        services:
          web:
            extends: {file: common.yml, service: base}
      `,
      'common.yml': yaml`
        services:
          base:
            image: nginx
            ports:
              - "251:80" # port-claims: ignore unassigned-well-known -- shared legacy base
              # port-claims: ignore reserved-port -- nothing to match
              - "8080:80"
      `,
    });
    const { findings } = await check({ paths: ['.'], cwd: root });
    expect(
      findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line} ${f.suppressed ?? '-'}`),
    ).toEqual([
      'unassigned-well-known error common.yml:5 shared legacy base',
      'reserved-port notice common.yml:6 -',
    ]);
  });
});
