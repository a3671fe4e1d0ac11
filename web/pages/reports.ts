/**
 * R6, the report page: a period form (a plain GET, so every report has its own URL), then what complaints
 * teach — volume, timeliness, the open backlog, corrective actions, satisfaction — each figure beside the
 * period before, the charts beside their tables, and the files to download. Rendered from the one summary
 * the API, the charts and the CSV read, so the page never disagrees with them.
 */
import type { Summary } from '../../reports/summary';
import { errorSummary, input, problemOf, type FormState } from '../forms';
import { html, type Html } from '../html';
import { layout, PATHS, type PageContext } from '../layout';
import { backlog, corrective, periodsOf, satisfaction, timeliness, volume, type ReportChart } from './report-sections';

export type { ReportChart } from './report-sections';

export const PERIOD_FORM = 'period';

export interface ReportView {
  /** The period as the form shows it (what was asked, or the period shown). */
  from: string;
  to: string;
  form?: FormState;
  /** No period was asked for: the default (the year so far, today included) is shown. */
  defaultPeriod?: boolean;
  /** Absent when the period asked for could not be read. */
  report?: {
    summary: Summary;
    summaryCsv: string;
    complaintsCsv: string;
    chart: (name: ReportChart) => string;
    /** Whether the reader may open a complaint's page (an operator reads reports, not complaints). */
    mayReadComplaints: boolean;
  };
}

function periodForm(ctx: PageContext, v: ReportView): Html {
  const t = ctx.t.reports;
  const field = (name: 'from' | 'to', label: string, hint: string) =>
    input({
      form: PERIOD_FORM,
      name,
      label,
      hint,
      type: 'date',
      value: v[name],
      error: problemOf(v.form, PERIOD_FORM, name),
    });
  return html`<form method="get" action="${PATHS.reports}" class="filters report-period" aria-label="${t.form}" novalidate>
  <div class="report-period__fields">
    ${field('from', t.from, t.fromHint)}
    ${field('to', t.to, t.toHint)}
  </div>
  ${v.report && html`<p id="period-shown" class="field__hint">${t.shown(t.periodName(ctx.formats.day(v.from), ctx.formats.day(v.to)), !!v.defaultPeriod)}</p>`}
  <div class="filters__actions"><button type="submit" class="button">${t.show}</button></div>
</form>`;
}

export function reportsPage(ctx: PageContext, v: ReportView): string {
  const t = ctx.t.reports;
  const r = v.report;
  const periods = r && periodsOf(ctx, r.summary);
  const main = html`${errorSummary(ctx.t.forms.errorTitle, v.form)}
<h1>${t.title}</h1>
${periodForm(ctx, v)}
<p class="report-what-if"><a href="${PATHS.whatIf}">${ctx.t.whatIf.link}</a></p>
${
  r &&
  periods &&
  html`<p class="lead">${t.intro(periods.current, periods.previous)}</p>
<p class="muted">${t.measured(ctx.formats.moment(new Date(r.summary.measuredAt)))} ${t.chartsNote}</p>
<section class="report-downloads" aria-labelledby="downloads">
  <h2 id="downloads">${t.downloads}</h2>
  <ul>
    <li><a href="${r.summaryCsv}" download>${t.summaryCsv}</a></li>
    <li><a href="${r.complaintsCsv}" download aria-describedby="complaints-csv-hint">${t.complaintsCsv}</a> <span id="complaints-csv-hint" class="muted">${t.complaintsCsvHint}</span></li>
  </ul>
</section>
${volume(ctx, r.summary, r.chart)}
${timeliness(ctx, r.summary)}
${backlog(ctx, r.summary, r.chart)}
${corrective(ctx, r.summary, r.mayReadComplaints)}
${satisfaction(ctx, r.summary)}`
}`;
  return layout(ctx, { title: t.title, main, current: 'reports' });
}
