// Variable interpolation as the Compose spec defines it ($VAR, ${VAR}, ${VAR:-d}, ${VAR-d},
// ${VAR:?e}, ${VAR?e}, ${VAR:+a}, ${VAR+a}, nesting, $$), and the plain ${VAR:-d} / $VAR subset
// Dockerfiles use. Values come only from the map passed in, never from process.env.

export interface Interpolated {
  value: string;
  /**
   * For each character of `value`, the offset in the input it was copied from, or -1 when it
   * came from a variable's value. Lets a fix rewrite a default written in the file.
   */
  sourceOffsets: number[];
  /**
   * Variables that had no value and no default (or whose `?` check failed), with the offset in
   * `value` where their (empty) value went: what a caller needs to tell which part they fed.
   */
  missing: MissingVariable[];
  /** Set when the text is not a well-formed template (an unclosed `${`, a bad name). */
  error?: string;
  /** Set with `error` when the text expands past a cap: it stands for no port, name or path. */
  tooLong?: boolean;
}

export interface MissingVariable {
  name: string;
  message?: string;
  at: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * A variable whose value expanded past MAX_INTERPOLATED characters. `.env` values may refer to
 * earlier ones (`A2=${A1}${A1}`) and so double with each line: past the cap only this mark is
 * kept, so that a short file cannot build an exponentially long value.
 */
export const TOO_LONG: unique symbol = Symbol('too long');
export type EnvValue = string | typeof TOO_LONG;
export type Lookup = (name: string) => EnvValue | undefined;

/** Longer than any port spec, service name or path a compose value can stand for. */
export const MAX_INTERPOLATED = 4096;
/**
 * What variables may add to the values of one file in all: a file that reads a long value many
 * times would otherwise cost its length times the number of reads.
 */
export const MAX_INTERPOLATED_PER_FILE = 1_000_000;

/** Characters variables may still add, shared by every interpolation in one file. */
export interface Budget {
  left: number;
}

export const fileBudget = (): Budget => ({ left: MAX_INTERPOLATED_PER_FILE });

export interface InterpolateOptions {
  /**
   * Compose (compose-go's template package) rejects a `$` that starts no variable and is not
   * `$$`; a Dockerfile keeps it as written.
   */
  strict?: boolean;
  budget?: Budget;
}

const count = (n: number): string => n.toLocaleString('en-US');

export function interpolate(
  text: string,
  lookup: Lookup,
  options: InterpolateOptions = {},
): Interpolated {
  const out: Interpolated = { value: '', sourceOffsets: [], missing: [] };
  const budget = options.budget ?? fileBudget();
  const end = expand(text, 0, text.length, { lookup, budget }, out, 0, options.strict === true);
  if (end < 0 && out.error === undefined) out.error = `malformed interpolation in "${text}"`;
  return out;
}

interface Source {
  lookup: Lookup;
  budget: Budget;
}

/** Adds a variable's value; false (with the error set) when that takes the text past a cap. */
function emitValue(out: Interpolated, name: string, value: EnvValue, budget: Budget): boolean {
  const tooLong = (error: string): false => {
    out.error = error;
    out.tooLong = true;
    return false;
  };
  if (value === TOO_LONG) {
    return tooLong(
      `\${${name}} expands to more than ${count(MAX_INTERPOLATED)} characters, longer than any port, name or path`,
    );
  }
  if (out.value.length + value.length > MAX_INTERPOLATED) {
    return tooLong(
      `the value expands to more than ${count(MAX_INTERPOLATED)} characters, longer than any port, name or path`,
    );
  }
  budget.left -= value.length;
  if (budget.left < 0) {
    return tooLong(
      `variables in this file expand to more than ${count(MAX_INTERPOLATED_PER_FILE)} characters in all, past which port-claims expands none`,
    );
  }
  emit(out, value, -1);
  return true;
}

function emit(out: Interpolated, chars: string, sourceOffset: number): void {
  for (let i = 0; i < chars.length; i++) {
    out.value += chars[i];
    out.sourceOffsets.push(sourceOffset < 0 ? -1 : sourceOffset + i);
  }
}

/** Expands text[from, to) into `out`; returns `to`, or -1 on a syntax error. */
function expand(
  text: string,
  from: number,
  to: number,
  src: Source,
  out: Interpolated,
  depth: number,
  strict: boolean,
): number {
  if (depth > 16) {
    out.error = 'interpolation nested too deeply';
    return -1;
  }
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch !== '$') {
      emit(out, ch ?? '', i);
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      emit(out, '$', i);
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = findClose(text, i + 2, to);
      if (close < 0) {
        out.error = `unclosed "\${" in "${text}"`;
        return -1;
      }
      if (!braced(text, i + 2, close, src, out, depth, strict)) return -1;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1, to))?.[0];
    if (!name) {
      if (strict) {
        out.error = `"$" must start a variable or be written "$$" (in "${text}")`;
        return -1;
      }
      emit(out, '$', i);
      i++;
      continue;
    }
    const value = src.lookup(name);
    if (value === undefined) out.missing.push({ name, at: out.value.length });
    else if (!emitValue(out, name, value, src.budget)) return -1;
    i += 1 + name.length;
  }
  return to;
}

