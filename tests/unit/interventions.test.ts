/**
 * Interventions in the engine: the bundled interventions.csv and the user's own, one query per
 * area, in time order; and the editor's form check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	checkInterventionDraft,
	draftFromIntervention,
	EMPTY_INTERVENTION_DRAFT
} from '$lib/analysis/intervention-draft';
import { openNodeEngineWithDataset } from '$lib/data/bundled-node';
import type { Engine } from '$lib/data/engine';
import {
	buildAreaDashboard,
	buildDatasetMeta,
	interventionApplies,
	type DatasetMeta
} from '$lib/data/model';
import { interventionsForArea, type UserIntervention } from '$lib/data/queries';
import { setUserInterventions } from '$lib/data/user-data';
import { readCsv } from './csv';

const bundled = readCsv('interventions.csv');

let engine: Engine;
let meta: DatasetMeta;
beforeAll(async () => {
	engine = await openNodeEngineWithDataset();
	meta = await buildDatasetMeta(engine, true);
});
afterAll(() => engine.close());

const own = (id: string, overrides: Partial<UserIntervention> = {}): UserIntervention => ({
	id,
	area_code: 'WK999905',
	year: 2018,
	month: null,
	title: 'Eigen: "buurtteam" <b>gestart</b>',
	description: '',
	indicator_ids: '',
	...overrides
});

describe('interventions in the engine', () => {
	it('reads the bundled file: every row of an area, in time order, as in the CSV', async () => {
		const rows = await interventionsForArea(engine, 'WK999905');
		const expected = bundled
			.filter((r) => r.area_code === 'WK999905')
			.sort((a, b) => Number(a.year) - Number(b.year));
		expect(expected.length).toBeGreaterThanOrEqual(2);
		expect(rows).toEqual(
			expected.map((r) => ({
				area_code: r.area_code,
				year: Number(r.year),
				month: r.month === '' ? null : Number(r.month),
				title: r.title,
				description: r.description,
				indicator_ids: r.indicator_ids,
				user_id: null
			}))
		);
		expect(await interventionsForArea(engine, 'WK999900')).toEqual([]);
	});

	it('adds the user’s own between the files’ by date, and replaces them as a whole', async () => {
		await setUserInterventions(engine, [
			own('b', { year: 2020, month: 2 }),
			own('a', { year: 2016, month: 1 })
		]);
		const rows = await interventionsForArea(engine, 'WK999905');
		// 2016-01 (own) before 2016-03 (file); 2020 without a month (file) before 2020-02 (own).
		expect(rows.map((r) => [r.year, r.month, r.user_id])).toEqual([
			[2016, 1, 'a'],
			[2016, 3, null],
			[2020, null, null],
			[2020, 2, 'b']
		]);
		expect(rows[0].title).toBe('Eigen: "buurtteam" <b>gestart</b>');
		// A refused set (month 13) leaves the previous one.
		await expect(setUserInterventions(engine, [own('c', { month: 13 })])).rejects.toThrow();
		expect(await interventionsForArea(engine, 'WK999905')).toHaveLength(4);
		await setUserInterventions(engine, []);
		expect(await interventionsForArea(engine, 'WK999905')).toHaveLength(2);
	});

	it('reach the area dashboard, and a chart takes those meant for its indicator or for all', async () => {
		const dashboard = (await buildAreaDashboard(engine, meta, 'WK999905'))!;
		const [general, labour] = dashboard.interventions;
		expect(general).toMatchObject({ year: 2016, month: 3, indicatorIds: [], userId: null });
		expect(labour.indicatorIds).toEqual(['net_labour_participation', 'social_assistance_share']);
		expect(interventionApplies(general, 'woz_value')).toBe(true);
		expect(interventionApplies(labour, 'woz_value')).toBe(false);
		expect(interventionApplies(labour, 'social_assistance_share')).toBe(true);
	});
});

describe('the intervention form', () => {
	const context = {
		areaCodes: new Set(['WK999902']),
		indicatorIds: new Set(['solar_panels_share', 'woz_value'])
	};

	it('names every field with a problem', () => {
		const empty = checkInterventionDraft(EMPTY_INTERVENTION_DRAFT, context);
		expect(empty.intervention).toBeNull();
		expect(empty.problems).toEqual([
			{ field: 'area_code', code: 'required' },
			{ field: 'year', code: 'required' },
			{ field: 'title', code: 'required' }
		]);
		const wrong = checkInterventionDraft(
			{
				area_code: 'WK000000',
				year: '20199',
				month: '0',
				title: 'x'.repeat(121),
				description: 'y'.repeat(501),
				indicator_ids: ['woz_value', 'nope']
			},
			context
		);
		expect(wrong.problems).toEqual([
			{ field: 'area_code', code: 'area_unknown' },
			{ field: 'year', code: 'year_invalid', min: 1990, max: 2100 },
			{ field: 'month', code: 'month_invalid' },
			{ field: 'title', code: 'text_too_long', max: 120 },
			{ field: 'description', code: 'text_too_long', max: 500 },
			{ field: 'indicator_ids', code: 'indicator_unknown', ids: ['nope'] }
		]);
	});

	it('gives a contract intervention, trimmed, and the same form back to edit it', () => {
		const draft = {
			area_code: ' WK999902 ',
			year: ' 2021 ',
			month: '6',
			title: '  Geveltuinen  ',
			description: ' 300 stuks ',
			indicator_ids: ['woz_value', 'solar_panels_share', 'woz_value']
		};
		const { intervention, problems } = checkInterventionDraft(draft, context);
		expect(problems).toEqual([]);
		expect(intervention).toEqual({
			area_code: 'WK999902',
			year: 2021,
			month: 6,
			title: 'Geveltuinen',
			description: '300 stuks',
			indicator_ids: 'woz_value;solar_panels_share'
		});
		expect(draftFromIntervention(intervention!)).toEqual({
			area_code: 'WK999902',
			year: '2021',
			month: '6',
			title: 'Geveltuinen',
			description: '300 stuks',
			indicator_ids: ['woz_value', 'solar_panels_share']
		});
		const noMonth = checkInterventionDraft({ ...draft, month: '' }, context);
		expect(noMonth.intervention?.month).toBeNull();
	});
});
