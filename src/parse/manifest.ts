// Decides what a file is and hands it to the right parser. Bad input is data: a file that cannot
// be parsed comes back as a `parse-error` problem, never as an exception.
import type { Hint } from '../discover/discover.js';
import type { Problem } from '../types.js';
import { parseCompose } from './compose.js';
import { parseDockerfile } from './dockerfile.js';
import type { Lookup } from './interpolate.js';
import { readIgnores } from './ignores.js';
import { isKubernetesObject, parseKubernetes, templateStructure } from './kubernetes.js';
import type { ParsedFile } from './result.js';
import { emptyResult } from './result.js';
import type { ParseOptions, YamlFile } from './yaml.js';
import { get, isMapNode, parseYamlFile } from './yaml.js';

export interface ManifestOptions {
  /** Interpolation values for a compose file; called only for compose files. */
  composeEnv: () => Lookup;
  yaml?: ParseOptions;
}

/** Cheap text checks that let most files which cannot claim a port skip the YAML parser. */
const mayBeKubernetes = (text: string): boolean =>
  text.includes('apiVersion') && text.includes('kind');
const looksLikeDockerfile = (text: string): boolean => /^\s*FROM\s+\S/im.test(text);

/**
 * The first line where `{{ ... }}` template syntax is written where it can break YAML: outside
 * comments and quoted scalars (`# {{ x }}` and `"{{ x }}"` cannot; quotes are followed per line).
 */
export function templateLine(text: string): number | undefined {
  if (!text.includes('{{')) return undefined;
  let lineStart = 0;
  let open = text.indexOf('{{');
  for (let n = 1; lineStart <= text.length; n++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (open < lineStart) open = text.indexOf('{{', lineStart);
    if (open < 0) return undefined;
    if (open < lineEnd && opensTemplate(text, lineStart, lineEnd)) return n;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Whether text[from, to) holds `{{` before any comment, with a `}}` after it in the file. */
function opensTemplate(text: string, from: number, to: number): boolean {
  let quote = '';
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    const before = i === from ? ' ' : (text[i - 1] ?? ' ');
    if (ch === '#' && /\s/.test(before)) return false;
    if ((ch === '"' || ch === "'") && /[\s:,[{-]/.test(before)) quote = ch;
    else if (ch === '{' && text[i + 1] === '{') return text.indexOf('}}', i + 2) >= 0;
  }
  return false;
}

const templateReason = (line: number): string =>
  `template syntax ({{ }}) at line ${line}: not plain YAML, so it was not scanned; render it (helm template, ...) and scan the output`;

function parseErrors(
  file: string,
  yaml: YamlFile,
  manifest: ParsedFile['entry']['manifest'],
): Problem[] {
  const first = yaml.errors[0];
  if (!first) return [];
  const more = yaml.errors.length > 1 ? ` (and ${yaml.errors.length - 1} more)` : '';
  const message = first.limit
    ? `${file} ${first.message}, far beyond any manifest; ${yaml.documents.length ? 'the rest of it was not checked' : 'it was not parsed'}.`
    : `${file} is not valid YAML: ${first.message}${more}; ${
        yaml.documents.length > 1
          ? 'the documents with errors were not checked'
          : 'the rest of this file was not checked'
      }.`;
  return [{ code: 'parse-error', file, span: first.span, message, manifest }];
}

function withYamlErrors(result: ParsedFile, yaml: YamlFile): ParsedFile {
  const problems = parseErrors(result.entry.file, yaml, result.entry.manifest);
  if (problems.length === 0) return result;
  result.problems.unshift(...problems);
  result.entry.status = 'error';
  result.entry.reason = problems[0]?.message;
  return result;
}

/** Parses one file; undefined when it turns out not to be a manifest at all. */
export function parseManifest(
  file: string,
  text: string,
  hint: Hint,
  options: ManifestOptions,
): ParsedFile | undefined {
  const result = parseByKind(file, text, hint, options);
  // A skipped file (a template) has no findings for its directives to match.
  if (result && result.entry.status !== 'skipped') {
    const ignores = readIgnores(
      text,
      result.entry.manifest === 'dockerfile' ? 'dockerfile' : 'yaml',
    );
    if (ignores.length) result.ignores = ignores;
  }
  return result;
}

/** Top-level `apiVersion:` and `kind:` lines: a manifest, even when its YAML is broken. */
export const readsLikeKubernetes = (text: string): boolean =>
  /^apiVersion\s*:/m.test(text) && /^kind\s*:/m.test(text);

function parseByKind(
  file: string,
  text: string,
  hint: Hint,
  options: ManifestOptions,
): ParsedFile | undefined {
  if (hint === 'dockerfile') return parseDockerfile(file, text);
  if (hint === 'yaml' && !mayBeKubernetes(text)) return undefined;
  if (hint === 'any' && looksLikeDockerfile(text) && !/^\s*(services|apiVersion)\s*:/m.test(text)) {
    return parseDockerfile(file, text);
  }

  const yaml = parseYamlFile(text, options.yaml);
  const broken = yaml.errors.length > 0;
  const isCompose =
    hint === 'compose' ||
    ((hint === 'any' || hint === 'named-yaml' || hint === 'compose-name') &&
      yaml.documents.some((d) => isMapNode(get(d.root, 'services', d))));
  if (isCompose)
    return withYamlErrors(parseCompose(file, yaml, { env: options.composeEnv() }), yaml);

  const isKubernetes = yaml.documents.some((d) => isKubernetesObject(d.root, d));
  if (isKubernetes || mayBeKubernetes(text)) {
    // A Helm (or other Go) template is not the manifest it renders: its YAML is broken by the
    // template syntax, or parses into the wrong shape (`port: {{ .Values.port }}` is a mapping).
    // A valid manifest that merely holds `{{` in a string or a comment is scanned as usual.
    const template = broken ? templateLine(text) : templateStructure(yaml)?.line;
    if (template !== undefined) {
      return emptyResult(file, 'kubernetes', 'skipped', templateReason(template));
    }
  }
  if (isKubernetes) return withYamlErrors(parseKubernetes(file, yaml), yaml);
  // Broken YAML that reads like a manifest is reported; other broken YAML is not ours to judge.
  if (broken && readsLikeKubernetes(text)) {
    return withYamlErrors(emptyResult(file, 'kubernetes'), yaml);
  }
  return undefined;
}
