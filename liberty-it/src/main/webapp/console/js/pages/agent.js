// The village agent's page (代办), made for a phone: the intake of a case (the applicant's ID number
// and phone masked on the page as soon as they are entered, the clear values only sent to the API;
// the item from the village's proxy items of the catalogue with its material checklist), the point's
// open cases with their deadlines, and each case's next allowed step in one tap. The API decides
// every move (409 CASE_WRONG_STATE otherwise); ratings are the applicant's, with the receipt's code.
import {h, field} from '../dom.js';
import {t, formatTime} from '../i18n.js';
import {call, getJson} from '../api.js';
import {failure} from '../parts.js';
import {confirmAction} from '../confirm.js';

const CHANNELS = ['WALK_IN', 'APPOINTMENT', 'HOME_VISIT', 'PHONE'];
const ANSWER_METHODS = ['IN_PERSON', 'PHONE', 'TEXT_MESSAGE', 'HOME_VISIT', 'PLATFORM'];

/** The move each state allows next (CaseState.next()); DONE and REJECTED are answered, ANSWERED is final. */
const NEXT_STEP = {
  RECEIVED: 'check', RETURNED: 'resubmit', CHECKED: 'forward', FORWARDED: 'start', IN_PROGRESS: 'complete',
  DONE: 'answer', REJECTED: 'answer',
};

/** A number as listings show it: the first {keep} and last 4 characters, the rest as asterisks. */
export function masked(value, keep) {
  const clear = value.trim();
  if (clear.length <= keep + 4) return '*'.repeat(clear.length);
  return clear.slice(0, keep) + '*'.repeat(clear.length - keep - 4) + clear.slice(-4);
}

/**
 * An input for a personal number that shows it masked once it leaves focus; the clear value stays
 * in this closure (read with value()) and is never put back into the page: to change it, type it again.
 */
function maskedInput(keep, attributes) {
  let clear = '';
  const input = h('input', {autocomplete: 'off', spellcheck: 'false', ...attributes});
  input.addEventListener('focus', () => {
    input.placeholder = clear ? masked(clear, keep) : '';
    input.value = '';
  });
  input.addEventListener('blur', () => {
    if (input.value.trim()) clear = input.value.trim();
    input.value = clear ? masked(clear, keep) : '';
    input.dataset.masked = clear ? 'true' : 'false';
  });
  return {input, value: () => (document.activeElement === input && input.value.trim() ? input.value.trim() : clear),
    reset: () => {
      clear = '';
      input.value = '';
      input.placeholder = '';
    }};
}

/** The material checklist of an item: a checkbox per material, required ones marked. */
function checklist(idPrefix, materials, ticked = new Set()) {
  return h('fieldset', {class: 'choices checklist', 'data-checklist': idPrefix},
    h('legend', {text: t('agent.materials')}),
    materials.length === 0 ? h('p', {class: 'hint', text: t('agent.noMaterials')}) : materials.map((m, i) =>
      h('label', {for: idPrefix + '-' + i},
        h('input', {type: 'checkbox', id: idPrefix + '-' + i, value: m.name, checked: ticked.has(m.name)}),
        ' ' + m.name + (m.required ? '' : ' ' + t('agent.conditional', {condition: m.condition ?? ''})))));
}

/** The deadline as the agent reads it: the day, whether it is provisional or passed, or none before the check. */
function deadlineText(proxyCase, overdue) {
  if (!proxyCase.deadline) return t('agent.noDeadline');
  return proxyCase.deadline + (proxyCase.deadlineProvisional ? ' ' + t('agent.provisional') : '')
    + (overdue ? ' ' + t('agent.overdue') : '');
}

function tickedIn(fieldset) {
  return [...fieldset.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value);
}

/** The point the agent works at, its village, and what the page shows. */
class AgentPage {
  constructor(main) {
    this.main = h('div', {class: 'phone-page'});
    main.append(this.main);
    this.materials = new Map();
    this.presented = new Map();
    this.receipt = h('div', {id: 'agent-receipt', 'aria-live': 'polite'});
    this.cases = h('section', {id: 'agent-cases', 'aria-labelledby': 'agent-cases-title'});
  }

  /** The materials to hand in for an item at the point's village (the catalogue's who-handles). */
  async materialsOf(itemCode) {
    if (!this.materials.has(itemCode)) {
      const answer = await getJson('/api/catalogue/who-handles?' + new URLSearchParams({item: itemCode,
        place: this.point.division}));
      this.materials.set(itemCode, answer.materials ?? []);
    }
    return this.materials.get(itemCode);
  }

