// Standards checks (标准化规范化便利化) for supervisors and auditors: the annex-2 pilot sites, each
// with every rule's verdict, what it found, and the rule's own text and clause
// (GET /api/standards/pilot-sites and /api/standards/rules).
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {getJson} from '../api.js';
import {failure} from '../parts.js';

const STATUSES = ['PASS', 'FAIL', 'NOT_ASSESSED', 'ADVISORY'];

export async function render(main) {
  main.append(h('h2', {text: t('nav.standards')}), h('p', {text: t('standards.intro')}));
  let rules;
  let report;
  try {
    [rules, report] = await Promise.all([getJson('/api/standards/rules'), getJson('/api/standards/pilot-sites')]);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const byId = Object.fromEntries(rules.map((rule) => [rule.id, rule]));
  main.append(h('div', {id: 'standards-sites'}, report.sites.map((site, index) => siteCard(site, index, byId))));
}

/** One site: its counts, then each rule's verdict, what was found, and the rule's text and clause. */
function siteCard(site, index, rules) {
  const counts = h('p', {class: 'summary'}, STATUSES.map((status) => h('span', {class: 'verdict-count ' + status},
    t('standards.status.' + status) + ' ' + (site.summary?.[camel(status)] ?? 0))));
  const rows = site.results.map((result) => {
    const rule = rules[result.rule];
    return h('tr', {'data-rule': result.rule},
      h('td', {text: result.rule}),
      h('td', {}, h('span', {class: 'check ' + result.status, 'data-status': result.status,
        text: t('standards.status.' + result.status)})),
      h('td', {text: result.detail ?? ''}),
      h('td', {class: 'rule-text', text: rule ? rule.summary + ' (' + rule.clause + ')' : ''}));
  });
  return h('section', {class: 'card site', 'data-site': site.site}, h('h3', {text: site.site}), counts,
    h('table', {id: 'standards-site-' + index},
      h('thead', {}, h('tr', {}, ['standards.rule', 'standards.verdict', 'standards.found', 'standards.ruleText']
        .map((key) => h('th', {scope: 'col', text: t(key)})))),
      h('tbody', {}, rows)));
}

/** NOT_ASSESSED → notAssessed, the summary's key. */
function camel(status) {
  return status.toLowerCase().replace(/_(\w)/g, (whole, letter) => letter.toUpperCase());
}
