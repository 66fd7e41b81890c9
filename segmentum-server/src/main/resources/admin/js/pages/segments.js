// The segments overview: search by name, sort by last activity, name or size, page through, and start a
// new segment from scratch or from a template.

import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { t, number, percent, dateTime, date } from '../i18n.js';
import { sortHeader, pager, cursorTrail, searchField } from '../ui.js';

const PAGE_SIZE = 25;

export async function segmentsPage({ app, params }) {
  app.title(t('segments.title'));
  const state = {
    search: params.get('search') || '',
    sort: ['name', 'size', 'last_activity'].includes(params.get('sort')) ? params.get('sort') : 'last_activity',
    descending: params.get('order') !== 'asc',
  };
  const trail = cursorTrail(PAGE_SIZE);
  const results = h('div', { class: 'results' });
  const zone = app.session.shop.timezone;

  async function load() {
    const data = await api.get(`/segments${query({
      search: state.search, sort: state.sort, order: state.descending ? 'desc' : 'asc', limit: PAGE_SIZE, cursor: trail.cursor,
    })}`);
    app.remember(`/admin/segments${query({
      search: state.search, sort: state.sort === 'last_activity' ? null : state.sort, order: state.descending ? null : 'asc',
    })}`);
    replace(results, table(data), pager({
      offset: trail.offset, shown: data.segments.length, total: data.total, hasNext: Boolean(data.next_cursor),
      label: t('segments.pages'),
      onPrevious: () => { trail.previous(); load(); },
      onNext: () => { trail.next(data.next_cursor); load(); },
    }));
  }

  function sortBy(key, descending) {
    state.sort = key;
    state.descending = descending;
    trail.reset();
    load().then(() => results.querySelector(`th[aria-sort] button`)?.focus());
  }

  function table(data) {
    if (data.total === 0) {
      return h('p', { class: 'empty', text: state.search ? t('segments.noneFound', { search: state.search }) : t('segments.none') });
    }
    const current = { sort: state.sort, descending: state.descending };
    return h('div', { class: 'table-wrap' }, h('table', { class: 'segments' },
      h('caption', { class: 'visually-hidden', text: t('segments.caption') }),
      h('thead', {}, h('tr', {},
        sortHeader(t('segments.column.name'), 'name', current, sortBy),
        sortHeader(t('segments.column.members'), 'size', current, sortBy, { numeric: true, firstDescending: true }),
        h('th', { scope: 'col', class: 'num', text: t('segments.column.share') }),
        sortHeader(t('segments.column.lastActivity'), 'last_activity', current, sortBy, { firstDescending: true }),
        h('th', { scope: 'col', text: t('segments.column.author') }))),
      h('tbody', {}, data.segments.map((segment) => {
        const counted = t('segments.countedAt', { at: dateTime(segment.counted_at, zone) });
        return h('tr', {},
          h('th', { scope: 'row' },
            h('a', { href: `/admin/segments/${segment.id}`, text: segment.name }),
            segment.draft ? h('span', { class: 'badge draft', text: t('segments.draft') }) : null),
          h('td', { class: 'num', 'data-label': t('segments.column.members') }, h('span', { class: 'counted', tabindex: '0', title: counted, 'data-tip': counted, 'aria-label': `${number(segment.members)}, ${counted}` }, number(segment.members))),
          h('td', { class: 'num', 'data-label': t('segments.column.share'), text: percent(segment.share) }),
          h('td', { 'data-label': t('segments.column.lastActivity') }, h('time', { datetime: segment.last_activity_at, title: dateTime(segment.last_activity_at, zone), text: date(segment.last_activity_at, zone) })),
          h('td', { class: 'author', 'data-label': t('segments.column.author'), text: segment.author }));
      }))));
  }

  await load();
  return [
    h('div', { class: 'page-head' },
      h('h1', { text: t('segments.title') }),
      h('div', { class: 'actions' },
        h('a', { class: 'button primary', href: '/admin/segments/new', text: t('segments.new') }),
        h('a', { class: 'button secondary', href: '/admin/segments/templates', text: t('segments.fromTemplate') }))),
    searchField({
      id: 'segment-search', label: t('segments.search'), value: state.search, placeholder: t('segments.searchPlaceholder'),
      onSearch: (text) => { state.search = text; trail.reset(); load(); },
    }),
    results,
  ];
}
