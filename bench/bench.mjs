#!/usr/bin/env node
// Entry point of `npm run bench`: compiles the TypeScript benchmark with esbuild (a dev
// dependency already) into .bench/bin and runs it, passing the arguments on.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const outfile = join(root, '.bench', 'bin', 'bench.mjs');
await build({
  entryPoints: ['bench/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
