#!/usr/bin/env node
// Extracts, from GitHub's published OpenAPI description (npm `@octokit/openapi`), the request
// schemas of just the REST operations the action calls, into a small committed fixture that the
// end-to-end tests validate every request against. The package unpacks to about 385 MB, so it is
// not a devDependency: install it only to re-run this script, e.g.
//
//   npm install --no-save @octokit/openapi && npm run extract:github-api
//
// or point the script at an unpacked copy elsewhere:
//
//   node scripts/extract-github-api.mjs /tmp/x/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Every operation src/action/github.ts calls; keep in step with it. */
const OPERATIONS = [
  'pulls/list-files',
  'repos/get-content',
  'repos/compare-commits-with-basehead',
  'pulls/list-review-comments',
  'pulls/create-review',
  'pulls/update-review-comment',
  'pulls/delete-review-comment',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
];

const require = createRequire(import.meta.url);
const packageDir = process.argv[2] ?? join(require.resolve('@octokit/openapi'), '..');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const spec = JSON.parse(
  readFileSync(join(packageDir, 'generated', 'api.github.com.deref.json'), 'utf8'),
);

/** OpenAPI 3.0 schema → JSON Schema (draft 2020-12 subset Ajv reads), without the prose. */
function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (['description', 'example', 'examples', 'externalDocs', 'title'].includes(key)) continue;
    if (key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]),
      );
    } else out[key] = toJsonSchema(value);
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.enum) out.enum = [...out.enum, null];
    else return { anyOf: [out, { type: 'null' }] };
    if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

const operations = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation?.operationId)) continue;
    const body = operation.requestBody?.content?.['application/json'];
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      parameters: (operation.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required === true,
        schema: toJsonSchema(p.schema),
      })),
      ...(body
        ? {
            requestBody: {
              required: operation.requestBody.required === true,
              schema: toJsonSchema(body.schema),
            },
          }
        : {}),
      responses: Object.keys(operation.responses ?? {}),
    };
  }
}
const missing = OPERATIONS.filter((id) => !operations[id]);
if (missing.length) throw new Error(`not in the OpenAPI description: ${missing.join(', ')}`);

const target = new URL('../__tests__/fixtures/github-api/operations.json', import.meta.url);
const sorted = Object.fromEntries(OPERATIONS.map((id) => [id, operations[id]]));
writeFileSync(
  target,
  `${JSON.stringify({ source: `@octokit/openapi@${version} api.github.com.deref.json`, operations: sorted }, null, 2)}\n`,
);
console.log(`wrote ${OPERATIONS.length} operations from @octokit/openapi@${version}`);
