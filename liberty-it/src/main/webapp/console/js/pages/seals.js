// The seal registry for seal administrators, approvers and everyone who may read it: the list with
// filters, the request form, a seal's page with its lifecycle actions, and the approvers' queue.
// Every action calls the REST API (/api/seals) and shows the API's own refusal.
import {h, field} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson, describe} from '../api.js';
import {failure, table} from '../parts.js';
import {confirmAction} from '../confirm.js';

const STATES = ['REQUESTED', 'REJECTED', 'APPROVED', 'MADE', 'ACTIVE', 'SUSPENDED', 'REVOKED', 'DESTROYED'];

function say(text) {
  document.getElementById('status').textContent = text;
}

function stateBadge(state) {
  return h('span', {class: 'state ' + state, 'data-state': state, text: t('state.' + state)});
}

function sealLink(seal) {
  return h('a', {href: '#/seals/' + encodeURIComponent(seal.esId), text: seal.esId});
}

/** The list of seals with filters: division (asked of the API), state and name (in the page). */
export function renderList(main) {
  const division = h('input', {inputmode: 'numeric', placeholder: '513322', pattern: '\\d{6,12}'});
  const state = h('select', {}, h('option', {value: '', text: t('seals.anyState')}),
    STATES.map((s) => h('option', {value: s, text: t('state.' + s)})));
  const name = h('input', {type: 'search'});
  const result = h('div', {id: 'seal-list'});
  const show = async () => {
    try {
      const query = division.value.trim() ? '?division=' + encodeURIComponent(division.value.trim()) : '';
      const seals = (await getJson('/api/seals' + query))
        .filter((s) => !state.value || s.state === state.value)
        .filter((s) => !name.value.trim() || s.name.includes(name.value.trim()));
      result.replaceChildren(seals.length === 0 ? h('p', {text: t('seals.none')}) : table(
        ['seal.esId', 'seal.name', 'seal.state', 'seal.ownerDivision', 'seal.validTo'],
        seals.map((s) => h('tr', {'data-es-id': s.esId}, h('td', {}, sealLink(s)), h('td', {text: s.name}),
          h('td', {}, stateBadge(s.state)), h('td', {text: s.ownerDivision}), h('td', {text: formatTime(s.validTo)}))),
        'seals-table'));
    } catch (error) {
      result.replaceChildren(failure(error));
    }
  };
  const form = h('form', {class: 'filters', role: 'search'},
    field('filter-division', t('seals.division'), division), field('filter-state', t('seal.state'), state),
    field('filter-name', t('seal.name'), name), h('button', {type: 'submit', text: t('seals.filter')}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  main.append(h('h2', {text: t('nav.seals')}), form, result);
  show();
}

/** Midnight China Standard Time of a yyyy-mm-dd date, as an ISO instant. */
function chinaMidnight(date) {
  return date ? date + 'T00:00:00+08:00' : null;
}

/** The request form for a township centre's approval seal. */
export function renderRequest(main) {
  const inputs = {
    ownerUnit: h('input', {required: true}),
    ownerDivision: h('input', {required: true, inputmode: 'numeric'}),
    name: h('input', {required: true}),
    purpose: h('input', {required: true}),
    validFrom: h('input', {type: 'date', required: true}),
    validTo: h('input', {type: 'date', required: true}),
  };
  const message = h('div', {id: 'request-message', 'aria-live': 'polite'});
  const form = h('form', {class: 'card', id: 'request-form'},
    Object.entries(inputs).map(([key, input]) => field('request-' + key, t('seal.' + key), input)),
    h('button', {type: 'submit', class: 'primary', id: 'request-submit', text: t('request.submit')}), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, input.value.trim()]));
    body.validFrom = chinaMidnight(body.validFrom);
    body.validTo = chinaMidnight(body.validTo);
    try {
      const seal = await (await call('POST', '/api/seals', {body: JSON.stringify(body), role: 'seal-admin'})).json();
      say(t('request.done', {esId: seal.esId}));
      location.hash = '#/seals/' + encodeURIComponent(seal.esId);
    } catch (error) {
      message.replaceChildren(failure(error));
    }
  });
  main.append(h('h2', {text: t('nav.request')}), form);
}

