#!/usr/bin/env node
// The naive floor: walk the tree as a scanner would (skipping .git and node_modules), read every
// YAML file and hand it to `yaml`'s parseAllDocuments through the package's normal Node entry,
// as a user of the library would write it. Any scanner built on a full YAML parse pays this.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const SKIPPED = new Set(['.git', 'node_modules']);
const totals = { files: 0, bytes: 0, documents: 0, withErrors: 0 };

function walk(directory) {
  const entries = readdirSync(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(path);
    } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
      const bytes = readFileSync(path);
      totals.files++;
      totals.bytes += bytes.length;
      let broken = false;
      for (const doc of parseAllDocuments(bytes.toString('utf8'))) {
        totals.documents++;
        if (doc.errors.length > 0) broken = true;
      }
      if (broken) totals.withErrors++;
    }
  }
}

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: node bench/floor.mjs DIRECTORY\n');
  process.exit(2);
}
walk(root);
process.stdout.write(JSON.stringify(totals) + '\n');
