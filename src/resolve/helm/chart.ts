// Helm charts as they lie on disk: a chart's Chart.yaml, its subcharts (vendored under charts/,
// as directories or packaged .tgz, or named by a local file:// dependency), the dependencies it
// lacks, and the files a render reads. Reading only: nothing here runs helm.
import type { Dirent } from 'node:fs';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside, readTextSync } from '../../discover/read.js';
import { get, items, parseYamlFile, scalarText } from '../../parse/yaml.js';
import type { YamlFile } from '../../parse/yaml.js';

export interface ChartMeta {
  name: string;
  library: boolean;
  dependencies: Dependency[];
}

export interface Dependency {
  name: string;
  alias?: string;
  repository?: string;
}

/**
 * One chart of a render: the chart itself or a subchart, as helm names it in its `# Source:`
 * comments (`web/`, `web/charts/db/`), and where its files are.
 */
export interface ChartPart {
  /** `web/`, `web/charts/store/` (an alias renames the subchart). */
  prefix: string;
  /** Absolute directory, for a chart written out as files. */
  dir?: string;
  /** Absolute path of a packaged subchart (charts/db-1.2.3.tgz): its files cannot be edited. */
  archive?: string;
}

export interface Chart {
  /** Absolute directory of the chart. */
  dir: string;
  /** Absolute path of its Chart.yaml. */
  chartFile: string;
  meta: ChartMeta;
  /** The chart and every subchart a render may include, the chart first. */
  parts: ChartPart[];
  /** Local file:// dependencies that are not vendored: a render copies them into charts/. */
  linked: { name: string; dir: string }[];
  /** Dependencies found nowhere on disk (name, and where helm would fetch them from). */
  missing: string[];
}

const CHART_FILE = 'Chart.yaml';
/** Deeper subchart nesting than any real chart has: a bound against links that loop. */
const MAX_DEPTH = 8;

export const isChartFileName = (name: string): boolean => name === CHART_FILE;

function readYaml(path: string, within: string, maxBytes: number): YamlFile | undefined {
  const read = readTextSync(path, { maxBytes, within });
  if (!('text' in read)) return undefined;
  const yaml = parseYamlFile(read.text);
  return yaml.errors.length > 0 ? undefined : yaml;
}

function dependenciesOf(yaml: YamlFile | undefined): Dependency[] {
  const doc = yaml?.documents[0];
  if (!yaml || !doc) return [];
  const out: Dependency[] = [];
  for (const item of items(get(doc.root, 'dependencies', doc), doc)) {
    const name = scalarText(get(item, 'name', doc), yaml);
    if (!name) continue;
    const dep: Dependency = { name };
    const alias = scalarText(get(item, 'alias', doc), yaml);
    const repository = scalarText(get(item, 'repository', doc), yaml);
    if (alias) dep.alias = alias;
    if (repository) dep.repository = repository;
    out.push(dep);
  }
  return out;
}

/** A chart's metadata, or undefined when its Chart.yaml cannot be read as one. */
export function readChartMeta(
  dir: string,
  within: string,
  maxBytes: number,
): ChartMeta | undefined {
  const yaml = readYaml(join(dir, CHART_FILE), within, maxBytes);
  const doc = yaml?.documents[0];
  if (!yaml || !doc) return undefined;
  const name = scalarText(get(doc.root, 'name', doc), yaml);
  if (!name) return undefined;
  const apiVersion = scalarText(get(doc.root, 'apiVersion', doc), yaml);
  // apiVersion v1 charts list their dependencies in requirements.yaml.
  const dependencies =
    apiVersion === 'v1'
      ? dependenciesOf(readYaml(join(dir, 'requirements.yaml'), within, maxBytes))
      : dependenciesOf(yaml);
  const type = scalarText(get(doc.root, 'type', doc), yaml);
  return { name, library: type === 'library', dependencies };
}

/** Whether `chartFile` is a subchart's: in `PARENT/charts/NAME/`, where PARENT is a chart. */
export function isSubchartFile(chartFile: string): boolean {
  const charts = dirname(dirname(chartFile));
  return basename(charts) === 'charts' && existsSync(join(dirname(charts), CHART_FILE));
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    return [];
  }
}

function realInside(within: string, path: string): boolean {
  try {
    return isInside(within, realpathSync.native(path));
  } catch {
    return false;
  }
}

/** `redis-17.3.1.tgz` → `redis`: the name helm's dependency check matches a package by. */
const archiveName = (file: string): string =>
  basename(file)
    .replace(/\.tgz$/, '')
    .replace(/-v?\d+(\.\d+)*([-+].*)?$/, '');

