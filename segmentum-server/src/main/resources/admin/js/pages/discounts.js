// The shop's discount codes with the segments they are restricted to, their value, window and uses; and
// a check of whether one customer may use a code now, with the reasons when not.

import { h, replace } from '../dom.js';
import { api, query, allSegments } from '../api.js';
import { t, has, number, percent, money, dateTime } from '../i18n.js';
import { alertArea, confirmDialog, pager, cursorTrail, problemText } from '../ui.js';
import { field } from '../forms.js';

const PAGE_SIZE = 50;

export async function discountsPage({ app, params }) {
  app.title(t('discounts.title'));
  const zone = app.session.shop.timezone;
  const currency = app.session.shop.currency;
  const batch = params.get('batch') || '';
  const segments = new Map((await allSegments()).map((s) => [s.id, s]));
  const trail = cursorTrail(PAGE_SIZE);
  const results = h('div', { class: 'results' });
  const alert = alertArea();

  async function load() {
    const data = await api.get(`/discounts${query({ batch, limit: PAGE_SIZE, cursor: trail.cursor })}`);
    replace(results, data.total === 0 ? h('p', { class: 'empty', text: t('discounts.none') }) : [
      h('div', { class: 'table-wrap' }, h('table', { class: 'discounts' },
        h('caption', { class: 'visually-hidden', text: t('discounts.caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('discounts.column.code') }),
          h('th', { scope: 'col', text: t('discounts.column.segments') }),
          h('th', { scope: 'col', text: t('discounts.column.value') }),
          h('th', { scope: 'col', text: t('discounts.column.window') }),
          h('th', { scope: 'col', text: t('discounts.column.uses') }),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t('discounts.column.actions') })))),
        h('tbody', {}, data.discounts.map((discount) => h('tr', { 'data-code': discount.code },
          h('th', { scope: 'row' }, h('code', { text: discount.code }),
            discount.batch && !batch ? h('a', { class: 'small batch-link', href: `/admin/discounts${query({ batch: discount.batch })}`, text: t('discounts.batch') }) : null),
          h('td', {}, segmentLinks(discount.segment_ids, segments)),
          h('td', { text: discountValue(discount, currency) }),
          h('td', { text: windowText(discount, zone) }),
          h('td', { text: usesText(discount) }),
          h('td', {}, h('button', {
            type: 'button', class: 'danger-outline small', text: t('discounts.delete'),
            'aria-label': t('discounts.deleteNamed', { code: discount.code }),
            onclick: () => remove(discount),
          }))))))),
      pager({
        offset: trail.offset, shown: data.discounts.length, total: data.total, hasNext: Boolean(data.next_cursor),
        label: t('discounts.pages'),
        onPrevious: () => { trail.previous(); load(); },
        onNext: () => { trail.next(data.next_cursor); load(); },
      }),
    ]);
  }

  async function remove(discount) {
    const sure = await confirmDialog({ title: t('discounts.deleteTitle', { code: discount.code }), text: t('discounts.deleteText'), confirm: t('discounts.delete'), danger: true });
    if (!sure) return;
    try {
      await api.delete(`/discounts/${encodeURIComponent(discount.code)}`);
      app.notify(t('discounts.deleted', { code: discount.code }));
      await load();
    } catch (error) {
      alert.show(problemText(error));
    }
  }

  await load();
  return [
    batch ? h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/discounts', text: t('discounts.title') })) : null,
    h('div', { class: 'page-head' },
      h('h1', { text: batch ? t('discounts.batchTitle', { batch }) : t('discounts.title') }),
      h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '/admin/discounts/new', text: t('discounts.new') }))),
    h('p', { class: 'lead', text: t('discounts.intro') }),
    alert.element,
    results,
    eligibilitySection({ segments, currency }),
  ];
}

