// The login page: texts in the chosen language, the language switch, and why the user is here.
import {t, translate, languageButton, markPage} from './i18n.js';

function show() {
  markPage();
  translate();
  const message = document.getElementById('login-message');
  const reason = ['refused', 'expired'].find((r) => new URLSearchParams(location.search).has(r));
  message.hidden = !reason;
  message.textContent = reason ? t('login.' + reason) : '';
}

show();
languageButton(document.getElementById('lang'), show);
document.getElementById('username').focus();
