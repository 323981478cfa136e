/** A chart's downloads: open its download menu (once) and take the file of one format. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';

export async function download(page: Page, figure: Locator, format: string): Promise<Download> {
	const toggle = figure.locator('[data-download-toggle]');
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		figure.locator(`[data-download="${format}"]`).click()
	]);
	return file;
}

export const bytesOf = async (file: Download) => new Uint8Array(readFileSync((await file.path())!));
