#!/usr/bin/env node
// Fails when the committed dist/ (or the generated registry module) is not what the sources build.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('node', ['scripts/generate-registry.mjs']);
run('node', ['scripts/build.mjs']);
try {
  execFileSync(
    'git',
    ['diff', '--exit-code', '--stat', '--', 'dist', 'src/classify/registry.generated.ts'],
    {
      stdio: 'inherit',
    },
  );
  const untracked = execFileSync(
    'git',
    ['ls-files', '--others', '--exclude-standard', '--', 'dist'],
    {
      encoding: 'utf8',
    },
  ).trim();
  if (untracked) throw new Error(`untracked files in dist/:\n${untracked}`);
} catch (error) {
  console.error(
    `\ndist/ is not up to date with the sources: run \`npm run bundle\` and commit dist/.\n${error.message ?? ''}`,
  );
  process.exit(1);
}
console.log('dist/ is up to date.');
