// The admin's shell: loads the strings and the session, then shows the page of the address. Links inside
// the admin change the page without reloading; the back button works as usual.

import { loadMessages, t, translate } from './i18n.js';
import { configure, request } from './api.js';
import { h, replace } from './dom.js';
import { segmentsPage } from './pages/segments.js';
import { templatesPage } from './pages/templates.js';
import { editorPage } from './pages/editor.js';
import { segmentPage } from './pages/segment.js';
import { customersPage, customerPage } from './pages/customers.js';
import { rfmPage } from './pages/rfm.js';
import { settingsPage } from './pages/settings.js';
import { campaignsPage } from './pages/campaigns.js';
import { newCampaignPage } from './pages/campaign-editor.js';
import { campaignPage } from './pages/campaign.js';
import { discountsPage } from './pages/discounts.js';
import { newDiscountPage } from './pages/discount-new.js';

const ROUTES = [
  [/^\/admin\/(segments\/?)?$/, segmentsPage, 'segments'],
  [/^\/admin\/segments\/templates$/, templatesPage, 'segments'],
  [/^\/admin\/segments\/new$/, editorPage, 'segments'],
  [/^\/admin\/segments\/(\d+)$/, segmentPage, 'segments'],
  [/^\/admin\/segments\/(\d+)\/edit$/, editorPage, 'segments'],
  [/^\/admin\/customers$/, customersPage, 'customers'],
  [/^\/admin\/customers\/(\d+)$/, customerPage, 'customers'],
  [/^\/admin\/rfm$/, rfmPage, 'rfm'],
  [/^\/admin\/campaigns$/, campaignsPage, 'campaigns'],
  [/^\/admin\/campaigns\/new$/, newCampaignPage, 'campaigns'],
  [/^\/admin\/campaigns\/(\d+)$/, campaignPage, 'campaigns'],
  [/^\/admin\/discounts$/, discountsPage, 'discounts'],
  [/^\/admin\/discounts\/new$/, newDiscountPage, 'discounts'],
  [/^\/admin\/settings$/, settingsPage, 'settings'],
];

const main = document.getElementById('main');
let session = null;
let leaveCheck = null;
let rendering = 0;
let toastTimer = null;
let leaving = [];

/** What every page gets: the session, navigation, a way to guard unsaved work, and the page title. */
const app = {
  get session() {
    return session;
  },
  navigate(path, { replace: replaceEntry = false } = {}) {
    if (!mayLeave()) return;
    if (replaceEntry) window.history.replaceState({}, '', path);
    else window.history.pushState({}, '', path);
    show();
  },
  /** Replaces the address (such as a search term) without showing the page again. */
  remember(path) {
    window.history.replaceState({}, '', path);
  },
  /** Asks before leaving the page while `hasUnsavedWork()` says so; null to stop asking. */
  guardLeaving(hasUnsavedWork) {
    leaveCheck = hasUnsavedWork;
  },
  /** Calls `callback` once when another page is shown (to stop following a page's changes). */
  onLeave(callback) {
    leaving.push(callback);
  },
  title(text) {
    document.title = `${text} · ${t('app.name')}`;
  },
  notify(text) {
    const toast = document.getElementById('toast');
    toast.textContent = '';
    window.clearTimeout(toastTimer);
    window.setTimeout(() => { toast.textContent = text; }, 50);
    toastTimer = window.setTimeout(() => { toast.textContent = ''; }, 6000);
  },
};

function mayLeave() {
  if (leaveCheck && leaveCheck() && !window.confirm(t('common.leaveUnsaved'))) return false;
  leaveCheck = null;
  return true;
}

async function show() {
  const path = window.location.pathname;
  const params = new URLSearchParams(window.location.search);
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  const mine = ++rendering;
  leaveCheck = null;
  const callbacks = leaving;
  leaving = [];
  for (const callback of callbacks) callback();
  for (const link of document.querySelectorAll('.nav a')) {
    if (route && link.dataset.section === route[2]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!route) {
    app.title(t('notFound.title'));
    replace(main, h('h1', { tabindex: '-1', text: t('notFound.title') }), h('p', { text: t('notFound.text') }));
    focusHeading();
    return;
  }
  const match = path.match(route[0]);
  replace(main, h('p', { class: 'loading', text: t('common.loading') }));
  try {
    const page = await route[1]({ app, id: match[1] ? Number(match[1]) : null, params, path });
    if (mine !== rendering) return;
    replace(main, page);
  } catch (error) {
    if (mine !== rendering) return;
    console.error(error);
    app.title(t('error.title'));
    replace(main, h('h1', { tabindex: '-1', text: t('error.title') }),
      h('p', { role: 'alert', text: error.status === 404 ? t('error.notFound') : t('error.text', { detail: error.message }) }));
  }
  focusHeading();
}

function focusHeading() {
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith('/admin') || link.hasAttribute('download')
    || link.target || url.pathname.startsWith('/admin/login')) return;
  event.preventDefault();
  app.navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => show());
window.addEventListener('beforeunload', (event) => {
  if (leaveCheck && leaveCheck()) {
    event.preventDefault();
    event.returnValue = '';
  }
});

async function start() {
  await loadMessages();
  translate(document.body);
  session = await request('GET', '/admin/session');
  configure(session);
  document.getElementById('shop-name').textContent = session.shop.name;
  document.getElementById('sign-out').addEventListener('click', async () => {
    if (!mayLeave()) return;
    await request('POST', '/admin/logout');
    window.location.assign('/admin/login');
  });
  await show();
}

start().catch((error) => {
  console.error(error);
  replace(main, h('p', { role: 'alert', text: String(error.message || error) }));
});
