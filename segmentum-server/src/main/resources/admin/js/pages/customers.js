// Finding a customer by name or email, and one customer's segments, RFM group and spend tier.

import { h, replace } from '../dom.js';
import { api, query, allSegments } from '../api.js';
import { t, has, date, dateTime } from '../i18n.js';
import { searchField, customerName } from '../ui.js';

export async function customersPage({ app, params }) {
  app.title(t('customers.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' });

  async function search(text) {
    app.remember(`/admin/customers${query({ search: text })}`);
    if (!text) {
      replace(results, h('p', { class: 'muted', text: t('customers.hint') }));
      return;
    }
    const { customers } = await api.get(`/customers${query({ search: text, limit: 50 })}`);
    replace(results, customers.length === 0 ? h('p', { class: 'empty', text: t('customers.none', { search: text }) })
      : h('div', { class: 'table-wrap' }, h('table', { class: 'customers' },
        h('caption', { class: 'visually-hidden', text: t('customers.caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('customers.column.name') }),
          h('th', { scope: 'col', text: t('customers.column.email') }),
          h('th', { scope: 'col', text: t('customers.column.rfm') }),
          h('th', { scope: 'col', text: t('customers.column.tier') }))),
        h('tbody', {}, customers.map((c) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `/admin/customers/${c.id}`, text: customerName(c) })),
          h('td', { text: c.email || '' }),
          h('td', {}, groupBadge(c.rfm_group)),
          h('td', { text: tierName(c.spend_tier) })))))));
  }

  const initial = params.get('search') || '';
  await search(initial);
  return [
    h('h1', { text: t('customers.title') }),
    searchField({ id: 'customer-search', label: t('customers.search'), value: initial, placeholder: t('customers.searchPlaceholder'), onSearch: search }),
    results,
  ];
}

export async function customerPage({ app, id }) {
  const [customer, segments] = await Promise.all([api.get(`/customers/${id}`), allSegments()]);
  const zone = app.session.shop.timezone;
  const name = customerName(customer);
  app.title(name);
  const byId = new Map(segments.map((s) => [s.id, s]));
  const member = customer.segments.map((sid) => byId.get(sid)).filter(Boolean);
  const memberIds = new Set(customer.segments);
  const others = segments.filter((s) => !memberIds.has(s.id));
  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/customers', text: t('customers.title') })),
    h('h1', { text: name }),
    h('dl', { class: 'stats' },
      item(t('customer.email'), customer.email || '—'),
      item(t('customer.phone'), customer.phone || '—'),
      item(t('customer.rfm'), groupBadge(customer.rfm_group)),
      item(t('customer.tier'), tierName(customer.spend_tier)),
      item(t('customer.marketing'), has(`marketing.${customer.email_marketing}`) ? t(`marketing.${customer.email_marketing}`) : customer.email_marketing),
      item(t('customer.added'), h('time', { datetime: customer.created_at, title: dateTime(customer.created_at, zone), text: date(customer.created_at, zone) })),
      item(t('customer.tags'), customer.tags.length ? customer.tags.join(', ') : '—')),
    h('section', { 'aria-labelledby': 'in-heading' },
      h('h2', { id: 'in-heading', text: t('customer.segments', { count: member.length }) }),
      member.length === 0 ? h('p', { class: 'muted', text: t('customer.noSegments') })
        : h('ul', { class: 'segment-list' }, member.map((s) => h('li', {},
          h('a', { href: `/admin/segments/${s.id}`, text: s.name }), ' ',
          h('a', { class: 'small', href: `/admin/segments/${s.id}?why=${id}`, text: t('customer.whyIn') }))))),
    others.length ? h('section', { 'aria-labelledby': 'out-heading' },
      h('details', {},
        h('summary', {}, h('h2', { id: 'out-heading', class: 'inline', text: t('customer.notIn', { count: others.length }) })),
        h('ul', { class: 'segment-list' }, others.map((s) => h('li', {},
          h('a', { href: `/admin/segments/${s.id}`, text: s.name }), ' ',
          h('a', { class: 'small', href: `/admin/segments/${s.id}?why=${id}`, text: t('customer.whyNotIn') })))))) : null,
  ];
}


function item(label, value) {
  return h('div', { class: 'stat' }, h('dt', { text: label }), h('dd', {}, value));
}

/** An RFM group as a coloured label with its name in words. */
export function groupBadge(group) {
  return h('span', { class: `badge rfm rfm-${group}`, text: groupName(group) });
}

export function groupName(group) {
  return has(`rfm.group.${group}`) ? t(`rfm.group.${group}`) : group;
}

function tierName(tier) {
  return has(`tier.${tier}`) ? t(`tier.${tier}`) : tier;
}
