// Pieces several pages share: sortable column headers, pagers, confirmation dialogs, problem messages.

import { h, replace } from './dom.js';
import { t } from './i18n.js';

/**
 * A column header that sorts: a button inside a th with aria-sort. `current` is {sort, descending};
 * `onSort(key, descending)` is called with the new order.
 */
export function sortHeader(label, key, current, onSort, { numeric = false, firstDescending = false } = {}) {
  const active = current.sort === key;
  const th = h('th', { scope: 'col', class: numeric ? 'num' : null, 'aria-sort': active ? (current.descending ? 'descending' : 'ascending') : null });
  const arrow = active ? (current.descending ? '▼' : '▲') : '↕';
  th.append(h('button', {
    type: 'button', class: 'sort',
    onclick: () => onSort(key, active ? !current.descending : firstDescending),
  }, label, ' ', h('span', { 'aria-hidden': 'true', class: 'sort-arrow', text: arrow })));
  return th;
}

/**
 * Paging over cursors: `state` keeps the cursors of the pages before; `load(cursor)` shows a page. Returns
 * the pager element for a page that showed `shown` of `total` items starting at `offset`.
 */
export function pager({ offset, shown, total, hasNext, onPrevious, onNext, label }) {
  const status = total === 0 ? t('pager.none')
    : t('pager.status', { first: offset + 1, last: offset + shown, total });
  return h('nav', { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: onPrevious, text: t('pager.previous') }),
    h('span', { class: 'pager-status', 'aria-live': 'polite', text: status }),
    h('button', { type: 'button', class: 'secondary', disabled: !hasNext, onclick: onNext, text: t('pager.next') }));
}

/** Cursor bookkeeping for a pager: the cursors of the pages shown before the current one. */
export function cursorTrail(pageSize) {
  const trail = [];
  let current = null;
  return {
    get offset() {
      return trail.length * pageSize;
    },
    get cursor() {
      return current;
    },
    next(cursor) {
      trail.push(current);
      current = cursor;
    },
    previous() {
      current = trail.pop() ?? null;
    },
    reset() {
      trail.length = 0;
      current = null;
    },
  };
}

/**
 * Asks for confirmation in a modal dialog (keyboard: Escape cancels, focus starts on Cancel). Resolves to
 * true when confirmed.
 */
export function confirmDialog({ title, text, confirm, danger = false }) {
  return new Promise((resolve) => {
    const titleId = `dialog-title-${Date.now()}`;
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId });
    const finish = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const cancelButton = h('button', { type: 'button', class: 'secondary', text: t('common.cancel'), onclick: () => finish(false) });
    dialog.append(
      h('h2', { id: titleId, text: title }),
      h('p', { text }),
      h('div', { class: 'actions' },
        cancelButton,
        h('button', { type: 'button', class: danger ? 'danger' : 'primary', text: confirm, onclick: () => finish(true) })));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancelButton.focus();
  });
}

/** A message for a refused request, worded for the person at the screen. */
export function problemText(error) {
  if (!error || !error.status) return t('error.network');
  if (error.type === 'version-conflict') return t('error.conflict');
  if (error.status === 403 && error.type === 'csrf') return t('error.csrf');
  if (error.status === 429) return t('error.rateLimited');
  return t('error.withDetail', { detail: error.message });
}

/** An alert area that shows one message at a time (role=alert, so it is read out). */
export function alertArea() {
  const area = h('div', { class: 'alert', role: 'alert', hidden: true });
  return {
    element: area,
    show(text, ...extra) {
      replace(area, h('p', { text }), ...extra);
      area.hidden = false;
    },
    clear() {
      area.hidden = true;
      area.replaceChildren();
    },
  };
}

/** A labelled search field that calls `onSearch(text)` as the person types. */
export function searchField({ label, value, placeholder, onSearch, id }) {
  const input = h('input', { type: 'search', id, value: value || '', placeholder, autocomplete: 'off' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => onSearch(input.value.trim()), 250);
  });
  return h('div', { class: 'field search' }, h('label', { for: id, text: label }), input);
}

/** The customer's name, or their email, or "Customer N". */
export function customerName(customer) {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ');
  return name || customer.email || t('customer.numbered', { id: customer.id });
}
