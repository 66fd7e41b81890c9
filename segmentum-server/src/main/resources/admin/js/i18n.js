// Every string the admin shows comes from one resource file per language: /admin/i18n/<language>.json.
// English is complete; another language may leave keys out, and English is used for those.

const LANGUAGES = ['en'];
let messages = {};
let english = {};
let locale = 'en';

async function fetchMessages(language) {
  const response = await fetch(`/admin/i18n/${language}.json`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`cannot load the ${language} strings (${response.status})`);
  return response.json();
}

/** Loads the strings of the browser's preferred language that the admin has (English otherwise). */
export async function loadMessages() {
  const wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'])
    .map((tag) => tag.toLowerCase().split('-')[0]);
  const language = wanted.find((tag) => LANGUAGES.includes(tag)) || 'en';
  english = await fetchMessages('en');
  messages = language === 'en' ? english : await fetchMessages(language).catch(() => english);
  locale = language === 'en' ? (navigator.language || 'en') : language;
  document.documentElement.lang = language;
}

/**
 * The string for `key` with `{name}` placeholders filled from `params`. A string given as an object of
 * plural forms ({"one": ..., "other": ...}) is chosen by `params.count`.
 */
export function t(key, params = {}) {
  let message = key in messages ? messages[key] : english[key];
  if (message === undefined) {
    console.warn(`missing string: ${key}`);
    return key;
  }
  if (typeof message === 'object') {
    const form = new Intl.PluralRules(locale).select(Number(params.count ?? 0));
    message = message[form] ?? message.other;
  }
  return message.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether a string exists (for optional strings such as names of server values). */
export function has(key) {
  return key in messages || key in english;
}

/** Fills `data-i18n` (text), `data-i18n-placeholder`, `data-i18n-aria-label` and `data-i18n-title` under root. */
export function translate(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}

export function number(value) {
  return new Intl.NumberFormat(locale).format(Number(value));
}

/** A share given in percent (12.34 means 12.34 %). */
export function percent(share) {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(Number(share) / 100);
}

export function money(text, currency) {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(text));
  } catch {
    return `${text} ${currency}`;
  }
}

export function date(iso, timeZone) {
  if (!iso) return t('common.never');
  const options = { dateStyle: 'medium' };
  if (!iso.includes('T')) options.timeZone = 'UTC';
  else if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso.includes('T') ? iso : `${iso}T00:00:00Z`));
}

export function dateTime(iso, timeZone) {
  if (!iso) return t('common.never');
  const options = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat(locale, options).format(new Date(iso));
}

/** The wall-clock parts of an instant in a time zone. */
function zonedParts(ms, timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
}

function zoneOffset(ms, timeZone) {
  const p = zonedParts(ms, timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second))
    - Math.floor(ms / 1000) * 1000;
}

/** The instant (ISO text) a datetime-local value means on the shop's wall clock. */
export function fromZonedInput(value, timeZone) {
  const [day, time] = value.split('T');
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = (time || '00:00').split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone)).toISOString();
}
