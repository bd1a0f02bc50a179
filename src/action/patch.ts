// The lines a pull request adds, from the unified diff GitHub gives for each file (`patch`).
// GitHub accepts a review comment only on a line of the diff; port-claims comments only where
// the pull request wrote the line, so a comment never lands on code the author did not touch.

/** New-file line number → text, for every line the patch adds. */
export type AddedLines = Map<number, string>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

export function addedLines(patch: string | undefined): AddedLines {
  const added: AddedLines = new Map();
  if (!patch) return added;
  let line = 0;
  let inHunk = false;
  for (const row of patch.split('\n')) {
    const hunk = HUNK.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = row[0];
    if (mark === '+') {
      added.set(line, row.slice(1).replace(/\r$/, ''));
      line++;
    } else if (mark === ' ' || row === '') {
      // An empty row is a context line whose leading space an editor or transport dropped.
      line++;
    }
    // '-' rows belong to the old file; '\' is "\ No newline at end of file".
  }
  return added;
}
