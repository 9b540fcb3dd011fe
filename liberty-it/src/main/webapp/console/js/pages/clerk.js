// The window clerk's page (用印): seal an OFD document with an active seal (by page and position,
// or on a keyword), for a case, and download it; the clerk's own uses of that seal. The API decides
// whether the clerk holds the seal's custody (403 SEAL_OPERATOR_NOT_AUTHORIZED otherwise).
import {h, field, download} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson, describe} from '../api.js';

export async function render(main, caller) {
  main.append(h('h2', {text: t('nav.clerk')}), h('p', {text: t('clerk.intro')}));
  let seals;
  try {
    seals = (await getJson('/api/seals')).filter((s) => s.state === 'ACTIVE');
  } catch (error) {
    main.append(h('p', {class: 'error', role: 'alert', text: describe(error)}));
    return;
  }
  const seal = h('select', {required: true},
    seals.map((s) => h('option', {value: s.esId, text: s.name + ' · ' + s.esId})));
  const file = h('input', {type: 'file', accept: '.ofd,application/ofd', required: true});
  const caseNumber = h('input', {required: true});
  const page = h('input', {type: 'number', min: 1, value: 1});
  const x = h('input', {type: 'number', min: 0, step: 'any', value: 150});
  const y = h('input', {type: 'number', min: 0, step: 'any', value: 100});
  const keyword = h('input', {});
  const message = h('div', {id: 'clerk-message', 'aria-live': 'polite'});
  const uses = h('section', {id: 'clerk-uses'});
  const form = h('form', {class: 'card', id: 'clerk-form'},
    field('clerk-seal', t('clerk.seal'), seal), field('clerk-file', t('verify.file.ofd'), file),
    field('clerk-case', t('use.case'), caseNumber),
    h('fieldset', {class: 'choices'}, h('legend', {text: t('clerk.where')}),
      field('clerk-page', t('clerk.page'), page), field('clerk-x', t('clerk.x'), x), field('clerk-y', t('clerk.y'), y),
      field('clerk-keyword', t('clerk.keyword'), keyword)),
    h('button', {type: 'submit', class: 'primary', id: 'clerk-submit', text: t('clerk.submit')}), message);

  const showUses = async () => {
    try {
      const mine = (await getJson('/api/seals/' + encodeURIComponent(seal.value) + '/uses'))
        .filter((u) => u.operator === caller.user);
      uses.replaceChildren(h('h3', {text: t('clerk.uses')}), mine.length === 0 ? h('p', {text: t('seal.noUses')})
        : h('table', {id: 'clerk-uses-table'},
          h('thead', {}, h('tr', {}, ['use.at', 'use.case', 'use.document'].map((k) => h('th', {scope: 'col', text: t(k)})))),
          h('tbody', {}, mine.map((u) => h('tr', {}, h('td', {text: formatTime(u.at)}), h('td', {text: u.caseNumber ?? ''}),
            h('td', {class: 'hash', text: u.documentHash}))))));
    } catch (error) {
      uses.replaceChildren(h('p', {class: 'error', role: 'alert', text: describe(error)}));
    }
  };
  seal.addEventListener('change', showUses);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({case: caseNumber.value.trim()});
    if (keyword.value.trim()) query.set('keyword', keyword.value.trim());
    else {
      query.set('page', page.value);
      query.set('x', x.value);
      query.set('y', y.value);
    }
    try {
      const answer = await call('POST', '/api/seals/' + encodeURIComponent(seal.value) + '/sealed-ofd?' + query,
        {body: file.files[0], contentType: 'application/ofd', accept: 'application/ofd', role: 'seal-custodian'});
      const sealed = await answer.arrayBuffer();
      message.replaceChildren(h('p', {id: 'clerk-done', text: t('clerk.done', {case: caseNumber.value.trim()})}),
        h('button', {type: 'button', id: 'clerk-download', text: t('clerk.download'),
          onclick: () => download(caseNumber.value.trim() + '.ofd', 'application/ofd', sealed)}));
      showUses();
    } catch (error) {
      message.replaceChildren(h('p', {class: 'error', role: 'alert', text: describe(error)}));
    }
  });
  main.append(form, uses);
  if (seals.length > 0) showUses();
}
