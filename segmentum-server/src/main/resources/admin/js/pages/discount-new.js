// Creating a discount code, or a batch of unique random codes, bound to segments: the value (a percentage
// or an amount of the shop's currency), the window on the shop's clock, the limits, and the segments
// whose members may use it.

import { h, replace } from '../dom.js';
import { api, query, allSegments } from '../api.js';
import { t, number, fromZonedInput } from '../i18n.js';
import { alertArea } from '../ui.js';
import { field, select, clearErrors, showProblem } from '../forms.js';

export async function newDiscountPage({ app, params }) {
  app.title(t('discountNew.title'));
  const zone = app.session.shop.timezone;
  const currency = app.session.shop.currency;
  const segments = await allSegments();
  const preselected = Number(params.get('segment'));
  const alert = alertArea();
  let dirty = false;

  const one = h('input', { type: 'radio', name: 'kind', id: 'kind-one', value: 'one', checked: true });
  const many = h('input', { type: 'radio', name: 'kind', id: 'kind-batch', value: 'batch' });
  const code = h('input', { name: 'code', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '64' });
  const prefix = h('input', { name: 'prefix', type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '32' });
  const count = h('input', { name: 'count', type: 'number', min: '1', max: '10000', inputmode: 'numeric', value: '100' });
  const valueType = select('value_type', [['percentage', t('discountNew.percentage')], ['fixed_amount', t('discountNew.fixedAmount', { currency })]], 'percentage');
  const value = h('input', { name: 'value', type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const starts = h('input', { name: 'starts_at', type: 'datetime-local' });
  const ends = h('input', { name: 'ends_at', type: 'datetime-local' });
  const usageLimit = h('input', { name: 'usage_limit', type: 'number', min: '1', inputmode: 'numeric' });
  const perCustomer = h('input', { name: 'per_customer_limit', type: 'number', min: '1', inputmode: 'numeric', value: '1' });
  const boxes = segments.map((s) => h('input', { type: 'checkbox', id: `discount-segment-${s.id}`, value: String(s.id), checked: s.id === preselected }));
  const codeField = field({ id: 'discount-code', label: t('discountNew.code'), control: code, help: t('discountNew.codeHelp') });
  const batchFields = h('div', { class: 'field-row', hidden: true },
    field({ id: 'discount-prefix', label: t('discountNew.prefix'), control: prefix, help: t('discountNew.prefixHelp'), className: 'grow' }),
    field({ id: 'discount-count', label: t('discountNew.count'), control: count, className: 'narrow' }));
  const created = h('div', { class: 'created-batch', hidden: true });
  const segmentsError = h('p', { class: 'field-error', id: 'discount-segments-error', hidden: true });

  function showKind() {
    codeField.hidden = many.checked;
    batchFields.hidden = !many.checked;
  }
  one.addEventListener('change', showKind);
  many.addEventListener('change', showKind);

  async function submit(event) {
    event.preventDefault();
    alert.clear();
    clearErrors(form);
    const body = {
      value_type: valueType.value, value: value.value.trim(),
      segment_ids: boxes.filter((box) => box.checked).map((box) => Number(box.value)),
      per_customer_limit: perCustomer.value ? Number(perCustomer.value) : null,
      usage_limit: usageLimit.value ? Number(usageLimit.value) : null,
    };
    if (starts.value) body.starts_at = fromZonedInput(starts.value, zone);
    if (ends.value) body.ends_at = fromZonedInput(ends.value, zone);
    if (many.checked) body.batch = { prefix: prefix.value.trim(), count: Number(count.value) };
    else body.code = code.value.trim();
    try {
      const answer = await api.post('/discounts', body);
      dirty = false;
      if (!many.checked) {
        app.notify(t('discountNew.created', { code: answer.code }));
        app.navigate('/admin/discounts');
        return;
      }
      showBatch(answer);
    } catch (error) {
      showProblem(form, alert, error, { segment_ids: 'segments', batch: 'prefix' });
    }
  }

  function showBatch(answer) {
    const list = h('textarea', { id: 'batch-codes', readonly: true, rows: String(Math.min(answer.codes.length, 12)), class: 'codes' });
    list.value = answer.codes.join('\n');
    replace(created,
      h('h2', { id: 'batch-heading', tabindex: '-1', text: t('discountNew.batchCreated', { count: number(answer.count) }) }),
      h('label', { for: 'batch-codes', text: t('discountNew.batchCodes') }), list,
      h('p', {}, h('a', { href: `/admin/discounts${query({ batch: answer.batch })}`, text: t('discountNew.batchShow') })));
    created.hidden = false;
    created.querySelector('h2').focus();
  }

  const segmentsField = h('fieldset', { class: 'segment-choice', 'aria-describedby': 'discount-segments-help discount-segments-error' },
    h('legend', { text: t('discountNew.segments') }),
    h('p', { class: 'help', id: 'discount-segments-help', text: t('discountNew.segmentsHelp') }),
    h('input', { type: 'hidden', name: 'segments', id: 'discount-segments' }),
    segments.map((s, i) => h('label', { class: 'check', for: `discount-segment-${s.id}` }, boxes[i], ` ${s.name}`)),
    segmentsError);
  const form = h('form', { class: 'discount-form', novalidate: true, onsubmit: submit },
    h('fieldset', { class: 'kind' }, h('legend', { text: t('discountNew.kind') }),
      h('label', { class: 'check', for: 'kind-one' }, one, ' ', t('discountNew.one')),
      h('label', { class: 'check', for: 'kind-batch' }, many, ' ', t('discountNew.batch'))),
    codeField, batchFields,
    h('div', { class: 'field-row' },
      field({ id: 'discount-value-type', label: t('discountNew.valueType'), control: valueType, className: 'grow' }),
      field({ id: 'discount-value', label: t('discountNew.value'), control: value, help: t('discountNew.valueHelp'), className: 'grow' })),
    h('div', { class: 'field-row' },
      field({ id: 'discount-starts', label: t('discountNew.starts'), control: starts, help: t('discountNew.startsHelp', { zone }), className: 'grow' }),
      field({ id: 'discount-ends', label: t('discountNew.ends'), control: ends, help: t('discountNew.endsHelp'), className: 'grow' })),
    h('div', { class: 'field-row' },
      field({ id: 'discount-usage-limit', label: t('discountNew.usageLimit'), control: usageLimit, help: t('discountNew.noLimitHelp'), className: 'grow' }),
      field({ id: 'discount-per-customer', label: t('discountNew.perCustomer'), control: perCustomer, help: t('discountNew.noLimitHelp'), className: 'grow' })),
    segmentsField,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: t('discountNew.create') })));
  form.addEventListener('input', () => { dirty = true; });
  app.guardLeaving(() => dirty);
  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: '/admin/discounts', text: t('discounts.title') })),
    h('h1', { text: t('discountNew.title') }),
    h('p', { class: 'lead', text: t('discountNew.intro') }),
    alert.element, form, created,
  ];
}
