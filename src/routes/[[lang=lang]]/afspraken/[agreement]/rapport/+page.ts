import { loadAgreementReport } from '$lib/data/source';

export async function load({ params, fetch, depends }) {
	depends('app:engine');
	return { slug: params.agreement, report: await loadAgreementReport(fetch, params.agreement) };
}
