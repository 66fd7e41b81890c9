// The shop's messaging settings: its SMTP server (with the From address new email campaigns start with)
// and the provider webhook of each other channel. Passwords and secrets are write-only: the page only
// says whether one is stored, and a blank field keeps it.

import { h } from '../dom.js';
import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { alertArea, confirmDialog } from '../ui.js';
import { field, select, clearErrors, showProblem, secretState } from '../forms.js';

const PROVIDERS = ['sms', 'messenger', 'viber'];
const DEFAULT_PORTS = { starttls: 587, tls: 465, none: 25 };

export async function settingsPage({ app }) {
  app.title(t('settings.title'));
  const [smtp, channels] = await Promise.all([
    api.get('/settings/smtp').catch(absentAsNull),
    api.get('/settings/channels'),
  ]);
  const byChannel = new Map(channels.providers.map((provider) => [provider.channel, provider]));
  return [
    h('h1', { text: t('settings.title') }),
    h('p', { class: 'lead', text: t('settings.intro') }),
    smtpSection(app, smtp),
    h('section', { 'aria-labelledby': 'providers-heading' },
      h('h2', { id: 'providers-heading', text: t('settings.providers') }),
      h('p', { class: 'lead', text: t('settings.providersIntro') }),
      h('div', { class: 'provider-grid' }, PROVIDERS.map((channel) => providerForm(app, channel, byChannel.get(channel) || null)))),
  ];
}

