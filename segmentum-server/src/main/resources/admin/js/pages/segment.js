// One segment: its query, draft and impact, statistics, size over time, members and "why", export, feed
// links and webhooks, the actions rename, duplicate and delete, and links to send it a campaign or give
// it a discount code.

import { h, replace } from '../dom.js';
import { api, shopPath } from '../api.js';
import { t, number, percent, dateTime, money } from '../i18n.js';
import { alertArea, problemText, confirmDialog } from '../ui.js';
import { renderQuery } from '../editor/render.js';
import { impactView } from './editor.js';
import { sizeChart } from '../chart.js';
import { membersSection } from './segment-members.js';
import { feedsSection, webhooksSection } from './segment-links.js';

export async function segmentPage({ app, id, params }) {
  let segment = await api.get(`/segments/${id}`);
  const zone = app.session.shop.timezone;
  const currency = app.session.shop.currency;
  app.title(segment.name);
  const alert = alertArea();
  const heading = h('h1', { class: 'segment-name' });
  const headBadges = h('span', { class: 'badges' });
  const meta = h('p', { class: 'meta' });

  function showHead() {
    replace(heading, segment.name);
    replace(headBadges, segment.draft ? h('span', { class: 'badge draft', text: t('segments.draft') }) : null);
    replace(meta, t('segment.meta', {
      author: segment.author, at: dateTime(segment.last_activity_at, zone), version: segment.version,
    }));
    app.title(segment.name);
  }
  showHead();

  async function run(work) {
    alert.clear();
    try {
      await work();
    } catch (error) {
      alert.show(problemText(error));
    }
  }

  // ---- rename ----
  const renameInput = h('input', { id: 'rename-input', type: 'text', maxlength: '255', autocomplete: 'off' });
  const renameForm = h('form', {
    class: 'rename inline-form', hidden: true,
    onsubmit: (event) => {
      event.preventDefault();
      run(async () => {
        segment = await api.patch(`/segments/${id}`, { name: renameInput.value }, { ifMatch: segment.version });
        renameForm.hidden = true;
        showHead();
        app.notify(t('segment.renamed', { name: segment.name }));
        heading.focus();
      });
    },
  },
  h('label', { for: 'rename-input', text: t('segment.newName') }), renameInput,
  h('button', { type: 'submit', class: 'primary', text: t('segment.renameSave') }),
  h('button', { type: 'button', class: 'secondary', text: t('common.cancel'), onclick: () => { renameForm.hidden = true; } }));

  const actions = h('div', { class: 'actions' },
    h('a', { class: 'button primary', href: `/admin/segments/${id}/edit`, text: segment.draft ? t('segment.editDraft') : t('segment.edit') }),
    h('button', {
      type: 'button', class: 'secondary', text: t('segment.rename'),
      onclick: () => {
        renameForm.hidden = false;
        renameInput.value = segment.name;
        renameInput.focus();
        renameInput.select();
      },
    }),
    h('button', {
      type: 'button', class: 'secondary', text: t('segment.duplicate'),
      onclick: () => run(async () => {
        const copy = await api.post(`/segments/${id}/duplicate`);
        app.notify(t('segment.duplicated', { name: copy.name }));
        app.navigate(`/admin/segments/${copy.id}`);
      }),
    }),
    h('a', { class: 'button secondary', href: shopPath(`/segments/${id}/export`), download: `segment-${id}.csv`, text: t('segment.export') }),
    h('button', {
      type: 'button', class: 'danger-outline', text: t('segment.delete'),
      onclick: () => run(async () => {
        const sure = await confirmDialog({
          title: t('segment.deleteTitle', { name: segment.name }), text: t('segment.deleteText'),
          confirm: t('segment.deleteConfirm'), danger: true,
        });
        if (!sure) return;
        await api.delete(`/segments/${id}`, { ifMatch: segment.version });
        app.notify(t('segment.deleted', { name: segment.name }));
        app.navigate('/admin/segments');
      }),
    }));

  const queryView = h('pre', { class: 'code-view readonly', 'aria-label': t('segment.query') });
  renderQuery(queryView, segment.query);

  const [history, stats] = await Promise.all([
    api.get(`/segments/${id}/history?days=90`),
    api.get(`/segments/${id}/members?limit=1`),
  ]);
  const statistics = stats.statistics;

  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/segments', text: t('segments.title') })),
    h('div', { class: 'page-head' }, h('div', {}, heading, headBadges, meta), actions),
    h('nav', { class: 'actions use', 'aria-label': t('segment.use') },
      h('a', { class: 'button secondary', href: `/admin/campaigns/new?segment=${id}`, text: t('segment.sendCampaign') }),
      h('a', { class: 'button secondary', href: `/admin/discounts/new?segment=${id}`, text: t('segment.createDiscount') })),
    renameForm,
    alert.element,
    h('section', { 'aria-labelledby': 'query-heading' },
      h('h2', { id: 'query-heading', text: t('segment.query') }), queryView),
    segment.draft ? await draftSection() : null,
    h('section', { 'aria-labelledby': 'stats-heading' },
      h('h2', { id: 'stats-heading', text: t('segment.statistics') }),
      h('dl', { class: 'stats' },
        stat(t('segment.members'), number(segment.members), t('segments.countedAt', { at: dateTime(segment.counted_at, zone) })),
        stat(t('segment.share'), percent(segment.share)),
        stat(t('segment.spentTotal'), money(statistics.amount_spent_sum, currency)),
        stat(t('segment.spentAverage'), money(statistics.amount_spent_average, currency)),
        stat(t('segment.ordersTotal'), number(statistics.number_of_orders_sum)),
        stat(t('segment.ordersAverage'), number(statistics.number_of_orders_average)))),
    h('section', { 'aria-labelledby': 'chart-heading' },
      h('h2', { id: 'chart-heading', text: t('segment.sizeOverTime') }), sizeChart(withToday(history.days, segment, zone))),
    await membersSection({ app, id, currency, whyFor: params.get('why') }),
    await feedsSection({ app, id }),
    await webhooksSection({ app }),
  ];

  async function draftSection() {
    const impactHolder = h('div', {});
    try {
      replace(impactHolder, impactView(await api.get(`/segments/${id}/draft/impact`)));
    } catch (error) {
      replace(impactHolder, h('p', { class: 'muted', text: problemText(error) }));
    }
    const draftView = h('pre', { class: 'code-view readonly', 'aria-label': t('segment.draftQuery') });
    renderQuery(draftView, segment.draft_query);
    return h('section', { class: 'draft-panel', 'aria-labelledby': 'draft-heading' },
      h('h2', { id: 'draft-heading', text: t('segment.draftTitle') }),
      h('p', { text: t('segment.draftIntro') }),
      draftView,
      h('h3', { text: t('segment.draftImpact') }),
      impactHolder,
      h('div', { class: 'actions' },
        h('button', {
          type: 'button', class: 'primary', text: t('segment.publish'),
          onclick: () => run(async () => {
            await api.post(`/segments/${id}/draft/publish`, undefined, { ifMatch: segment.version });
            app.notify(t('segment.published'));
            app.navigate(`/admin/segments/${id}`, { replace: true });
          }),
        }),
        h('a', { class: 'button secondary', href: `/admin/segments/${id}/edit`, text: t('segment.editDraft') }),
        h('button', {
          type: 'button', class: 'danger-outline', text: t('editor.discardDraft'),
          onclick: () => run(async () => {
            const sure = await confirmDialog({
              title: t('editor.discardTitle'), text: t('editor.discardText'), confirm: t('editor.discard'), danger: true,
            });
            if (!sure) return;
            await api.delete(`/segments/${id}/draft`, { ifMatch: segment.version });
            app.notify(t('editor.draftDiscarded'));
            app.navigate(`/admin/segments/${id}`, { replace: true });
          }),
        })));
  }
}

/** The recorded days, and today's count as it is now when today has not been recorded yet. */
function withToday(days, segment, zone) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(segment.counted_at));
  if (days.length && days[days.length - 1].day === today) return days;
  return [...days, { day: today, members: segment.members, counted_at: segment.counted_at }];
}

function stat(label, value, hint) {
  return h('div', { class: 'stat' },
    h('dt', { text: label }),
    h('dd', {}, hint ? h('span', { class: 'counted', tabindex: '0', title: hint, 'data-tip': hint, text: value }) : value));
}
