// One campaign. A draft is shown in the editor; once sending has started: its progress (followed while it
// sends), pause / resume / cancel, the last error, the message for a chosen customer, and the recipients,
// paged and filtered by status, with the CSV export of all of them.

import { h, replace } from '../dom.js';
import { api, shopPath, query } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { alertArea, confirmDialog, pager, cursorTrail, problemText } from '../ui.js';
import { draftEditor, statusBadge } from './campaign-editor.js';
import { previewPanel } from './campaign-preview.js';

const PAGE_SIZE = 25;
const POLL_MS = 1000;
const OUTCOMES = ['sent', 'failed', 'skipped', 'uncertain', 'pending'];
const RECIPIENT_STATUSES = ['pending', 'attempting', 'sent', 'failed', 'uncertain', 'skipped'];

export async function campaignPage({ app, id, params }) {
  const first = await api.get(`/campaigns/${id}`);
  const customerId = /^\d+$/.test(params.get('customer') || '') ? Number(params.get('customer')) : null;
  if (first.status === 'draft') return draftEditor({ app, campaign: first, customerId });
  let campaign = first;
  const zone = app.session.shop.timezone;
  app.title(campaign.name);
  const alert = alertArea();
  const errorBox = h('div', { class: 'warning last-error', role: 'alert', hidden: true });
  const badgeHolder = h('span', {});
  const progress = h('progress', { id: 'campaign-progress', max: '1', value: '0' });
  const progressText = h('p', { class: 'progress-text', id: 'campaign-progress-text', 'aria-live': 'polite' });
  const counts = h('dl', { class: 'stats counts' });
  const actions = h('div', { class: 'actions' });
  const meta = h('p', { class: 'meta' });
  const recipients = recipientsSection({ app, id, zone });

  function show() {
    app.title(campaign.name);
    replace(badgeHolder, statusBadge(campaign.status));
    const r = campaign.recipients;
    const total = r.total || 0;
    const done = total - (r.pending || 0) - (r.attempting || 0);
    progress.max = Math.max(total, 1);
    progress.value = total === 0 ? 1 : done;
    progress.setAttribute('aria-valuetext', t('campaign.progress', { done: number(done), total: number(total) }));
    replace(progressText, progressSentence(campaign, done, total));
    replace(counts, OUTCOMES.map((key) => h('div', { class: `stat count-${key}` },
      h('dt', { text: t(`campaign.count.${key}`) }), h('dd', { text: number(r[key] || 0) }))));
    replace(meta, t('campaign.meta', {
      channel: t(`campaigns.channel.${campaign.channel}`), author: campaign.author,
      started: dateTime(campaign.started_at, zone),
    }), ' · ', campaign.segment_name
      ? h('a', { href: `/admin/segments/${campaign.segment_id}`, text: campaign.segment_name })
      : h('span', { text: t('campaigns.segmentGone') }),
    campaign.finished_at ? ` · ${t('campaign.finished', { at: dateTime(campaign.finished_at, zone) })}` : null);
    errorBox.hidden = !campaign.last_error;
    replace(errorBox, campaign.last_error ? t('campaign.lastError', { error: campaign.last_error }) : '');
    replace(actions,
      campaign.status === 'sending' ? button('campaign.pause', 'secondary', () => act('pause')) : null,
      campaign.status === 'paused' ? button('campaign.resume', 'primary', () => act('resume')) : null,
      ['sending', 'paused'].includes(campaign.status) ? button('campaign.cancel', 'danger-outline', cancel) : null,
      h('a', { class: 'button secondary', href: shopPath(`/campaigns/${id}/recipients/export`), download: `campaign-${id}-recipients.csv`, text: t('campaign.export') }));
  }

  function button(key, kind, onclick) {
    return h('button', { type: 'button', class: kind, text: t(key), onclick });
  }

  async function act(action) {
    alert.clear();
    try {
      campaign = await api.post(`/campaigns/${id}/${action}`);
      show();
      app.notify(t(`campaign.done.${action}`));
      follow();
      await recipients.load();
    } catch (error) {
      alert.show(problemText(error));
    }
  }

  async function cancel() {
    const sure = await confirmDialog({ title: t('campaign.cancelTitle', { name: campaign.name }), text: t('campaign.cancelText'), confirm: t('campaign.cancel'), danger: true });
    if (sure) await act('cancel');
  }

  // While it sends, the page asks for the campaign every second and stops when it is left.
  let timer = null;
  let left = false;
  app.onLeave(() => {
    left = true;
    window.clearTimeout(timer);
  });
  function follow() {
    window.clearTimeout(timer);
    if (left || campaign.status !== 'sending') return;
    timer = window.setTimeout(async () => {
      if (!progress.isConnected) return; // the page is no longer shown
      try {
        const before = campaign.status;
        campaign = await api.get(`/campaigns/${id}`);
        if (left) return;
        show();
        if (campaign.status !== before) await recipients.load();
      } catch (error) {
        alert.show(problemText(error));
      }
      follow();
    }, POLL_MS);
  }

  const preview = previewPanel({
    idPrefix: 'message',
    customerId,
    segmentId: () => campaign.segment_id,
    render: (customerId) => api.get(`/campaigns/${id}/preview${query({ customer_id: customerId })}`),
  });
  show();
  await Promise.all([recipients.load(), campaign.segment_name || customerId !== null ? preview.followSegment() : null]);
  follow();
  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/campaigns', text: t('campaigns.title') })),
    h('div', { class: 'page-head' }, h('div', {}, h('h1', { class: 'inline-heading', text: campaign.name }), badgeHolder, meta), actions),
    alert.element,
    errorBox,
    h('section', { 'aria-labelledby': 'progress-heading' },
      h('h2', { id: 'progress-heading', text: t('campaign.progressTitle') }),
      h('label', { for: 'campaign-progress', class: 'visually-hidden', text: t('campaign.progressTitle') }),
      progress, progressText, counts),
    recipients.element,
    preview.element,
  ];
}

