// The devolved-power catalogue (权责清单) for supervisors and auditors: the items in force, who
// handles an item for a place and why, the bundles (一件事), the published versions and what
// changed between two of them field by field, and (supervisors) publishing a new version
// (GET/POST /api/catalogue/...).
import {h, field} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson} from '../api.js';
import {failure, table} from '../parts.js';

export async function render(main, caller) {
  main.append(h('h2', {text: t('nav.catalogue')}), h('p', {text: t('catalogue.intro')}));
  const items = h('section', {id: 'catalogue-items'});
  const handling = whoHandles();
  const bundles = h('section', {id: 'catalogue-bundles'});
  const versions = h('section', {id: 'catalogue-versions'});
  main.append(handling, items, bundles, versions);
  getJson('/api/catalogue/items').then((list) => items.append(h('h3', {text: t('catalogue.items')}),
    table(['catalogue.code', 'catalogue.name', 'catalogue.levels', 'catalogue.department', 'catalogue.promisedDays'],
      list.map((item) => h('tr', {'data-code': item.code}, h('td', {text: item.code}), h('td', {text: item.name}),
        h('td', {text: item.levels.map((level) => t('level.' + level)).join('、')}), h('td', {text: item.department}),
        h('td', {text: item.promisedDays}))), 'catalogue-items-table')))
    .catch((error) => items.append(failure(error)));
  getJson('/api/catalogue/bundles').then((list) => bundles.append(h('h3', {text: t('catalogue.bundles')}),
    list.length === 0 ? h('p', {text: t('catalogue.noBundles')}) : table(
      ['catalogue.code', 'catalogue.name', 'catalogue.bundleItems', 'catalogue.promisedDays'],
      list.map((bundle) => h('tr', {}, h('td', {text: bundle.code}), h('td', {text: bundle.name}),
        h('td', {text: bundle.itemCodes.join('、')}), h('td', {text: bundle.promisedDays ?? ''}))), 'catalogue-bundles-table')))
    .catch((error) => bundles.append(failure(error)));
  showVersions(versions, caller);
}

/** The who-handles question: an item, a place and a date; the answer with its explanation. */
function whoHandles() {
  const item = h('input', {required: true, placeholder: 'LD-MZ-001'});
  const place = h('input', {required: true, inputmode: 'numeric', placeholder: '513322102201'});
  const date = h('input', {type: 'date'});
  const answer = h('div', {id: 'who-handles-answer', 'aria-live': 'polite'});
  const form = h('form', {class: 'card', id: 'who-handles-form'}, h('h3', {text: t('catalogue.whoHandles')}),
    h('div', {class: 'filters'}, field('who-item', t('catalogue.item'), item), field('who-place', t('catalogue.place'), place),
      field('who-date', t('catalogue.date'), date), h('button', {type: 'submit', class: 'primary', id: 'who-submit',
        text: t('catalogue.ask')})), answer);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({item: item.value.trim(), place: place.value.trim()});
    if (date.value) query.set('date', date.value);
    try {
      answer.replaceChildren(...explain(await getJson('/api/catalogue/who-handles?' + query)));
    } catch (error) {
      answer.replaceChildren(failure(error));
    }
  });
  return form;
}

/** The answer in words: where to hand it in, who handles it, on what basis, within what time, with what. */
function explain(a) {
  const grant = a.grant ? t('catalogue.grantBasis', {id: a.grant.id, document: a.grant.documentNumber ?? '',
    batch: a.batch ? a.batch.title : a.grant.batch}) : '';
  return [
    h('p', {id: 'who-handles-level', 'data-level': a.level}, h('strong', {text: t('level.' + a.level)}), ' · ',
      t('catalogue.handledBy', {item: a.itemName + '（' + a.itemCode + '）', accepting: a.acceptingPlace.name,
        handling: a.handlingPlace.name})),
    h('p', {id: 'who-handles-basis', 'data-basis': a.basis},
      t('catalogue.because', {basis: t('basis.' + a.basis), source: t('source.' + a.powerSource)}) + (grant ? ' ' + grant : '')),
    h('p', {text: t('catalogue.limits', {promised: a.promisedDays, statutory: a.statutoryDays, date: a.date})}),
    a.materials.length === 0 ? null : h('ul', {class: 'materials'}, a.materials.map((m) => h('li', {text: m.name}))),
  ];
}

