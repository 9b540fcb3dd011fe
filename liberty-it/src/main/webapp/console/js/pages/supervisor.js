// The supervisor's dashboard of the proxy ledger (代办台账) for the county or a township, within the
// caller's reach: the unanswered and overdue cases (V-FEEDBACK), the five service indicators K-* of
// docs/requirements.md month by month, and the cases per point. Every number comes from the REST
// reports (/api/proxy/reports/*, /api/proxy/cases); each chart (Apache ECharts, served from the
// application) has a table with the same numbers beside it, for screen readers and for reading.
import {h, field} from '../dom.js';
import {t} from '../i18n.js';
import {getJson, call} from '../api.js';
import {failure} from '../parts.js';

const ECHARTS = '/console/vendor/echarts/echarts.esm.min.js';
const INDICATORS = [
  {key: 'oneTrip', id: 'K-ONETRIP'}, {key: 'answered', id: 'K-ANSWERED'}, {key: 'onTime', id: 'K-ONTIME'},
  {key: 'rating', id: 'K-RATING'}, {key: 'special', id: 'K-SPECIAL'},
];
const AGE_BANDS = [
  {id: 'UP_TO_7_DAYS', max: 7}, {id: 'UP_TO_30_DAYS', max: 30}, {id: 'UP_TO_90_DAYS', max: 90},
  {id: 'OVER_90_DAYS', max: Infinity},
];

/** The charts drawn on the page shown last, released when the page is drawn again. */
let drawn = [];

/** A share as people read it: "75.0 %", or a dash when no case qualifies (an empty share is not 0 %). */
function percent(ratio) {
  return ratio.of === 0 ? '—' : (100 * ratio.count / ratio.of).toFixed(1) + ' %';
}

function table(id, caption, headers, rows) {
  return h('table', {id, class: 'figures'}, h('caption', {text: caption}),
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', {scope: 'col', text})))), h('tbody', {}, rows));
}

/** The months of a year up to the server's today (the whole year when it is past), each as a period. */
function months(year, today) {
  const periods = [];
  for (let month = 1; month <= 12; month++) {
    const from = `${year}-${String(month).padStart(2, '0')}-01`;
    if (from > today) break;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    periods.push({month: from.slice(0, 7), from, to: last < today ? last : today});
  }
  return periods;
}

/** The scopes the caller may choose: the county and its townships, or their own townships. */
async function scopes() {
  const reach = await getJson('/api/proxy/reach');
  const county = reach.scopes.find((s) => s.level === 'COUNTY');
  const countyCode = county ? county.id : reach.scopes[0].id.slice(0, 6);
  const townships = (await getJson('/api/catalogue/places?within=' + countyCode)).filter((p) => p.kind === 'TOWNSHIP');
  const named = (code) => townships.find((p) => p.code === code)?.name ?? code;
  const choices = reach.scopes.filter((s) => s.level === 'TOWNSHIP').map((s) => ({query: 'township=' + s.id,
    label: named(s.id), id: s.id}));
  if (county) {
    return [{query: '', label: t('dash.county'), id: county.id},
      ...townships.map((p) => ({query: 'township=' + p.code, label: p.name, id: p.code}))];
  }
  return choices;
}

/** Draws a chart into its box once the box is in the page. */
function chart(echarts, box, option) {
  const instance = echarts.init(box, null, {renderer: 'canvas'});
  instance.setOption({animation: false, aria: {enabled: true}, tooltip: {renderMode: 'richText'}, ...option});
  drawn.push(instance);
}

/** The unanswered and overdue cases of the scope as of the server's today, by age band. */
function unansweredSection(report) {
  const cases = report.cases;
  const overdue = cases.filter((c) => c.overdue);
  const bands = AGE_BANDS.map((band, i) => ({band, count: cases.filter((c) => c.ageDays <= band.max
    && (i === 0 || c.ageDays > AGE_BANDS[i - 1].max)).length}));
  return h('section', {class: 'card', 'aria-labelledby': 'dash-unanswered-title'},
    h('h3', {id: 'dash-unanswered-title', text: t('dash.unansweredTitle', {asOf: report.asOf})}),
    h('dl', {class: 'details totals'},
      h('dt', {text: t('dash.unanswered')}), h('dd', {id: 'dash-unanswered', text: String(cases.length)}),
      h('dt', {text: t('dash.overdue')}), h('dd', {id: 'dash-overdue', class: overdue.length ? 'error' : null,
        text: String(overdue.length)})),
    table('dash-ages', t('dash.byAge'), [t('dash.age'), t('dash.cases')],
      bands.map(({band, count}) => h('tr', {'data-band': band.id}, h('th', {scope: 'row', text: t('dash.age.' + band.id)}),
        h('td', {text: String(count)})))),
    overdue.length === 0 ? h('p', {text: t('dash.noOverdue')}) : table('dash-overdue-cases', t('dash.overdueCases'),
      [t('dash.case'), t('dash.point'), t('dash.state'), t('dash.receivedOn'), t('dash.deadline'), t('dash.ageDays')],
      overdue.map((c) => h('tr', {'data-case': c.caseId}, [c.caseId, c.pointId, t('agent.state.' + c.state), c.receivedOn,
        c.deadline, String(c.ageDays)].map((text) => h('td', {text}))))));
}

/** One indicator month by month: a bar chart of its share and the table of its counts. */
function indicatorFigure(echarts, indicator, monthly) {
  const box = h('div', {class: 'chart', 'aria-hidden': 'true'});
  const figure = h('figure', {class: 'card indicator', 'data-indicator': indicator.id},
    h('figcaption', {}, h('strong', {text: indicator.id + ' ' + t('dash.k.' + indicator.id)}),
      h('span', {class: 'hint', text: ' ' + t('dash.kRule.' + indicator.id)})),
    box,
    table('dash-' + indicator.id, t('dash.k.' + indicator.id), [t('dash.month'), t('dash.count'), t('dash.of'),
      t('dash.share')], monthly.map(({month, report}) => {
      const ratio = report[indicator.key];
      return h('tr', {'data-month': month}, h('th', {scope: 'row', text: month}),
        h('td', {'data-figure': 'count', text: String(ratio.count)}), h('td', {'data-figure': 'of', text: String(ratio.of)}),
        h('td', {'data-figure': 'share', text: percent(ratio)}));
    })));
  return {figure, draw: () => chart(echarts, box, {
    grid: {left: 40, right: 10, top: 10, bottom: 30},
    xAxis: {type: 'category', data: monthly.map((m) => m.month)},
    yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value} %'}},
    series: [{type: 'bar', name: indicator.id, data: monthly.map(({report}) => {
      const ratio = report[indicator.key];
      return ratio.of === 0 ? null : Math.round(1000 * ratio.count / ratio.of) / 10;
    })}],
  })};
}

