// A repository a stranger's pull request could hold: every kind of hostile file the scan must
// survive, beside good files it must still scan. Built at test time (the 30 MB manifest is not
// committed); the test and the timing in the closing note use the same tree.
import { chmodSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Tree } from '../helpers/tree.js';

export const SECRET = 'hunter2-do-not-leak';

/** Files outside the repository that hostile links and references point at. */
export const OUTSIDE: Tree = {
  'secret.env': `SECRET=${SECRET}\nWEB_PORT=${SECRET}\n`,
  'compose.yml': 'services:\n  leak:\n    ports: ["251:80"]\n',
  'pod.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: outside-pod}',
    'spec:',
    '  containers:',
    '  - name: c',
    '    ports: [{containerPort: 251}]',
    '',
  ].join('\n'),
};

const NESTING = 100_000;
const DOCUMENTS = 100_000;
export const BIG_BYTES = 30 * 1024 * 1024;

/** A "billion laughs": nine levels of ten aliases each, a billion strings once expanded. */
function laughs(): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: laughs', '  annotations:'];
  lines.push('    l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]');
  for (let i = 1; i <= 9; i++) {
    lines.push(
      `    l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  }
  lines.push(
    'spec:',
    '  containers:',
    '  - name: c',
    '    args: *l9',
    '    ports: [{containerPort: 254}]',
  );
  return `${lines.join('\n')}\n`;
}

/** The same with merge keys: each mapping merges ten copies of the one before. */
function mergeBomb(): string {
  const lines = ['x-m0: &m0 {a: 1}'];
  for (let i = 1; i <= 9; i++) {
    lines.push(
      `x-m${i}: &m${i} {<<: [${Array(10)
        .fill(`*m${i - 1}`)
        .join(', ')}], k${i}: ${i}}`,
    );
  }
  lines.push('services:', '  web:', '    <<: *m9', '    ports: ["255:80"]');
  return `${lines.join('\n')}\n`;
}

/**
 * Merge keys that copy more entries than any manifest could: 200 services, each merging an anchor
 * of 10,000 keys (2,000,000 entries, over the 1,000,000 limit at the 101st service).
 */
function mergeFlood(): string {
  const keys = Array.from({ length: 10_000 }, (_, i) => `k${i}: ${i}`).join(', ');
  const lines = [`x-big: &big {${keys}}`, 'services:'];
  for (let i = 0; i < 200; i++) lines.push(`  s${i}: {<<: *big, ports: ["${1024 + i}:80"]}`);
  return `${lines.join('\n')}\n`;
}

/** Line of the first service whose merge goes over the limit, in `mergeFlood`. */
export const MERGE_FLOOD_LINE = 2 + 101;

function manyDocuments(): string {
  const parts = Array.from({ length: DOCUMENTS - 1 }, () => '---\na: 1\n');
  parts.push(
    '---\napiVersion: v1\nkind: Service\nmetadata: {name: last}\nspec:\n  ports:\n  - port: 260\n',
  );
  return parts.join('');
}

/** Line of `port: 260` in `manyDocuments`. */
export const LAST_DOCUMENT_PORT_LINE = 2 * (DOCUMENTS - 1) + 7;

/** 30 MB of a valid compose file: a port, then comments. */
function big(): Buffer {
  const head = 'services:\n  web:\n    ports: ["256:80"]\n';
  const buffer = Buffer.alloc(
    BIG_BYTES,
    '# padding padding padding padding padding padding padding\n',
  );
  buffer.write(head, 0);
  return buffer;
}

export const BOM_LINE = 'services: {web: {ports: ["258:80"]}}';

/**
 * The tree; `outside` is the directory holding OUTSIDE, for links and references to reach: a
 * sibling of the tree's own temporary directory, as `writeTree` makes both.
 */
export function hostileTree(outside: string): Tree {
  const sibling = basename(outside);
  return {
    'good/compose.yaml': 'services:\n  web:\n    ports:\n      - "251:8080"\n',
    'good/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: api}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: api',
      '        ports: [{containerPort: 252}]',
      '',
    ].join('\n'),
    'good/Dockerfile': 'FROM alpine\nEXPOSE 253\n',

    'alias-bomb/laughs.yaml': laughs(),
    'alias-bomb/compose.yaml': mergeBomb(),
    'alias-bomb/flood/compose.yaml': mergeFlood(),

    'big/compose.yaml': big(),
    'binary/compose.yaml': Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('services:\n  web:\n    ports: ["251:80"]\n'),
    ]),
    'binary/Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),

    'deep/compose.yaml': `services: {}\nx-deep: ${'['.repeat(NESTING)}${']'.repeat(NESTING)}\n`,
    'deep/pod.yaml': `apiVersion: v1\nkind: Pod\nspec:\n${'- '.repeat(NESTING)}x\n`,

    'invalid-utf8/compose.yaml': Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from(' (Latin-1)\nservices:\n  web:\n    ports: ["257:80"]\n'),
    ]),
    'bom/compose.yaml': `\uFEFF${BOM_LINE}\n`,
    'crlf/compose.yaml': 'services:\r\n  web:\r\n    ports:\r\n      - "225:80"\r\n',
    'crlf/Dockerfile': 'FROM alpine\r\nEXPOSE 80 \\\r\n  261\r\n',
    'tabs/compose.yaml': 'services:\n\tweb:\n\t\tports: ["262:80"]\n',
    'tabs/pod.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata: {name: tabs}\nspec:\n  containers:\n  - name: c\n    ports: [{containerPort:\t263}]\t# tab\n',
    'many-documents/all.yaml': manyDocuments(),
    'empty/compose.yaml': '',
    'empty/Dockerfile': '',

    'links/outside.yaml': { symlink: join(outside, 'pod.yaml') },
    'links/loop-a.yaml': { symlink: 'loop-b.yaml' },
    'links/loop-b.yaml': { symlink: 'loop-a.yaml' },
    'links/cycle': { symlink: '..' },
    'links/.env': { symlink: join(outside, 'secret.env') },
    'links/compose.yaml': [
      'include:',
      `  - ../../${sibling}/compose.yml`,
      'services:',
      '  web:',
      '    ports: ["${SECRET}:80"]',
      '  child:',
      `    extends: {file: ${join(outside, 'compose.yml')}, service: leak}`,
      '',
    ].join('\n'),

    'unreadable/compose.yaml': 'services:\n  web:\n    ports: ["264:80"]\n',
    'unreadable/locked/compose.yaml': 'services:\n  web:\n    ports: ["265:80"]\n',

    // The config is repository content too: its env file must not reach outside.
    '.port-claims.yml': `env-files: ["../${sibling}/secret.env"]\n`,
  };
}

/** Makes the unreadable files unreadable (to anyone but root: see hostile.test.ts). */
export function lockUnreadable(root: string): void {
  chmodSync(join(root, 'unreadable/compose.yaml'), 0o000);
  chmodSync(join(root, 'unreadable/locked'), 0o000);
}
