// Small DOM helpers: elements are built with properties and listeners, never from HTML strings, so
// no text from the server is ever parsed as markup and no inline handler is needed (the CSP forbids them).

/**
 * An element: h('button', {type: 'button', text: 'OK', onclick: fn, class: 'primary'}, child, ...).
 * Attributes: text sets textContent, class sets className, on<event> adds a listener, data-* and
 * aria-* and the rest are set as attributes (false and null leave them out).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name === 'class') element.className = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A labelled form field: the label names the input (for/id), as screen readers need. */
export function field(id, label, input) {
  input.id = id;
  return h('div', {class: 'field'}, h('label', {for: id, text: label}), input);
}

/** Offers bytes or text as a file download, without leaving the page. */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], {type}));
  const link = h('a', {href: url, download: name, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
