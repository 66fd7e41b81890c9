// Secret feed links of a segment (created and shown once, copied, revoked) and the shop's webhooks.

import { h, replace } from '../dom.js';
import { api, ApiError } from '../api.js';
import { t, dateTime } from '../i18n.js';
import { alertArea, problemText, confirmDialog } from '../ui.js';

const TOPICS = ['customer.joined_segment', 'customer.left_segment', 'segments.create', 'segments.update', 'segments.delete'];
const FEED_FIELDS = ['id', 'email', 'first_name', 'last_name', 'phone', 'tags', 'amount_spent', 'number_of_orders',
  'email_marketing', 'sms_marketing', 'country', 'province', 'city', 'language', 'created_at'];
const FEED_DEFAULTS = ['id', 'email', 'first_name', 'last_name'];

export async function feedsSection({ app, id }) {
  const list = h('div', {});
  const fresh = h('div', { class: 'fresh-link', hidden: true });
  const alert = alertArea();
  const zone = app.session.shop.timezone;

  async function load() {
    let feeds;
    try {
      feeds = (await api.get(`/segments/${id}/feeds`)).feeds;
    } catch (error) {
      if (error instanceof ApiError && error.unavailable) {
        replace(list, h('p', { class: 'muted', text: t('feeds.unavailable') }));
        create.hidden = true;
        return;
      }
      throw error;
    }
    const active = feeds.filter((feed) => !feed.revoked_at);
    replace(list, active.length === 0 ? h('p', { class: 'muted', text: t('feeds.none') })
      : h('div', { class: 'table-wrap' }, h('table', { class: 'feeds' },
        h('caption', { class: 'visually-hidden', text: t('feeds.caption') }),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col', text: t('feeds.column.created') }),
          h('th', { scope: 'col', text: t('feeds.column.lastUsed') }),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: t('feeds.column.actions') })))),
        h('tbody', {}, active.map((feed) => h('tr', { 'data-feed': feed.id },
          h('td', { text: dateTime(feed.created_at, zone) }),
          h('td', { text: feed.last_used_at ? t('feeds.usedFrom', { at: dateTime(feed.last_used_at, zone), from: feed.last_used_from || '?' }) : t('feeds.neverUsed') }),
          h('td', {}, h('button', {
            type: 'button', class: 'danger-outline small', text: t('feeds.revoke'),
            'aria-label': t('feeds.revokeNamed', { at: dateTime(feed.created_at, zone) }),
            onclick: () => revoke(feed),
          }))))))));
  }

  async function revoke(feed) {
    const sure = await confirmDialog({ title: t('feeds.revokeTitle'), text: t('feeds.revokeText'), confirm: t('feeds.revoke'), danger: true });
    if (!sure) return;
    try {
      await api.delete(`/segments/${id}/feeds/${feed.id}`);
      fresh.hidden = true;
      app.notify(t('feeds.revoked'));
      await load();
    } catch (error) {
      alert.show(problemText(error));
    }
  }

  async function createLink() {
    alert.clear();
    try {
      const fields = fieldBoxes.filter((box) => box.checked).map((box) => box.value);
      const feed = await api.post(`/segments/${id}/feeds`, { fields });
      const url = feed.url || new URL(`/feeds/${feed.token}`, window.location.origin).href;
      const field = h('input', { id: 'new-feed-url', type: 'text', readonly: true, value: url, class: 'secret' });
      const copied = h('span', { class: 'copied', 'aria-live': 'polite' });
      replace(fresh,
        h('p', { class: 'warning', role: 'alert', text: t('feeds.warning') }),
        h('label', { for: 'new-feed-url', text: t('feeds.newLink') }),
        h('div', { class: 'copy-row' }, field,
          h('button', {
            type: 'button', class: 'primary', text: t('feeds.copy'),
            onclick: async () => {
              field.select();
              try {
                await navigator.clipboard.writeText(url);
              } catch {
                document.execCommand('copy');
              }
              copied.textContent = t('feeds.copied');
            },
          }), copied),
        h('button', { type: 'button', class: 'secondary', text: t('feeds.done'), onclick: () => { fresh.hidden = true; fresh.replaceChildren(); } }));
      fresh.hidden = false;
      field.focus();
      field.select();
      await load();
    } catch (error) {
      alert.show(problemText(error));
    }
  }

  const fieldBoxes = FEED_FIELDS.map((name) => h('input', { type: 'checkbox', id: `feed-field-${name}`, value: name, checked: FEED_DEFAULTS.includes(name) }));
  const fieldChoice = h('fieldset', { class: 'feed-fields' }, h('legend', { text: t('feeds.fields') }),
    FEED_FIELDS.map((name, i) => h('label', { class: 'check', for: `feed-field-${name}` }, fieldBoxes[i], ` ${name}`)));
  const create = h('button', { type: 'button', class: 'secondary', text: t('feeds.create'), onclick: createLink });
  await load();
  return h('section', { class: 'feeds-section', 'aria-labelledby': 'feeds-heading' },
    h('h2', { id: 'feeds-heading', text: t('feeds.title') }),
    h('p', { text: t('feeds.intro') }),
    alert.element, fresh, list, fieldChoice, create);
}

