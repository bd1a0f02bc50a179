// Property-based tests of the whole engine: the fixture manifests mutated at random, and manifests
// of random port specs. Whatever the files hold, the scan finishes, every claim's port is 0-65535,
// every span lies inside its file, and the JSON report validates against its own schema.
import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderJson } from '../../src/report/json.js';
import { reportSchema } from '../../src/report/schema.js';
import type { JsonReport, Report } from '../../src/types.js';
import { writeTree } from '../helpers/tree.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from './fuzz-settings.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const MANIFEST = /(^|\/)(docker-)?compose[^/]*\.ya?ml$|Dockerfile[^/]*$|\.ya?ml$/;

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : fixtureFiles(path);
    return MANIFEST.test(path) ? [relative(FIXTURES, path)] : [];
  });
}

const fixtures = fixtureFiles(FIXTURES).map((file) => ({
  // The base name keeps what the file is recognised by; the folder keeps names apart.
  name: basename(file),
  text: readFileSync(join(FIXTURES, file), 'utf8'),
}));

/** What the scanner reads for a file: a UTF-8 byte order mark dropped, bad bytes as U+FFFD. */
const decoded = (bytes: Buffer): string => new TextDecoder('utf-8').decode(bytes);

/** The invariants every scan keeps, whatever the files hold. */
function expectSound(scanned: Report, files: Map<string, Buffer>): void {
  const report = JSON.parse(renderJson(scanned)) as JsonReport;
  expect(reportSchema.safeParse(report).error).toBeUndefined();
  const lines = new Map([...files].map(([file, bytes]) => [file, decoded(bytes).split('\n')]));
  const inside = (file: string, line: number, column: number, what: string): void => {
    const text = lines.get(file);
    expect(text, `${what} in a file of the scan: ${file}`).toBeDefined();
    const lineText = text?.[line - 1];
    expect(lineText, `${what} line ${line} of ${text?.length} in ${file}`).toBeDefined();
    expect(column, `${what} ${file}:${line}:${column}`).toBeLessThanOrEqual(
      (lineText ?? '').length + 1,
    );
  };
  for (const c of report.claims) {
    expect(Number.isInteger(c.port) && c.port >= 0 && c.port <= 65535).toBe(true);
    inside(c.file, c.line, c.column, 'claim');
  }
  for (const f of report.findings) {
    inside(f.file, f.line, f.column, `${f.rule} start`);
    inside(f.file, f.endLine, f.endColumn, `${f.rule} end`);
    for (const port of f.ports ?? []) expect(port >= 0 && port <= 65535).toBe(true);
  }
}

async function scanTree(tree: Record<string, string | Buffer>): Promise<void> {
  const root = writeTree(tree);
  try {
    const { report } = await check({ paths: ['.'], cwd: root });
    const files = new Map(Object.entries(tree).map(([f, c]) => [f, Buffer.from(c)]));
    expectSound(report, files);
  } catch (error) {
    // fast-check shows the generators' values; the files they made are what a person needs.
    const files = Object.entries(tree).map(([f, c]) => `${f}: ${JSON.stringify(String(c))}`);
    throw new Error(`${(error as Error).message}\n${files.join('\n')}`, { cause: error });
  } finally {
    // Thousands of runs in one test: each tree goes as soon as it is scanned.
    rmSync(root, { recursive: true, force: true });
  }
}

/** Pieces of YAML, compose, Kubernetes and Dockerfile syntax, and of what breaks them. */
const TOKENS = [
  ...': - [ ] { } , & * ! | > " \' # % @ ` \\ $ ? ~'.split(' '),
  '\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '<<: *a',
  '<<: [*a, *a]',
  '!!str ',
  '!reset ',
  '!override ',
  '${X}',
  '${X:-80}',
  '${X:?err}',
  '$$',
  '0',
  '-1',
  '80',
  '251',
  '65535',
  '65536',
  '99999999999999999999',
  '1e3',
  '0x50',
  '8000-8010',
  '9000-8000',
  '/udp',
  '/sctp',
  '/TCP',
  '/http',
  '127.0.0.1:',
  '[::1]:',
  'ports:',
  'expose:',
  'containerPort: ',
  'targetPort: http',
  'nodePort: ',
  'EXPOSE ',
  'FROM x AS y\n',
  'ARG P=81\n',
  '{{ .Values.port }}',
  '# port-claims: ignore unassigned-well-known -- why\n',
  '\uFEFF',
  '\u202e',
  'é',
  '𝄞',
  '\ud800',
];

