#!/usr/bin/env node
// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
process.chdir(fileURLToPath(root));
await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

const common = {
  define: { __PORT_CLAIMS_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // yaml's Node build reads process.env for every token; its browser build is the same code
  // without those reads, and scans markedly faster (see ../shared/notes/performance.md).
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  // Some CommonJS dependencies (the proxy agent behind @actions/github) call require().
  banner: {
    js: "import { createRequire as __portClaimsCreateRequire } from 'node:module';\nconst require = __portClaimsCreateRequire(import.meta.url);",
  },
};

await build({
  ...common,
  entryPoints: { cli: 'src/cli-main.ts' },
  outdir: 'dist',
  // `--` keeps Node from reading the CLI's own `--env-file FILE` as its option (Node scans the
  // whole command line for it and exits 9 when FILE is missing: nodejs/node#54232).
  banner: { js: `#!/usr/bin/env -S node --\n${common.banner.js}` },
});
await build({ ...common, entryPoints: { index: 'src/action/main.ts' }, outdir: 'dist' });
await chmod('dist/cli.js', 0o755);
