// The dashboard's charts, drawn as SVG.
import { el, number } from './dom.js';

var SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, children) {
  var node = document.createElementNS(SVG, tag);
  Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
  (children || []).forEach(function (c) { node.appendChild(c); });
  return node;
}

function svgText(x, y, text, anchor, cls) {
  var t = svg('text', { x: x, y: y, 'text-anchor': anchor || 'start', 'class': cls || '' });
  t.textContent = text;
  return t;
}

var SERIES = [['completed', 'Hoàn thành', 'done'], ['inProgress', 'Đang thực hiện', 'progress'], ['overdue', 'Quá hạn', 'overdue']];

function legend(y) {
  return SERIES.map(function (s, i) {
    return svg('g', {}, [svg('rect', { x: 10 + i * 150, y: y, width: 12, height: 12, 'class': 'bar ' + s[2] }),
      svgText(28 + i * 150, y + 11, s[1])]);
  });
}

/** Status by agency: one stacked bar per agency (the twenty with most directives). */
export function barChart(groups) {
  var top = groups.slice().sort(function (a, b) { return b.assigned - a.assigned; }).slice(0, 20);
  if (!top.length) { return el('p', { 'class': 'muted', text: 'Chưa có nhiệm vụ trong kỳ.' }); }
  var max = Math.max.apply(null, top.map(function (g) { return g.completed + g.inProgress + g.overdue; })) || 1;
  var row = 26, left = 300, width = 560;
  var chart = svg('svg', { width: left + width + 60, height: top.length * row + 40, role: 'img',
    'aria-label': 'Biểu đồ tình hình nhiệm vụ theo cơ quan chủ trì', id: 'chart-agency' });
  top.forEach(function (g, i) {
    var y = i * row + 4, x = left;
    chart.appendChild(svgText(left - 8, y + 15, g.name.length > 42 ? g.name.substring(0, 41) + '…' : g.name, 'end'));
    SERIES.forEach(function (s) {
      var w = g[s[0]] / max * width;
      if (w > 0) { chart.appendChild(svg('rect', { x: x, y: y, width: w, height: row - 8, 'class': 'bar ' + s[2] })); }
      x += w;
    });
    chart.appendChild(svgText(x + 6, y + 15, number(g.completed + g.inProgress + g.overdue)));
  });
  legend(top.length * row + 16).forEach(function (n) { chart.appendChild(n); });
  return el('div', { 'class': 'chart' }, [chart]);
}

/** Month by month: stacked columns of the directives assigned in each month, as they stand. */
export function trendChart(months) {
  if (!months.length) { return el('p', { 'class': 'muted', text: 'Chưa có số liệu.' }); }
  var max = Math.max.apply(null, months.map(function (m) { return m.done + m.inProgress + m.overdue; })) || 1;
  var height = 200, col = 56, base = height + 26;
  var chart = svg('svg', { width: months.length * col + 60, height: height + 86, role: 'img',
    'aria-label': 'Biểu đồ diễn biến nhiệm vụ theo tháng', id: 'chart-trend' });
  months.forEach(function (m, i) {
    var x = 30 + i * col, y = base;
    [['done', 'done'], ['inProgress', 'progress'], ['overdue', 'overdue']].forEach(function (s) {
      var h = m[s[0]] / max * height;
      if (h > 0) { y -= h; chart.appendChild(svg('rect', { x: x, y: y, width: col - 16, height: h, 'class': 'bar ' + s[1] })); }
    });
    chart.appendChild(svgText(x + (col - 16) / 2, y - 4, number(m.done + m.inProgress + m.overdue), 'middle'));
    chart.appendChild(svgText(x + (col - 16) / 2, base + 16, 'T' + parseInt(m.month, 10), 'middle'));
  });
  legend(base + 30).forEach(function (n) { chart.appendChild(n); });
  return el('div', { 'class': 'chart' }, [chart]);
}

