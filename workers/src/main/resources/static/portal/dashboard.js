// The dashboard: statistics of a period, groups, rankings, the council follow-up.
import { state } from './state.js';
import { request } from './http.js';
import { el, notice, number, show } from './dom.js';
import { isoDate, today, vnDate } from './format.js';
import { barChart, trendChart } from './charts.js';

var period = null;

export function dashboard() {
  if (!period) {
    var t = today();
    period = { from: t.substring(0, 4) + '-01-01', to: t, asOf: t };
  }
  var from = el('input', { id: 'from', value: vnDate(period.from), placeholder: 'dd/mm/yyyy', size: 10 });
  var to = el('input', { id: 'to', value: vnDate(period.to), placeholder: 'dd/mm/yyyy', size: 10 });
  var asOf = el('input', { id: 'asOf', value: vnDate(period.asOf), placeholder: 'dd/mm/yyyy', size: 10 });
  var body = el('div', { id: 'dashboard-body' }, [el('p', { 'class': 'muted', text: 'Đang tính số liệu…' })]);
  var apply = el('button', { type: 'button', id: 'apply', text: 'Xem số liệu' });
  var exportLink = el('a', { id: 'export', 'class': 'button secondary', text: 'Xuất Excel' });
  apply.addEventListener('click', function () {
    var wrong = [[from, 'Giao từ ngày'], [to, 'Đến ngày'], [asOf, 'Số liệu tính đến ngày']].filter(function (f) {
      return !isoDate(f[0].value);
    });
    if (wrong.length) {
      body.replaceChildren(notice('error', wrong.map(function (f) { return '«' + f[1] + '»'; }).join(', ') +
        ' chưa đúng: ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2026.'));
      return;
    }
    period = { from: isoDate(from.value), to: isoDate(to.value), asOf: isoDate(asOf.value) };
    load();
  });

  function load() {
    var query = 'from=' + period.from + '&to=' + period.to + '&asOf=' + period.asOf;
    exportLink.setAttribute('href', '/api/portal/dashboard/export.xlsx?' + query);
    request('GET', '/api/portal/dashboard?' + query + '&overdueLimit=20').then(function (d) {
      body.replaceChildren.apply(body, dashboardBody(d));
    }).catch(function (error) { body.replaceChildren(notice('error', error.message)); });
  }

  var documentsByMonth = el('div', { id: 'documents-by-month' });
  show([el('h1', { text: 'Thống kê nhiệm vụ UBND tỉnh giao' }),
    el('div', { 'class': 'filters' }, [
      el('label', {}, ['Giao từ ngày ', from]), el('label', {}, ['đến ngày ', to]),
      el('label', {}, ['Số liệu tính đến ngày ', asOf]), apply, exportLink]),
    body, documentsByMonth]);
  load();
  request('GET', '/api/portal/office-documents/months').then(function (months) {
    documentsByMonth.replaceChildren(el('h2', { text: 'Văn bản đi, đến theo tháng (sổ văn bản của Văn phòng)' }),
      el('table', { 'class': 'tasks', id: 'documents-months' }, [
        el('thead', {}, [el('tr', {}, [el('th', { text: 'Tháng' }), el('th', { text: 'Văn bản đi' }),
          el('th', { text: 'Văn bản đến' })])]),
        el('tbody', {}, months.map(function (m) {
          return el('tr', {}, [el('td', { text: m.label }), el('td', { text: number(m.issued) }),
            el('td', { text: number(m.received) })]);
        }))]));
  }).catch(function (error) { documentsByMonth.replaceChildren(notice('error', error.message)); });
}

var CATEGORIES = [
  ['assigned', 'Tổng số nhiệm vụ được giao'],
  ['completedOnTime', 'Hoàn thành đúng hạn'],
  ['completedLate', 'Hoàn thành quá hạn'],
  ['inProgressWithinDeadline', 'Đang thực hiện trong hạn'],
  ['inProgressWithoutDeadline', 'Đang thực hiện không có thời hạn'],
  ['overdue', 'Quá hạn chưa hoàn thành'],
  ['withdrawn', 'Thôi thực hiện (ngoài cơ số tính tỷ lệ)']
];

function dashboardBody(d) {
  var s = d.statistics;
  var summary = s.summary;
  var parts = [
    el('p', { 'class': 'meta', text: 'Phạm vi: ' + d.scope.description + '. Nhiệm vụ giao từ ' + vnDate(s.from) +
      ' đến ' + vnDate(s.to) + ', số liệu tính đến hết ngày ' + vnDate(s.asOf) + '.' }),
    el('div', { 'class': 'summary' }, [
      share('Đã hoàn thành', summary.done, 'done'), share('Đang thực hiện', summary.inProgress, 'progress'),
      share('Quá hạn', summary.overdue, 'overdue')]),
    el('p', { 'class': 'sentence', id: 'sentence', text: summary.sentence }),
    el('h2', { text: 'Theo phân loại' }),
    el('table', { 'class': 'counts', id: 'categories' }, CATEGORIES.map(function (c) {
      return el('tr', {}, [el('th', { text: c[1] }), el('td', { 'data-count': c[0], text: number(s[c[0]]) })]);
    })),
    el('h2', { text: 'Tình hình theo cơ quan chủ trì' }), barChart(s.byAgency),
    groupTable('Cơ quan chủ trì', s.byAgency, 'by-agency'),
    el('h2', { text: 'Xếp hạng cơ quan chủ trì' }), rankingTable(d.ranking),
    el('h2', { text: 'Theo văn bản giao (20 văn bản nhiều nhiệm vụ nhất trong kỳ)' }), sourceTable(d.bySourceDocument),
    el('h2', { text: 'Kiến nghị cử tri, cam kết trả lời chất vấn (hiện nay)' }), councilTable(d.councilFollowUp),
    el('h2', { text: 'Theo lãnh đạo phụ trách' }), groupTable('Lãnh đạo phụ trách', s.byLeader, 'by-leader'),
    el('h2', { text: 'Diễn biến theo tháng năm ' + s.asOf.substring(0, 4) }), trendChart(d.trend),
    el('h2', { text: 'Nhiệm vụ quá hạn lâu nhất' }), overdueTable(s.oldestOverdue)
  ];
  return parts;
}

