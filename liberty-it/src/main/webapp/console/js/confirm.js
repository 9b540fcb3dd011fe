// Confirmation of an action (a modal <dialog>: focus stays inside, Esc cancels), with the fields
// the action needs (a reason, an effective time, a user).
import {h, field} from './dom.js';
import {t} from './i18n.js';

/**
 * Asks the user to confirm. fields: [{name, label, type ('text', 'datetime-local', 'textarea'),
 * required}]. Resolves with the values by name, or null when cancelled.
 */
export function confirmAction(title, question, fields = []) {
  return new Promise((resolve) => {
    const inputs = fields.map((f) => {
      const input = f.type === 'textarea' ? h('textarea', {name: f.name, required: f.required, rows: 3})
        : h('input', {name: f.name, type: f.type ?? 'text', required: f.required});
      return field('confirm-' + f.name, f.label, input);
    });
    const form = h('form', {method: 'dialog'},
      h('h2', {text: title}), h('p', {text: question}), inputs,
      h('p', {class: 'actions'},
        h('button', {type: 'submit', class: 'primary', id: 'confirm-ok', value: 'ok', text: t('confirm.ok')}),
        h('button', {type: 'button', id: 'confirm-cancel', text: t('confirm.cancel'),
          onclick: () => dialog.close('cancel')})));
    const dialog = h('dialog', {class: 'confirm', 'aria-label': title}, form);
    dialog.addEventListener('close', () => {
      const values = dialog.returnValue === 'ok'
        ? Object.fromEntries(fields.map((f) => [f.name, form.elements[f.name].value])) : null;
      dialog.remove();
      resolve(values);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
