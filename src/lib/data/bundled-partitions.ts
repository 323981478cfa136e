/**
 * The bundled observations of a partitioned dataset (the whole country), loaded into the engine
 * per gemeente as views ask for them. Fetching starts at once, also before the engine is ready;
 * each gemeente is fetched and added once.
 */
import type { Engine } from './engine';
import { openPartitionSource, type PartitionSource } from './partition-client';

export class BundledPartitions {
	readonly source: PartitionSource;
	private readonly loads = new Map<string, Promise<void>>();
	/** Changes whenever a partition is added: values cached before may lack it. */
	version = 0;

	constructor(
		parquetUrl: string,
		areasUrl: string,
		private readonly engine: () => Promise<Engine>
	) {
		this.source = openPartitionSource(parquetUrl, areasUrl);
	}

	/** Makes sure the engine holds the gemeenten the areas lie in; true when something was added. */
	async ensure(codes: readonly string[]): Promise<boolean> {
		if (codes.length === 0) return false;
		const gemeenten = await this.source.gemeentenOf(codes);
		const fresh = gemeenten.filter((g) => !this.loads.has(g));
		if (fresh.length > 0) {
			const rows = this.source.rows(fresh);
			const load = (async () => {
				const [csv, engine] = await Promise.all([rows, this.engine()]);
				const { addBundledPartition } = await import('./user-data');
				await addBundledPartition(engine, csv);
				this.version++;
			})();
			for (const gemeente of fresh) this.loads.set(gemeente, load);
			load.catch(() => {
				for (const g of fresh) if (this.loads.get(g) === load) this.loads.delete(g);
			});
		}
		await Promise.all(gemeenten.map((g) => this.loads.get(g)));
		return fresh.length > 0;
	}

	/** After the tables were rebuilt: the gemeenten loaded before, loaded again (if `shown`). */
	async reload(shown: boolean): Promise<void> {
		const loaded = [...this.loads.keys()];
		this.loads.clear();
		this.version++;
		if (shown) await this.ensure(loaded);
	}
}
