/** Serves the two builds the end-to-end tests use: at the root, and under a sub-path. */
import { startStaticServer } from './serve-static.ts';

await startStaticServer({ dir: 'build', port: 4173 });
await startStaticServer({ dir: 'build-base', port: 4174, base: '/wijkwaarde' });
console.log('e2e servers on http://127.0.0.1:4173/ and http://127.0.0.1:4174/wijkwaarde/');
