// The query editor page, for a new segment and for changing one: highlighting, suggestions, diagnostics
// as you type, the live count, the impact against the saved version, and save / save as draft / discard.
// Every change sends the version it was based on; a change by someone else in between is reported (409)
// and never overwritten.

import { h, replace, debounce } from '../dom.js';
import { api, ApiError } from '../api.js';
import { t, number, percent } from '../i18n.js';
import { alertArea, problemText, confirmDialog, customerName } from '../ui.js';
import { createCodeEditor } from '../editor/code-editor.js';
import { indexCatalog } from '../editor/completion.js';

export async function editorPage({ app, id, params }) {
  const existing = id !== null;
  const [catalog, loaded, templates] = await Promise.all([
    api.get('/catalog'),
    existing ? api.get(`/segments/${id}`) : null,
    !existing && params.get('template') ? api.get('/templates') : null,
  ]);
  let segment = loaded;
  const template = templates ? templates.templates.find((it) => it.id === params.get('template')) : null;
  const startText = existing ? (segment.draft_query ?? segment.query) : (template?.query ?? params.get('query') ?? '');
  const startName = template?.title ?? params.get('name') ?? '';
  const filters = indexCatalog(catalog);
  const valueCache = new Map();
  let saving = false;
  let previewAbort = null;

  app.title(existing ? t('editor.editTitle', { name: segment.name }) : t('editor.newTitle'));

  const alert = alertArea();
  const nameError = h('p', { class: 'field-error', id: 'name-error', hidden: true });
  const nameInput = h('input', {
    id: 'segment-name', type: 'text', maxlength: '255', required: true, value: startName, autocomplete: 'off',
    'aria-describedby': 'name-error',
  });
  const diagnosticsList = h('ul', { class: 'diagnostics', id: 'query-diagnostics', 'aria-live': 'polite' });
  const count = h('div', { class: 'live-count', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const impact = h('div', { class: 'impact', 'aria-live': 'polite' });
  const editor = createCodeEditor({
    id: 'segment-query', value: startText, filters, describedBy: 'query-help query-diagnostics',
    fetchValues: (kind, prefix) => {
      const key = `${kind}\u0000${prefix}`;
      if (!valueCache.has(key)) {
        valueCache.set(key, api.get(`/suggestions?kind=${encodeURIComponent(kind)}&prefix=${encodeURIComponent(prefix)}`));
      }
      return valueCache.get(key);
    },
    onChange: (text) => refresh(text),
  });

  const refresh = debounce(preview, 200);

  async function preview(text) {
    if (previewAbort) previewAbort.abort();
    if (!text.trim()) {
      editor.setDiagnostics([], text);
      replace(diagnosticsList);
      replace(count, h('p', { class: 'muted', text: t('editor.typeQuery') }));
      replace(impact);
      return;
    }
    previewAbort = new AbortController();
    let result;
    try {
      result = await api.post('/preview', { query: text }, { signal: previewAbort.signal });
    } catch (error) {
      if (error.name !== 'AbortError') replace(count, h('p', { class: 'muted', text: problemText(error) }));
      return;
    }
    if (editor.value() !== text) return;
    editor.setDiagnostics(result.diagnostics, text);
    showDiagnostics(result.diagnostics);
    if (!result.valid) {
      replace(count, h('p', { class: 'muted', text: t('editor.fixToCount') }));
      replace(impact);
      return;
    }
    replace(count,
      h('p', {}, h('strong', { class: 'count-number', text: number(result.members) }), ' ',
        t('editor.customers', { count: result.members }), ' · ',
        h('span', { class: 'count-share', text: t('editor.share', { share: percent(result.share) }) })));
    if (existing) await showImpact(text);
  }

  function showDiagnostics(list) {
    replace(diagnosticsList, list.map((d) => h('li', {},
      h('button', {
        type: 'button', class: 'link',
        onclick: () => {
          editor.focus();
          editor.textarea.setSelectionRange(d.start, Math.max(d.start, d.end));
        },
        text: t('editor.diagnostic', { line: d.line, column: d.column, message: d.message }),
      }))));
  }

  async function showImpact(text) {
    if (text.trim() === segment.query.trim()) {
      replace(impact, h('p', { class: 'muted', text: t('editor.noChange') }));
      return;
    }
    const result = await api.post(`/segments/${id}/impact`, { query: text });
    if (editor.value() !== text) return;
    replace(impact, impactView(result));
  }

  function dirty() {
    return !saving && (editor.value() !== startText || (!existing && nameInput.value !== startName));
  }
  app.guardLeaving(dirty);

  async function act(work) {
    alert.clear();
    nameError.hidden = true;
    saving = true;
    try {
      await work();
    } catch (error) {
      saving = false;
      if (!(error instanceof ApiError)) throw error;
      if (error.type === 'version-conflict') showConflict();
      else if (error.status === 422) showInvalid(error.problem);
      else alert.show(problemText(error));
    }
  }

  function showInvalid(problem) {
    for (const e of problem.errors || []) {
      if (e.field === 'name') {
        nameError.textContent = e.message;
        nameError.hidden = false;
        nameInput.setAttribute('aria-invalid', 'true');
      }
    }
    if (problem.diagnostics && problem.diagnostics.length) {
      editor.setDiagnostics(problem.diagnostics, editor.value());
      showDiagnostics(problem.diagnostics);
    }
    alert.show(t('editor.invalid'));
  }

  function showConflict() {
    const mine = editor.value();
    alert.show(t('editor.conflict'),
      h('button', {
        type: 'button', class: 'secondary',
        onclick: async () => {
          segment = await api.get(`/segments/${id}`);
          editor.setValue(segment.draft_query ?? segment.query);
          refresh(editor.value());
          alert.show(t('editor.conflictLoaded'), h('details', { open: true },
            h('summary', { text: t('editor.yourText') }),
            h('textarea', { class: 'your-text', readonly: true, rows: '3', 'aria-label': t('editor.yourText') }, mine)));
        },
        text: t('editor.loadTheirs'),
      }));
  }

  async function create() {
    const created = await api.post('/segments', { name: nameInput.value, query: editor.value() });
    app.notify(t('editor.created', { name: created.name }));
    app.navigate(`/admin/segments/${created.id}`);
  }

  async function save() {
    let version = segment.version;
    if (segment.draft) {
      const drafted = await api.put(`/segments/${id}/draft`, { query: editor.value() }, { ifMatch: version });
      version = drafted.version;
      await api.post(`/segments/${id}/draft/publish`, undefined, { ifMatch: version });
    } else {
      await api.patch(`/segments/${id}`, { query: editor.value() }, { ifMatch: version });
    }
    app.notify(t('editor.saved'));
    app.navigate(`/admin/segments/${id}`);
  }

  async function saveDraft() {
    await api.put(`/segments/${id}/draft`, { query: editor.value() }, { ifMatch: segment.version });
    app.notify(t('editor.draftSaved'));
    app.navigate(`/admin/segments/${id}`);
  }

  async function discardDraft() {
    const sure = await confirmDialog({
      title: t('editor.discardTitle'), text: t('editor.discardText'), confirm: t('editor.discard'), danger: true,
    });
    if (!sure) return;
    await api.delete(`/segments/${id}/draft`, { ifMatch: segment.version });
    app.notify(t('editor.draftDiscarded'));
    app.navigate(`/admin/segments/${id}`);
  }

  const form = h('form', {
    class: 'editor-form', novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      act(existing ? save : create);
    },
  },
  existing ? null : h('div', { class: 'field' }, h('label', { for: 'segment-name', text: t('editor.name') }), nameInput, nameError),
  h('div', { class: 'field' },
    h('label', { for: 'segment-query', text: t('editor.query') }),
    h('p', { class: 'help', id: 'query-help', text: t('editor.help') }),
    editor.root,
    diagnosticsList),
  h('section', { class: 'live', 'aria-label': t('editor.result') }, count, existing ? impact : null),
  alert.element,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'primary', text: existing ? t('editor.save') : t('editor.create') }),
    existing ? h('button', { type: 'button', class: 'secondary', onclick: () => act(saveDraft), text: t('editor.saveDraft') }) : null,
    existing && segment.draft ? h('button', { type: 'button', class: 'danger-outline', onclick: () => act(discardDraft), text: t('editor.discardDraft') }) : null,
    h('a', { class: 'button secondary', href: existing ? `/admin/segments/${id}` : '/admin/segments', text: t('common.cancel') })));

  preview(startText);
  return [
    h('h1', { text: existing ? t('editor.editTitle', { name: segment.name }) : t('editor.newTitle') }),
    existing && segment.draft ? h('p', { class: 'note' }, t('editor.editingDraft'), ' ', h('code', { text: segment.query })) : null,
    form,
  ];
}

/** Who would join and who would leave, with samples. */
export function impactView(result) {
  const people = (list) => h('ul', { class: 'sample' }, list.map((c) => h('li', {},
    h('a', { href: `/admin/customers/${c.id}`, text: customerName(c) }), c.email ? ` (${c.email})` : '')));
  return h('div', { class: 'impact-view' },
    h('p', { class: 'impact-summary' },
      h('span', { class: 'joining', text: t('impact.joining', { count: result.joining, shown: number(result.joining) }) }), ' · ',
      h('span', { class: 'leaving', text: t('impact.leaving', { count: result.leaving, shown: number(result.leaving) }) }), ' · ',
      t('impact.after', { before: number(result.members_now), after: number(result.members_after) })),
    result.joining_customers.length ? h('details', {}, h('summary', { text: t('impact.joiningSample') }), people(result.joining_customers)) : null,
    result.leaving_customers.length ? h('details', {}, h('summary', { text: t('impact.leavingSample') }), people(result.leaving_customers)) : null);
}
