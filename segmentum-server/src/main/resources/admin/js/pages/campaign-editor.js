// Writing a campaign: name, segment, channel, sender, subject and body templates, with a live preview for
// a chosen customer. Once saved (a draft), a test message can be sent to one address, and the campaign
// can be sent to the segment.

import { h, replace } from '../dom.js';
import { api, query, allSegments } from '../api.js';
import { t, number } from '../i18n.js';
import { alertArea, confirmDialog } from '../ui.js';
import { field, select, clearErrors, showProblem } from '../forms.js';
import { previewPanel } from './campaign-preview.js';

const CHANNELS = ['email', 'sms', 'messenger', 'viber'];
const FIELDS = ['first_name', 'last_name', 'full_name', 'email', 'phone', 'customer_id', 'amount_spent',
  'number_of_orders', 'first_order_date', 'last_order_date', 'days_since_last_order', 'shop_name', 'currency'];

/** `/admin/campaigns/new?segment=ID`: a new campaign, to the segment named in the address if any. */
export async function newCampaignPage({ app, params }) {
  const [segments, smtp] = await Promise.all([allSegments(), smtpSettings()]);
  const wanted = Number(params.get('segment'));
  const segment = segments.find((s) => s.id === wanted) || null;
  const draft = {
    name: segment ? t('editor.campaign.defaultName', { segment: segment.name }) : '',
    channel: 'email', segment_id: segment ? segment.id : (segments[0] ? segments[0].id : null),
    sender: smtp && smtp.sender ? smtp.sender : '', subject: '', body: '',
  };
  return campaignEditor({ app, campaign: null, draft, segments });
}

/** The editor of a saved draft (the campaign page shows it while the campaign is a draft). */
export async function draftEditor({ app, campaign, customerId }) {
  return campaignEditor({ app, campaign, draft: campaign, segments: await allSegments(), customerId });
}

