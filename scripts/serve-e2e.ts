/** Serves the two builds the end-to-end tests use: at the root, and under a sub-path. */
import { startStaticServer } from './serve-static.ts';

const port = Number(process.env.E2E_PORT ?? 4173);
await startStaticServer({ dir: 'build', port });
await startStaticServer({ dir: 'build-base', port: port + 1, base: '/wijkwaarde' });
console.log(
	`e2e servers on http://127.0.0.1:${port}/ and http://127.0.0.1:${port + 1}/wijkwaarde/`
);
