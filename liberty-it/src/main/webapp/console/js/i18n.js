// Message bundles (zh, the default, and en), the language switch, and dates in China Standard Time.
import zh from './messages/zh.js';
import en from './messages/en.js';

const BUNDLES = {zh, en};
const KEY = 'bianmin.lang';

/** The chosen language: zh (default) or en. */
export function lang() {
  const chosen = localStorage.getItem(KEY);
  return chosen === 'en' ? 'en' : 'zh';
}

/** Chooses the language and marks the page with it (screen readers pronounce by it). */
export function setLang(language) {
  localStorage.setItem(KEY, language === 'en' ? 'en' : 'zh');
  markPage();
}

/** Sets the page's lang attribute to the chosen language. */
export function markPage() {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
}

/** The text of a message key in the chosen language, {name} replaced by args.name. */
export function t(key, args = {}) {
  const text = BUNDLES[lang()][key] ?? BUNDLES.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** Whether a message key exists (for codes the server may send that have no text here). */
export function has(key) {
  return key in BUNDLES[lang()];
}

/** A time (ISO-8601 instant) as people in Luding read it: Asia/Shanghai, in the chosen language. */
export function formatTime(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}

/** Fills every element marked data-i18n (text) and data-i18n-label (aria-label) under root. */
export function translate(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  }
  document.title = t('app.title');
}

/** A button that switches between Chinese and English and then calls onSwitch. */
export function languageButton(button, onSwitch) {
  const label = () => {
    button.textContent = lang() === 'zh' ? 'English' : '中文';
    button.lang = lang() === 'zh' ? 'en' : 'zh-CN';
    button.setAttribute('aria-label', t('app.switchLanguage'));
  };
  label();
  button.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    label();
    onSwitch();
  });
}
