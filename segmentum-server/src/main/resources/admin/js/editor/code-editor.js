// The query editor: a plain <textarea> (so typing, undo, selection, screen readers and phones work as
// they do everywhere) laid exactly over a highlighted copy of its text. Diagnostics are underlined in the
// copy; pointing at one shows its message, and the message of the one at the caret is spoken and shown
// below. Suggestions open as you type or with Ctrl+Space, and are chosen with the arrow keys and Enter.

import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { renderQuery } from './render.js';
import { suggest, rank, shopValueItems } from './completion.js';

const TRIGGER = /[\w.'( ]/;
const MAX_ITEMS = 40;

/**
 * Options: id (of the textarea), value, filters (from indexCatalog), fetchValues(kind, prefix) → Promise of
 * {values, labels}, onChange(text). Returns {root, textarea, value(), setValue(text),
 * setDiagnostics(list, forText), focus()}.
 */
export function createCodeEditor({ id, value = '', filters, fetchValues, onChange, describedBy }) {
  const listId = uid('suggestions');
  const statusId = uid('caret-status');
  const view = h('pre', { class: 'code-view', 'aria-hidden': 'true' });
  const textarea = h('textarea', {
    id, class: 'code-input', spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', autocorrect: 'off',
    rows: '4', 'aria-autocomplete': 'list', 'aria-controls': listId, 'aria-expanded': 'false',
    'aria-describedby': [describedBy, statusId].filter(Boolean).join(' '),
  });
  const list = h('ul', { class: 'completions', id: listId, role: 'listbox', 'aria-label': t('editor.suggestions'), hidden: true });
  const tip = h('div', { class: 'diag-tip', role: 'tooltip', hidden: true });
  const status = h('p', { class: 'code-status', id: statusId, 'aria-live': 'polite' });
  const wrap = h('div', { class: 'code-wrap' }, view, textarea);
  const root = h('div', { class: 'code-editor' }, wrap, list, tip, status);
  textarea.value = value;

  let diagnostics = [];
  let diagnosticsText = null;
  let open = null; // {from, to, prefix, items, active}
  let sequence = 0;

  function render() {
    const text = textarea.value;
    renderQuery(view, text, diagnosticsText === text ? diagnostics : []);
    caretStatus();
  }

  function caretStatus() {
    const caret = textarea.selectionStart;
    const current = diagnosticsText === textarea.value
      ? diagnostics.find((d) => d.start <= caret && caret <= Math.max(d.end, d.start + 1)) : null;
    status.textContent = current ? t('editor.atCaret', { message: current.message }) : '';
  }

  function pointAt(offset) {
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let remaining = offset;
    let node = walker.nextNode();
    while (node && remaining > node.length) {
      remaining -= node.length;
      node = walker.nextNode();
    }
    const box = wrap.getBoundingClientRect();
    if (!node) return { left: 8, top: 24 };
    const range = document.createRange();
    range.setStart(node, Math.min(remaining, node.length));
    range.collapse(true);
    const rect = range.getClientRects()[0] || node.parentElement.getBoundingClientRect();
    return { left: rect.left - box.left, top: rect.bottom - box.top };
  }

  function showTip(span) {
    tip.textContent = span.dataset.message;
    tip.hidden = false;
    const box = root.getBoundingClientRect();
    const rect = span.getBoundingClientRect();
    tip.style.left = `${Math.max(0, rect.left - box.left)}px`;
    tip.style.top = `${rect.bottom - box.top + 4}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  function close() {
    open = null;
    list.hidden = true;
    list.replaceChildren();
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
  }

  function show(state) {
    if (!state.items.length) {
      close();
      return;
    }
    open = { ...state, items: state.items.slice(0, MAX_ITEMS), active: 0 };
    list.replaceChildren(...open.items.map((it, index) => h('li', {
      id: `${listId}-${index}`, role: 'option', class: 'completion', 'aria-selected': index === 0 ? 'true' : 'false',
      onmousedown: (event) => { event.preventDefault(); accept(index); },
    }, h('span', { class: 'completion-label', text: it.label }), it.detail ? h('span', { class: 'completion-detail', text: it.detail }) : null)));
    const point = pointAt(state.from);
    list.style.left = `${Math.max(0, Math.min(point.left, wrap.clientWidth - 240))}px`;
    list.style.top = `${point.top + 4}px`;
    list.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    highlight(0);
  }

  function highlight(index) {
    if (!open) return;
    open.active = (index + open.items.length) % open.items.length;
    list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', i === open.active ? 'true' : 'false'));
    const active = list.children[open.active];
    textarea.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  async function complete(explicit) {
    if (textarea.selectionStart !== textarea.selectionEnd) {
      close();
      return;
    }
    const mine = ++sequence;
    const state = suggest(textarea.value, textarea.selectionStart, filters);
    if (!explicit && !state.prefix && !state.fetch && state.items.length > 12) {
      // At the start of a clause every filter fits: wait for a letter or Ctrl+Space.
      close();
      return;
    }
    show(state);
    if (state.fetch && fetchValues) {
      try {
        const found = await fetchValues(state.fetch.kind, state.fetch.prefix);
        if (mine !== sequence) return;
        const items = rank([...shopValueItems(found.values, state.fetch.quoted, found.labels || {}), ...state.items], state.prefix);
        show({ ...state, items });
      } catch {
        // Suggestions are a convenience: without them the editor works the same.
      }
    }
  }

  function accept(index) {
    if (!open) return;
    const chosen = open.items[index];
    const { from, to } = open;
    close();
    textarea.focus();
    textarea.setSelectionRange(from, to);
    if (!document.execCommand('insertText', false, chosen.insert)) {
      textarea.setRangeText(chosen.insert, from, to, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (/[ (]$/.test(chosen.insert)) complete(false);
  }

  textarea.addEventListener('input', (event) => {
    hideTip();
    render();
    if (onChange) onChange(textarea.value);
    if (event.inputType === 'insertText' && event.data && TRIGGER.test(event.data.slice(-1))) complete(false);
    else if (event.inputType && event.inputType.startsWith('delete') && open) complete(false);
    else if (event.inputType !== 'insertText') close();
  });
  textarea.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && (event.key === ' ' || event.code === 'Space')) {
      event.preventDefault();
      complete(true);
      return;
    }
    if (!open) return;
    if (event.key === 'ArrowDown') highlight(open.active + 1);
    else if (event.key === 'ArrowUp') highlight(open.active - 1);
    else if (event.key === 'Enter' || event.key === 'Tab') accept(open.active);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  for (const type of ['click', 'keyup', 'select']) textarea.addEventListener(type, caretStatus);
  textarea.addEventListener('blur', () => {
    close();
    hideTip();
  });
  textarea.addEventListener('mousemove', (event) => {
    const span = document.elementsFromPoint(event.clientX, event.clientY).find((el) => el.classList && el.classList.contains('diag'));
    if (span) showTip(span);
    else hideTip();
  });
  textarea.addEventListener('mouseleave', hideTip);
  render();

  return {
    root,
    textarea,
    value: () => textarea.value,
    setValue(text) {
      textarea.value = text;
      diagnostics = [];
      diagnosticsText = null;
      render();
    },
    /** Shows diagnostics found for `forText`; they are hidden while the text differs from it. */
    setDiagnostics(list, forText) {
      diagnostics = list;
      diagnosticsText = forText;
      hideTip();
      render();
    },
    focus: () => textarea.focus(),
  };
}