type Mutation = (text: string) => string;
const at = (text: string, position: number): number =>
  text.length ? position % (text.length + 1) : 0;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([p, token]) => (text: string) => {
    const i = at(text, p);
    return text.slice(0, i) + token + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([p, n]) => (text: string) => {
    const i = at(text, p);
    return text.slice(0, i) + text.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
    const lines = text.split('\n');
    const [i, j] = [a % lines.length, b % lines.length];
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    return lines.join('\n');
  }),
  fc.nat().map((a) => (text: string) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    lines.splice(i, 0, lines[i] as string);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -70000, max: 140000 })).map(([a, n]) => (text: string) => {
    const numbers = [...text.matchAll(/\d+/g)];
    const m = numbers.length ? numbers[a % numbers.length] : undefined;
    if (!m || m.index === undefined) return text;
    return text.slice(0, m.index) + String(n) + text.slice(m.index + m[0].length);
  }),
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => `\uFEFF${text}`),
);

describe('the scan of mutated fixture manifests', () => {
  it(
    'never throws, claims ports 0-65535, and points inside its files',
    async () => {
      expect(fixtures.length).toBeGreaterThan(20);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fixtures),
          fc.array(mutation, { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          async (fixture, mutations, invalidByte) => {
            const text = mutations.reduce((t, m) => m(t), fixture.text);
            let content: string | Buffer = text;
            if (invalidByte) {
              // A byte that is not UTF-8, somewhere in the file.
              const bytes = Buffer.from(text);
              const i = bytes.length ? text.length % bytes.length : 0;
              content = Buffer.concat([
                bytes.subarray(0, i),
                Buffer.from([0xe9]),
                bytes.subarray(i),
              ]);
            }
            await scanTree({ [fixture.name]: content });
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});

const number = fc.oneof(
  fc.integer({ min: -10, max: 70000 }),
  fc.constantFrom(0, 1, 80, 251, 1023, 1024, 49151, 49152, 65535, 65536, 99999),
);
const portText = fc.oneof(
  number.map(String),
  // Ranges stay short: each port of a range is a claim.
  fc.tuple(number, fc.integer({ min: -3, max: 20 })).map(([a, d]) => `${a}-${a + d}`),
  fc.constantFrom('${P}', '${P:-8080}', '${P:-70000}', '${P-251}', 'http', '', '08080', '+80'),
);
const protocol = fc.constantFrom('', '/tcp', '/udp', '/sctp', '/TCP', '/icmp', '/');
const host = fc.constantFrom('', '127.0.0.1:', '0.0.0.0:', '[::1]:', '::1:', 'localhost:', ':');
const spec = fc
  .tuple(host, fc.option(portText, { nil: undefined }), portText, protocol)
  .map(([h, published, target, proto]) =>
    published === undefined ? `${h}${target}${proto}` : `${h}${published}:${target}${proto}`,
  );
const quoted = (s: string, style: number): string =>
  style === 0 ? JSON.stringify(s) : style === 1 ? `'${s.replace(/'/g, "''")}'` : s || '""';
const scalar = fc.oneof(
  number.map(String),
  fc.tuple(portText, fc.nat(2)).map(([p, q]) => quoted(p, q)),
);

const compose = fc
  .tuple(
    fc.array(fc.tuple(spec, fc.nat(2)), { maxLength: 4 }),
    fc.array(fc.tuple(fc.option(portText), portText, protocol), { maxLength: 2 }),
    fc.array(scalar, { maxLength: 2 }),
  )
  .map(([short, long, expose]) =>
    [
      'services:',
      '  web:',
      '    image: x',
      '    ports:',
      ...short.map(([s, q]) => `      - ${quoted(s, q)}`),
      ...long.flatMap(([published, target, proto]) => [
        `      - target: ${quoted(target, 0)}`,
        ...(published ? [`        published: ${quoted(published, 0)}`] : []),
        ...(proto ? [`        protocol: ${proto.slice(1) || 'tcp'}`] : []),
      ]),
      `    expose: [${expose.join(', ')}]`,
      '',
    ].join('\n'),
  );

const kubernetes = fc
  .tuple(scalar, scalar, scalar, scalar, fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp', 'HTTP'))
  .map(([containerPort, port, target, nodePort, proto]) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p, labels: {app: a}}',
      'spec:',
      '  containers:',
      '  - name: c',
      `    ports: [{containerPort: ${containerPort}, name: http, protocol: ${proto}}]`,
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      'spec:',
      '  type: NodePort',
      '  selector: {app: a}',
      `  ports: [{port: ${port}, targetPort: ${target}, nodePort: ${nodePort}, protocol: ${proto}}]`,
      '',
    ].join('\n'),
  );

const dockerfile = fc
  .array(fc.tuple(portText, protocol), { minLength: 1, maxLength: 4 })
  .map(
    (ports) => `FROM x\nARG P=80\nEXPOSE ${ports.map(([p, proto]) => `${p}${proto}`).join(' ')}\n`,
  );

describe('the scan of random port specs', () => {
  it(
    'never throws, claims ports 0-65535, and points inside its files',
    async () => {
      await fc.assert(
        fc.asyncProperty(compose, kubernetes, dockerfile, async (c, k, d) => {
          await scanTree({ 'compose.yaml': c, 'deploy.yaml': k, Dockerfile: d });
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT,
  );
});
