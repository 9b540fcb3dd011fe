// The public verification page (no login): a citizen checks a sealed OFD document they received.
// It shows only what POST /api/public/verification answers: the verdict in plain words, and for
// each seal its picture and its status in the county's registry.
import {h} from './dom.js';
import {t, has, translate, languageButton, markPage} from './i18n.js';
import {call, describe, ApiError} from './api.js';

const result = document.getElementById('public-result');
const file = document.getElementById('public-file');
let shown = null;

function show(answer) {
  shown = answer;
  if (!answer) return;
  const seals = answer.seals.map((seal) => h('li', {class: 'public-seal'},
    seal.picture ? h('img', {src: 'data:' + seal.pictureType + ';base64,' + seal.picture, alt: t('public.picture'),
      class: 'seal-picture'}) : null,
    h('div', {},
      h('p', {}, h('strong', {text: seal.name})),
      h('p', {class: 'seal-verdict', text: t('verdict.' + seal.verdict) + (seal.reason && has('reason.' + seal.reason)
        ? ' — ' + t('reason.' + seal.reason) : '')}),
      h('p', {class: 'registry-status', 'data-status': seal.registryStatus,
        text: t('public.registry') + ' ' + t('state.' + seal.registryStatus)}))));
  result.replaceChildren(
    h('div', {class: 'verdict ' + answer.verdict, id: 'verdict', 'data-verdict': answer.verdict},
      h('strong', {text: t('verdict.' + answer.verdict)}), ' ', t('verdict.' + answer.verdict + '.plain')),
    h('ul', {class: 'plain'}, seals));
}

function refresh() {
  markPage();
  translate();
  document.title = t('public.title');
  show(shown);
}

document.getElementById('public-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = document.getElementById('public-submit');
  button.disabled = true;
  shown = null;
  result.replaceChildren(h('p', {text: t('verify.working')}));
  try {
    const answer = await call('POST', '/api/public/verification', {body: file.files[0],
      contentType: 'application/ofd', anonymous: true});
    show(await answer.json());
  } catch (error) {
    const plain = error instanceof ApiError && has('public.refused.' + error.code)
      ? t('public.refused.' + error.code) : describe(error);
    result.replaceChildren(h('p', {class: 'error', role: 'alert', id: 'public-error', 'data-code': error.code ?? '',
      text: plain}));
  } finally {
    button.disabled = false;
  }
});

refresh();
languageButton(document.getElementById('lang'), refresh);
