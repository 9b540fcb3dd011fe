// Pieces every console page builds the same way: the notice for a failed call and a table under
// translated column headers. Built with h(), so no server text is parsed as markup.
import {h} from './dom.js';
import {t} from './i18n.js';
import {describe} from './api.js';

/** The API's refusal as an alert (role=alert, so a screen reader announces it). */
export function failure(error) {
  return h('p', {class: 'error', role: 'alert', text: describe(error)});
}

/** A table with one column header per message key, then the rows. */
export function table(headers, rows, id) {
  return h('table', {id},
    h('thead', {}, h('tr', {}, headers.map((key) => h('th', {scope: 'col', text: t(key)})))),
    h('tbody', {}, rows));
}
