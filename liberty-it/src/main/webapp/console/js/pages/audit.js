// The audit trail (审计日志) for auditors and supervisors: its size, the signed checkpoints (newest
// first), one entry by number with its inclusion proof in the newest checkpoint, and the entry's
// offline proof and the checkpoint key as files for audit-verify.jar (GET /api/audit/...).
import {h, field, download} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson} from '../api.js';
import {failure, table} from '../parts.js';

/** Saves what a GET answers as a file, under the name the server gives or the fallback. */
async function save(path, accept, fallback) {
  const answer = await call('GET', path, {accept});
  const disposition = answer.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
  download(name, accept, await answer.arrayBuffer());
}

export async function render(main, caller) {
  const summary = h('section', {class: 'card', id: 'audit-summary'});
  const checkpoints = h('section', {id: 'audit-checkpoints'});
  const entry = h('section', {id: 'audit-entry', 'aria-live': 'polite'});
  const number = h('input', {type: 'number', min: 0, step: 1, required: true});
  const lookup = h('form', {class: 'filters', id: 'audit-lookup'}, field('audit-number', t('audit.number'), number),
    h('button', {type: 'submit', text: t('audit.show')}));
  main.append(h('h2', {text: t('nav.audit')}), h('p', {text: t('audit.intro')}), summary, lookup, entry, checkpoints);

  let newest = null;
  const showSummary = async () => {
    try {
      const [state, all] = await Promise.all([getJson('/api/audit'), getJson('/api/audit/checkpoints')]);
      newest = all.length ? all[all.length - 1] : null;
      summary.replaceChildren(
        h('p', {}, t('audit.size') + ' ', h('strong', {id: 'audit-size', text: state.size})),
        h('p', {id: 'audit-newest', text: newest ? t('audit.newest', {size: newest.treeSize, time: formatTime(newest.time)})
          : t('audit.noCheckpoint')}),
        h('p', {class: 'actions'},
          h('button', {type: 'button', id: 'audit-publish', text: t('audit.publish'), onclick: publish}),
          h('button', {type: 'button', id: 'audit-key', text: t('audit.key'),
            onclick: () => save('/api/audit/public-key', 'application/x-pem-file', 'county-audit-key.pem')
              .catch((error) => summary.append(failure(error)))})));
      checkpoints.replaceChildren(h('h3', {text: t('audit.checkpoints')}), all.length === 0 ? h('p', {text: t('audit.noCheckpoint')})
        : table(['audit.treeSize', 'audit.time', 'audit.rootHash', 'audit.keyId'], all.slice().reverse().map((c) =>
          h('tr', {'data-size': c.treeSize}, h('td', {text: c.treeSize}), h('td', {text: formatTime(c.time)}),
            h('td', {class: 'hash', text: c.rootHash}), h('td', {text: c.keyId}))), 'audit-checkpoints-table'));
    } catch (error) {
      summary.replaceChildren(failure(error));
    }
  };
  async function publish() {
    try {
      await call('POST', '/api/audit/checkpoints', {role: 'auditor'});
      document.getElementById('status').textContent = t('audit.published');
      await showSummary();
    } catch (error) {
      summary.append(failure(error));
    }
  }
  lookup.addEventListener('submit', async (event) => {
    event.preventDefault();
    const n = number.value.trim();
    try {
      const found = await getJson('/api/audit/entries/' + encodeURIComponent(n));
      entry.replaceChildren(h('h3', {text: t('audit.entry', {n: found.sequence})}),
        h('dl', {class: 'details', id: 'audit-entry-details'},
          [['audit.time', formatTime(found.time)], ['audit.actor', found.actor], ['audit.type', found.type],
            ['audit.subject', found.subject], ['audit.payload', found.payloadJson], ['audit.leafHash', found.leafHash]]
            .flatMap(([key, value]) => [h('dt', {text: t(key)}), h('dd', {text: value ?? '', class: 'hash'})])),
        await proof(found.sequence, n));
    } catch (error) {
      entry.replaceChildren(failure(error));
    }
  });
  await showSummary();

  /** The inclusion proof in the newest checkpoint and the offline proof's download, or why there is none yet. */
  async function proof(sequence, n) {
    if (!newest || newest.treeSize <= sequence) return h('p', {id: 'audit-no-proof', text: t('audit.notCovered')});
    const inclusion = await getJson('/api/audit/proofs/inclusion?sequence=' + sequence + '&treeSize=' + newest.treeSize);
    return h('div', {id: 'audit-proof'},
      h('h4', {text: t('audit.inclusion', {size: inclusion.treeSize})}),
      h('ol', {start: 0, id: 'audit-proof-path'}, inclusion.path.map((hash) => h('li', {class: 'hash', text: hash}))),
      h('p', {class: 'hint', text: t('audit.offlineHint')}),
      h('button', {type: 'button', class: 'primary', id: 'audit-download-proof', text: t('audit.download'),
        onclick: () => save('/api/audit/entries/' + encodeURIComponent(n) + '/proof', 'application/json',
          'bianmin-audit-entry-' + n + '.proof.json').catch((error) => entry.append(failure(error)))}));
  }
}