interface Vendored {
  name: string;
  dir?: string;
  archive?: string;
  meta?: ChartMeta;
}

function vendored(dir: string, within: string, maxBytes: number): Vendored[] {
  const out: Vendored[] = [];
  const charts = join(dir, 'charts');
  for (const entry of listDir(charts)) {
    const path = join(charts, entry.name);
    if (!realInside(within, path)) continue;
    if (entry.name.endsWith('.tgz')) {
      out.push({ name: archiveName(entry.name), archive: path });
      continue;
    }
    const meta = readChartMeta(path, within, maxBytes);
    if (meta) out.push({ name: meta.name, dir: path, meta });
  }
  return out;
}

/**
 * A chart as a render sees it. Subcharts are walked to find the names helm gives their files;
 * missing dependencies make the chart unrenderable (helm refuses it without fetching them, and
 * port-claims never fetches).
 */
export function loadChart(dir: string, within: string, maxBytes: number): Chart | undefined {
  const meta = readChartMeta(dir, within, maxBytes);
  if (!meta) return undefined;
  const chart: Chart = {
    dir,
    chartFile: join(dir, CHART_FILE),
    meta,
    parts: [],
    linked: [],
    missing: [],
  };
  addParts(chart, { dir, meta }, `${meta.name}/`, within, maxBytes, 0, true);
  return chart;
}

function addParts(
  chart: Chart,
  at: { dir: string; meta: ChartMeta },
  prefix: string,
  within: string,
  maxBytes: number,
  depth: number,
  top: boolean,
): void {
  chart.parts.push({ prefix, dir: at.dir });
  if (depth >= MAX_DEPTH) return;
  const found = vendored(at.dir, within, maxBytes);
  for (const dep of at.meta.dependencies) {
    if (found.some((v) => v.name === dep.name)) continue;
    const local = dep.repository?.startsWith('file://')
      ? resolve(at.dir, dep.repository.slice('file://'.length))
      : undefined;
    const meta =
      local && realInside(within, local) ? readChartMeta(local, within, maxBytes) : undefined;
    // Only the top chart's links are copied into its render; a subchart's must be vendored.
    if (local && meta && meta.name === dep.name && top) {
      chart.linked.push({ name: dep.name, dir: local });
      found.push({ name: dep.name, dir: local, meta });
      continue;
    }
    chart.missing.push(dep.repository ? `${dep.name} (${dep.repository})` : dep.name);
  }
  for (const sub of found) {
    const aliases = at.meta.dependencies
      .filter((d) => d.name === sub.name && d.alias)
      .map((d) => d.alias as string);
    for (const renderName of aliases.length > 0 ? aliases : [sub.name]) {
      const subPrefix = `${prefix}charts/${renderName}/`;
      if (sub.dir && sub.meta) {
        addParts(
          chart,
          { dir: sub.dir, meta: sub.meta },
          subPrefix,
          within,
          maxBytes,
          depth + 1,
          false,
        );
      } else if (sub.archive) {
        chart.parts.push({ prefix: subPrefix, archive: sub.archive });
      }
    }
  }
}

/** Files under `dir` (absolute paths, sorted), links followed only inside `within`. */
export function filesUnder(dir: string, within: string, limit = 10_000): string[] {
  const out: string[] = [];
  const walk = (at: string, depth: number): void => {
    if (depth > 32) return;
    for (const entry of listDir(at)) {
      if (out.length >= limit) return;
      if (entry.name === '.git') continue;
      const path = join(at, entry.name);
      if (entry.isSymbolicLink()) {
        if (!realInside(within, path)) continue;
        let isDir = false;
        try {
          isDir = readdirSync(path) !== undefined;
        } catch {
          isDir = false;
        }
        if (isDir) continue;
        out.push(path);
      } else if (entry.isDirectory()) {
        walk(path, depth + 1);
      } else if (entry.isFile()) {
        out.push(path);
      }
    }
  };
  walk(dir, 0);
  return out;
}

/** The chart's `ci/*-values.yaml` files (the chart-testing convention), sorted. */
export function ciValuesFiles(chart: Chart, within: string): string[] {
  const ci = join(chart.dir, 'ci');
  return listDir(ci)
    .filter((e) => /-values\.ya?ml$/.test(e.name) && (e.isFile() || e.isSymbolicLink()))
    .map((e) => join(ci, e.name))
    .filter((path) => realInside(within, path));
}
