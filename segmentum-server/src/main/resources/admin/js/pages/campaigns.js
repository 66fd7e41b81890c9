// The shop's campaigns, newest first: name, segment, channel, status and progress; filtered by status.

import { h, replace } from '../dom.js';
import { api, query } from '../api.js';
import { t, number, date, dateTime } from '../i18n.js';
import { pager, cursorTrail } from '../ui.js';
import { statusBadge } from './campaign-editor.js';

const PAGE_SIZE = 25;
const STATUSES = ['draft', 'sending', 'paused', 'completed', 'cancelled'];

export async function campaignsPage({ app, params }) {
  app.title(t('campaigns.title'));
  const zone = app.session.shop.timezone;
  const trail = cursorTrail(PAGE_SIZE);
  const results = h('div', { class: 'results' });
  const initial = STATUSES.includes(params.get('status')) ? params.get('status') : '';
  const filter = h('select', { id: 'campaign-status' },
    h('option', { value: '', text: t('campaigns.allStatuses') }),
    STATUSES.map((status) => h('option', { value: status, selected: status === initial, text: t(`campaigns.status.${status}`) })));
  filter.addEventListener('change', () => {
    trail.reset();
    load();
  });

  async function load() {
    const data = await api.get(`/campaigns${query({ status: filter.value, limit: PAGE_SIZE, cursor: trail.cursor })}`);
    app.remember(`/admin/campaigns${query({ status: filter.value })}`);
    replace(results, data.total === 0 ? h('p', { class: 'empty', text: filter.value ? t('campaigns.noneWithStatus') : t('campaigns.none') }) : [
      h('div', { class: 'table-wrap' }, h('table', { class: 'campaigns' },
        h('caption', { class: 'visually-hidden', text: t('campaigns.caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('campaigns.column.name') }),
          h('th', { scope: 'col', text: t('campaigns.column.segment') }),
          h('th', { scope: 'col', text: t('campaigns.column.channel') }),
          h('th', { scope: 'col', text: t('campaigns.column.status') }),
          h('th', { scope: 'col', text: t('campaigns.column.progress') }),
          h('th', { scope: 'col', text: t('campaigns.column.created') }))),
        h('tbody', {}, data.campaigns.map((campaign) => row(campaign, zone))))),
      pager({
        offset: trail.offset, shown: data.campaigns.length, total: data.total, hasNext: Boolean(data.next_cursor),
        label: t('campaigns.pages'),
        onPrevious: () => { trail.previous(); load(); },
        onNext: () => { trail.next(data.next_cursor); load(); },
      }),
    ]);
  }

  await load();
  return [
    h('div', { class: 'page-head' },
      h('h1', { text: t('campaigns.title') }),
      h('div', { class: 'actions' }, h('a', { class: 'button primary', href: '/admin/campaigns/new', text: t('campaigns.new') }))),
    h('p', { class: 'lead', text: t('campaigns.intro') }),
    h('div', { class: 'inline-form' }, h('label', { for: 'campaign-status', text: t('campaigns.filter') }), filter),
    results,
  ];
}

function row(campaign, zone) {
  const r = campaign.recipients;
  const total = r.total || 0;
  const done = total - (r.pending || 0) - (r.attempting || 0);
  const progressText = campaign.status === 'draft' ? t('campaigns.notStarted')
    : t('campaigns.progress', { sent: number(r.sent || 0), done: number(done), total: number(total) });
  return h('tr', { 'data-campaign': campaign.id },
    h('th', { scope: 'row' }, h('a', { href: `/admin/campaigns/${campaign.id}`, text: campaign.name })),
    h('td', { 'data-label': t('campaigns.column.segment') }, campaign.segment_name
      ? h('a', { href: `/admin/segments/${campaign.segment_id}`, text: campaign.segment_name })
      : h('span', { class: 'muted', text: t('campaigns.segmentGone') })),
    h('td', { 'data-label': t('campaigns.column.channel'), text: t(`campaigns.channel.${campaign.channel}`) }),
    h('td', { 'data-label': t('campaigns.column.status') }, statusBadge(campaign.status)),
    h('td', { 'data-label': t('campaigns.column.progress') },
      campaign.status === 'draft' ? null : h('progress', { max: String(Math.max(total, 1)), value: String(total === 0 ? 1 : done), 'aria-label': progressText }),
      h('span', { class: 'progress-label', text: progressText })),
    h('td', { 'data-label': t('campaigns.column.created') },
      h('time', { datetime: campaign.created_at, title: dateTime(campaign.created_at, zone), text: date(campaign.created_at, zone) })));
}