function progressSentence(campaign, done, total) {
  const values = { done: number(done), total: number(total), sent: number(campaign.recipients.sent || 0) };
  switch (campaign.status) {
    case 'sending': return t('campaign.sending', values);
    case 'paused': return t('campaign.paused', values);
    case 'completed': return t('campaign.completed', values);
    default: return t('campaign.cancelled', values);
  }
}

function recipientsSection({ app, id, zone }) {
  const trail = cursorTrail(PAGE_SIZE);
  const holder = h('div', {});
  const filter = h('select', { id: 'recipient-status' },
    h('option', { value: '', text: t('campaign.recipients.all') }),
    RECIPIENT_STATUSES.map((status) => h('option', { value: status, text: t(`recipients.status.${status}`) })));
  filter.addEventListener('change', () => {
    trail.reset();
    load();
  });

  async function load() {
    const data = await api.get(`/campaigns/${id}/recipients${query({ status: filter.value, limit: PAGE_SIZE, cursor: trail.cursor })}`);
    replace(holder, data.total === 0 ? h('p', { class: 'empty', text: t('campaign.recipients.none') }) : [
      h('div', { class: 'table-wrap' }, h('table', { class: 'recipients' },
        h('caption', { class: 'visually-hidden', text: t('campaign.recipients.caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('campaign.recipients.customer') }),
          h('th', { scope: 'col', text: t('campaign.recipients.address') }),
          h('th', { scope: 'col', text: t('campaign.recipients.status') }),
          h('th', { scope: 'col', class: 'num', text: t('campaign.recipients.attempts') }),
          h('th', { scope: 'col', text: t('campaign.recipients.finished') }),
          h('th', { scope: 'col', text: t('campaign.recipients.error') }))),
        h('tbody', {}, data.recipients.map((r) => h('tr', { 'data-customer': r.customer_id },
          h('th', { scope: 'row' }, h('a', { href: `/admin/customers/${r.customer_id}`, text: t('customer.numbered', { id: r.customer_id }) })),
          h('td', { class: 'address', text: r.address }),
          h('td', {}, h('span', { class: `badge recipient-${r.status}`, text: t(`recipients.status.${r.status}`) })),
          h('td', { class: 'num', text: number(r.attempts) }),
          h('td', { text: r.finished_at ? dateTime(r.finished_at, zone) : '' }),
          h('td', { class: 'error-text', text: r.error || '' })))))),
      pager({
        offset: trail.offset, shown: data.recipients.length, total: data.total, hasNext: Boolean(data.next_cursor),
        label: t('campaign.recipients.pages'),
        onPrevious: () => { trail.previous(); load(); },
        onNext: () => { trail.next(data.next_cursor); load(); },
      }),
    ]);
  }

  const element = h('section', { 'aria-labelledby': 'recipients-heading' },
    h('h2', { id: 'recipients-heading', text: t('campaign.recipients.title') }),
    h('div', { class: 'inline-form' },
      h('label', { for: 'recipient-status', text: t('campaign.recipients.filter') }), filter),
    holder);
  return { element, load };
}