  async start() {
    this.main.append(h('h2', {text: t('nav.agent')}));
    try {
      const reach = await getJson('/api/proxy/reach');
      const pointIds = reach.scopes.filter((s) => s.level === 'POINT').map((s) => s.id);
      if (pointIds.length === 0) {
        this.main.append(h('p', {class: 'error', role: 'alert', text: t('agent.noPoint')}));
        return;
      }
      this.points = await getJson('/api/proxy/points?point=' + encodeURIComponent(pointIds[0]));
      this.point = this.points[0];
      this.items = await getJson('/api/catalogue/places/' + encodeURIComponent(this.point.division) + '/proxy-items');
    } catch (error) {
      this.main.append(failure(error));
      return;
    }
    this.main.append(h('p', {class: 'hint', id: 'agent-point', text: this.point.name}),
      await this.intakeForm(), this.receipt, this.cases);
    await this.showCases();
  }

  async intakeForm() {
    const name = h('input', {required: true, autocomplete: 'off'});
    const idNumber = maskedInput(4, {required: true, maxlength: 18, 'aria-describedby': 'agent-mask-hint'});
    const phone = maskedInput(3, {inputmode: 'tel', maxlength: 20, 'aria-describedby': 'agent-mask-hint'});
    const item = h('select', {required: true},
      this.items.map((i) => h('option', {value: i.code, text: i.name + ' · ' + i.code})));
    const channel = h('select', {}, CHANNELS.map((c) => h('option', {value: c, text: t('agent.channel.' + c)})));
    const materials = h('div', {id: 'agent-materials'});
    const message = h('div', {id: 'agent-message', 'aria-live': 'polite'});
    const showMaterials = async () => {
      try {
        materials.replaceChildren(checklist('agent-material', await this.materialsOf(item.value)));
      } catch (error) {
        materials.replaceChildren(failure(error));
      }
    };
    item.addEventListener('change', showMaterials);
    const form = h('form', {class: 'card', id: 'agent-intake', 'aria-labelledby': 'agent-intake-title'},
      h('h3', {id: 'agent-intake-title', text: t('agent.intake')}),
      field('agent-name', t('agent.applicant'), name), field('agent-id-number', t('agent.idNumber'), idNumber.input),
      field('agent-phone', t('agent.phone'), phone.input),
      h('p', {class: 'hint', id: 'agent-mask-hint', text: t('agent.maskHint')}),
      field('agent-item', t('agent.item'), item), field('agent-channel', t('agent.channel'), channel), materials,
      h('button', {type: 'submit', class: 'primary', id: 'agent-submit', text: t('agent.submit')}), message);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const presented = tickedIn(materials);
      const body = {pointId: this.point.id, itemCode: item.value, channel: channel.value,
        applicant: {name: name.value.trim(), idNumber: idNumber.value(), phone: phone.value() || null}};
      try {
        const received = await (await call('POST', '/api/proxy/cases', {body: JSON.stringify(body),
          role: 'proxy-agent'})).json();
        this.presented.set(received.id, new Set(presented));
        message.replaceChildren();
        this.showReceipt(received, received.ratingCode, received.ratingCodeExpiresAt);
        form.reset();
        idNumber.reset();
        phone.reset();
        await showMaterials();
        await this.showCases();
      } catch (error) {
        message.replaceChildren(failure(error));
      }
    });
    if (this.items.length === 0) {
      form.append(h('p', {class: 'error', role: 'alert', text: t('agent.noItems')}));
    } else {
      await showMaterials();
    }
    return form;
  }

  /** The receipt's line: the case, and the code the applicant rates with once it is answered. */
  showReceipt(proxyCase, code, expiresAt) {
    this.receipt.replaceChildren(h('div', {class: 'card receipt'},
      h('p', {id: 'agent-received', 'data-case': proxyCase.id, text: t('agent.received', {id: proxyCase.id, item: proxyCase.itemName ?? '',
        idNumber: proxyCase.maskedIdNumber})}),
      code ? h('p', {}, t('agent.ratingCode') + ' ',
        h('code', {id: 'agent-rating-code', text: code.replace(/(.{4})(?=.)/g, '$1 ')}),
        ' ' + t('agent.ratingCodeExpires', {at: formatTime(expiresAt)})) : null,
      h('p', {class: 'hint', text: t('agent.ratingHint')})));
  }

  async showCases() {
    const title = h('h3', {id: 'agent-cases-title', text: t('agent.openCases')});
    try {
      const point = encodeURIComponent(this.point.id);
      const all = await getJson('/api/proxy/cases?point=' + point + '&limit=500');
      const unanswered = await getJson('/api/proxy/reports/unanswered?point=' + point);
      this.overdue = new Set(unanswered.cases.filter((c) => c.overdue).map((c) => c.caseId));
      const open = all.filter((c) => c.state !== 'ANSWERED')
        .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
      const cards = [];
      for (const c of open) cards.push(await this.caseCard(c));
      this.cases.replaceChildren(title, open.length === 0 ? h('p', {text: t('agent.noOpenCases')})
        : h('ul', {class: 'plain case-list'}, cards));
    } catch (error) {
      this.cases.replaceChildren(title, failure(error));
    }
  }

  async caseCard(proxyCase) {
    const step = NEXT_STEP[proxyCase.state];
    const controls = [];
    let materials = null;
    if (step === 'check') {
      materials = checklist('case-' + proxyCase.id, await this.materialsOf(proxyCase.itemCode),
        this.presented.get(proxyCase.id));
      controls.push(materials);
    }
    const method = h('select', {id: 'answer-method-' + proxyCase.id},
      ANSWER_METHODS.map((m) => h('option', {value: m, text: t('agent.answer.' + m)})));
    if (step === 'answer') controls.push(field('answer-method-' + proxyCase.id, t('agent.answerMethod'), method));
    const error = h('div', {'aria-live': 'polite'});
    const act = (move, body) => this.move(proxyCase, move, body, error);
    const buttons = [h('button', {type: 'button', class: 'primary step', 'data-step': step, text: t('agent.step.' + step),
      onclick: () => act(step, step === 'check' ? {presented: tickedIn(materials)}
        : step === 'answer' ? {method: method.value} : undefined)})];
    if (step === 'complete') buttons.push(h('button', {type: 'button', 'data-step': 'reject', text: t('agent.step.reject'),
      onclick: () => act('reject')}));
    const overdue = this.overdue.has(proxyCase.id);
    return h('li', {class: 'card case', 'data-case': proxyCase.id, 'data-state': proxyCase.state},
      h('p', {class: 'case-head'}, h('strong', {text: proxyCase.itemName ?? proxyCase.itemCode}), ' ',
        h('span', {class: 'state ' + proxyCase.state, 'data-state': proxyCase.state,
          text: t('agent.state.' + proxyCase.state)})),
      h('dl', {class: 'details'},
        h('dt', {text: t('agent.applicant')}), h('dd', {text: proxyCase.applicantName}),
        h('dt', {text: t('agent.idNumber')}), h('dd', {class: 'masked', text: proxyCase.maskedIdNumber}),
        h('dt', {text: t('agent.receivedAt')}), h('dd', {text: formatTime(proxyCase.receivedAt)}),
        h('dt', {text: t('agent.deadline')}), h('dd', {class: overdue ? 'error deadline' : 'deadline',
          text: deadlineText(proxyCase, overdue)}),
        proxyCase.missingMaterials.length > 0 ? [h('dt', {text: t('agent.missing')}),
          h('dd', {text: proxyCase.missingMaterials.join('、')})] : null),
      controls, h('p', {class: 'actions'}, buttons), error);
  }

  /** One move of a case; a result or a reason is asked for first. */
  async move(proxyCase, step, body, error) {
    let sent = body;
    if (step === 'complete' || step === 'reject') {
      const name = step === 'complete' ? 'result' : 'reason';
      const values = await confirmAction(t('agent.step.' + step), t('agent.confirm', {item: proxyCase.itemName ?? ''}),
        [{name, label: t('agent.' + name), required: true}]);
      if (!values) return;
      sent = {[name]: values[name]};
    }
    try {
      const moved = await (await call('POST', '/api/proxy/cases/' + encodeURIComponent(proxyCase.id) + '/' + step,
        {body: sent === undefined ? undefined : JSON.stringify(sent), role: 'proxy-agent'})).json();
      document.getElementById('status').textContent = t('agent.moved', {item: moved.itemName ?? '',
        state: t('agent.state.' + moved.state)});
      await this.showCases();
    } catch (failed) {
      error.replaceChildren(failure(failed));
    }
  }
}

export async function render(main) {
  await new AgentPage(main).start();
}
