// Pull request review comments: one per line, naming every finding on it, with the corrected line
// as a GitHub `suggestion` block and a hidden marker that lets a later run recognise it.
import { ruleDocsUrl } from '../policy/docs.js';
import type { Finding } from '../types.js';
import { escapeMarkdown } from './escape.js';
import { SEVERITY_ICON } from './words.js';

const MARKER = /<!-- port-claims:finding ([0-9a-f -]+) -->/g;
const RESOLVED_MARKER = '<!-- port-claims:resolved -->';

/** Where a claim's value is written, and as what: enough to find it on its line. */
export interface WrittenValue {
  file: string;
  span: { line: number; column: number };
  spec: string;
}

export function findingMarker(fingerprints: readonly string[]): string {
  return `<!-- port-claims:finding ${fingerprints.join(' ')} -->`;
}

/**
 * The marker our body ends with. Only the last one counts: the line quoted in a suggestion block
 * is file content, and could hold a marker of its own to pass a comment off as another.
 */
function lastMarker(body: string): RegExpMatchArray | undefined {
  return [...body.matchAll(MARKER)].at(-1);
}

/**
 * Where the tool writes the marker: at the very end of the body, or just before the resolved
 * marker that ends a resolved comment. A marker anywhere else is someone quoting one.
 */
const TRAILING_MARKER =
  /<!-- port-claims:finding ([0-9a-f -]+) -->(?:\s*<!-- port-claims:resolved -->)?$/;

/**
 * The fingerprints a comment in our form is about, or undefined for any other comment. Whose
 * comment it is, the caller checks: anyone can write this text.
 */
export function markedFingerprints(body: string): string[] | undefined {
  const match = TRAILING_MARKER.exec(body.trimEnd());
  return match ? (match[1] as string).trim().split(/\s+/) : undefined;
}

/** Whether the comment is one we marked resolved: the marker ends it (see `resolvedCommentBody`). */
export function isResolved(body: string): boolean {
  return body.trimEnd().endsWith(RESOLVED_MARKER);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits a suggestion makes inside the value as written: the runs of digits in which
 * `replacement` differs from `spec` (a replacement changes only numbers, one per field).
 */
function editsInSpec(spec: string, replacement: string): Edit[] | undefined {
  const tokens = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const before = tokens(spec);
  const after = tokens(replacement);
  if (before.length !== after.length) return undefined;
  let offset = 0;
  const edits: Edit[] = [];
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as string;
    const b = after[i] as string;
    if (a !== b) {
      if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return undefined;
      edits.push({ start: offset, end: offset + a.length, text: b });
    }
    offset += a.length;
  }
  return edits.length ? edits : undefined;
}

/** Where `spec` starts on the line: at the finding's column, or just inside a quote there. */
function specOffset(lineText: string, column: number, spec: string): number | undefined {
  const at = column - 1;
  if (lineText.startsWith(spec, at)) return at;
  const quote = lineText[at];
  if ((quote === '"' || quote === "'") && lineText.startsWith(spec, at + 1)) return at + 1;
  return undefined;
}

/**
 * The line with every suggested replacement of its findings applied (for "251:251" both the
 * published and the target port), or undefined when there is nothing to suggest or the edits
 * cannot be placed with certainty.
 */
export function correctedLine(
  lineText: string,
  findings: readonly Finding[],
  values: readonly WrittenValue[],
): string | undefined {
  const edits: Edit[] = [];
  for (const f of findings) {
    if (!f.suggestion) continue;
    const value = values.find(
      (v) => v.file === f.file && v.span.line === f.line && v.span.column === f.column,
    );
    if (!value) return undefined;
    const inSpec = editsInSpec(value.spec, f.suggestion.replacement);
    const offset = specOffset(lineText, f.column, value.spec);
    if (!inSpec || offset === undefined) return undefined;
    for (const e of inSpec) {
      const edit = { start: offset + e.start, end: offset + e.end, text: e.text };
      const same = edits.find((x) => x.start === edit.start && x.end === edit.end);
      if (same) {
        if (same.text !== edit.text) return undefined;
        continue;
      }
      if (edits.some((x) => x.start < edit.end && edit.start < x.end)) return undefined;
      edits.push(edit);
    }
  }
  if (edits.length === 0) return undefined;
  let text = lineText;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
  }
  return text;
}

/** The body of the review comment for the findings on one line. */
export function reviewCommentBody(findings: readonly Finding[], corrected?: string): string {
  const parts: string[] = [];
  for (const f of findings) {
    parts.push(
      `${SEVERITY_ICON[f.severity]} **port-claims** [\`${f.rule}\`](${ruleDocsUrl(f.rule)}) (${f.severity}): ${escapeMarkdown(f.message)}`,
    );
  }
  // A fence the line itself could close would let file content escape into the comment.
  if (corrected !== undefined && !corrected.includes('```') && !/[\r\n]/.test(corrected)) {
    const ports = [...new Set(findings.flatMap((f) => (f.suggestion ? [f.suggestion.port] : [])))];
    parts.push(
      `Suggested fix: ${ports.join(', ')}, from the dynamic range 49152-65535 that RFC 6335 sets aside for private use and that no other scanned claim uses.`,
      `\`\`\`suggestion\n${corrected}\n\`\`\``,
    );
  }
  const rules = [...new Set(findings.map((f) => f.rule))].join(', ');
  parts.push(
    `<sub>To keep this port on purpose, write \`# port-claims: ignore ${rules} -- reason\` on the line above.</sub>`,
    findingMarker(findings.map((f) => f.fingerprint)),
  );
  return parts.join('\n\n');
}

/**
 * A comment whose findings are gone but that someone answered: kept for the conversation, said
 * to be resolved, and without its suggestion, which no longer applies.
 */
export function resolvedCommentBody(body: string): string {
  const quoted = body
    .replace(/```suggestion\n/g, '```yaml\n')
    .replace(/<!-- port-claims:[^>]*-->/g, '')
    .trim();
  const marker = lastMarker(body)?.[0] ?? '';
  return [
    '✅ **Resolved**: port-claims no longer reports this in the latest commit.',
    `<details><summary>Original comment</summary>\n\n${quoted}\n\n</details>`,
    `${marker}\n${RESOLVED_MARKER}`,
  ].join('\n\n');
}
