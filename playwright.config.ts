import { defineConfig, devices } from '@playwright/test';

import {
	E2E_BASE_PORT as BASE_PORT,
	E2E_NATIONAL_PORT as NATIONAL_PORT,
	E2E_PORT as PORT
} from './tests/e2e/helpers/ports.ts';

/** Debian's Chromium; browsers cannot be downloaded here. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// Every host name except the app's own address fails to resolve: even a request that slipped
	// past the tests' route handler could not leave the machine. The handler still sees it first.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'off',
		// A service worker answers requests before page.route sees them; tests that route or
		// record requests need the network. tests/e2e/offline.spec.ts allows it for itself.
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
			},
			testIgnore: /base-path\.spec\.ts/
		},
		{
			name: 'base-path',
			use: {
				...devices['Desktop Chrome'],
				baseURL: `http://127.0.0.1:${BASE_PORT}`,
				launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
			},
			testMatch: /base-path\.spec\.ts/
		}
	],
	webServer: {
		// The builds run one after the other: they share .svelte-kit/. The third is of a
		// partitioned dataset: the national generator's output for 12 gemeenten.
		command: [
			'npx vite build --logLevel warn',
			'BASE_PATH=/wijkwaarde BUILD_DIR=build-base npx vite build --logLevel warn',
			'tsx scripts/generate-national-data.ts --gemeenten 12 --targets 20 --out .e2e-national',
			'WIJKWAARDE_DATA=.e2e-national BUILD_DIR=build-national npx vite build --logLevel warn',
			'tsx scripts/serve-e2e.ts'
		].join(' && '),
		url: `http://127.0.0.1:${NATIONAL_PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000
	}
});