async function campaignEditor({ app, campaign, draft, segments, customerId = null }) {
  const configured = await configuredChannels();
  let saved = campaign;
  let dirty = false;
  app.title(saved ? saved.name : t('editor.campaign.newTitle'));
  const alert = alertArea();
  const name = h('input', { name: 'name', type: 'text', required: true, maxlength: '255', autocomplete: 'off', value: draft.name || '' });
  const options = segments.map((s) => [String(s.id), t('editor.campaign.segmentOption', { name: s.name, members: number(s.members) })]);
  if (!segments.some((s) => s.id === draft.segment_id)) options.unshift(['', t('editor.campaign.noSegment')]);
  const segment = select('segment_id', options, draft.segment_id === null ? '' : String(draft.segment_id));
  const channel = select('channel', CHANNELS.map((c) => [c, t(`campaigns.channel.${c}`)]), draft.channel || 'email');
  const sender = h('input', { name: 'sender', type: 'text', autocomplete: 'off', value: draft.sender || '' });
  const senderHelp = h('span', {});
  const subject = h('input', { name: 'subject', type: 'text', autocomplete: 'off', value: draft.subject || '' });
  const body = h('textarea', { name: 'body', rows: '10', spellcheck: 'true', class: 'template' });
  body.value = draft.body || '';
  const setupNote = h('p', { class: 'warning', hidden: true });
  const subjectField = field({ id: 'campaign-subject', label: t('editor.campaign.subject'), control: subject });
  const form = h('form', { class: 'campaign-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); run(save); } },
    field({ id: 'campaign-name', label: t('editor.campaign.name'), control: name }),
    field({ id: 'campaign-segment', label: t('editor.campaign.segment'), control: segment }),
    field({ id: 'campaign-channel', label: t('editor.campaign.channel'), control: channel }),
    setupNote,
    field({ id: 'campaign-sender', label: t('editor.campaign.sender'), control: sender, help: senderHelp }),
    subjectField,
    field({ id: 'campaign-body', label: t('editor.campaign.body'), control: body, help: t('editor.campaign.bodyHelp') }),
    h('details', { class: 'placeholders' },
      h('summary', { text: t('editor.campaign.placeholders') }),
      h('p', { text: t('editor.campaign.placeholdersIntro') }),
      h('ul', { class: 'placeholder-list' }, FIELDS.map((f) => h('li', {}, h('code', { text: `{{${f}}}` }), ' ', t(`editor.campaign.field.${f}`))))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', text: saved ? t('editor.campaign.save') : t('editor.campaign.create') }),
      saved ? h('button', { type: 'button', class: 'danger-outline', text: t('editor.campaign.delete'), onclick: () => run(remove) }) : null));

  function content() {
    const email = channel.value === 'email';
    return {
      name: name.value.trim(), channel: channel.value, segment_id: segment.value ? Number(segment.value) : null,
      sender: sender.value.trim(), subject: email ? subject.value : '', body: body.value,
    };
  }

  function showChannel() {
    const email = channel.value === 'email';
    setupNote.hidden = configured.has(channel.value);
    replace(setupNote, t('editor.campaign.notConfigured', { channel: t(`campaigns.channel.${channel.value}`) }), ' ',
      h('a', { href: '/admin/settings', text: t('editor.campaign.openSettings') }));
    subjectField.hidden = !email;
    replace(senderHelp, email ? t('editor.campaign.senderHelpEmail') : t('editor.campaign.senderHelpText'));
    sender.placeholder = email ? t('settings.senderPlaceholder') : '';
  }

  async function run(work) {
    alert.clear();
    try {
      await work();
    } catch (error) {
      showProblem(form, alert, error);
    }
  }

  async function save() {
    clearErrors(form);
    if (saved) {
      saved = await api.patch(`/campaigns/${saved.id}`, content());
      dirty = false;
      app.title(saved.name);
      replace(heading, saved.name);
      app.notify(t('editor.campaign.saved'));
    } else {
      const created = await api.post('/campaigns', content());
      dirty = false;
      app.notify(t('editor.campaign.created', { name: created.name }));
      app.navigate(`/admin/campaigns/${created.id}${query({ customer: preview.customerId })}`, { replace: true });
    }
  }

  async function remove() {
    const sure = await confirmDialog({ title: t('editor.campaign.deleteTitle', { name: saved.name }), text: t('editor.campaign.deleteText'), confirm: t('editor.campaign.delete'), danger: true });
    if (!sure) return;
    await api.delete(`/campaigns/${saved.id}`);
    dirty = false;
    app.notify(t('editor.campaign.deleted', { name: saved.name }));
    app.navigate('/admin/campaigns');
  }

  const preview = previewPanel({
    customerId,
    segmentId: () => (segment.value ? Number(segment.value) : null),
    render: (customerId) => {
      const c = content();
      return api.post('/campaigns/preview', { channel: c.channel, sender: c.sender, subject: c.subject, body: c.body || ' ', customer_id: customerId });
    },
  });

  for (const control of [name, sender, subject, body]) {
    control.addEventListener('input', () => {
      dirty = true;
      preview.refreshSoon();
    });
  }
  channel.addEventListener('change', () => {
    dirty = true;
    showChannel();
    preview.refresh();
  });
  segment.addEventListener('change', () => {
    dirty = true;
    preview.followSegment();
  });
  app.guardLeaving(() => dirty);
  showChannel();
  await preview.followSegment();

  const heading = h('h1', { class: 'inline-heading', text: saved ? saved.name : t('editor.campaign.newTitle') });
  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/campaigns', text: t('campaigns.title') })),
    h('div', { class: 'page-head' }, h('div', {}, heading, saved ? statusBadge('draft') : null)),
    alert.element,
    h('div', { class: 'campaign-layout' },
      h('section', { class: 'campaign-content', 'aria-label': t('editor.campaign.content') }, form),
      preview.element),
    saved ? testSendSection({ app, campaign: () => saved, channel, preview, saveFirst: () => (dirty ? save() : null) }) : null,
    saved ? sendSection({ app, campaign: () => saved, saveFirst: () => (dirty ? save() : null), segments, onSent: () => { dirty = false; }, customerId: () => preview.customerId }) : null,
  ];
}

