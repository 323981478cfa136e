/** Serves the builds the end-to-end tests use: at the root, under a sub-path, and one of a partitioned dataset. */
import { E2E_BASE_PORT, E2E_NATIONAL_PORT, E2E_PORT } from '../tests/e2e/helpers/ports.ts';
import { startStaticServer } from './serve-static.ts';

await startStaticServer({ dir: 'build', port: E2E_PORT });
await startStaticServer({ dir: 'build-base', port: E2E_BASE_PORT, base: '/wijkwaarde' });
await startStaticServer({ dir: 'build-national', port: E2E_NATIONAL_PORT });
console.log(
	`e2e servers on http://127.0.0.1:${E2E_PORT}/, http://127.0.0.1:${E2E_BASE_PORT}/wijkwaarde/ ` +
		`and http://127.0.0.1:${E2E_NATIONAL_PORT}/ (partitioned dataset)`
);