/** The approvers' queue: requests waiting; one's own request cannot be approved (dual control). */
export async function renderQueue(main, caller) {
  main.append(h('h2', {text: t('nav.queue')}), h('p', {text: t('queue.intro')}));
  const list = h('div', {id: 'queue'});
  main.append(list);
  try {
    const waiting = (await getJson('/api/seals')).filter((s) => s.state === 'REQUESTED');
    if (waiting.length === 0) {
      list.append(h('p', {text: t('queue.empty')}));
      return;
    }
    list.append(table(['seal.esId', 'seal.name', 'seal.requestedBy', 'queue.decision'], waiting.map((seal) => {
      const own = seal.requestedBy === caller.user;
      return h('tr', {'data-es-id': seal.esId},
        h('td', {}, sealLink(seal)), h('td', {text: seal.name}), h('td', {text: seal.requestedBy}),
        h('td', {}, approvalButtons(seal, own, () => {
          main.replaceChildren();
          renderQueue(main, caller);
        })));
    }), 'queue-table'));
  } catch (error) {
    list.append(failure(error));
  }
}

/** Approve and reject, disabled with the reason for the requester's own request. */
function approvalButtons(seal, own, after) {
  const reasonId = 'dual-control-' + seal.esId;
  const approve = h('button', {type: 'button', class: 'approve', disabled: own, 'aria-describedby': own ? reasonId : null,
    text: t('action.approve'), onclick: () => act(seal, 'approve', 'seal-approver', [], after)});
  const reject = h('button', {type: 'button', class: 'reject', disabled: own, 'aria-describedby': own ? reasonId : null,
    text: t('action.reject'), onclick: () => act(seal, 'reject', 'seal-approver', [reasonField()], after)});
  return h('span', {class: 'actions'}, approve, reject,
    own ? h('small', {id: reasonId, class: 'dual-control', text: t('queue.dualControl')}) : null);
}

function reasonField() {
  return {name: 'reason', label: t('field.reason'), type: 'textarea', required: true};
}

/** Runs a lifecycle action after confirmation, then calls after(); a refusal is shown as the API gave it. */
async function act(seal, action, role, fields, after, path) {
  const values = await confirmAction(t('action.' + action), t('confirm.question', {
    action: t('action.' + action), name: seal.name, esId: seal.esId}), fields);
  if (values === null) return;
  const target = path ? path(values) : '/api/seals/' + encodeURIComponent(seal.esId) + '/' + action;
  const method = action === 'withdrawCustody' ? 'DELETE' : action === 'grantCustody' ? 'PUT' : 'POST';
  let body;
  if ('reason' in values || 'effectiveAt' in values) {
    body = JSON.stringify({reason: values.reason, ...('effectiveAt' in values
      ? {effectiveAt: values.effectiveAt ? new Date(values.effectiveAt + '+08:00').toISOString() : null} : {})});
  } else if ('siteName' in values) {
    body = JSON.stringify({siteName: values.siteName, siteDivision: values.siteDivision});
  }
  let response;
  try {
    response = await call(method, target, {body, role});
  } catch (error) {
    // the refusal stays on the page, as the API gave it
    const alert = document.getElementById('action-error') ?? document.getElementById('status');
    alert.textContent = describe(error);
    return;
  }
  // 202: the change is a proposal that waits for a second person (dual control)
  say(t(response.status === 202 ? 'action.proposed' : 'action.done', {action: t('action.' + action), esId: seal.esId}));
  after();
}

/** Pending proposals of a seal: approvers other than the proposer confirm or reject, the proposer withdraws. */
function proposalRows(seal, pending, caller, after) {
  const base = '/api/seals/' + encodeURIComponent(seal.esId) + '/proposals/';
  return pending.map((p) => {
    const own = p.proposedBy === caller.user;
    const path = (step) => () => base + encodeURIComponent(p.id) + '/' + step;
    const button = (action, className, role, fields, step, disabled) => h('button', {type: 'button', class: className,
      disabled, 'aria-describedby': disabled ? 'own-' + p.id : null, text: t('action.' + action),
      onclick: () => act(seal, action, role, fields, after, path(step))});
    const approver = caller.roles.includes('seal-approver');
    return h('tr', {'data-proposal-id': p.id, 'data-kind': p.kind},
      h('td', {text: t('proposal.kind.' + p.kind, {at: formatTime(p.effectiveAt), operator: p.operator})}),
      h('td', {text: p.proposedBy}), h('td', {text: formatTime(p.proposedAt)}), h('td', {text: p.reason ?? ''}),
      h('td', {class: 'actions'},
        approver ? button('confirmProposal', 'confirm-proposal', 'seal-approver', [], 'confirm', own) : null,
        approver ? button('rejectProposal', 'reject-proposal', 'seal-approver', [reasonField()], 'reject', own) : null,
        own ? button('withdrawProposal', 'withdraw-proposal', 'seal-admin',
          [{...reasonField(), required: false}], 'withdraw', false) : null,
        own && approver ? h('small', {id: 'own-' + p.id, class: 'dual-control', text: t('proposal.own')}) : null));
  });
}

