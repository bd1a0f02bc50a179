// The config's `charts:` key: Helm charts' values beyond values.yaml and ci/*-values.yaml.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { yaml } from '../helpers/tree.js';

function errorsOf(text: string): string[] {
  try {
    parseConfig(text, '.port-claims.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('config charts:', () => {
  it('reads the contract example, with where each set value is written', () => {
    const config = parseConfig(
      yaml`
        charts:                      # Helm charts: values beyond values.yaml and ci/*-values.yaml
          - path: charts/api
            values: [charts/api/values-prod.yaml]
            set: {service.type: NodePort, service.port: 251, debug: true}
          - path: charts/web
      `,
      '.port-claims.yml',
    );
    expect(config.charts).toEqual([
      {
        path: 'charts/api',
        values: ['charts/api/values-prod.yaml'],
        set: [
          {
            key: 'service.type',
            value: 'NodePort',
            span: { line: 4, column: 25, endLine: 4, endColumn: 33 },
          },
          {
            key: 'service.port',
            value: 251,
            span: { line: 4, column: 49, endLine: 4, endColumn: 52 },
          },
          { key: 'debug', value: true, span: { line: 4, column: 61, endLine: 4, endColumn: 65 } },
        ],
      },
      { path: 'charts/web', values: [], set: [] },
    ]);
  });

  it('names the key, the line and the expected form of every mistake', () => {
    expect(
      errorsOf(yaml`
        charts:
          - values: [a.yaml]
          - path: charts/api
            valeus: [b.yaml]
          - path: charts/web
            values: charts/web/prod.yaml
            set:
              service.port: [251]
          - charts/db
      `),
    ).toEqual([
      '.port-claims.yml:2:5: charts[0] needs "path": the chart directory, relative to the root scanned',
      '.port-claims.yml:4:5: charts[1]: unknown key "valeus" (did you mean "values"?); expected one of path, values, set',
      '.port-claims.yml:6:13: charts[2].values must be a list of values files, relative to the root scanned (got "charts/web/prod.yaml")',
      '.port-claims.yml:8:21: charts[2].set.service.port must be a string, a number or true/false (got a list)',
      '.port-claims.yml:9:5: charts[3] must be a mapping with the keys path, values, set (got "charts/db")',
    ]);
  });
});
