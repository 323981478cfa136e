/**
 * The ports the end-to-end servers listen on (scripts/serve-e2e.ts): E2E_PORT for the build at
 * the root, E2E_BASE_PORT (default: the next port) for the build under a sub-path, so that
 * several checkouts can run their suites side by side.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_BASE_PORT = Number(process.env.E2E_BASE_PORT ?? E2E_PORT + 1);
/** The build with a partitioned (national-style) dataset, tests/e2e/national.spec.ts. */
export const E2E_NATIONAL_PORT = Number(process.env.E2E_NATIONAL_PORT ?? E2E_PORT + 2);