/** Every case of the scope received in the period, page by page. */
async function casesOf(scope, from, to) {
  const all = [];
  let offset = 0;
  for (;;) {
    const query = new URLSearchParams(scope);
    query.set('from', from);
    query.set('to', to);
    query.set('offset', offset);
    query.set('limit', 500);
    const answer = await call('GET', '/api/proxy/cases?' + query);
    all.push(...await answer.json());
    const next = answer.headers.get('X-Next-Offset');
    if (next === null) return all;
    offset = next;
  }
}

/** The cases per point: received in the period, unanswered and overdue today. */
function pointsFigure(echarts, points, received, report) {
  const rows = points.map((p) => ({point: p,
    received: received.filter((c) => c.pointId === p.id).length,
    unanswered: report.cases.filter((c) => c.pointId === p.id).length,
    overdue: report.cases.filter((c) => c.pointId === p.id && c.overdue).length}));
  const box = h('div', {class: 'chart', 'aria-hidden': 'true'});
  const figure = h('figure', {class: 'card', id: 'dash-points-figure'},
    h('figcaption', {}, h('strong', {text: t('dash.perPoint')})), box,
    table('dash-points', t('dash.perPoint'), [t('dash.point'), t('dash.received'), t('dash.unanswered'), t('dash.overdue')],
      rows.map((r) => h('tr', {'data-point': r.point.id}, h('th', {scope: 'row', text: r.point.name}),
        h('td', {'data-figure': 'received', text: String(r.received)}),
        h('td', {'data-figure': 'unanswered', text: String(r.unanswered)}),
        h('td', {'data-figure': 'overdue', text: String(r.overdue)})))));
  const series = ['received', 'unanswered', 'overdue'].map((key) => ({type: 'bar', name: t('dash.' + key),
    data: rows.map((r) => r[key])}));
  return {figure, draw: () => chart(echarts, box, {
    legend: {top: 0}, grid: {left: 40, right: 10, top: 30, bottom: 30},
    xAxis: {type: 'category', data: rows.map((r) => r.point.id)}, yAxis: {type: 'value', minInterval: 1}, series,
  })};
}

async function showDashboard(body, scope, year, today) {
  drawn.forEach((instance) => instance.dispose());
  drawn = [];
  body.replaceChildren(h('p', {class: 'hint', text: t('dash.loading')}));
  try {
    const echarts = await import(ECHARTS);
    const report = await getJson('/api/proxy/reports/unanswered?' + scope);
    const periods = months(year, today);
    const monthly = await Promise.all(periods.map(async (p) => ({month: p.month,
      report: await getJson('/api/proxy/reports/indicators?' + new URLSearchParams([...new URLSearchParams(scope),
        ['from', p.from], ['to', p.to]]))})));
    const points = await getJson('/api/proxy/points?' + scope);
    const last = periods.length ? periods[periods.length - 1].to : `${year}-12-31`;
    const received = await casesOf(scope, `${year}-01-01`, last);
    const figures = INDICATORS.map((indicator) => indicatorFigure(echarts, indicator, monthly));
    const perPoint = pointsFigure(echarts, points, received, report);
    body.replaceChildren(unansweredSection(report),
      h('section', {'aria-labelledby': 'dash-k-title'}, h('h3', {id: 'dash-k-title', text: t('dash.indicators', {year})}),
        h('div', {class: 'indicator-grid'}, figures.map((f) => f.figure))),
      perPoint.figure);
    [...figures, perPoint].forEach((f) => f.draw());
    body.dataset.ready = 'true';
  } catch (error) {
    body.replaceChildren(failure(error));
  }
}

export async function render(main) {
  main.append(h('h2', {text: t('nav.dashboard')}), h('p', {text: t('dash.intro')}));
  let choices;
  let today;
  try {
    choices = await scopes();
    today = (await getJson('/api/proxy/reports/indicators?' + choices[0].query)).period.to;
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const scope = h('select', {}, choices.map((c) => h('option', {value: c.query, 'data-scope': c.id, text: c.label})));
  const thisYear = Number(today.slice(0, 4));
  const year = h('select', {}, [thisYear, thisYear - 1, thisYear - 2].map((y) => h('option', {value: y, text: String(y)})));
  const body = h('div', {id: 'dash-body', 'aria-live': 'polite'});
  const form = h('form', {class: 'filters', id: 'dash-filters'},
    field('dash-scope', t('dash.scope'), scope), field('dash-year', t('dash.year'), year),
    h('button', {type: 'submit', text: t('dash.show')}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    delete body.dataset.ready;
    showDashboard(body, scope.value, Number(year.value), today);
  });
  main.append(form, body);
  await showDashboard(body, scope.value, thisYear, today);
}
