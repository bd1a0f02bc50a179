// The config file's JSON Schema, from the zod schema the config loader validates with
// (src/config/schema.ts), so that a key another change adds is in it at the next `npm run docs`.
// Editors use it through `$schema:` or a `# yaml-language-server: $schema=...` comment.
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = 'schema/config.schema.json';
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/port-claims/port-claims/main/schema/config.schema.json';

/** What editors show beside each key; a key without a line here is still in the schema. */
const DESCRIPTIONS = {
  $schema: 'The JSON Schema of this file, for editors. port-claims ignores it.',
  rules: 'Severity per rule id: error, warning, notice or off.',
  allow:
    'Accepted claims: each entry takes ports (single ports or "start-end"), optionally a protocol and file globs, and the reason shown in the summary.',
  include: 'Globs of the files to scan (default: everything).',
  exclude: 'Globs of the files to skip.',
  'env-files':
    'Env files read for ${VAR} interpolation in compose files, besides the .env beside each compose file.',
  'max-file-size':
    'Files larger than this are skipped and listed with the reason: bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB (default 4MiB).',
  compose: 'More files to read as compose files, beyond the usual names.',
  projects: 'Compose projects run with several -f files.',
  clusters:
    'Deployables that share one cluster: host and node port conflicts are checked across them.',
  charts: 'Helm charts: values files beyond values.yaml and ci/*-values.yaml, and --set values.',
  render: 'auto or off: render Helm charts and Kustomize builds when helm / kubectl are on PATH.',
};

/** The zod schema, bundled on the fly: this script runs on plain Node, without TypeScript. */
async function loadConfigSchema(root) {
  const result = await build({
    stdin: {
      contents:
        "export { configSchema } from './src/config/schema.ts'; export { toJSONSchema } from 'zod';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export async function configJsonSchema(root = fileURLToPath(new URL('..', import.meta.url))) {
  const { configSchema, toJSONSchema } = await loadConfigSchema(root);
  // The input side: what a person writes (a port as 251 or "251", a size as "8MiB"), before the
  // loader turns it into what the engine uses.
  const schema = toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  });
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (DESCRIPTIONS[key] !== undefined) property.description = DESCRIPTIONS[key];
  }
  return {
    $schema: schema.$schema,
    $id: SCHEMA_URL,
    title: 'port-claims config file (.github/port-claims.yml or .port-claims.yml)',
    description:
      'Rules, accepted claims and what to scan for port-claims. Generated from src/config/schema.ts by `npm run docs`.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
