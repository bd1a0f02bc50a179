// Entry point of dist/index.js, the GitHub Action.
import * as core from '@actions/core';
import { runAction } from './run.js';

runAction().catch((error: unknown) => {
  // A fault of the action's own must not read as a finding: say what happened, fail the step.
  core.setFailed(
    `port-claims: internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
});
