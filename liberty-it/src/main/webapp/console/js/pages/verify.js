// Verification (验章) for every role that may verify: drop an OFD document, a detached signature
// with its document, or a seal (.esl); the server's own report (POST /api/verification/*, HTML in
// the chosen language) is shown on the page, and offered as HTML or JSON to keep.
import {h, field, download} from '../dom.js';
import {t, lang} from '../i18n.js';
import {call} from '../api.js';
import {failure} from '../parts.js';

const KINDS = ['ofd', 'detached', 'seal'];
const VERDICTS = ['TOTAL_PASSED', 'TOTAL_FAILED', 'INDETERMINATE'];

/** The request for the chosen kind: its path and body. */
function request(kind, file, signature) {
  if (kind === 'detached') {
    const parts = new FormData();
    parts.append('signature', signature, signature.name);
    parts.append('document', file, file.name);
    return {path: '/api/verification/detached', body: parts};
  }
  return {path: '/api/verification/' + kind, body: file, contentType: 'application/octet-stream'};
}

export function render(main) {
  const kindChoice = h('fieldset', {class: 'choices'}, h('legend', {text: t('verify.kind')}),
    KINDS.map((kind) => h('label', {},
      h('input', {type: 'radio', name: 'kind', value: kind, id: 'kind-' + kind, checked: kind === 'ofd'}),
      ' ' + t('verify.kind.' + kind))));
  const file = h('input', {type: 'file', required: true});
  const signature = h('input', {type: 'file', accept: '.sig,.der,.p7s,.bin'});
  const signatureField = field('verify-signature', t('verify.signature'), signature);
  signatureField.hidden = true;
  const fileLabel = h('span');
  const fileField = field('verify-file', '', file);
  fileField.querySelector('label').replaceChildren(fileLabel);
  const submit = h('button', {type: 'submit', class: 'primary', id: 'verify-submit', text: t('verify.submit')});
  const form = h('form', {class: 'card drop', id: 'verify-form'}, kindChoice, fileField, signatureField,
    h('p', {class: 'hint', text: t('verify.drop')}), submit);
  const result = h('section', {id: 'verify-result', 'aria-live': 'polite'});

  const kind = () => form.querySelector('input[name=kind]:checked').value;
  const showKind = () => {
    fileLabel.textContent = t('verify.file.' + kind());
    signatureField.hidden = kind() !== 'detached';
    signature.required = kind() === 'detached';
  };
  form.addEventListener('change', showKind);
  showKind();

  form.addEventListener('dragover', (event) => event.preventDefault());
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    file.files = event.dataTransfer.files;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = kind();
    const sent = request(chosen, file.files[0], signature.files[0]);
    submit.disabled = true;
    result.replaceChildren(h('p', {text: t('verify.working')}));
    try {
      const answer = await call('POST', sent.path + '?lang=' + lang(), {body: sent.body,
        contentType: sent.contentType, accept: 'text/html'});
      const html = await answer.text();
      result.replaceChildren(...report(html, () => request(chosen, file.files[0], signature.files[0])));
    } catch (error) {
      result.replaceChildren(failure(error));
    } finally {
      submit.disabled = false;
    }
  });
  main.append(h('h2', {text: t('verify.title')}), h('p', {text: t('verify.intro')}), form, result);
}

/** The server's HTML report on the page: a verdict banner in plain words, then the report itself. */
function report(html, again) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const section = page.querySelector('section') ?? page.body;
  const overall = VERDICTS.find((v) => section.querySelector('p span.' + v)) ?? 'INDETERMINATE';
  const banner = h('div', {class: 'verdict ' + overall, id: 'verdict', 'data-verdict': overall},
    h('strong', {text: t('verdict.' + overall)}), ' ', t('verdict.' + overall + '.plain'));
  const downloads = h('p', {class: 'actions'},
    h('button', {type: 'button', id: 'download-html', text: t('verify.downloadHtml'),
      onclick: () => download('verification-report.html', 'text/html', html)}),
    h('button', {type: 'button', id: 'download-json', text: t('verify.downloadJson'), onclick: async () => {
      const sent = again();
      const answer = await call('POST', sent.path, {body: sent.body, contentType: sent.contentType});
      download('verification-report.json', 'application/json', await answer.text());
    }}));
  const body = h('div', {class: 'report', id: 'report'});
  body.append(document.importNode(section, true));
  return [banner, downloads, body];
}
