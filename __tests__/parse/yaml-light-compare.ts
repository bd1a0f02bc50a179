// Compares the fast YAML reader's tree (src/parse/yaml-light.ts) with the tree `yaml` builds from
// the same text: what the scan reads of a node (kind, value, scalar type, anchor, alias name,
// where it starts and, for scalars, ends) must be the same.
import type { Node as YamlNode } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { LightNode } from '../../src/parse/yaml-light.js';
import {
  LightAlias,
  LightMap,
  LightScalar,
  LightSeq,
  parseLight,
} from '../../src/parse/yaml-light.js';

export type Comparison =
  { read: false } | { read: true; differences: string[]; yamlErrors: string[] };

const OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false } as const;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'symbol' || typeof b === 'symbol') {
    return typeof a === 'symbol' && typeof b === 'symbol';
  }
  return Object.is(a, b);
}

function describe(value: unknown): string {
  return typeof value === 'symbol' ? 'a symbol' : (JSON.stringify(value) ?? String(value));
}

/** The differences between the two trees of `text`; `read: false` when the reader gave up. */
export function compareWithYaml(text: string): Comparison {
  const light = parseLight(text);
  if (!light) return { read: false };
  const docs = parseAllDocuments(text, OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  const yamlErrors = list.flatMap((d) => d.errors.map((e) => e.message.split('\n')[0] ?? ''));
  const differences: string[] = [];
  if (list.length !== light.length) {
    differences.push(`${light.length} documents, yaml ${list.length}`);
    return { read: true, differences, yamlErrors };
  }
  const walk = (l: LightNode, f: unknown, path: string): void => {
    const at = (what: string): void => {
      differences.push(`${path}: ${what}`);
    };
    const full = f as YamlNode | null | undefined;
    if (!full) return at(`node, yaml ${String(full)}`);
    if (l.range[0] !== full.range?.[0]) at(`starts at ${l.range[0]}, yaml ${full.range?.[0]}`);
    if (l instanceof LightScalar) {
      if (!isScalar(full)) return at('scalar, yaml not');
      if (!sameValue(l.value, full.value))
        at(`value ${describe(l.value)}, yaml ${describe(full.value)}`);
      if (l.type !== full.type) at(`type ${l.type}, yaml ${full.type}`);
      if (l.range[1] !== -1 && l.range[1] !== full.range?.[1])
        at(`ends at ${l.range[1]}, yaml ${full.range?.[1]}`);
      if ((l.anchor ?? undefined) !== (full.anchor ?? undefined))
        at(`anchor ${l.anchor}, yaml ${full.anchor}`);
      if (full.tag) at(`yaml tag ${full.tag}`);
    } else if (l instanceof LightAlias) {
      if (!isAlias(full)) return at('alias, yaml not');
      if (l.source !== full.source) at(`alias ${l.source}, yaml ${full.source}`);
      if (l.range[1] !== full.range?.[1]) at(`ends at ${l.range[1]}, yaml ${full.range?.[1]}`);
    } else if (l instanceof LightMap) {
      if (!isMap(full)) return at('mapping, yaml not');
      sameCollection(l, full, at);
      if (l.items.length !== full.items.length)
        return at(`${l.items.length} entries, yaml ${full.items.length}`);
      l.items.forEach((pair, i) => {
        const other = full.items[i];
        walk(pair.key, other?.key, `${path}/key${i}`);
        walk(pair.value, other?.value, `${path}/${String(pair.key.value)}`);
      });
    } else if (l instanceof LightSeq) {
      if (!isSeq(full)) return at('sequence, yaml not');
      sameCollection(l, full, at);
      if (l.items.length !== full.items.length)
        return at(`${l.items.length} items, yaml ${full.items.length}`);
      l.items.forEach((item, i) => walk(item, full.items[i], `${path}/${i}`));
    }
  };
  light.forEach((root, i) => walk(root, list[i]?.contents, `doc${i}`));
  return { read: true, differences, yamlErrors };
}

/** What a mapping and a sequence must share with yaml's: anchor, end (when known), no tag. */
function sameCollection(
  l: LightMap | LightSeq,
  full: { anchor?: string | null; range?: unknown; tag?: string | null },
  at: (message: string) => void,
): void {
  const end = (full.range as [number, number, number] | undefined)?.[1];
  if ((l.anchor ?? undefined) !== (full.anchor ?? undefined))
    at(`anchor ${l.anchor}, yaml ${full.anchor}`);
  if (l.range[1] !== -1 && l.range[1] !== end) at(`ends at ${l.range[1]}, yaml ${end}`);
  if (full.tag) at(`yaml tag ${full.tag}`);
}
