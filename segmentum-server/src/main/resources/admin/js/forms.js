// Form pieces the settings, campaign and discount pages share: labelled fields with help and an error
// line each, and showing a refused request's field errors next to the fields they name.

import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { problemText } from './ui.js';

/**
 * A labelled control: `control` is the input, select or textarea (its id is set from `id`); `help` is shown
 * under the label and read with the field; every field also has an error line, empty until `showErrors`.
 */
export function field({ id, label, control, help, className }) {
  control.id = id;
  const helpId = help ? `${id}-help` : null;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [helpId, errorId].filter(Boolean).join(' '));
  return h('div', { class: ['field', className].filter(Boolean).join(' ') },
    h('label', { for: id, text: label }),
    help ? h('p', { class: 'help', id: helpId }, help) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/** A select with `options` given as [value, label] pairs. */
export function select(name, options, value) {
  return h('select', { name },
    options.map(([optionValue, label]) => h('option', { value: optionValue, selected: optionValue === value, text: label })));
}

/** Clears every field error under `root`. */
export function clearErrors(root) {
  for (const error of root.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const control of root.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/**
 * Shows a refused request: each `errors[]` entry of a 422 next to the field it names (by the field's
 * `name`, or `fieldNames[name]`), and the problem itself in `alert`. Focuses the first field in error.
 */
export function showProblem(root, alert, error, fieldNames = {}) {
  clearErrors(root);
  const errors = (error && error.problem && Array.isArray(error.problem.errors)) ? error.problem.errors : [];
  let first = null;
  const unplaced = [];
  for (const entry of errors) {
    const name = fieldNames[entry.field] || entry.field;
    const control = root.querySelector(`[name="${CSS.escape(name)}"]`);
    const line = control ? document.getElementById(`${control.id}-error`) : null;
    if (!control || !line) {
      unplaced.push(entry.message);
      continue;
    }
    control.setAttribute('aria-invalid', 'true');
    line.textContent = line.textContent ? `${line.textContent} ${entry.message}` : entry.message;
    line.hidden = false;
    if (!first) first = control;
  }
  if (errors.length > 0) {
    alert.show(t('form.invalid'), unplaced.length ? h('ul', {}, unplaced.map((text) => h('li', { text }))) : null);
  } else {
    alert.show(problemText(error));
  }
  if (first) first.focus();
}

/** A line that says whether a write-only secret is stored, for screen readers too. */
export function secretState(id) {
  const element = h('p', { class: 'secret-state', id, 'aria-live': 'polite' });
  return {
    element,
    set(isSet, setText, unsetText) {
      replace(element, h('span', { class: isSet ? 'badge set' : 'badge unset', text: isSet ? t('settings.set') : t('settings.notSet') }),
        ' ', isSet ? setText : unsetText);
    },
  };
}
