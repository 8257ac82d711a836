import { html, raw, type SafeHtml } from '../html.js';

/** The periods offered, in days; anything else asked for is read as the first. */
export const PERIODS = [7, 30, 90] as const;

/** The period a query string asks for (`?days=30`), one of {@link PERIODS}. */
export function periodOf(url: URL): number {
  const days = Number(url.searchParams.get('days'));
  return (PERIODS as readonly number[]).includes(days) ? days : PERIODS[0];
}

/** A plain GET form: works without script. */
export function periodPicker(action: string, days: number): SafeHtml {
  return html`<form class="row" method="get" action="${action}"><label>Period
<select name="days">${PERIODS.map((d) => html`<option value="${d}"${d === days ? raw(' selected') : ''}>last ${d} days</option>`)}</select></label>
<button>Show</button></form>`;
}
