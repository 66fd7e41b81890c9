// A campaign's message as one chosen customer would get it: the customer is found by name, email or id
// (the segment's first member to start with), and the message is rendered by the server. An email body
// is shown in a sandboxed frame (no script runs in it; the admin's Content-Security-Policy also applies
// there, so inline styles and remote images are not loaded); text channels as text.

import { h, replace, debounce } from '../dom.js';
import { api, query } from '../api.js';
import { t } from '../i18n.js';
import { problemText, customerName } from '../ui.js';

/**
 * `render(customerId)` resolves to the server's preview ({customer_id, channel, address, reachable,
 * reason, subject, body}); `segmentId()` names the segment whose first member is shown by default, unless
 * `customerId` names another customer to start with.
 */
export function previewPanel({ render, segmentId, idPrefix = 'preview', customerId = null }) {
  let customer = null;
  let chosenByHand = false;
  let shown = 0;
  const input = h('input', { id: `${idPrefix}-customer`, type: 'search', autocomplete: 'off', placeholder: t('preview.customerPlaceholder') });
  const choices = h('ul', { class: 'choices' });
  const who = h('p', { class: 'preview-who', 'aria-live': 'polite' });
  const output = h('div', { class: 'preview-output' });
  const errors = h('div', { class: 'preview-errors', role: 'status' });

  async function useCustomer(id, byHand) {
    try {
      customer = await api.get(`/customers/${id}`);
      chosenByHand = byHand;
      replace(choices);
      replace(who, t('preview.for', { name: customerName(customer), id: customer.id }));
      await refresh();
    } catch (error) {
      replace(who, error.status === 404 ? t('preview.noCustomer') : problemText(error));
    }
  }

  async function find(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (/^\d+$/.test(text)) {
      await useCustomer(Number(text), true);
      return;
    }
    const { customers } = await api.get(`/customers${query({ search: text, limit: 10 })}`);
    replace(choices, customers.length === 0 ? h('li', { class: 'muted', text: t('preview.noMatch') })
      : customers.map((c) => h('li', {}, h('button', {
        type: 'button', class: 'link', onclick: () => useCustomer(c.id, true),
        text: `${customerName(c)}${c.email ? ` (${c.email})` : ''}`,
      }))));
  }

  /** Shows the segment's first member, unless a customer was chosen by hand (or named in the address). */
  async function followSegment() {
    if (!customer && customerId !== null) {
      await useCustomer(customerId, true);
      if (customer) return;
    }
    if (chosenByHand) return;
    const id = segmentId();
    if (!id) return;
    const page = await api.get(`/segments/${id}/members${query({ limit: 1 })}`);
    if (page.members.length > 0) await useCustomer(page.members[0].id, false);
    else {
      customer = null;
      replace(who, t('preview.emptySegment'));
      replace(output);
    }
  }

  async function refresh() {
    if (!customer) return;
    const mine = ++shown;
    try {
      const preview = await render(customer.id);
      if (mine !== shown) return;
      replace(errors);
      replace(output, message(preview));
    } catch (error) {
      if (mine !== shown) return;
      const list = error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
      replace(errors, list.length ? [h('p', { text: t('preview.fix') }), h('ul', {}, list.map((e) => h('li', { text: e.message })))]
        : h('p', { text: problemText(error) }));
    }
  }

  const element = h('section', { class: 'preview', 'aria-labelledby': `${idPrefix}-heading` },
    h('h2', { id: `${idPrefix}-heading`, text: t('preview.title') }),
    h('form', { class: 'inline-form', onsubmit: find },
      h('label', { for: `${idPrefix}-customer`, text: t('preview.customer') }), input,
      h('button', { type: 'submit', class: 'secondary', text: t('preview.show') })),
    choices, who, errors, output);
  return {
    element,
    followSegment,
    refresh,
    refreshSoon: debounce(refresh, 300),
    get customerId() {
      return customer ? customer.id : null;
    },
  };
}

function message(preview) {
  const email = preview.channel === 'email';
  return [
    h('dl', { class: 'preview-head' },
      h('dt', { text: t('preview.to') }),
      h('dd', {}, preview.reachable ? preview.address
        : h('span', { class: 'unreachable', text: t('preview.unreachable', { reason: preview.reason || '' }) })),
      email ? [h('dt', { text: t('preview.subject') }), h('dd', { class: 'preview-subject', text: preview.subject })] : null),
    email ? frame(preview.body) : h('pre', { class: 'preview-text', text: preview.body }),
  ];
}

function frame(body) {
  const iframe = h('iframe', { class: 'preview-frame', sandbox: '', title: t('preview.frame'), referrerpolicy: 'no-referrer' });
  iframe.srcdoc = `<!doctype html><meta charset="utf-8">${body}`;
  return iframe;
}
