// Signing in: the admin token goes to POST /admin/login, which sets the session cookie.

import { loadMessages, t, translate } from './i18n.js';

const form = document.getElementById('login-form');
const error = document.getElementById('login-error');
const input = document.getElementById('token');

function fail(key) {
  error.textContent = t(key);
  error.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

async function start() {
  await loadMessages();
  translate(document.body);
  document.title = `${t('login.title')} · ${t('app.name')}`;
  const failed = new URLSearchParams(window.location.search).get('failed');
  if (failed) fail(failed === 'scope' ? 'login.needsAdmin' : 'login.invalid');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const response = await fetch('/admin/login', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token: input.value.trim() }),
    }).catch(() => null);
    if (response && response.ok) {
      window.location.assign('/admin/segments');
    } else if (response && response.status === 403) {
      fail('login.needsAdmin');
    } else if (response && response.status === 401) {
      fail('login.invalid');
    } else {
      fail('login.unreachable');
    }
  });
  input.focus();
}

start();
