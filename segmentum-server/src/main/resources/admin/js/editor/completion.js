// What to suggest at the caret: filter names at the start of a clause, operators after a filter, values
// after an operator (allowed values, dates, or values from the shop's data fetched from the server),
// parameters inside MATCHES ( ... ), and AND / OR after a complete clause.

import { lex } from './lexer.js';

const CMP = ['=', '!=', '>', '>=', '<', '<='];
const DATE_VALUES = ['today', 'yesterday', '-7d', '-30d', '-90d', '-1y'];
/** Values found in the shop's data, by filter name (customer attributes) or "function.parameter". */
const SHOP_VALUES = {
  customer_tags: { kind: 'tags', quoted: true },
  customer_countries: { kind: 'countries', quoted: true },
  customer_regions: { kind: 'regions', quoted: true },
  customer_cities: { kind: 'cities', quoted: true },
  customer_email_domain: { kind: 'email_domains', quoted: true },
  'products_purchased.id': { kind: 'products', quoted: false },
  'storefront.product_viewed.id': { kind: 'products', quoted: false },
  'products_purchased.tag': { kind: 'product_tags', quoted: true },
};

/** The catalog as the editor uses it: filters by name, with their parameters by name. */
export function indexCatalog(catalog) {
  const filters = new Map();
  for (const filter of catalog.filters) {
    const parameters = new Map((filter.parameter_details || []).map((p) => [p.name, p]));
    filters.set(filter.name, { ...filter, parameters });
  }
  for (const field of catalog.metafields || []) {
    const type = field.type.toLowerCase();
    filters.set(field.filter, {
      name: field.filter, kind: 'attribute', type, values: [], parameters: new Map(),
      description: field.name,
      operators: type === 'boolean' ? ['=', '!='] : [...CMP, 'BETWEEN', 'IS NULL', 'IS NOT NULL'],
    });
  }
  return filters;
}

/**
 * The suggestions at `caret`: {from, to, prefix, items: [{label, insert, detail}], fetch}, where `fetch`
 * ({kind, prefix, quoted}) asks for values from the shop's data; the items replace text[from, to).
 */
export function suggest(text, caret, filters) {
  const tokens = lex(text);
  const partial = tokens.find((tok) => tok.start < caret && caret <= tok.end
    && (['name', 'keyword', 'number', 'date'].includes(tok.kind) || (tok.kind === 'string' && (tok.unterminated || caret < tok.end))));
  const before = tokens.filter((tok) => tok.end <= (partial ? partial.start : caret));
  const from = partial ? partial.start : caret;
  const to = partial ? partial.end : caret;
  const prefix = text.slice(from, caret);
  const want = contextOf(before, filters);
  const result = { from, to, prefix, items: [], fetch: null };
  switch (want.what) {
    case 'filter':
      result.items = filterItems(filters);
      break;
    case 'operator':
      result.items = want.operators.map((op) => item(op, `${op} `, ''));
      break;
    case 'keywords':
      result.items = want.words.map((word) => item(word, word === '(' || word === ')' || word === ',' ? word : `${word} `, ''));
      break;
    case 'parameter':
      result.items = want.parameters.map((p) => item(p.name, `${p.name} `, p.description));
      break;
    case 'value':
      result.items = valueItems(want.definition);
      if (want.shopValues) {
        result.fetch = { ...want.shopValues, prefix: prefix.replace(/^'/, '').replace(/'$/, '') };
      }
      break;
    default:
      break;
  }
  result.items = rank(result.items, prefix);
  return result;
}

/** Keeps the items that match what was typed: prefix matches first, then other matches. */
export function rank(items, prefix) {
  const needle = prefix.replace(/^'/, '').replace(/'$/, '').toLowerCase();
  if (!needle) return items;
  const plain = (it) => it.label.replace(/^'/, '').replace(/'$/, '').toLowerCase();
  const starts = items.filter((it) => plain(it).startsWith(needle));
  const contains = items.filter((it) => !plain(it).startsWith(needle) && plain(it).includes(needle));
  return [...starts, ...contains];
}

/** Items for values from the shop's data; quoted values are escaped as the language requires. */
export function shopValueItems(values, quoted, labels = {}) {
  return values.map((value) => {
    const literal = quoted ? quote(value) : value;
    return item(literal, `${literal} `, labels[value] || '');
  });
}

function item(label, insert, detail) {
  return { label, insert, detail: detail || '' };
}