/** The actions the seal's state allows, each with the role it needs. */
function actions(seal) {
  const user = {name: 'user', label: t('field.custodian'), required: true};
  const custody = (name) => (values) => '/api/seals/' + encodeURIComponent(seal.esId) + '/custodians/'
    + encodeURIComponent(values.user.trim());
  const byState = {
    REQUESTED: [['approve', 'seal-approver', []], ['reject', 'seal-approver', [reasonField()]]],
    APPROVED: [['make', 'seal-admin', [], () => '/api/seals/' + encodeURIComponent(seal.esId) + '/make?activate=false']],
    MADE: [['activate', 'seal-admin', []]],
    ACTIVE: [['suspend', 'seal-admin', [reasonField()]],
      ['revoke', 'seal-admin', [reasonField(), {name: 'effectiveAt', label: t('field.effectiveAt'), type: 'datetime-local'}]],
      ['grantCustody', 'seal-admin', [user], custody()], ['withdrawCustody', 'seal-admin', [user], custody()],
      ['subSeal', 'seal-admin', [{name: 'siteName', label: t('field.siteName'), required: true},
        {name: 'siteDivision', label: t('field.siteDivision'), required: true}],
      () => '/api/seals/' + encodeURIComponent(seal.esId) + '/sub-seals']],
    SUSPENDED: [['resume', 'seal-admin', [reasonField()]],
      ['revoke', 'seal-admin', [reasonField(), {name: 'effectiveAt', label: t('field.effectiveAt'), type: 'datetime-local'}]]],
  };
  return byState[seal.state] ?? [];
}

