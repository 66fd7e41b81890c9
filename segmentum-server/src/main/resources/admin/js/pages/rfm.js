// The R×FM grid (DATA.md §4): recency across, frequency-and-money down, each cell with its group and count.

import { h } from '../dom.js';
import { api, query } from '../api.js';
import { t, number, percent, date } from '../i18n.js';
import { groupBadge, groupName } from './customers.js';

export async function rfmPage({ app }) {
  app.title(t('rfm.title'));
  const grid = await api.get('/rfm');
  const cell = (r, fm) => grid.cells.find((c) => c.recency === r && c.fm === fm);
  const share = (n) => percent(grid.customers === 0 ? 0 : Math.round((n * 10000) / grid.customers) / 100);
  const scores = [1, 2, 3, 4, 5];
  return [
    h('h1', { text: t('rfm.title') }),
    h('p', { class: 'lead', text: t('rfm.intro', { asOf: date(grid.as_of), customers: number(grid.customers) }) }),
    h('div', { class: 'table-wrap' }, h('table', { class: 'rfm-grid' },
      h('caption', { text: t('rfm.caption') }),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'corner', text: t('rfm.corner') }),
        scores.map((r) => h('th', { scope: 'col', text: t('rfm.recency', { score: r }) })))),
      h('tbody', {}, [...scores].reverse().map((fm) => h('tr', {},
        h('th', { scope: 'row', text: t('rfm.fm', { score: fm }) }),
        scores.map((r) => {
          const c = cell(r, fm);
          return h('td', { class: `rfm-cell rfm-${c.group}`, 'data-recency': r, 'data-fm': fm },
            h('span', { class: 'cell-group', text: groupName(c.group) }),
            h('span', { class: 'cell-count', text: number(c.customers) }));
        })))))),
    h('section', { 'aria-labelledby': 'groups-heading' },
      h('h2', { id: 'groups-heading', text: t('rfm.groups') }),
      h('div', { class: 'table-wrap' }, h('table', { class: 'rfm-groups' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('rfm.column.group') }),
          h('th', { scope: 'col', class: 'num', text: t('rfm.column.customers') }),
          h('th', { scope: 'col', class: 'num', text: t('rfm.column.share') }),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t('rfm.column.actions') })))),
        h('tbody', {}, Object.entries(grid.groups).map(([group, count]) => h('tr', {},
          h('th', { scope: 'row' }, groupBadge(group)),
          h('td', { class: 'num', text: number(count) }),
          h('td', { class: 'num', text: share(count) }),
          h('td', {}, h('a', {
            href: `/admin/segments/new${query({ name: groupName(group), query: `rfm_group = '${group}'` })}`,
            text: t('rfm.createSegment'), 'aria-label': t('rfm.createSegmentNamed', { group: groupName(group) }),
          })))))))),
  ];
}