function eligibilitySection({ segments, currency }) {
  const code = h('input', { name: 'code', type: 'text', required: true, autocomplete: 'off', spellcheck: 'false' });
  const customer = h('input', { name: 'customer_id', type: 'text', inputmode: 'numeric', pattern: '[0-9]+', required: true, autocomplete: 'off' });
  const answer = h('div', { class: 'eligibility-answer', 'aria-live': 'polite' });
  const form = h('form', {
    class: 'eligibility-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      const codeText = code.value.trim();
      const id = customer.value.trim();
      if (!codeText || !/^\d+$/.test(id)) {
        replace(answer, h('p', { class: 'field-error', text: t('discounts.check.incomplete') }));
        return;
      }
      try {
        const result = await api.get(`/discounts/${encodeURIComponent(codeText)}/eligibility${query({ customer_id: id })}`);
        replace(answer, verdict(result, segments, currency));
      } catch (error) {
        replace(answer, h('p', { class: 'verdict out', text: error.status === 404 ? t('discounts.check.noCode', { code: codeText }) : problemText(error) }));
      }
    },
  },
  h('div', { class: 'field-row' },
    field({ id: 'check-code', label: t('discounts.check.code'), control: code, className: 'grow' }),
    field({ id: 'check-customer', label: t('discounts.check.customer'), control: customer, help: t('discounts.check.customerHelp'), className: 'grow' })),
  h('button', { type: 'submit', class: 'secondary', text: t('discounts.check.submit') }));
  return h('section', { class: 'eligibility', 'aria-labelledby': 'eligibility-heading' },
    h('h2', { id: 'eligibility-heading', text: t('discounts.check.title') }),
    h('p', { text: t('discounts.check.intro') }), form, answer);
}

function verdict(result, segments, currency) {
  const who = t('customer.numbered', { id: result.customer_id });
  return [
    h('p', { class: result.eligible ? 'verdict in' : 'verdict out', text: result.eligible
      ? t('discounts.check.eligible', { customer: who, code: result.code, value: discountValue(result, currency) })
      : t('discounts.check.notEligible', { customer: who, code: result.code }) }),
    result.eligible ? null : h('ul', { class: 'reasons' }, result.reasons.map((reason) => h('li', { 'data-reason': reason.code },
      has(`discounts.reason.${reason.code}`) ? t(`discounts.reason.${reason.code}`) : reason.message))),
    h('ul', { class: 'segment-membership' }, result.segments.map((entry) => h('li', { class: entry.member ? 'holds' : 'fails' },
      h('span', { class: 'mark', 'aria-hidden': 'true', text: entry.member ? '✓' : '✗' }), ' ',
      t(entry.member ? 'discounts.check.inSegment' : 'discounts.check.notInSegment', {
        segment: segments.has(entry.segment_id) ? segments.get(entry.segment_id).name : `#${entry.segment_id}`,
      })))),
    h('p', { class: 'meta', text: t('discounts.check.uses', { uses: number(result.uses), mine: number(result.customer_uses) }) }),
  ];
}

function segmentLinks(ids, segments) {
  if (ids.length === 0) return h('span', { class: 'muted', text: t('discounts.noSegments') });
  return h('ul', { class: 'inline-list' }, ids.map((id) => h('li', {}, segments.has(id)
    ? h('a', { href: `/admin/segments/${id}`, text: segments.get(id).name }) : `#${id}`)));
}

/** "15 %" or "$5.00". */
export function discountValue(discount, currency) {
  return discount.value_type === 'percentage' ? percent(discount.value) : money(discount.value, currency);
}

function windowText(discount, zone) {
  const from = dateTime(discount.starts_at, zone);
  return discount.ends_at ? t('discounts.window', { from, to: dateTime(discount.ends_at, zone) }) : t('discounts.windowOpen', { from });
}

function usesText(discount) {
  const uses = number(discount.uses);
  const total = discount.usage_limit === null ? t('discounts.usesUnlimited', { uses }) : t('discounts.usesOf', { uses, limit: number(discount.usage_limit) });
  return discount.per_customer_limit === null ? total : `${total} · ${t('discounts.perCustomer', { limit: number(discount.per_customer_limit) })}`;
}
