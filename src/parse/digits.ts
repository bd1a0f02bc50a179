import type { DigitsAt } from '../types.js';
import type { YNode, YamlFile } from './yaml.js';

/**
 * Locates, in the scalar as written, the digits at value[start, start + length), where `value` is
 * the scalar's text after interpolation and `sourceOffsets` maps it back to the text as written.
 * Undefined when the digits are not written literally and contiguously (a variable's value, a
 * block scalar, a quoted scalar with escapes).
 */
export function locateDigits(
  file: YamlFile,
  node: YNode,
  spec: string,
  start: number,
  length: number,
  sourceOffsets?: number[],
): DigitsAt | undefined {
  const base = file.literalValueOffset(node);
  if (base === undefined || length <= 0) return undefined;
  let specStart = start;
  if (sourceOffsets) {
    specStart = sourceOffsets[start] ?? -1;
    if (specStart < 0) return undefined;
    for (let i = 1; i < length; i++) {
      if (sourceOffsets[start + i] !== specStart + i) return undefined;
    }
  }
  const specEnd = specStart + length;
  if (specEnd > spec.length) return undefined;
  // literalValueOffset refuses a scalar over several lines, so the digits lie on one line.
  return { start: specStart, end: specEnd };
}
