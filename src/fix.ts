// `--fix` and `--fix-dry-run`: every suggested fix applied to the file it is in, with the very
// edit a review comment's suggestion block makes (`correctedLine`), so the command line and the
// pull request never disagree on what a fix is.
import { isUtf8 } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { toPosix } from './discover/discover.js';
import { correctedLine } from './report/review.js';
import type { WrittenValue } from './report/review.js';
import type { Finding, Report } from './types.js';

export interface FixTarget {
  /** As in the report. */
  file: string;
  /** Absolute, to read and write. */
  path: string;
  /** As a diff names it: relative to the working directory. */
  shown: string;
  findings: Finding[];
  values: WrittenValue[];
}

export interface FixOutcome {
  /** How many files were (or, in a dry run, would be) changed. */
  changed: number;
  /** A unified diff of every change. */
  diff: string;
  /** What was changed and what was left alone, one line each. */
  notes: string[];
}

/**
 * The files a fix may touch: those with an unsuppressed finding that suggests one. A file the
 * scan could not wholly parse is left alone (its findings may be wrong, and its text is not what
 * the parser saw), and said so.
 */
export function fixTargets(
  report: Report,
  base: string,
  cwd: string,
): { targets: FixTarget[]; notes: string[] } {
  const broken = new Set(report.files.filter((f) => f.status === 'error').map((f) => f.file));
  const byFile = new Map<string, Finding[]>();
  const notes: string[] = [];
  for (const f of report.findings) {
    if (!f.suggestion || f.suppressed !== undefined) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const targets: FixTarget[] = [];
  for (const [file, findings] of byFile) {
    if (broken.has(file)) {
      notes.push(`left ${file} alone: it does not parse, so its fixes are not applied`);
      continue;
    }
    const path = join(base, ...file.split('/'));
    targets.push({
      file,
      path,
      shown: toPosix(relative(cwd, path)),
      findings,
      values: report.claims.filter((c) => c.file === file),
    });
  }
  return { targets, notes };
}

const plainPorts = (f: Finding): string => (f.ports ?? []).join(', ');

/** The file's text with its fixes applied, and a note per fix placed or not. */
function fixText(
  text: string,
  target: FixTarget,
): { text: string; placed: string[]; failed: string[] } {
  // Lines with their own endings, so that CRLF files keep them; a BOM is not part of column 1.
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const lines = text.slice(bom.length).split(/(?<=\n)/);
  const byLine = new Map<number, Finding[]>();
  for (const f of target.findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const placed: string[] = [];
  const failed: string[] = [];
  for (const [line, findings] of [...byLine].sort(([a], [b]) => a - b)) {
    const full = lines[line - 1];
    const ending = full === undefined ? '' : (/\r?\n$/.exec(full)?.[0] ?? '');
    const content = full?.slice(0, full.length - ending.length);
    const corrected =
      content === undefined ? undefined : correctedLine(content, findings, target.values);
    const what = findings
      .map((f) => `${plainPorts(f)} → ${f.suggestion?.port ?? '?'} (${f.rule})`)
      .join(', ');
    if (corrected === undefined) {
      failed.push(`could not place the fix on ${target.file}:${line} (${what}): edit it by hand`);
      continue;
    }
    lines[line - 1] = corrected + ending;
    placed.push(`${target.file}:${line}: ${what}`);
  }
  return { text: bom + lines.join(''), placed, failed };
}

export async function applyFixes(
  targets: readonly FixTarget[],
  options: { write: boolean },
): Promise<FixOutcome> {
  const outcome: FixOutcome = { changed: 0, diff: '', notes: [] };
  for (const target of targets) {
    let bytes: Buffer;
    try {
      bytes = await readFile(target.path);
    } catch (error) {
      outcome.notes.push(
        `could not read ${target.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
      continue;
    }
    // Written back as UTF-8, a file in another encoding would change beyond the fix.
    if (!isUtf8(bytes)) {
      outcome.notes.push(`left ${target.file} alone: it is not UTF-8 text`);
      continue;
    }
    const before = bytes.toString('utf8');
    const fixed = fixText(before, target);
    outcome.notes.push(...fixed.failed);
    if (fixed.text === before) continue;
    outcome.diff += createTwoFilesPatch(
      `a/${target.shown}`,
      `b/${target.shown}`,
      before,
      fixed.text,
      undefined,
      undefined,
      { headerOptions: FILE_HEADERS_ONLY },
    );
    if (options.write) {
      try {
        await writeFile(target.path, fixed.text);
      } catch (error) {
        outcome.notes.push(
          `could not write ${target.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
        continue;
      }
    }
    outcome.changed += 1;
    outcome.notes.push(...fixed.placed.map((n) => `${options.write ? 'fixed' : 'would fix'} ${n}`));
  }
  return outcome;
}
