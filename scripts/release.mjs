#!/usr/bin/env node
// Tags a release of the action: vX.Y.Z on HEAD, and moves the major tag vX there, which is what
// `uses: port-claims/port-claims@vX` resolves to. The version comes from package.json.
//
//   node scripts/release.mjs            dry run: checks, then prints what it would do
//   node scripts/release.mjs --apply    creates the tags locally
//   node scripts/release.mjs --push     creates them and pushes both (the major tag with --force)
//
// Works on the git repository of the current directory.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: node scripts/release.mjs [--apply] [--push] [--remote NAME]';
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(args) {
  try {
    return git(args);
  } catch {
    return undefined;
  }
}

/** Compares release versions (X.Y.Z); a pre-release sorts before its release. */
function compareVersions(a, b) {
  const x = SEMVER.exec(a);
  const y = SEMVER.exec(b);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}

function plan(root, remote, pushing) {
  const problems = [];
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const match = SEMVER.exec(version ?? '');
  if (!match) {
    return { problems: [`package.json version "${version}" is not X.Y.Z or X.Y.Z-PRE`], steps: [] };
  }
  const tag = `v${version}`;
  const major = `v${match[1]}`;
  const prerelease = match[4] !== undefined;
  const head = git(['rev-parse', 'HEAD']);

  if (pushing && !git(['branch', '--remotes', '--contains', head, '--list', `${remote}/*`])) {
    problems.push(`HEAD is on no branch of ${remote}: push the release commit's branch first`);
  }
  const dirty = git(['status', '--porcelain']);
  if (dirty) problems.push(`the working tree has uncommitted changes:\n${dirty}`);
  for (const file of ['dist/index.js', 'dist/cli.js']) {
    if (tryGit(['ls-files', '--error-unmatch', file]) === undefined) {
      problems.push(`${file} is not committed: run \`npm run bundle\` and commit dist/`);
    }
  }
  const changelogPath = join(root, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm');
  if (!heading.test(changelog)) {
    problems.push(
      `CHANGELOG.md has no "## [${version}]" section: move the notes from [Unreleased] under it, with the date`,
    );
  }

  const steps = [];
  const existing = tryGit(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  if (existing === undefined) {
    steps.push(['tag', '-a', tag, '-m', `Release ${tag}`]);
  } else if (existing !== head) {
    problems.push(
      `${tag} already exists on ${existing.slice(0, 12)}, not on HEAD: bump the version`,
    );
  }

  let movesMajor = !prerelease;
  let note;
  if (prerelease) {
    note = `${tag} is a pre-release: ${major} stays where it is`;
  } else {
    // A fix released for an older minor (v1.2.4 after v1.3.0) must not pull v1 back.
    const newer = git(['tag', '--list', `${major}.*`])
      .split('\n')
      .map((t) => t.slice(1))
      .filter((v) => SEMVER.test(v) && !SEMVER.exec(v)[4] && compareVersions(v, version) > 0);
    if (newer.length) {
      movesMajor = false;
      note = `v${newer.sort(compareVersions).at(-1)} is newer: ${major} stays where it is`;
    }
  }
  if (movesMajor) steps.push(['tag', '-f', '-a', major, '-m', `${major} is ${tag}`, head]);

  const pushes = [];
  if (existing === undefined || existing === head)
    pushes.push(['push', remote, `refs/tags/${tag}`]);
  if (movesMajor) pushes.push(['push', '--force', remote, `refs/tags/${major}`]);
  return { problems, steps, pushes, note, tag, head };
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        apply: { type: 'boolean' },
        push: { type: 'boolean' },
        remote: { type: 'string', default: 'origin' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`release: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = tryGit(['rev-parse', '--show-toplevel']);
  if (!root) {
    console.error('release: not inside a git repository');
    return 2;
  }
  const { problems, steps, pushes, note, tag, head } = plan(
    root,
    values.remote,
    values.push === true,
  );
  if (problems.length) {
    for (const problem of problems) console.error(`release: ${problem}`);
    return 1;
  }
  const apply = values.apply || values.push;
  const commands = [...steps, ...(values.push ? pushes : [])];
  console.log(`${apply ? 'Releasing' : 'Would release'} ${tag} at ${head.slice(0, 12)}:`);
  if (note) console.log(`  (${note})`);
  for (const args of commands) {
    console.log(`  git ${args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    if (!apply) continue;
    try {
      execFileSync('git', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    } catch {
      console.error(`release: \`git ${args[0]}\` failed (see above); fix it and run again.`);
      return 1;
    }
  }
  if (!apply) {
    console.log('Dry run: nothing changed. --apply creates the tags; --push also pushes them.');
  } else if (!values.push) {
    console.log(`Tags created. Push them with: node scripts/release.mjs --push`);
  }
  return 0;
}

process.exitCode = main();