function smtpSection(app, initial) {
  let current = initial;
  const alert = alertArea();
  const host = h('input', { name: 'host', type: 'text', required: true, autocomplete: 'off', spellcheck: 'false' });
  const port = h('input', { name: 'port', type: 'number', min: '1', max: '65535', inputmode: 'numeric' });
  const security = select('security', [
    ['starttls', t('settings.security.starttls')], ['tls', t('settings.security.tls')], ['none', t('settings.security.none')],
  ], 'starttls');
  const username = h('input', { name: 'username', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password' });
  const removePassword = h('input', { type: 'checkbox', id: 'smtp-remove-password' });
  const removeLabel = h('label', { class: 'check', for: 'smtp-remove-password' }, removePassword, ' ', t('settings.removePassword'));
  const sender = h('input', { name: 'sender', type: 'text', autocomplete: 'off', placeholder: t('settings.senderPlaceholder') });
  const rate = h('input', { name: 'messages_per_minute', type: 'number', min: '1', max: '100000', inputmode: 'numeric' });
  const state = secretState('smtp-password-state');
  const remove = h('button', { type: 'button', class: 'danger-outline', text: t('settings.smtpRemove'), onclick: removeSmtp });

  function show() {
    host.value = current ? current.host : '';
    security.value = current ? current.security : 'starttls';
    port.value = current ? String(current.port) : '';
    port.placeholder = String(DEFAULT_PORTS[security.value]);
    username.value = current ? current.username : '';
    password.value = '';
    removePassword.checked = false;
    sender.value = current ? current.sender || '' : '';
    rate.value = current ? String(current.messages_per_minute) : '';
    rate.placeholder = '60';
    const isSet = Boolean(current && current.password_set);
    state.set(isSet, t('settings.passwordSet'), t('settings.passwordNotSet'));
    removeLabel.hidden = !isSet;
    remove.hidden = !current;
    status.textContent = current ? t('settings.smtpConfigured', { host: current.host }) : t('settings.smtpNone');
  }

  security.addEventListener('change', () => { port.placeholder = String(DEFAULT_PORTS[security.value]); });

  async function save(event) {
    event.preventDefault();
    alert.clear();
    clearErrors(form);
    const body = {
      host: host.value.trim(), security: security.value, username: username.value.trim(), sender: sender.value.trim(),
    };
    if (port.value) body.port = Number(port.value);
    if (rate.value) body.messages_per_minute = Number(rate.value);
    if (removePassword.checked) body.password = null;
    else if (password.value) body.password = password.value;
    try {
      current = await api.put('/settings/smtp', body);
      show();
      app.notify(t('settings.smtpSaved'));
    } catch (error) {
      if (error instanceof ApiError && error.type === 'no-secret-key') alert.show(t('settings.noSecretKey'));
      else showProblem(form, alert, error);
    }
  }

  async function removeSmtp() {
    const sure = await confirmDialog({ title: t('settings.smtpRemoveTitle'), text: t('settings.smtpRemoveText'), confirm: t('settings.smtpRemove'), danger: true });
    if (!sure) return;
    try {
      await api.delete('/settings/smtp');
      current = null;
      show();
      app.notify(t('settings.smtpRemoved'));
    } catch (error) {
      showProblem(form, alert, error);
    }
  }

  const status = h('p', { class: 'meta' });
  const form = h('form', { class: 'settings-form', id: 'smtp-form', novalidate: true, onsubmit: save },
    h('div', { class: 'field-row' },
      field({ id: 'smtp-host', label: t('settings.host'), control: host, className: 'grow' }),
      field({ id: 'smtp-port', label: t('settings.port'), control: port, className: 'narrow' })),
    field({ id: 'smtp-security', label: t('settings.security'), control: security, help: t('settings.securityHelp') }),
    h('div', { class: 'field-row' },
      field({ id: 'smtp-username', label: t('settings.username'), control: username, help: t('settings.usernameHelp'), className: 'grow' }),
      h('div', { class: 'grow' },
        field({ id: 'smtp-password', label: t('settings.password'), control: password }),
        state.element, removeLabel)),
    field({ id: 'smtp-sender', label: t('settings.sender'), control: sender, help: t('settings.senderHelp') }),
    field({ id: 'smtp-rate', label: t('settings.rate'), control: rate, help: t('settings.rateHelp') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: t('settings.smtpSave') }), remove));
  show();
  return h('section', { 'aria-labelledby': 'smtp-heading' },
    h('h2', { id: 'smtp-heading', text: t('settings.smtp') }), status, alert.element, form);
}

function providerForm(app, channel, initial) {
  let current = initial;
  const alert = alertArea();
  const prefix = `provider-${channel}`;
  const url = h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://', autocomplete: 'off' });
  const secret = h('input', { name: 'secret', type: 'password', autocomplete: 'new-password', minlength: '16' });
  const rate = h('input', { name: 'messages_per_minute', type: 'number', min: '1', max: '100000', inputmode: 'numeric', placeholder: '60' });
  const state = secretState(`${prefix}-secret-state`);
  const remove = h('button', { type: 'button', class: 'danger-outline', text: t('settings.providerRemove'), onclick: removeProvider });
  remove.setAttribute('aria-label', t('settings.providerRemoveNamed', { channel: t(`settings.channel.${channel}`) }));
  const name = t(`settings.channel.${channel}`);

  function show() {
    url.value = current ? current.url : '';
    secret.value = '';
    rate.value = current ? String(current.messages_per_minute) : '';
    state.set(Boolean(current), t('settings.secretSet'), t('settings.secretNotSet'));
    remove.hidden = !current;
  }

  async function save(event) {
    event.preventDefault();
    alert.clear();
    clearErrors(form);
    const body = { url: url.value.trim() };
    if (secret.value) body.secret = secret.value;
    if (rate.value) body.messages_per_minute = Number(rate.value);
    try {
      current = await api.put(`/settings/channels/${channel}`, body);
      show();
      app.notify(t('settings.providerSaved', { channel: name }));
    } catch (error) {
      if (error instanceof ApiError && error.type === 'no-secret-key') alert.show(t('settings.noSecretKey'));
      else showProblem(form, alert, error);
    }
  }

  async function removeProvider() {
    const sure = await confirmDialog({
      title: t('settings.providerRemoveTitle', { channel: name }), text: t('settings.providerRemoveText'),
      confirm: t('settings.providerRemove'), danger: true,
    });
    if (!sure) return;
    try {
      await api.delete(`/settings/channels/${channel}`);
      current = null;
      show();
      app.notify(t('settings.providerRemoved', { channel: name }));
    } catch (error) {
      showProblem(form, alert, error);
    }
  }

  const headingId = `${prefix}-heading`;
  const form = h('form', { class: 'settings-form provider', id: `${prefix}-form`, novalidate: true, onsubmit: save, 'aria-labelledby': headingId },
    h('h3', { id: headingId, text: name }),
    alert.element,
    field({ id: `${prefix}-url`, label: t('settings.providerUrl'), control: url, help: t('settings.providerUrlHelp') }),
    field({ id: `${prefix}-secret`, label: t('settings.secret'), control: secret, help: t('settings.secretHelp') }),
    state.element,
    field({ id: `${prefix}-rate`, label: t('settings.rate'), control: rate }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'secondary', text: t('settings.providerSave'), 'aria-label': t('settings.providerSaveNamed', { channel: name }) }),
      remove));
  show();
  return form;
}

function absentAsNull(error) {
  if (error instanceof ApiError && error.status === 404) return null;
  throw error;
}
