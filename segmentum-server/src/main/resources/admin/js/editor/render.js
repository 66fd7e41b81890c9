// Query text as highlighted markup: one span per token (class "tok-<kind>"), with the diagnostics'
// ranges wrapped in span.diag (underlined; the message in data-message). Built from DOM nodes, so the
// text is never parsed as markup.

import { lex } from './lexer.js';

/**
 * Fills `target` with the highlighted `text`. `diagnostics`: [{start, end, message}] in UTF-16 offsets.
 * A diagnostic with no width (such as "a value is missing" at the end) becomes an empty span.diag-point.
 */
export function renderQuery(target, text, diagnostics = []) {
  const tokens = lex(text);
  const ranges = diagnostics.map((d, index) => ({
    start: Math.max(0, Math.min(d.start, text.length)),
    end: Math.max(0, Math.min(d.end, text.length)),
    message: d.message,
    index,
  }));
  const cuts = new Set([0, text.length]);
  tokens.forEach((tok) => { cuts.add(tok.start); cuts.add(tok.end); });
  ranges.forEach((r) => { cuts.add(r.start); cuts.add(r.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  let wrapper = null;
  let wrapperRange = null;
  let tokenIndex = 0;
  const placePoints = (at) => {
    for (const r of ranges) {
      if (r.start === r.end && r.start === at) {
        fragment.append(diagSpan(r, true));
        wrapper = null;
        wrapperRange = null;
      }
    }
  };
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i];
    const to = points[i + 1];
    if (from === to) continue;
    placePoints(from);
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= from) tokenIndex += 1;
    const token = tokens[tokenIndex] && tokens[tokenIndex].start <= from ? tokens[tokenIndex] : null;
    const piece = document.createElement('span');
    if (token) piece.className = `tok-${token.kind}`;
    piece.textContent = text.slice(from, to);
    const range = ranges.find((r) => r.start <= from && from < r.end) || null;
    if (range !== wrapperRange) {
      wrapper = range ? diagSpan(range, false) : null;
      wrapperRange = range;
      if (wrapper) fragment.append(wrapper);
    }
    (wrapper || fragment).append(piece);
  }
  placePoints(text.length);
  // A final newline needs something after it to take up a line.
  fragment.append(document.createTextNode(text.endsWith('\n') ? ' ' : ''));
  target.replaceChildren(fragment);
}

function diagSpan(range, point) {
  const span = document.createElement('span');
  span.className = point ? 'diag diag-point' : 'diag';
  span.dataset.message = range.message;
  span.dataset.start = String(range.start);
  span.dataset.end = String(range.end);
  return span;
}
