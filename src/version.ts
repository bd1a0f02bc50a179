// Defined by the bundler (scripts/build.mjs) and by vitest.config.ts from package.json, so the
// bundle does not inline package.json itself.
declare const __PORT_CLAIMS_VERSION__: string;

export const VERSION: string = __PORT_CLAIMS_VERSION__;
