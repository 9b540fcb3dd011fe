// The window clerk's page (用印): seal an OFD document with an active seal in the clerk's own custody
// (GET /api/seals/custody), by page and position, on a keyword or as a riding seal across the pages
// (骑缝章), for a case, and download it; a preview draws the page to scale with the stamp where it
// will go before anything is sealed; the clerk's own uses of that seal. The API still decides
// whether the clerk holds the seal (403 SEAL_OPERATOR_NOT_AUTHORIZED otherwise).
import {h, field, download} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson} from '../api.js';
import {failure} from '../parts.js';
import {ofdPages} from '../ofd-pages.js';

/** The stamp's diameter in mm (a township body's seal, the registry's default picture size). */
const STAMP_MM = 42;
const SVG = 'http://www.w3.org/2000/svg';
const WAYS = ['position', 'keyword', 'riding'];

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

export async function render(main, caller) {
  main.append(h('h2', {text: t('nav.clerk')}), h('p', {text: t('clerk.intro')}));
  let seals;
  try {
    seals = (await getJson('/api/seals/custody')).filter((s) => s.state === 'ACTIVE');
  } catch (error) {
    main.append(failure(error));
    return;
  }
  if (seals.length === 0) {
    main.append(h('p', {id: 'clerk-none', text: t('clerk.noSeals')}));
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
  const way = h('fieldset', {class: 'choices'}, h('legend', {text: t('clerk.how')}),
    WAYS.map((w) => h('label', {}, h('input', {type: 'radio', name: 'way', value: w, id: 'clerk-way-' + w,
      checked: w === 'position'}), ' ' + t('clerk.way.' + w))));
  const positionFields = h('div', {class: 'filters'}, field('clerk-page', t('clerk.page'), page),
    field('clerk-x', t('clerk.x'), x), field('clerk-y', t('clerk.y'), y));
  const keywordField = field('clerk-keyword', t('clerk.keyword'), keyword);
  const ridingHint = h('p', {class: 'hint', text: t('clerk.ridingHint')});
  const preview = h('figure', {id: 'clerk-preview', class: 'preview'});
  const message = h('div', {id: 'clerk-message', 'aria-live': 'polite'});
  const uses = h('section', {id: 'clerk-uses'});
  const form = h('form', {class: 'card', id: 'clerk-form'},
    field('clerk-seal', t('clerk.seal'), seal), field('clerk-file', t('verify.file.ofd'), file),
    field('clerk-case', t('use.case'), caseNumber),
    h('fieldset', {class: 'choices'}, h('legend', {text: t('clerk.where')}), way, positionFields, keywordField, ridingHint),
    preview,
    h('button', {type: 'submit', class: 'primary', id: 'clerk-submit', text: t('clerk.submit')}), message);

  const chosen = () => form.querySelector('input[name=way]:checked').value;
  let pages = null;
  const showPreview = () => {
    const how = chosen();
    positionFields.hidden = how !== 'position';
    keywordField.hidden = how !== 'keyword';
    keyword.required = how === 'keyword';
    ridingHint.hidden = how !== 'riding';
    preview.replaceChildren(...drawing(how, pages, Number(page.value), Number(x.value), Number(y.value)));
  };
  file.addEventListener('change', async () => {
    pages = file.files[0] ? await ofdPages(file.files[0]) : null;
    showPreview();
  });
  form.addEventListener('input', showPreview);
  form.addEventListener('change', showPreview);
  showPreview();

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
      uses.replaceChildren(failure(error));
    }
  };
  seal.addEventListener('change', showUses);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = new URLSearchParams({case: caseNumber.value.trim()});
    const how = chosen();
    if (how === 'keyword') query.set('keyword', keyword.value.trim());
    else if (how === 'riding') query.set('riding', 'true');
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
      message.replaceChildren(failure(error));
    }
  });
  main.append(form, uses);
  showUses();
}

/**
 * The preview: the page(s) drawn to scale (1 mm = 1 unit) with the stamp's circle at x/y, or, for a
 * riding seal, every page side by side with its slice of the stamp at the right edge, centred on
 * the page's height, as the server places it.
 */
function drawing(how, pages, pageNumber, x, y) {
  if (!pages) return [h('figcaption', {text: t('clerk.previewNone')})];
  if (how === 'keyword') return [h('figcaption', {text: t('clerk.previewKeyword', {pages: pages.pages})})];
  const {width, height} = pages;
  const r = STAMP_MM / 2;
  if (how === 'riding') {
    const count = pages.pages;
    if (count < 2) return [h('figcaption', {class: 'error', text: t('clerk.ridingOnePage')})];
    const gap = 6;
    const slice = STAMP_MM / count;
    const picture = svg('svg', {viewBox: `0 0 ${count * (width + gap)} ${height}`, id: 'clerk-preview-pages',
      role: 'img', 'aria-label': t('clerk.previewRiding', {pages: count})});
    for (let k = 0; k < count; k++) {
      const left = k * (width + gap);
      picture.append(svg('rect', {x: left, y: 0, width, height, class: 'page'}),
        svg('rect', {x: left + width - slice, y: height / 2 - r, width: slice, height: STAMP_MM,
          class: 'stamp', 'data-page': k + 1}));
    }
    return [picture, h('figcaption', {text: t('clerk.previewRiding', {pages: count})})];
  }
  const outside = x - r < 0 || y - r < 0 || x + r > width || y + r > height || pageNumber > pages.pages;
  const picture = svg('svg', {viewBox: `0 0 ${width} ${height}`, id: 'clerk-preview-page', role: 'img',
    'aria-label': t('clerk.previewAt', {page: pageNumber, x, y})},
  svg('rect', {x: 0, y: 0, width, height, class: 'page'}),
  svg('circle', {cx: x, cy: y, r, class: outside ? 'stamp outside' : 'stamp', id: 'clerk-preview-stamp'}));
  return [picture, h('figcaption', {class: outside ? 'error' : null, text: (outside ? t('clerk.previewOutside') + ' ' : '')
    + t('clerk.previewAt', {page: pageNumber, x, y}) + ' ' + t('clerk.previewPage', {width, height, pages: pages.pages})})];
}
