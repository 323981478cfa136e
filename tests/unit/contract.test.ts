import { describe, expect, it } from 'vitest';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import { buildAreaDashboard, buildDatasetMeta } from '$lib/data/model';

describe('contract tables', () => {
	it('reads quoted fields, empty optional cells and empty values as the contract says', async () => {
		const engine = await openNodeEngineWithDataset('tests/fixtures/contract-small');
		const meta = await buildDatasetMeta(engine, false);
		expect(meta.areas.find((a) => a.code === 'WK999800')?.name).toBe('Dorp, centrum');
		expect(meta.areas.find((a) => a.code === 'GM9998')?.parent_code).toBeNull();
		expect(meta.indicators[0].description_nl).toBe('Gemiddeld verbruik, per woning');
		expect(meta.indicators[1].description_nl).toBe('');
		expect([meta.firstYear, meta.lastYear]).toEqual([2020, 2023]);

		const dashboard = (await buildAreaDashboard(engine, meta, 'WK999800'))!;
		const gas = dashboard.series.find((s) => s.indicatorId === 'gas_use_home')!;
		// 2021 is an empty cell, 2022 has no row: both are gaps.
		expect(gas.area.map((p) => p.value)).toEqual([1200, null, null, 1100]);
		expect(gas.reference?.map((p) => p.value)).toEqual([1000, 950, null, null]);
		const woz = dashboard.series.find((s) => s.indicatorId === 'woz_value')!;
		expect(woz.area[1].value).toBe(250000.5);
		expect(woz.reference).toBeNull();
		await engine.close();
	});

	it('refuses a catalogue with a theme outside people/planet/profit', async () => {
		await expect(openNodeEngineWithDataset('tests/fixtures/contract-bad-theme')).rejects.toThrow(
			/CHECK constraint/i
		);
	});
});
