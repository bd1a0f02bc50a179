import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export type Tree = Record<string, string | Buffer | { symlink: string }>;

/** Writes files (and symlinks) under a fresh temporary directory, removed after the test. */
export function writeTree(tree: Tree): string {
  const root = mkdtempSync(join(tmpdir(), 'port-claims-'));
  made.push(root);
  for (const [path, content] of Object.entries(tree)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content))
      symlinkSync(content.symlink, full);
    else writeFileSync(full, content);
  }
  return root;
}

/** Strips the common indentation of a template literal, so inline YAML reads naturally. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce(
    (acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