function testSendSection({ app, campaign, channel, preview, saveFirst }) {
  const alert = alertArea();
  const address = h('input', { name: 'address', type: 'text', autocomplete: 'off', required: true });
  const result = h('p', { class: 'test-result', 'aria-live': 'polite' });
  const form = h('form', {
    class: 'inline-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      alert.clear();
      clearErrors(form);
      replace(result);
      try {
        await saveFirst();
        const body = { address: address.value.trim() };
        if (preview.customerId !== null) body.customer_id = preview.customerId;
        const sent = await api.post(`/campaigns/${campaign().id}/test`, body);
        replace(result, t('editor.campaign.testSent', { address: sent.address }));
        app.notify(t('editor.campaign.testSent', { address: sent.address }));
      } catch (error) {
        showProblem(form, alert, error);
      }
    },
  },
  field({ id: 'test-address', label: t('editor.campaign.testAddress'), control: address }),
  h('button', { type: 'submit', class: 'secondary', text: t('editor.campaign.testSend') }));
  const update = () => { address.placeholder = channel.value === 'email' ? 'you@example.com' : '+359…'; };
  channel.addEventListener('change', update);
  update();
  return h('section', { 'aria-labelledby': 'test-heading' },
    h('h2', { id: 'test-heading', text: t('editor.campaign.testTitle') }),
    h('p', { text: t('editor.campaign.testIntro') }), alert.element, form, result);
}

function sendSection({ app, campaign, saveFirst, segments, onSent, customerId }) {
  const alert = alertArea();
  return h('section', { class: 'send-panel', 'aria-labelledby': 'send-heading' },
    h('h2', { id: 'send-heading', text: t('editor.campaign.sendTitle') }),
    h('p', { text: t('editor.campaign.sendIntro') }),
    alert.element,
    h('button', {
      type: 'button', class: 'primary', text: t('editor.campaign.send'),
      onclick: async () => {
        alert.clear();
        try {
          await saveFirst();
          const current = campaign();
          const target = segments.find((s) => s.id === current.segment_id);
          const sure = await confirmDialog({
            title: t('editor.campaign.sendConfirmTitle', { name: current.name }),
            text: t('editor.campaign.sendConfirmText', {
              segment: target ? target.name : current.segment_name || '', channel: t(`campaigns.channel.${current.channel}`),
            }),
            confirm: t('editor.campaign.sendConfirm'),
          });
          if (!sure) return;
          await api.post(`/campaigns/${current.id}/send`);
          onSent();
          app.notify(t('editor.campaign.sending'));
          app.navigate(`/admin/campaigns/${current.id}${query({ customer: customerId() })}`, { replace: true });
        } catch (error) {
          alert.show(error.type === 'not-configured' || error.status === 409 ? t('editor.campaign.cannotSend', { detail: error.message }) : error.message);
        }
      },
    }));
}

/** A campaign's status as a coloured label. */
export function statusBadge(status) {
  return h('span', { class: `badge status status-${status}`, text: t(`campaigns.status.${status}`) });
}

/** The shop's SMTP settings, or null when none are set. */
function smtpSettings() {
  return api.get('/settings/smtp').catch((error) => {
    if (error.status === 404) return null;
    throw error;
  });
}

/** The channels this shop can send on: email with an SMTP server, the others with a provider. */
async function configuredChannels() {
  const [smtp, channels] = await Promise.all([smtpSettings(), api.get('/settings/channels')]);
  const found = new Set(channels.providers.map((provider) => provider.channel));
  if (smtp) found.add('email');
  return found;
}