/** A seal's page: picture, details, certificate, history, sub-seals, custody grants, use register and actions. */
export async function renderSeal(main, esId, caller) {
  const base = '/api/seals/' + encodeURIComponent(esId);
  let seal;
  try {
    seal = await getJson(base);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const rerender = () => {
    main.replaceChildren();
    renderSeal(main, esId, caller);
  };
  const picture = h('div', {class: 'seal-picture-box'});
  const details = h('dl', {class: 'details', id: 'seal-details'},
    ['esId', 'name', 'ownerUnit', 'ownerDivision', 'purpose', 'validFrom', 'validTo', 'requestedBy', 'approvedBy', 'number',
      'parentEsId'].flatMap((key) => {
      const value = ['validFrom', 'validTo'].includes(key) ? formatTime(seal[key]) : seal[key];
      const none = value === null || value === undefined || value === '' || (key === 'number' && value === 0);
      return none ? []
        : [h('dt', {text: t('seal.' + key)}), h('dd', {text: value, 'data-field': key})];
    }),
    h('dt', {text: t('seal.state')}), h('dd', {}, stateBadge(seal.state)));
  const own = seal.requestedBy === caller.user;
  const buttons = actions(seal).filter(([, role]) => caller.roles.includes(role)).map(([action, role, fields, path]) => {
    const blocked = own && role === 'seal-approver';
    return h('button', {type: 'button', id: 'action-' + action, disabled: blocked, text: t('action.' + action),
      onclick: () => act(seal, action === 'subSeal' ? 'subSeal' : action, role, fields, rerender, path)});
  });
  const actionBox = h('section', {class: 'card', id: 'seal-actions'}, h('h3', {text: t('seal.actions')}),
    buttons.length ? h('p', {class: 'actions'}, buttons) : h('p', {text: t('seal.noActions')}),
    own && seal.state === 'REQUESTED' && caller.roles.includes('seal-approver')
      ? h('p', {class: 'dual-control', text: t('queue.dualControl')}) : null,
    h('p', {class: 'error', id: 'action-error', role: 'alert'}));
  const proposals = h('section', {id: 'seal-proposals'}, h('h3', {text: t('seal.proposals')}));
  const history = h('section', {}, h('h3', {text: t('seal.history')}));
  const subSeals = h('section', {}, h('h3', {text: t('seal.subSeals')}));
  const uses = h('section', {}, h('h3', {text: t('seal.uses')}));
  const custody = h('section', {}, h('h3', {text: t('seal.custody')}));
  main.append(h('h2', {text: seal.name}), h('div', {class: 'seal-head'}, picture, details), actionBox, proposals,
    history, subSeals, custody, uses);

  if (!['REQUESTED', 'REJECTED', 'APPROVED'].includes(seal.state)) {
    call('GET', base + '/picture.png', {accept: 'image/png'}).then((r) => r.blob()).then((blob) => {
      picture.append(h('img', {src: URL.createObjectURL(blob), alt: t('seal.picture', {name: seal.name}),
        class: 'seal-picture', id: 'seal-picture'}),
      h('p', {}, h('a', {href: base + '/certificate.der', download: esId + '.cer', text: t('seal.certificate')})));
    }).catch(() => picture.append(h('p', {text: t('seal.noPicture')})));
  }
  // a seal that is requested, rejected or destroyed can have no pending proposal
  const proposable = !['REQUESTED', 'REJECTED', 'DESTROYED'].includes(seal.state);
  (proposable ? getJson(base + '/proposals') : Promise.resolve([])).then((all) => {
    const pending = all.filter((p) => p.status === 'PENDING');
    proposals.append(pending.length === 0 ? h('p', {text: t('seal.noProposals')}) : table(
      ['proposal.kind', 'proposal.proposedBy', 'proposal.proposedAt', 'proposal.reason', 'proposal.decide'],
      proposalRows(seal, pending, caller, rerender), 'proposals-table'));
  }).catch((error) => proposals.append(failure(error)));
  getJson(base + '/history').then((steps) => history.append(table(
    ['history.at', 'history.step', 'history.actor', 'history.effectiveAt', 'history.reason'],
    steps.map((s) => h('tr', {}, h('td', {text: formatTime(s.at)}),
      h('td', {}, s.from ? stateBadge(s.from) : '', ' → ', stateBadge(s.to)), h('td', {text: s.actor}),
      h('td', {text: formatTime(s.effectiveAt)}), h('td', {text: s.reason ?? ''}))), 'history-table')))
    .catch((error) => history.append(failure(error)));
  getJson('/api/seals?division=' + encodeURIComponent(seal.ownerDivision)).then((all) => {
    const children = all.filter((s) => s.parentEsId === seal.esId);
    subSeals.append(children.length === 0 ? h('p', {text: t('seal.noSubSeals')}) : table(
      ['seal.number', 'seal.esId', 'seal.name', 'seal.state'],
      children.map((s) => h('tr', {}, h('td', {text: s.number}), h('td', {}, sealLink(s)), h('td', {text: s.name}),
        h('td', {}, stateBadge(s.state)))), 'sub-seals-table'));
  }).catch((error) => subSeals.append(failure(error)));
  getJson(base + '/custodians').then((grants) => custody.append(grants.length === 0 ? h('p', {text: t('seal.noCustody')})
    : table(['custody.operator', 'custody.grantedBy', 'custody.grantedAt', 'custody.withdrawn'],
      grants.map((g) => h('tr', {'data-operator': g.operator, 'data-holds': g.withdrawnAt ? 'false' : 'true'},
        h('td', {text: g.operator}), h('td', {text: g.grantedBy}), h('td', {text: formatTime(g.grantedAt)}),
        h('td', {text: g.withdrawnAt ? t('custody.withdrawnBy', {user: g.withdrawnBy, at: formatTime(g.withdrawnAt)})
          : t('custody.holds')}))), 'custody-table')))
    .catch((error) => custody.append(failure(error)));
  getJson(base + '/uses').then((list) => uses.append(list.length === 0 ? h('p', {text: t('seal.noUses')}) : table(
    ['use.at', 'use.operator', 'use.case', 'use.document'],
    list.map((u) => h('tr', {}, h('td', {text: formatTime(u.at)}), h('td', {text: u.operator}),
      h('td', {text: u.caseNumber ?? ''}), h('td', {class: 'hash', text: u.documentHash}))), 'uses-table')))
    .catch((error) => uses.append(failure(error)));
}
