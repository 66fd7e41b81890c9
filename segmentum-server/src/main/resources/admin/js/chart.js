// Size over time as an inline SVG line chart, with a text summary for screen readers.

import { h } from './dom.js';
import { t, number, date } from './i18n.js';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 48, right: 12, top: 12, bottom: 28 };

/** A chart of [{day, members}] (ascending days). */
export function sizeChart(days) {
  if (days.length === 0) return h('p', { class: 'muted', text: t('chart.empty') });
  const first = days[0];
  const last = days[days.length - 1];
  const summary = t('chart.summary', {
    from: date(first.day), to: date(last.day), first: number(first.members), last: number(last.members),
    highest: number(Math.max(...days.map((d) => d.members))),
  });
  const max = Math.max(1, ...days.map((d) => d.members));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + (days.length === 1 ? innerWidth / 2 : (i * innerWidth) / (days.length - 1));
  const y = (value) => PAD.top + innerHeight - (value * innerHeight) / max;
  const points = days.map((d, i) => `${x(i).toFixed(1)},${y(d.members).toFixed(1)}`).join(' ');
  const svg = h('svg:svg', {
    class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary,
  },
  h('svg:line', { class: 'axis', x1: PAD.left, y1: PAD.top + innerHeight, x2: WIDTH - PAD.right, y2: PAD.top + innerHeight }),
  h('svg:line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: PAD.top + innerHeight }),
  h('svg:text', { class: 'tick', x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end' }, number(max)),
  h('svg:text', { class: 'tick', x: PAD.left - 6, y: PAD.top + innerHeight, 'text-anchor': 'end' }, '0'),
  h('svg:text', { class: 'tick', x: PAD.left, y: HEIGHT - 8, 'text-anchor': 'start' }, date(first.day)),
  h('svg:text', { class: 'tick', x: WIDTH - PAD.right, y: HEIGHT - 8, 'text-anchor': 'end' }, date(last.day)),
  days.length > 1 ? h('svg:polyline', { class: 'line', points }) : null,
  days.map((d, i) => h('svg:circle', { class: 'dot', cx: x(i).toFixed(1), cy: y(d.members).toFixed(1), r: days.length > 60 ? 1.5 : 3 },
    h('svg:title', {}, `${date(d.day)}: ${number(d.members)}`))));
  return h('figure', { class: 'chart-figure' }, svg, h('figcaption', { class: 'muted', text: summary }));
}