export async function webhooksSection({ app }) {
  const list = h('div', {});
  const alert = alertArea();
  const urlInput = h('input', { id: 'webhook-url', type: 'url', required: true, placeholder: 'https://', autocomplete: 'off' });
  const boxes = TOPICS.map((topic) => h('input', { type: 'checkbox', id: `topic-${topic}`, value: topic, checked: topic.startsWith('customer.') }));
  const form = h('form', {
    class: 'webhook-form',
    onsubmit: async (event) => {
      event.preventDefault();
      alert.clear();
      const topics = boxes.filter((box) => box.checked).map((box) => box.value);
      try {
        const secrets = [];
        for (const topic of topics) {
          const created = await api.post('/webhooks', { topic, url: urlInput.value.trim() });
          if (created && created.secret) secrets.push(`${topic}: ${created.secret}`);
        }
        urlInput.value = '';
        app.notify(t('webhooks.added'));
        if (secrets.length > 0) alert.show(t('webhooks.secret', { secret: secrets.join(' · ') }));
        await load();
      } catch (error) {
        alert.show(problemText(error));
      }
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'webhook-url', text: t('webhooks.url') }), urlInput),
  h('fieldset', {}, h('legend', { text: t('webhooks.topics') }),
    TOPICS.map((topic, i) => h('label', { class: 'check', for: `topic-${topic}` }, boxes[i], ` ${topic}`))),
  h('button', { type: 'submit', class: 'secondary', text: t('webhooks.add') }));

  async function load() {
    let hooks;
    try {
      const data = await api.get('/webhooks');
      hooks = Array.isArray(data) ? data : (data.webhooks || data.subscriptions || []);
    } catch (error) {
      if (error instanceof ApiError && error.unavailable) {
        replace(list, h('p', { class: 'muted', text: t('webhooks.unavailable') }));
        form.hidden = true;
        return;
      }
      replace(list, h('p', { class: 'muted', text: problemText(error) }));
      return;
    }
    replace(list, hooks.length === 0 ? h('p', { class: 'muted', text: t('webhooks.none') })
      : h('ul', { class: 'webhooks' }, hooks.map((hook) => h('li', {},
        h('code', { text: hook.url }), ' ', h('span', { class: 'muted', text: hook.topic }), ' ',
        h('button', {
          type: 'button', class: 'danger-outline small', text: t('webhooks.remove'),
          'aria-label': t('webhooks.removeNamed', { url: hook.url }),
          onclick: async () => {
            const sure = await confirmDialog({ title: t('webhooks.removeTitle'), text: hook.url, confirm: t('webhooks.remove'), danger: true });
            if (!sure) return;
            try {
              await api.delete(`/webhooks/${hook.id}`);
              await load();
            } catch (error) {
              alert.show(problemText(error));
            }
          },
        })))));
  }

  await load();
  return h('section', { class: 'webhooks-section', 'aria-labelledby': 'webhooks-heading' },
    h('h2', { id: 'webhooks-heading', text: t('webhooks.title') }),
    h('p', { text: t('webhooks.intro') }),
    alert.element, list, form);
}