function quote(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function filterItems(filters) {
  const items = [];
  for (const filter of filters.values()) {
    if (filter.kind === 'function') items.push(item(filter.name, `${filter.name} MATCHES (`, filter.description));
    else if (filter.kind === 'anniversary') items.push(item(filter.name, "anniversary('birth_date') ", filter.description));
    else items.push(item(filter.name, `${filter.name} `, filter.description));
  }
  items.push(item('NOT', 'NOT ', ''), item('(', '(', ''));
  return items;
}

function valueItems(definition) {
  if (!definition) return [];
  if (definition.values && definition.values.length) return definition.values.map((v) => item(quote(v), `${quote(v)} `, ''));
  if (definition.type === 'date') return DATE_VALUES.map((v) => item(v, `${v} `, ''));
  if (definition.type === 'boolean') return ['true', 'false'].map((v) => item(v, `${v} `, ''));
  return [];
}

/** Works out, from the tokens before the caret, what kind of thing comes next. */
function contextOf(tokens, filters) {
  const stack = [{ type: 'group', clause: [] }];
  for (const tok of tokens) {
    const top = stack[stack.length - 1];
    if (tok.text === '(') {
      stack.push(opening(top, filters));
    } else if (tok.text === ')') {
      if (stack.length > 1) stack.pop();
      const parent = stack[stack.length - 1];
      (parent.type === 'params' ? parent.param : parent.clause || []).push({ kind: 'closed', upper: ')' });
    } else if (top.type === 'group') {
      if ((tok.upper === 'AND' && !inBetween(top.clause)) || tok.upper === 'OR') top.clause = [];
      else if (!(tok.upper === 'NOT' && top.clause.length === 0)) top.clause.push(tok);
    } else if (top.type === 'params') {
      if (tok.text === ',') {
        if (top.param[0]) top.used.add(top.param[0].text);
        top.param = [];
      } else {
        top.param.push(tok);
      }
    }
  }
  const top = stack[stack.length - 1];
  const nested = stack.length > 1;
  if (top.type === 'list') return { what: 'value', ...top.values };
  if (top.type === 'anniversary') return { what: 'keywords', words: ["'birth_date'"] };
  if (top.type === 'params') return paramContext(top, filters);
  return clauseContext(top.clause, filters, nested);
}

function opening(top, filters) {
  const words = top.type === 'params' ? top.param : top.clause;
  const last = words[words.length - 1];
  if (last && last.upper === 'MATCHES') {
    return { type: 'params', fn: filters.get(words[0] && words[0].text), param: [], used: new Set() };
  }
  if (last && (last.upper === 'IN' || last.text === '=')) {
    const values = top.type === 'params' ? paramValues(top, words[0] && words[0].text) : filterValues(filters, words[0]);
    return { type: 'list', values };
  }
  if (last && last.text === 'anniversary') return { type: 'anniversary' };
  return { type: 'group', clause: [] };
}

function inBetween(words) {
  const at = words.findIndex((w) => w.upper === 'BETWEEN');
  return at >= 0 && words.length === at + 2;
}

function filterValues(filters, nameToken) {
  const filter = nameToken && filters.get(nameToken.text);
  return { definition: filter, shopValues: filter ? SHOP_VALUES[filter.name] || null : null };
}

function paramValues(frame, name) {
  const definition = frame.fn && frame.fn.parameters.get(name);
  return { definition, shopValues: frame.fn ? SHOP_VALUES[`${frame.fn.name}.${name}`] || null : null };
}

function clauseContext(words, filters, nested) {
  const ending = nested ? ['AND', 'OR', ')'] : ['AND', 'OR'];
  if (words.length === 0) return { what: 'filter' };
  const first = words[0];
  if (first.kind === 'closed') return { what: 'keywords', words: ending };
  const filter = filters.get(first.text);
  const uppers = words.map((w) => w.upper);
  if (words.length === 1) {
    if (first.kind !== 'name') return { what: 'none' };
    if (first.text === 'anniversary') return { what: 'keywords', words: ['('] };
    return { what: 'operator', operators: filter ? filter.operators.filter((op) => op !== 'NOT MATCHES') : CMP };
  }
  const second = uppers[1];
  if (words.length === 2 && second === 'NOT') return { what: 'keywords', words: filter && filter.kind === 'function' ? ['MATCHES'] : ['CONTAINS'] };
  if (second === 'IS') {
    if (words.length === 2) return { what: 'keywords', words: ['NULL', 'NOT NULL'] };
    if (words.length === 3 && uppers[2] === 'NOT') return { what: 'keywords', words: ['NULL'] };
    return { what: 'keywords', words: ending };
  }
  if (uppers[words.length - 1] === 'MATCHES') return { what: 'keywords', words: ['('] };
  const operatorAt = second === 'NOT' ? 2 : 1;
  const valuesAfter = words.length - operatorAt - 1;
  if (uppers[operatorAt] === 'BETWEEN') {
    if (valuesAfter === 0 || valuesAfter === 2) return { what: 'value', ...filterValues(filters, first) };
    if (valuesAfter === 1) return { what: 'keywords', words: ['AND'] };
    return { what: 'keywords', words: ending };
  }
  if (valuesAfter === 0) return { what: 'value', ...filterValues(filters, first) };
  return { what: 'keywords', words: ending };
}

function paramContext(frame, filters) {
  const words = frame.param;
  const fn = frame.fn;
  if (!fn) return { what: 'none' };
  if (words.length === 0) {
    return { what: 'parameter', parameters: [...fn.parameters.values()].filter((p) => !frame.used.has(p.name)) };
  }
  const name = words[0].text;
  const definition = fn.parameters.get(name);
  const uppers = words.map((w) => w.upper);
  if (words.length === 1) {
    return { what: 'operator', operators: definition ? definition.operators : CMP };
  }
  if (words.length === 2 && uppers[1] === 'NOT') return { what: 'keywords', words: ['IN'] };
  const operatorAt = uppers[1] === 'NOT' ? 2 : 1;
  const valuesAfter = words.length - operatorAt - 1;
  if (uppers[operatorAt] === 'BETWEEN') {
    if (valuesAfter === 0 || valuesAfter === 2) return { what: 'value', ...paramValues(frame, name) };
    if (valuesAfter === 1) return { what: 'keywords', words: ['AND'] };
    return { what: 'keywords', words: [',', ')'] };
  }
  if (uppers[operatorAt] === 'IN' && valuesAfter === 0) return { what: 'keywords', words: ['('] };
  if (valuesAfter === 0) return { what: 'value', ...paramValues(frame, name) };
  return { what: 'keywords', words: [',', ')'] };
}
