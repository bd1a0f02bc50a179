// Entry point of dist/cli.js.
import { run } from './cli.js';

/** Colour unless a flag says otherwise: NO_COLOR (no-color.org) wins, then FORCE_COLOR, then a TTY. */
function useColor(): boolean {
  const noColor = process.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true;
}

/** Standard input, up to one byte past `limit`: enough for the caller to refuse it. */
async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) break;
  }
  return Buffer.concat(chunks, length);
}

/**
 * A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go,
 * and that is no error. Later writes are dropped, and the run ends with its own exit status.
 */
const closed = { stdout: false, stderr: false };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      closed[name] = true;
      return;
    }
    throw error;
  });
}

run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => {
    if (!closed.stdout) process.stdout.write(text);
  },
  stderr: (text) => {
    if (!closed.stderr) process.stderr.write(text);
  },
  color: useColor(),
  stdin: readStdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`port-claims: internal error: ${message}\n`);
    if (process.env.PORT_CLAIMS_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
