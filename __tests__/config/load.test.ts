import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';
import { writeTree, yaml } from '../helpers/tree.js';

/** The lines a user reads for an invalid config. */
function errorsOf(text: string): string[] {
  try {
    parseConfig(text, '.port-claims.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('parseConfig: each key', () => {
  it('reads the contract example', () => {
    const config = parseConfig(
      yaml`
        rules:                       # severity per rule: error | warning | notice | off
          unassigned-registered: off
        allow:                       # accepted claims; each needs a reason, shown in the summary
          - ports: [251]             # single ports or "start-end" strings
            protocol: tcp            # optional, default: any
            files: ["legacy/**"]     # optional globs
            reason: "internal protocol, registration pending with IANA"
        include: ["deploy/**"]       # optional globs, default everything
        exclude: ["test/fixtures/**"]
        env-files: [".env"]          # read for \${VAR} interpolation
      `,
      '.port-claims.yml',
    );
    expect(config).toEqual({
      rules: { 'unassigned-registered': 'off' },
      allow: [
        {
          ports: [{ start: 251, end: 251 }],
          protocol: 'tcp',
          files: ['legacy/**'],
          reason: 'internal protocol, registration pending with IANA',
        },
      ],
      include: ['deploy/**'],
      exclude: ['test/fixtures/**'],
      envFiles: ['.env'],
    });
  });

  it('reads every severity, for every rule', () => {
    const config = parseConfig(
      yaml`
        rules:
          unassigned-well-known: warning
          reserved-port: notice
          invalid-port: error
          host-port-conflict: off
          unresolved-port: error
          parse-error: notice
          unassigned-registered: error
      `,
      'c.yml',
    );
    expect(config.rules).toEqual({
      'unassigned-well-known': 'warning',
      'reserved-port': 'notice',
      'invalid-port': 'error',
      'host-port-conflict': 'off',
      'unresolved-port': 'error',
      'parse-error': 'notice',
      'unassigned-registered': 'error',
    });
  });

  it('reads ports as numbers, numeric strings and "start-end" ranges; protocol in any case', () => {
    const config = parseConfig(
      yaml`
        allow:
          - ports: [251, "252", "8000-8010", " 9000-9000 "]
            protocol: UDP
            reason: lab equipment
      `,
      'c.yml',
    );
    expect(config.allow).toEqual([
      {
        ports: [
          { start: 251, end: 251 },
          { start: 252, end: 252 },
          { start: 8000, end: 8010 },
          { start: 9000, end: 9000 },
        ],
        protocol: 'udp',
        reason: 'lab equipment',
      },
    ]);
  });

  it('reads clusters: groups of deployable globs, and render', () => {
    const config = parseConfig(
      yaml`
        clusters:
          - name: prod
            paths: ["k8s/prod/**", charts/api]
        render: off
      `,
      'c.yml',
    );
    expect(config.clusters).toEqual([{ name: 'prod', paths: ['k8s/prod/**', 'charts/api'] }]);
    expect(config.render).toBe('off');
  });

  it('treats an empty file, a file of comments and empty keys as no setting', () => {
    for (const text of [
      '',
      '# nothing yet\n',
      'rules:\nallow:\ninclude:\nexclude:\nenv-files:\n',
    ]) {
      expect(parseConfig(text, 'c.yml')).toEqual({ rules: {}, allow: [] });
    }
  });

  it('follows anchors and merge keys', () => {
    const config = parseConfig(
      yaml`
        allow:
          - &legacy
            ports: [251]
            reason: legacy
          - <<: *legacy
            protocol: udp
      `,
      'c.yml',
    );
    expect(config.allow).toEqual([
      { ports: [{ start: 251, end: 251 }], reason: 'legacy' },
      { ports: [{ start: 251, end: 251 }], protocol: 'udp', reason: 'legacy' },
    ]);
  });
});

describe('parseConfig: invalid configs, with the exact message', () => {
  it.each([
    [
      'a misspelt top-level key',
      'rule:\n  reserved-port: off\n',
      '.port-claims.yml:1:1: unknown key "rule" (did you mean "rules"?); expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
    ],
    [
      'an unknown key with nothing close',
      'severity: high\n',
      '.port-claims.yml:1:1: unknown key "severity"; expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
    ],
    [
      'a misspelt key of a compose project',
      'projects:\n  - files: [compose.yaml]\n    fiels: [compose.prod.yaml]\n',
      '.port-claims.yml:3:5: projects[0]: unknown key "fiels"; expected one of files',
    ],
    [
      'a compose project without files',
      'projects:\n  - files: []\n',
      '.port-claims.yml:2:12: projects[0].files must be a non-empty list of compose files, relative to the root scanned, in the order `docker compose -f` takes them (got a list)',
    ],
    [
      'a misspelt rule id',
      'rules:\n  unassigned-wellknown: off\n',
      '.port-claims.yml:2:3: rules: unknown rule "unassigned-wellknown" (did you mean "unassigned-well-known"?); expected one of unassigned-well-known, reserved-port, invalid-port, host-port-conflict, unresolved-port, parse-error, unassigned-registered',
    ],
    [
      'a severity that is not one',
      'rules:\n  reserved-port: warn\n',
      '.port-claims.yml:2:18: rules.reserved-port must be one of error, warning, notice, off (got "warn")',
    ],
    [
      'a boolean for a severity',
      'rules:\n  reserved-port: false\n',
      '.port-claims.yml:2:18: rules.reserved-port must be one of error, warning, notice, off (got false)',
    ],
    [
      'rules as a list',
      'rules: [reserved-port]\n',
      '.port-claims.yml:1:8: rules must be a mapping from rule id to severity (got a list)',
    ],
    [
      'allow as a mapping',
      'allow:\n  ports: [251]\n',
      '.port-claims.yml:2:3: allow must be a list of entries, each with ports and a reason (got a mapping)',
    ],
    [
      'an allow entry that is not a mapping',
      'allow: [251]\n',
      '.port-claims.yml:1:9: allow[0] must be a mapping with the keys ports, protocol, files, reason (got 251)',
    ],
    [
      'an allow entry without a reason',
      'allow:\n  - ports: [251]\n',
      '.port-claims.yml:2:5: allow[0] needs "reason": a non-empty text saying why these claims are accepted (the summary shows it)',
    ],
    [
      'an allow entry with an empty reason',
      'allow:\n  - ports: [251]\n    reason: "  "\n',
      '.port-claims.yml:3:13: allow[0].reason must be a non-empty text saying why these claims are accepted (the summary shows it) (got "  ")',
    ],
    [
      'an allow entry without ports',
      'allow:\n  - reason: legacy\n',
      '.port-claims.yml:2:5: allow[0] needs "ports": a non-empty list of ports and "start-end" ranges',
    ],
    [
      'an empty list of ports',
      'allow:\n  - ports: []\n    reason: legacy\n',
      '.port-claims.yml:2:12: allow[0].ports must be a non-empty list of ports and "start-end" ranges (got a list)',
    ],
    [
      'a single port instead of a list',
      'allow:\n  - ports: 251\n    reason: legacy\n',
      '.port-claims.yml:2:12: allow[0].ports must be a non-empty list of ports and "start-end" ranges (got 251)',
    ],
    [
      'a port above 65535',
      'allow:\n  - ports: [70000]\n    reason: legacy\n',
      '.port-claims.yml:2:13: allow[0].ports[0] must be a port 0-65535 or a "start-end" range such as "8000-8010" (got 70000: above 65535)',
    ],
    [
      'a reversed range',
      'allow:\n  - ports: ["9000-8000"]\n    reason: legacy\n',
      '.port-claims.yml:2:13: allow[0].ports[0] must be a port 0-65535 or a "start-end" range such as "8000-8010" (got "9000-8000": its start is after its end)',
    ],
    [
      'a fractional port',
      'allow:\n  - ports: [80.5]\n    reason: legacy\n',
      '.port-claims.yml:2:13: allow[0].ports[0] must be a port 0-65535 or a "start-end" range such as "8000-8010" (got 80.5: not a whole number)',
    ],
    [
      'a port spec with a protocol',
      'allow:\n  - ports: ["251/udp"]\n    reason: legacy\n',
      '.port-claims.yml:2:13: allow[0].ports[0] must be a port 0-65535 or a "start-end" range such as "8000-8010" (got "251/udp": not a port number or a range)',
    ],
    [
      'an unknown protocol',
      'allow:\n  - ports: [251]\n    protocol: http\n    reason: legacy\n',
      '.port-claims.yml:3:15: allow[0].protocol must be one of tcp, udp, sctp (got "http")',
    ],
    [
      'files as a single glob',
      'allow:\n  - ports: [251]\n    files: "legacy/**"\n    reason: legacy\n',
      '.port-claims.yml:3:12: allow[0].files must be a list of globs (got "legacy/**")',
    ],
    [
      'an empty glob in files',
      'allow:\n  - ports: [251]\n    files: [""]\n    reason: legacy\n',
      '.port-claims.yml:3:13: allow[0].files[0] must be a non-empty glob (got "")',
    ],
    [
      'a misspelt key in an allow entry',
      'allow:\n  - ports: [251]\n    reason: legacy\n    file: ["a/**"]\n',
      '.port-claims.yml:4:5: allow[0]: unknown key "file" (did you mean "files"?); expected one of ports, protocol, files, reason',
    ],
    [
      'include as a string',
      'include: deploy/**\n',
      '.port-claims.yml:1:10: include must be a list of globs (got "deploy/**")',
    ],
    [
      'a number among the exclude globs',
      'exclude: ["a/**", 3]\n',
      '.port-claims.yml:1:19: exclude[1] must be a non-empty glob (got 3)',
    ],
    [
      'env-files as a string',
      'env-files: .env\n',
      '.port-claims.yml:1:12: env-files must be a list of paths relative to the root scanned (got ".env")',
    ],
    [
      'a misspelt env-files',
      'env_files: [.env]\n',
      '.port-claims.yml:1:1: unknown key "env_files" (did you mean "env-files"?); expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
    ],
    [
      'clusters as a mapping',
      'clusters:\n  prod: ["k8s/**"]\n',
      '.port-claims.yml:2:3: clusters must be a list of groups, each with a name and paths (got a mapping)',
    ],
    [
      'a cluster without paths',
      'clusters:\n  - name: prod\n',
      '.port-claims.yml:2:5: clusters[0] needs "paths": a non-empty list of globs of deployable paths (directories, compose files, charts)',
    ],
    [
      'a cluster with an empty list of paths',
      'clusters:\n  - name: prod\n    paths: []\n',
      '.port-claims.yml:3:12: clusters[0].paths must be a non-empty list of globs of deployable paths (directories, compose files, charts) (got a list)',
    ],
    [
      'a misspelt key in a cluster',
      'clusters:\n  - name: prod\n    paths: [a]\n    path: ["k8s/**"]\n',
      '.port-claims.yml:4:5: clusters[0]: unknown key "path" (did you mean "paths"?); expected one of name, paths',
    ],
    [
      'render as a boolean',
      'render: false\n',
      '.port-claims.yml:1:9: render must be one of auto, off (got false)',
    ],
    [
      'a list at the top',
      '- rules\n',
      '.port-claims.yml:1:1: the config must be a mapping with the keys rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render (got a list)',
    ],
    [
      'a duplicate key',
      'rules:\n  reserved-port: off\nrules:\n  parse-error: off\n',
      '.port-claims.yml:3:1: duplicate key "rules" (first at line 1); keep one',
    ],
    [
      'invalid YAML',
      'rules: [reserved-port\n',
      '.port-claims.yml:2:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'two documents',
      'rules: {}\n---\nallow: []\n',
      '.port-claims.yml:3:1: holds 2 YAML documents; the config is one mapping',
    ],
  ])('%s', (_name, text, message) => {
    expect(errorsOf(text)).toEqual([message]);
  });

  it('reports every problem, in file order', () => {
    const text = yaml`
      exlude: ["a/**"]
      allow:
        - ports: [251, "x"]
      rules:
        reserved-port: warn
    `;
    expect(errorsOf(text)).toEqual([
      '.port-claims.yml:1:1: unknown key "exlude" (did you mean "exclude"?); expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
      '.port-claims.yml:3:5: allow[0] needs "reason": a non-empty text saying why these claims are accepted (the summary shows it)',
      '.port-claims.yml:3:18: allow[0].ports[1] must be a port 0-65535 or a "start-end" range such as "8000-8010" (got "x": not a port number or a range)',
      '.port-claims.yml:5:18: rules.reserved-port must be one of error, warning, notice, off (got "warn")',
    ]);
  });
});

describe('loadConfig', () => {
  const allow = (reason: string) => `allow:\n  - ports: [251]\n    reason: ${reason}\n`;

  it('reads .github/port-claims.yml or .port-claims.yml at the root, naming it relative to the cwd', async () => {
    const github = writeTree({ '.github/port-claims.yml': allow('github') });
    expect(await loadConfig({ root: github, cwd: github })).toMatchObject({
      file: '.github/port-claims.yml',
      allow: [{ reason: 'github' }],
    });
    const dotfile = writeTree({ 'deploy/.port-claims.yml': allow('dotfile') });
    expect(await loadConfig({ root: `${dotfile}/deploy`, cwd: dotfile })).toMatchObject({
      file: 'deploy/.port-claims.yml',
      allow: [{ reason: 'dotfile' }],
    });
  });

  it('returns an empty config when there is none', async () => {
    const root = writeTree({ 'compose.yaml': 'services: {}\n' });
    expect(await loadConfig({ root, cwd: root })).toEqual({ rules: {}, allow: [] });
  });

  it('refuses to choose between the two default files', async () => {
    const root = writeTree({
      '.github/port-claims.yml': allow('a'),
      '.port-claims.yml': allow('b'),
    });
    await expect(loadConfig({ root, cwd: root })).rejects.toThrow(
      "both .github/port-claims.yml and .port-claims.yml exist; keep one of them, or name one with --config (the action's config input)",
    );
  });

  it('reads an explicit file instead, relative to the cwd, and says when it cannot', async () => {
    const root = writeTree({
      '.port-claims.yml': allow('default'),
      'ci/ports.yml': allow('explicit'),
    });
    expect(await loadConfig({ root, cwd: root, explicit: 'ci/ports.yml' })).toMatchObject({
      file: 'ci/ports.yml',
      allow: [{ reason: 'explicit' }],
    });
    await expect(loadConfig({ root, cwd: root, explicit: 'ci/nope.yml' })).rejects.toThrow(
      'cannot read the config file ci/nope.yml: it does not exist',
    );
  });

  it('names the file it read in its errors, with the line for an annotation', async () => {
    const root = writeTree({ '.github/port-claims.yml': 'rulez: {}\n' });
    const error: unknown = await loadConfig({ root, cwd: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      {
        file: '.github/port-claims.yml',
        line: 1,
        column: 1,
        message:
          'unknown key "rulez" (did you mean "rules"?); expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
      },
    ]);
  });
});

describe('the README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /```yaml\n(# \.github\/port-claims\.yml\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it('gives a config example that is valid', () => {
    expect(parseConfig(example, '.github/port-claims.yml')).toMatchObject({
      rules: { 'unassigned-registered': 'off', 'unresolved-port': 'error' },
      allow: [{ protocol: 'tcp', files: ['legacy/**'] }],
    });
  });

  it('shows the errors a typo in it gives', () => {
    const shown = (typo: string, fixed: string): string => {
      expect(example).toContain(fixed);
      try {
        parseConfig(example.replace(fixed, typo), '.github/port-claims.yml');
      } catch (error) {
        return (error as ConfigError).lines.join('\n');
      }
      throw new Error(`${typo} was accepted`);
    };
    expect(readme).toContain(shown('unresolved-port: eror', 'unresolved-port: error'));
    expect(readme).toContain(shown('unassigned-wellknown: off', 'unassigned-registered: off'));
  });
});
