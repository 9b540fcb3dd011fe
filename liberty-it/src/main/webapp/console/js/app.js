// The console's shell: who is signed in, the pages their roles open, the language switch and the
// hash router (#/verify, #/seals, #/seals/<esId>, #/queue, #/request, #/agent, #/dashboard).
import {h} from './dom.js';
import {t, translate, languageButton, markPage} from './i18n.js';
import {getJson, useCsrfToken, call, describe} from './api.js';
import * as verify from './pages/verify.js';
import * as seals from './pages/seals.js';
import * as clerk from './pages/clerk.js';
import * as audit from './pages/audit.js';
import * as standards from './pages/standards.js';
import * as catalogue from './pages/catalogue.js';

/** The pages, each with the roles that open it (the API decides; this only hides what would be refused). */
const PAGES = [
  {path: 'seals', label: 'nav.seals', roles: ['seal-admin', 'seal-approver', 'seal-custodian', 'auditor', 'supervisor'],
    render: seals.renderList},
  {path: 'request', label: 'nav.request', roles: ['seal-admin'], render: seals.renderRequest},
  {path: 'queue', label: 'nav.queue', roles: ['seal-approver'], render: seals.renderQueue},
  {path: 'clerk', label: 'nav.clerk', roles: ['seal-custodian'], render: clerk.render},
  {path: 'audit', label: 'nav.audit', roles: ['auditor', 'supervisor'], render: audit.render},
  {path: 'standards', label: 'nav.standards', roles: ['supervisor', 'auditor'], render: standards.render},
  {path: 'catalogue', label: 'nav.catalogue', roles: ['supervisor', 'auditor'], render: catalogue.render},
  {path: 'agent', label: 'nav.agent', roles: ['proxy-agent'],
    render: async (main, user) => (await import('./pages/agent.js')).render(main, user)},
  {path: 'dashboard', label: 'nav.dashboard', roles: ['supervisor', 'auditor'],
    render: async (main, user) => (await import('./pages/supervisor.js')).render(main, user)},
  {path: 'verify', label: 'nav.verify', roles: ['seal-admin', 'seal-approver', 'seal-custodian', 'auditor',
    'proxy-agent', 'supervisor'], render: verify.render},
];

const main = document.getElementById('main');
let caller = null;

function allowed(page) {
  return page.roles.some((role) => caller.roles.includes(role));
}

function renderNav() {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...PAGES.filter(allowed).map((page) =>
    h('a', {href: '#/' + page.path, text: t(page.label), 'data-page': page.path})));
  document.getElementById('who').textContent = t('app.signedInAs', {
    user: caller.user, roles: caller.roles.map((role) => t('role.' + role)).join('、')});
  document.getElementById('logout').textContent = t('app.logout');
}

function route() {
  const [, first, second] = (location.hash || '#/').split('/');
  for (const link of document.querySelectorAll('#nav a')) {
    link.toggleAttribute('aria-current', link.dataset.page === first);
  }
  main.replaceChildren();
  if (first === 'seals' && second) {
    seals.renderSeal(main, decodeURIComponent(second), caller);
    return;
  }
  const page = PAGES.find((p) => p.path === first && allowed(p));
  if (page) {
    page.render(main, caller);
    return;
  }
  main.append(h('h2', {text: t('home.title', {user: caller.user})}),
    h('p', {text: t('home.intro')}),
    h('ul', {}, PAGES.filter(allowed).map((p) => h('li', {}, h('a', {href: '#/' + p.path, text: t(p.label)})))));
}

async function start() {
  markPage();
  translate();
  try {
    caller = await getJson('/api/session');
  } catch (error) {
    main.replaceChildren(h('p', {role: 'alert', class: 'error', text: describe(error)}));
    return;
  }
  useCsrfToken(caller.csrfToken);
  languageButton(document.getElementById('lang'), () => {
    translate();
    renderNav();
    route();
  });
  document.getElementById('logout').addEventListener('click', async () => {
    await call('POST', '/console/logout');
    location.assign('/console/login.html');
  });
  renderNav();
  window.addEventListener('hashchange', route);
  route();
}

start();
