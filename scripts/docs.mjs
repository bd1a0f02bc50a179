#!/usr/bin/env node
// Writes the README's tables of the action's inputs and outputs from action.yml, between the
// markers that say so, so the two cannot drift apart, and the config file's JSON Schema from the
// zod schema (scripts/config-schema.mjs). `--check` changes nothing and fails when either is
// stale (CI runs it); `--root DIR` works on another checkout (the tests use it).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { configJsonSchema, SCHEMA_PATH } from './config-schema.mjs';

const SECTIONS = ['inputs', 'outputs'];

const begin = (name) => `<!-- BEGIN GENERATED: action ${name} (npm run docs) -->`;
const end = (name) => `<!-- END GENERATED: action ${name} -->`;

/** One table cell: a single line, and a `|` that cannot end the cell. */
function cell(text) {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
}

function code(text) {
  return text === '' ? '' : `\`${cell(text)}\``;
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function renderSections(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(([name, input]) => [
    code(name),
    code(input.default === undefined ? '' : String(input.default)),
    cell(input.description ?? '') + (input.required === true ? ' **Required.**' : ''),
  ]);
  const outputs = Object.entries(action.outputs ?? {}).map(([name, output]) => [
    code(name),
    cell(output.description ?? ''),
  ]);
  return {
    inputs: table(['Input', 'Default', 'Description'], inputs),
    outputs: table(['Output', 'Description'], outputs),
  };
}

/** The README with every generated section replaced; throws when a marker is missing. */
async function updateReadme(readme, action, prettierOptions) {
  const sections = renderSections(action);
  let text = readme;
  for (const name of SECTIONS) {
    const start = text.indexOf(begin(name));
    const stop = text.indexOf(end(name));
    if (start < 0 || stop < start) {
      throw new Error(
        `README.md has no generated ${name} section: put the lines\n  ${begin(name)}\n  ${end(name)}\nwhere the table belongs.`,
      );
    }
    const formatted = await prettier.format(sections[name], {
      ...prettierOptions,
      parser: 'markdown',
    });
    text = `${text.slice(0, start)}${begin(name)}\n\n${formatted}\n${text.slice(stop)}`;
  }
  return text;
}

/** Writes (or, with `check`, checks) the config file's JSON Schema from the zod schema. */
async function updateSchema(root, check) {
  const schemaFile = join(root, SCHEMA_PATH);
  const schema = await prettier.format(JSON.stringify(await configJsonSchema(root)), {
    ...((await prettier.resolveConfig(schemaFile)) ?? {}),
    parser: 'json',
  });
  const written = await readFile(schemaFile, 'utf8').catch(() => '');
  if (schema === written) {
    console.log(`${SCHEMA_PATH}: matches src/config/schema.ts.`);
  } else if (check) {
    console.error(
      `${SCHEMA_PATH} is not what src/config/schema.ts gives. Run \`npm run docs\` and commit it.`,
    );
    process.exitCode = 1;
  } else {
    await mkdir(dirname(schemaFile), { recursive: true });
    await writeFile(schemaFile, schema);
    console.log(`${SCHEMA_PATH}: written from src/config/schema.ts.`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { check: { type: 'boolean' }, root: { type: 'string' } },
  });
  const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
  const readmePath = join(root, 'README.md');
  const action = parse(await readFile(join(root, 'action.yml'), 'utf8'));
  const readme = await readFile(readmePath, 'utf8');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const updated = await updateReadme(readme, action, options);
  // A checkout without the sources (the README alone, as a test lays out) has no schema to check.
  if (existsSync(join(root, 'src/config/schema.ts'))) await updateSchema(root, values.check);
  if (updated === readme) {
    console.log('README.md: the inputs and outputs tables match action.yml.');
    return;
  }
  if (values.check) {
    console.error(
      'README.md: the inputs and outputs tables do not match action.yml. Run `npm run docs` and commit README.md.',
    );
    process.exitCode = 1;
    return;
  }
  await writeFile(readmePath, updated);
  console.log('README.md: wrote the inputs and outputs tables from action.yml.');
}

main().catch((error) => {
  console.error(`docs: ${error.message}`);
  process.exitCode = 2;
});