/** The published versions, the diff between two, and (supervisors) publishing a new one. */
async function showVersions(section, caller) {
  let list;
  try {
    list = await getJson('/api/catalogue/versions');
  } catch (error) {
    section.replaceChildren(failure(error));
    return;
  }
  const choose = (id, chosen) => h('select', {id}, list.map((v) => h('option', {value: v.number,
    text: v.number + ' · ' + v.title, selected: v.number === chosen})));
  const from = choose('diff-from', list.length > 1 ? list[list.length - 2].number : 1);
  const to = choose('diff-to', list.length ? list[list.length - 1].number : 1);
  const diff = h('div', {id: 'catalogue-diff', 'aria-live': 'polite'});
  const diffForm = h('form', {class: 'filters', id: 'diff-form'},
    h('div', {class: 'field'}, h('label', {for: 'diff-from', text: t('catalogue.from')}), from),
    h('div', {class: 'field'}, h('label', {for: 'diff-to', text: t('catalogue.to')}), to),
    h('button', {type: 'submit', id: 'diff-submit', text: t('catalogue.compare')}));
  diffForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      diff.replaceChildren(showDiff(await getJson('/api/catalogue/diff?from=' + from.value + '&to=' + to.value)));
    } catch (error) {
      diff.replaceChildren(failure(error));
    }
  });
  section.replaceChildren(h('h3', {text: t('catalogue.versions')}),
    table(['catalogue.version', 'catalogue.title', 'catalogue.asOf', 'catalogue.published', 'catalogue.publishedBy',
      'catalogue.reason', 'catalogue.counts'], list.slice().reverse().map((v) => h('tr', {'data-version': v.number},
      h('td', {text: v.number}), h('td', {text: v.title}), h('td', {text: v.asOf}), h('td', {text: formatTime(v.published)}),
      h('td', {text: v.publishedBy}), h('td', {text: v.reason + (v.legalBasis ? '（' + v.legalBasis + '）' : '')}),
      h('td', {text: t('catalogue.countsOf', {items: v.itemCount, grants: v.grantCount})}))), 'catalogue-versions-table'),
    caller.roles.includes('supervisor') ? publishForm(section, caller) : null,
    h('h3', {text: t('catalogue.diff')}), diffForm, diff);
}

function showDiff(d) {
  if (d.entries.length === 0) return h('p', {id: 'catalogue-diff-none', text: t('catalogue.noDiff', {from: d.from, to: d.to})});
  return table(['catalogue.section', 'catalogue.key', 'catalogue.change', 'catalogue.field', 'catalogue.before',
    'catalogue.after'], d.entries.flatMap((entry) => {
    const fields = entry.fields.length ? entry.fields : [{field: '', before: null, after: null}];
    return fields.map((f, index) => h('tr', {'data-key': entry.key, 'data-kind': entry.kind},
      index === 0 ? h('td', {rowspan: fields.length, text: t('section.' + entry.section)}) : null,
      index === 0 ? h('td', {rowspan: fields.length, text: entry.key + ' ' + entry.name}) : null,
      index === 0 ? h('td', {rowspan: fields.length, text: t('change.' + entry.kind)}) : null,
      h('td', {text: f.field}), h('td', {class: 'before', text: f.before ?? ''}), h('td', {class: 'after', text: f.after ?? ''})));
  }), 'catalogue-diff-table');
}

/** Publishes the catalogue as in force today as the next version, after the reason and legal basis. */
function publishForm(section, caller) {
  const inputs = {title: h('input', {required: true}), reason: h('input', {required: true}),
    legalBasis: h('input', {required: true})};
  const message = h('div', {id: 'publish-message', 'aria-live': 'polite'});
  const form = h('form', {class: 'card', id: 'publish-form'}, h('h3', {text: t('catalogue.publish')}),
    Object.entries(inputs).map(([key, input]) => field('publish-' + key, t('catalogue.' + key), input)),
    h('button', {type: 'submit', class: 'primary', id: 'publish-submit', text: t('catalogue.publish')}), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = JSON.stringify(Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, input.value.trim()])));
    try {
      const version = await (await call('POST', '/api/catalogue/versions', {body, role: 'supervisor'})).json();
      document.getElementById('status').textContent = t('catalogue.publishedAs', {number: version.number});
      showVersions(section, caller);
    } catch (error) {
      message.replaceChildren(failure(error));
    }
  });
  return form;
}
