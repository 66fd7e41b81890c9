// A segment's members (sortable, paged) and "why is this customer in / not in".

import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { t, number, money, date } from '../i18n.js';
import { sortHeader, pager, cursorTrail, problemText, customerName } from '../ui.js';

const PAGE_SIZE = 20;

export async function membersSection({ app, id, currency, whyFor }) {
  const state = { sort: 'amount_spent', descending: true };
  const trail = cursorTrail(PAGE_SIZE);
  const holder = h('div', {});
  const why = whySection({ app, id });

  async function load() {
    const data = await api.get(`/segments/${id}/members${query({
      sort: state.sort, order: state.descending ? 'desc' : 'asc', limit: PAGE_SIZE, cursor: trail.cursor,
    })}`);
    const current = { sort: state.sort, descending: state.descending };
    const sortBy = (key, descending) => {
      state.sort = key;
      state.descending = descending;
      trail.reset();
      load().then(() => holder.querySelector('th[aria-sort] button')?.focus());
    };
    replace(holder, data.total === 0 ? h('p', { class: 'empty', text: t('members.none') }) : [
      h('div', { class: 'table-wrap' }, h('table', { class: 'members' },
        h('caption', { class: 'visually-hidden', text: t('members.caption') }),
        h('thead', {}, h('tr', {},
          sortHeader(t('members.column.customer'), 'id', current, sortBy),
          sortHeader(t('members.column.spent'), 'amount_spent', current, sortBy, { numeric: true, firstDescending: true }),
          sortHeader(t('members.column.orders'), 'number_of_orders', current, sortBy, { numeric: true, firstDescending: true }),
          sortHeader(t('members.column.added'), 'customer_added_date', current, sortBy, { firstDescending: true }),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t('members.column.why') })))),
        h('tbody', {}, data.members.map((member) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `/admin/customers/${member.id}`, text: customerName(member) }),
            member.email ? h('span', { class: 'email', text: member.email }) : null),
          h('td', { class: 'num', text: money(member.amount_spent, currency) }),
          h('td', { class: 'num', text: number(member.number_of_orders) }),
          h('td', { text: date(member.created_at) }),
          h('td', {}, h('button', {
            type: 'button', class: 'link', text: t('members.why'),
            'aria-label': t('members.whyNamed', { name: customerName(member) }),
            onclick: () => why.explain(member.id),
          }))))))),
      pager({
        offset: trail.offset, shown: data.members.length, total: data.total, hasNext: Boolean(data.next_cursor),
        label: t('members.pages'),
        onPrevious: () => { trail.previous(); load(); },
        onNext: () => { trail.next(data.next_cursor); load(); },
      }),
    ]);
  }

  await load();
  if (whyFor) await why.explain(Number(whyFor));
  return [
    h('section', { 'aria-labelledby': 'members-heading' }, h('h2', { id: 'members-heading', text: t('members.title') }), holder),
    why.element,
  ];
}

/** Finds a customer by name, email or id and shows, clause by clause, why they are in or not. */
function whySection({ id }) {
  const input = h('input', { id: 'why-input', type: 'search', autocomplete: 'off', placeholder: t('why.placeholder') });
  const choices = h('ul', { class: 'choices', 'aria-live': 'polite' });
  const answer = h('div', { class: 'why-answer', 'aria-live': 'polite' });

  async function explain(customerId) {
    replace(choices);
    try {
      const [result, customer] = await Promise.all([
        api.get(`/segments/${id}/why?customer_id=${customerId}`),
        api.get(`/customers/${customerId}`),
      ]);
      const name = customerName(customer);
      replace(answer,
        h('p', { class: result.member ? 'verdict in' : 'verdict out', text: result.member ? t('why.isIn', { name }) : t('why.isOut', { name }) }),
        h('ul', { class: 'why-tree' }, clause(result.explanation)));
      element.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      replace(answer, h('p', { class: 'muted', text: error.status === 404 ? t('why.noCustomer') : problemText(error) }));
    }
  }

  async function find(event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (/^\d+$/.test(text)) {
      await explain(Number(text));
      return;
    }
    const { customers } = await api.get(`/customers?search=${encodeURIComponent(text)}&limit=10`);
    replace(answer);
    replace(choices, customers.length === 0 ? h('li', { class: 'muted', text: t('why.noMatch') })
      : customers.map((c) => h('li', {}, h('button', {
        type: 'button', class: 'link', onclick: () => explain(c.id),
        text: `${customerName(c)}${c.email ? ` (${c.email})` : ''}`,
      }))));
  }

  const element = h('section', { class: 'why', 'aria-labelledby': 'why-heading' },
    h('h2', { id: 'why-heading', text: t('why.title') }),
    h('form', { class: 'inline-form', onsubmit: find },
      h('label', { for: 'why-input', text: t('why.label') }), input,
      h('button', { type: 'submit', class: 'secondary', text: t('why.find') })),
    choices, answer);
  return { element, explain };
}

function clause(node) {
  return h('li', { class: node.holds ? 'holds' : 'fails' },
    h('span', { class: 'mark', 'aria-hidden': 'true', text: node.holds ? '✓' : '✗' }),
    h('span', { class: 'visually-hidden', text: node.holds ? t('why.true') : t('why.false') }),
    h('code', { text: node.clause }),
    node.customer_values ? h('span', { class: 'values', text: t('why.values', { values: node.customer_values }) }) : null,
    node.children.length ? h('ul', {}, node.children.map(clause)) : null);
}
