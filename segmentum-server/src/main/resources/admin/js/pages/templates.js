// The template gallery: ready queries grouped by category; choosing one opens the editor with it.

import { h } from '../dom.js';
import { api } from '../api.js';
import { t, has } from '../i18n.js';

export async function templatesPage({ app }) {
  app.title(t('templates.title'));
  const { templates } = await api.get('/templates');
  const categories = new Map();
  for (const template of templates) {
    if (!categories.has(template.category)) categories.set(template.category, []);
    categories.get(template.category).push(template);
  }
  return [
    h('div', { class: 'page-head' },
      h('h1', { text: t('templates.title') }),
      h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: '/admin/segments/new', text: t('templates.blank') }))),
    h('p', { class: 'lead', text: t('templates.intro') }),
    [...categories].map(([category, list]) => {
      const key = `templates.category.${category.replace(/[^a-z]+/g, '_')}`;
      const headingId = `category-${category.replace(/[^a-z]+/g, '-')}`;
      return h('section', { class: 'template-group', 'aria-labelledby': headingId },
        h('h2', { id: headingId, text: has(key) ? t(key) : category }),
        h('ul', { class: 'cards' }, list.map((template) => h('li', { class: 'card' },
          h('h3', { text: template.title }),
          h('p', { text: template.description }),
          h('code', { class: 'query', text: template.query }),
          h('a', {
            class: 'button primary', href: `/admin/segments/new?template=${encodeURIComponent(template.id)}`,
            'aria-label': t('templates.useNamed', { title: template.title }), text: t('templates.use'),
          })))));
    }),
  ];
}
