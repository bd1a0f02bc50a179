import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../bench/profile.js';
import { areaOf, bundleModules, summariseProfile } from '../../bench/profile.js';

const BUNDLE = [
  '#!/usr/bin/env node', // line 0
  '// node_modules/yaml/browser/dist/parse/lexer.js', // 1
  'function lex() {}', // 2
  '// node_modules/yaml/browser/dist/compose/composer.js', // 3
  'function compose() {}', // 4
  '// src/scan.ts', // 5
  'async function scan() {}', // 6
].join('\n');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('profile summary', () => {
  it('maps bundle lines to the modules esbuild marked, and modules to areas', () => {
    expect(bundleModules(BUNDLE)).toEqual([
      [1, 'node_modules/yaml/browser/dist/parse/lexer.js'],
      [3, 'node_modules/yaml/browser/dist/compose/composer.js'],
      [5, 'src/scan.ts'],
    ]);
    expect(areaOf('node_modules/yaml/dist/parse/parser.js')).toBe('yaml: parser (CST)');
    expect(areaOf('node_modules/@actions/core/lib/core.js')).toBe('@actions/core');
    expect(areaOf('src/parse/compose.ts')).toBe('src/parse/compose.ts');
  });

  it('splits sampled time into self time per area and time with callees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'port-claims-profile-'));
    made.push(dir);
    const bundle = join(dir, 'cli.js');
    writeFileSync(bundle, BUNDLE);
    const frame = (functionName: string, lineNumber: number, url = `file://${bundle}`) => ({
      functionName,
      url,
      lineNumber,
      columnNumber: 0,
    });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', -1, ''), children: [2, 5] },
        { id: 2, callFrame: frame('scan', 6), children: [3, 6] },
        { id: 3, callFrame: frame('compose', 4), children: [4] },
        { id: 4, callFrame: frame('lex', 2) },
        { id: 5, callFrame: frame('(garbage collector)', -1, '') },
        { id: 6, callFrame: frame('stat', -1, '') },
      ],
      startTime: 0,
      // Samples at 0, 1000, 4000, 6000, 10000 µs; the profile ends at 10500.
      samples: [2, 4, 3, 5, 6],
      timeDeltas: [0, 1000, 3000, 2000, 4000],
      endTime: 10_500,
    };
    const summary = summariseProfile(profile, bundle);
    expect(summary.totalMs).toBe(10.5);
    const areas = Object.fromEntries(summary.areas.map((a) => [a.name, a.ms]));
    expect(areas).toEqual({
      'yaml: lexer': 3,
      '(garbage collector)': 4,
      'yaml: composer': 2,
      'src/scan.ts': 1,
      'src/scan.ts (native)': 0.5,
    });
    const inclusive = Object.fromEntries(
      summary.inclusive.map((a) => [a.name.split(' ')[0], a.ms]),
    );
    expect(inclusive).toMatchObject({ scan: 6.5, compose: 5, lex: 3, stat: 0.5 });
  });
});
