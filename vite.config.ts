import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-dataset.ts';

export default defineConfig({
	plugins: [datasetPlugin(), sveltekit()],
	optimizeDeps: {
		exclude: ['@duckdb/duckdb-wasm']
	},
	ssr: {
		external: ['@duckdb/node-api']
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		env: { TZ: 'Europe/Amsterdam' }
	}
});