/** The index of the `}` closing a `${` whose body starts at `from`, nesting counted. */
function findClose(text: string, from: number, to: number): number {
  let depth = 1;
  for (let i = from; i < to; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function braced(
  text: string,
  from: number,
  to: number,
  src: Source,
  out: Interpolated,
  depth: number,
  strict: boolean,
): boolean {
  const body = text.slice(from, to);
  const name = NAME.exec(body)?.[0];
  if (!name) {
    out.error = `invalid variable name in "\${${body}}"`;
    return false;
  }
  const rest = from + name.length;
  const value = src.lookup(name);
  if (rest === to) {
    if (value === undefined) out.missing.push({ name, at: out.value.length });
    else return emitValue(out, name, value, src.budget);
    return true;
  }
  const colon = text[rest] === ':';
  const operator = text[colon ? rest + 1 : rest];
  const argStart = rest + (colon ? 2 : 1);
  const isSet = value !== undefined;
  // With a colon, an empty value counts as unset.
  const present = colon ? isSet && value !== '' : isSet;
  switch (operator) {
    case '-':
      if (present) return emitValue(out, name, value ?? '', src.budget);
      return expand(text, argStart, to, src, out, depth + 1, strict) >= 0;
    case '?':
      if (present) {
        return emitValue(out, name, value ?? '', src.budget);
      } else {
        const message = sub(text, argStart, to, src, depth, strict);
        const missing: MissingVariable = { name, at: out.value.length };
        if (message) missing.message = message;
        out.missing.push(missing);
      }
      return true;
    case '+':
      if (present) return expand(text, argStart, to, src, out, depth + 1, strict) >= 0;
      return true;
    default:
      out.error = `unsupported interpolation "\${${body}}"`;
      return false;
  }
}

function sub(
  text: string,
  from: number,
  to: number,
  src: Source,
  depth: number,
  strict: boolean,
): string {
  const tmp: Interpolated = { value: '', sourceOffsets: [], missing: [] };
  expand(text, from, to, src, tmp, depth + 1, strict);
  return tmp.value;
}

/**
 * Parses a `.env` file as compose reads it: KEY=VALUE lines, `export ` prefixes, comments,
 * single quotes (literal), double quotes (with \n escapes), and ${VAR} references to earlier keys.
 */
export function parseEnvFile(text: string, base: Lookup = () => undefined): Map<string, EnvValue> {
  const env = new Map<string, EnvValue>();
  const lookup: Lookup = (name) => env.get(name) ?? base(name);
  const budget = fileBudget();
  const expanded = (value: string): EnvValue => {
    const result = interpolate(value, lookup, { budget });
    return result.tooLong ? TOO_LONG : result.value;
  };
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = match[1] ?? '';
    const value = match[2] ?? '';
    if (value.startsWith("'")) {
      const close = value.indexOf("'", 1);
      env.set(key, close > 0 ? value.slice(1, close) : value.slice(1));
    } else if (value.startsWith('"')) {
      const close = findUnescapedQuote(value);
      const inner = close > 0 ? value.slice(1, close) : value.slice(1);
      env.set(key, expanded(inner.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1')));
    } else {
      env.set(key, expanded(value.replace(/\s+#.*$/, '').trim()));
    }
  }
  return env;
}

function findUnescapedQuote(value: string): number {
  for (let i = 1; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}
