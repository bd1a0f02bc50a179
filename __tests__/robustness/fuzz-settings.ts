// How many cases each property-based test tries: few enough for a fast suite; raise it for a long
// run, e.g. PORT_CLAIMS_FUZZ_RUNS=5000 npx vitest run __tests__/robustness.
export const FUZZ_RUNS = Number(process.env.PORT_CLAIMS_FUZZ_RUNS) || 60;

/** A test's time limit for that many cases: a long run must not trip the suite's 30 s. */
export const FUZZ_TIMEOUT = Math.max(30_000, FUZZ_RUNS * 25);
