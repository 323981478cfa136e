import {
	Bool,
	Table,
	Float16,
	Float64,
	Int32,
	Int64,
	List,
	Utf8,
	Field,
	vectorFromArray,
	tableFromArrays
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/lib/data/arrow-rows';

describe('rowsOf: an Arrow result as plain rows', () => {
	it('gives what row.toJSON() gives, nulls included', () => {
		const table = new Table({
			value: vectorFromArray([1.5, null, -3.25, 0], new Float64()),
			year: vectorFromArray([2012, 2013, null, 2015], new Int32()),
			count: vectorFromArray([1n, 2n, null, 4n], new Int64()),
			name: vectorFromArray(['a', null, 'Dieze-Oost', ''], new Utf8()),
			flag: vectorFromArray([true, false, null, true], new Bool())
		});
		const expected = table.toArray().map((row) => row.toJSON());
		expect(rowsOf(table)).toEqual(expected);
		expect(rowsOf<{ value: number | null }>(table).map((r) => r.value)).toEqual([
			1.5,
			null,
			-3.25,
			0
		]);
	});

	it('reads columns without nulls from their typed arrays, values as numbers', () => {
		const table = tableFromArrays({
			value: Float64Array.from([10, 20.5]),
			year: Int32Array.from([2019, 2020])
		});
		const rows = rowsOf<{ value: number; year: number }>(table);
		expect(rows).toEqual([
			{ value: 10, year: 2019 },
			{ value: 20.5, year: 2020 }
		]);
		expect(typeof rows[1].year).toBe('number');
	});

	it('leaves half floats, 64-bit integers and lists to the vector’s own reading', () => {
		const half = vectorFromArray([0.5, 2], new Float16());
		const big = vectorFromArray([5n, 6n], new Int64());
		const list = vectorFromArray([['a'], ['b', 'c']], new List(new Field('item', new Utf8())));
		const table = new Table({ half, big, list });
		const rows = rowsOf<{ half: number; big: bigint; list: { toArray(): unknown[] } }>(table);
		expect(rows.map((r) => r.half)).toEqual([0.5, 2]);
		expect(rows.map((r) => r.big)).toEqual([5n, 6n]);
		expect(rows.map((r) => [...r.list.toArray()])).toEqual([['a'], ['b', 'c']]);
	});

	it('reads text columns of several chunks, ASCII or not, with nulls, as Arrow does', () => {
		const chunks = [
			['WK999901', null, 'BU99990101'],
			['Molenwijk', 'Dieze-Oost', null],
			['’s-Hertogenbosch', 'Zuid‐Oost', '']
		].map((part) => vectorFromArray(part, new Utf8()));
		const column = chunks[0].concat(chunks[1], chunks[2]);
		const table = new Table({ name: column });
		expect(table.getChild('name')!.data).toHaveLength(3);
		expect(rowsOf<{ name: string | null }>(table).map((r) => r.name)).toEqual([
			'WK999901',
			null,
			'BU99990101',
			'Molenwijk',
			'Dieze-Oost',
			null,
			'’s-Hertogenbosch',
			'Zuid‐Oost',
			''
		]);
	});

	it('reads a sliced text column from its own offsets', () => {
		const table = tableFromArrays({ code: ['GM9999', 'WK999901', 'WK999902', 'WK999903'] });
		const sliced = table.slice(1, 3);
		expect(rowsOf<{ code: string }>(sliced).map((r) => r.code)).toEqual(['WK999901', 'WK999902']);
	});
});