function share(label, value, kind) {
  return el('div', { 'class': 'share ' + kind }, [el('div', { 'class': 'share-label', text: label }),
    el('div', { 'class': 'share-count', text: number(value.count) }),
    el('div', { 'class': 'share-percent', text: value.percentText || '—' })]);
}

function groupTable(heading, groups, id) {
  return el('table', { 'class': 'tasks', id: id }, [
    el('thead', {}, [el('tr', {}, [heading, 'Giao', 'Hoàn thành', 'Đang thực hiện', 'Quá hạn', 'Thôi thực hiện']
      .map(function (h) { return el('th', { text: h }); }))]),
    el('tbody', {}, groups.map(function (g) {
      return el('tr', { 'data-code': g.code }, [el('td', { text: g.name }), el('td', { text: number(g.assigned) }),
        el('td', { text: number(g.completed) }), el('td', { text: number(g.inProgress) }),
        el('td', { text: number(g.overdue) }), el('td', { text: number(g.withdrawn) })]);
    }))]);
}

/** Petitions and commitments as they stand today (not counted in the directives' figures). */
function councilTable(rows) {
  return el('table', { 'class': 'tasks', id: 'council-follow-up' }, [
    el('thead', {}, [el('tr', {}, ['', 'Đang theo dõi, trong hạn', 'Quá hạn', 'Trong đó đã chuyển kỳ', 'Đã hoàn thành',
      'Thôi thực hiện'].map(function (h) { return el('th', { text: h }); }))]),
    el('tbody', {}, rows.map(function (r) {
      return el('tr', { 'data-kind': r.kind }, [el('td', { text: r.kindLabel }), el('td', { text: number(r.openOnTime) }),
        el('td', { text: number(r.overdue) }), el('td', { text: number(r.carriedOver) }),
        el('td', { text: number(r.done) }), el('td', { text: number(r.withdrawn) })]);
    }))]);
}

/** The ranking: rank, the agency's figures, its on-time rate and average working days overdue. */
function rankingTable(rows) {
  if (!rows.length) { return el('p', { 'class': 'muted', text: 'Chưa có nhiệm vụ trong kỳ để xếp hạng.' }); }
  return el('table', { 'class': 'tasks', id: 'ranking' }, [
    el('thead', {}, [el('tr', {}, ['Hạng', 'Cơ quan chủ trì', 'Giao (trừ thôi thực hiện)', 'Đúng hạn', 'Quá hạn (đã xong)', 'Quá hạn hiện nay',
      'Tỷ lệ đúng hạn', 'Ngày làm việc quá hạn bình quân'].map(function (h) { return el('th', { text: h }); }))]),
    el('tbody', {}, rows.map(function (r) {
      var f = r.figures;
      return el('tr', { 'data-code': f.code }, [el('td', { text: r.rank === null ? 'Chưa xếp' : String(r.rank) }),
        el('td', { text: f.name }), el('td', { text: number(f.assigned - f.withdrawn) }),
        el('td', { text: number(f.completedOnTime) }), el('td', { text: number(f.completedLate) }),
        el('td', { text: number(f.overdue) }), el('td', { text: r.onTimeRateText }),
        el('td', { text: r.averageWorkingDaysOverdueText })]);
    }))]);
}

function sourceTable(rows) {
  if (!rows.length) { return el('p', { 'class': 'muted', text: 'Các nhiệm vụ trong kỳ chưa ghi văn bản giao.' }); }
  return el('table', { 'class': 'tasks', id: 'by-source' }, [
    el('thead', {}, [el('tr', {}, ['Văn bản giao', 'Giao', 'Đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện',
      'Quá hạn', 'Thôi thực hiện'].map(function (h) { return el('th', { text: h }); }))]),
    el('tbody', {}, rows.map(function (p) {
      return el('tr', { 'data-number': p.number }, [
        el('td', {}, [el('a', { href: '#/so-theo-doi', text: p.number,
          onclick: function () { state.register = { params: { source: p.number, asOf: today() }, cursors: [''] }; } })]),
        el('td', { text: number(p.assigned) }), el('td', { text: number(p.completedOnTime) }),
        el('td', { text: number(p.completedLate) }), el('td', { text: number(p.inProgress) }),
        el('td', { text: number(p.overdue) }), el('td', { text: number(p.withdrawn) })]);
    }))]);
}

function overdueTable(rows) {
  if (!rows.length) { return el('p', { 'class': 'muted', text: 'Không có nhiệm vụ quá hạn.' }); }
  return el('table', { 'class': 'tasks', id: 'oldest-overdue' }, [
    el('thead', {}, [el('tr', {}, ['Số, ký hiệu', 'Trích yếu', 'Cơ quan chủ trì', 'Thời hạn', 'Quá hạn (ngày làm việc)', 'Cấp đôn đốc']
      .map(function (h) { return el('th', { text: h }); }))]),
    el('tbody', {}, rows.map(function (r) {
      return el('tr', {}, [el('td', { text: r.directiveId }), el('td', { text: r.title }),
        el('td', { text: r.leadAgencyName }), el('td', { text: vnDate(r.deadline) }),
        el('td', { text: number(r.workingDaysOverdue) }), el('td', { text: String(r.escalationLevel) })]);
    }))]);
}
