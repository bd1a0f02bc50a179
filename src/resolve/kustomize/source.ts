// YAML text a build reads, with where it is written: a file of its own (a base, a patch file) or
// a block scalar inside a kustomization (an inline patch), whose lines and columns are shifted
// back to the kustomization's.
import type { YNode, YamlFile } from '../../parse/yaml.js';
import type { SourceScalar } from '../render/rendered.js';
import { sourceScalar } from '../render/rendered.js';
import type { Span } from '../../types.js';

export interface YamlSource {
  /** Absolute path of the file the text is written in. */
  path: string;
  yaml: YamlFile;
  /** For text embedded in a literal block scalar: its first line and indentation in `path`. */
  embedded?: { line: number; indent: number };
}

/** A source's span in the file that holds it. */
export function spanIn(source: YamlSource, span: Span): Span {
  const at = source.embedded;
  if (!at) return span;
  return {
    line: span.line + at.line - 1,
    column: span.column + at.indent,
    endLine: span.endLine + at.line - 1,
    endColumn: span.endColumn + at.indent,
  };
}

/** A scalar of a source, its span in the file that holds it. */
export function scalarIn(source: YamlSource, node: YNode): SourceScalar | undefined {
  const found = sourceScalar(source.yaml, node);
  if (!found) return undefined;
  return { ...found, span: spanIn(source, found.span) };
}
