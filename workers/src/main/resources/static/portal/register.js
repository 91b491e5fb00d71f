// Sổ theo dõi: the register's search, and the voters' petitions.
import { state } from './state.js';
import { request } from './http.js';
import { el, failed, notice, number, show } from './dom.js';
import { isoDate, today, vnDate } from './format.js';

export function registerScreen() {
  request('GET', '/api/portal/register/choices').then(function (choices) {
    if (!state.register) {
      state.register = { params: { leader: choices.ownLeader || '', asOf: today() }, cursors: [''] };
    }
    var p = state.register.params;
    function select(id, label, options, value, anyText) {
      return el('label', {}, [label + ' ', el('select', { id: id },
        [el('option', { value: '', text: anyText })].concat(options.map(function (o) {
          return el('option', { value: o.code, text: o.name, selected: value === o.code });
        })))]);
    }
    function dateInput(id, label, value) {
      return el('label', {}, [label + ' ', el('input', { id: id, value: vnDate(value), placeholder: 'dd/mm/yyyy', size: 10 })]);
    }
    function check(id, label, value) {
      return el('label', {}, [el('input', { type: 'checkbox', id: id, checked: value === 'true' }), ' ' + label]);
    }
    var words = el('input', { id: 'register-words', type: 'search', size: 40, value: p.q || '',
      placeholder: 'Số hiệu, trích yếu, nội dung (gõ có dấu hoặc không dấu)', 'aria-label': 'Từ tìm' });
    var results = el('div', { id: 'register-results' });
    var exportLink = el('a', { id: 'register-export', 'class': 'button secondary', text: 'Xuất Excel' });
    var search = el('button', { type: 'button', id: 'register-search', text: 'Tìm' });

    function value(id) { var n = document.getElementById(id); return n ? n.value.trim() : ''; }

    function collect() {
      var dates = [['asOf', 'Tính đến ngày'], ['deadlineFrom', 'Thời hạn từ ngày'], ['deadlineTo', 'Thời hạn đến ngày'],
        ['assignedFrom', 'Giao từ ngày'], ['assignedTo', 'Giao đến ngày']];
      var wrong = dates.filter(function (d) { return value('register-' + d[0]) && !isoDate(value('register-' + d[0])); });
      if (wrong.length) {
        results.replaceChildren(notice('error', wrong.map(function (d) { return '«' + d[1] + '»'; }).join(', ') +
          ' chưa đúng: ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2026.'));
        return null;
      }
      var next = { q: words.value.trim(), agency: value('register-agency'), leader: value('register-leader'),
        state: value('register-state'), source: value('register-source'), order: value('register-order'),
        sourceKind: value('register-source-kind'),
        workProgramme: document.getElementById('register-work-programme').checked ? 'true' : '',
        centralGovernment: document.getElementById('register-central').checked ? 'true' : '' };
      dates.forEach(function (d) { next[d[0]] = isoDate(value('register-' + d[0])) || ''; });
      return next;
    }

    function query(params) {
      return Object.keys(params).filter(function (k) { return params[k]; }).map(function (k) {
        return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
      }).join('&');
    }

    function load() {
      var page = state.register.cursors.length - 1;
      var q = query(state.register.params);
      exportLink.setAttribute('href', '/api/portal/register/export.xlsx?' + q);
      results.replaceChildren(el('p', { 'class': 'muted', text: 'Đang tìm…' }));
      var cursor = state.register.cursors[page];
      request('GET', '/api/portal/register?' + q + (cursor ? '&after=' + encodeURIComponent(cursor) : ''))
        .then(function (found) {
          state.register.next = found.next;
          var first = page * 50 + 1;
          var rows = found.rows;
          var pager = el('div', { 'class': 'filters' }, [
            el('button', { type: 'button', 'class': 'secondary', id: 'register-previous', text: '← Trang trước',
              disabled: page === 0, onclick: function () { state.register.cursors.pop(); load(); } }),
            el('span', { 'class': 'muted', text: rows.length ? 'Nhiệm vụ ' + number(first) + '–' +
              number(first + rows.length - 1) + ' / ' + number(found.total) : '' }),
            el('button', { type: 'button', 'class': 'secondary', id: 'register-next', text: 'Trang sau →',
              disabled: !found.next, onclick: function () { state.register.cursors.push(found.next); load(); } })]);
          results.replaceChildren(
            el('p', { id: 'register-total', 'data-total': String(found.total), text: 'Tìm thấy ' + number(found.total) +
              ' nhiệm vụ (' + found.scope + '; tình trạng tính đến hết ngày ' + vnDate(found.asOf) + ').' }),
            rows.length ? el('table', { 'class': 'tasks', id: 'register-table' }, [
              el('thead', {}, [el('tr', {}, ['Số hiệu', 'Trích yếu', 'Cơ quan chủ trì', 'Lãnh đạo phụ trách', 'Ngày giao',
                'Thời hạn', 'Tình trạng'].map(function (h) { return el('th', { text: h }); }))]),
              el('tbody', {}, rows.map(function (r) {
                return el('tr', { 'data-directive-id': r.directiveId, 'class': 'state-' + r.state }, [
                  el('td', {}, [el('a', { href: '#/nhiem-vu/' + encodeURIComponent(r.directiveId), text: r.directiveId })]),
                  el('td', {}, [el('div', { text: r.title }), r.source ? el('div', { 'class': 'context', text: r.source }) : null]),
                  el('td', {}, [el('div', { text: r.leadAgencyName }), r.role ? el('span', { 'class': 'tag', text: r.role }) : null]),
                  el('td', { text: r.leaderName }), el('td', { text: vnDate(r.assignedOn) }),
                  el('td', { text: r.deadline ? vnDate(r.deadline) : 'Không có' }),
                  el('td', {}, [el('span', { 'class': 'tag ' + r.state, text: r.stateLabel }),
                    r.workingDaysOverdue ? el('div', { 'class': 'context', text: number(r.workingDaysOverdue) +
                      ' ngày làm việc' }) : null])]);
              }))]) : el('p', { 'class': 'muted', text: 'Không có nhiệm vụ nào theo điều kiện tìm.' }),
            pager);
        }).catch(function (error) { results.replaceChildren(notice('error', error.message)); });
    }

    search.addEventListener('click', function () {
      var next = collect();
      if (!next) { return; }
      state.register.params = next;
      state.register.cursors = [''];
      load();
    });
    words.addEventListener('keydown', function (e) { if (e.key === 'Enter') { search.click(); } });

    show([el('h1', { text: 'Sổ theo dõi nhiệm vụ' }),
      el('p', { 'class': 'meta' }, ['Phạm vi: ' + choices.scope + '. ',
        el('a', { href: '#/van-ban', id: 'register-by-document', text: 'Xem theo văn bản giao →' })]),
      el('div', { 'class': 'filters' }, [words, search, exportLink]),
      el('details', { 'class': 'more-filters', open: Object.keys(p).some(function (k) {
        return p[k] && k !== 'q' && k !== 'asOf' && !(k === 'leader' && p[k] === choices.ownLeader); }) }, [
        el('summary', { text: 'Lọc thêm' }),
        el('div', { 'class': 'filters' }, [
          select('register-agency', 'Cơ quan chủ trì', choices.agencies, p.agency, 'Tất cả'),
          select('register-leader', 'Lãnh đạo phụ trách', choices.leaders, p.leader, 'Tất cả'),
          select('register-state', 'Tình trạng', choices.states, p.state, 'Mọi tình trạng'),
          dateInput('register-asOf', 'tính đến ngày', p.asOf)]),
        el('div', { 'class': 'filters' }, [
          dateInput('register-deadlineFrom', 'Thời hạn từ ngày', p.deadlineFrom),
          dateInput('register-deadlineTo', 'đến ngày', p.deadlineTo),
          dateInput('register-assignedFrom', 'Giao từ ngày', p.assignedFrom),
          dateInput('register-assignedTo', 'đến ngày', p.assignedTo)]),
        el('div', { 'class': 'filters' }, [
          el('label', {}, ['Số văn bản giao ', el('input', { id: 'register-source', value: p.source || '', size: 16 })]),
          select('register-source-kind', 'Loại văn bản giao', choices.kinds, p.sourceKind, 'Mọi loại'),
          check('register-work-programme', 'Thuộc chương trình công tác', p.workProgramme),
          check('register-central', 'Chính phủ, Thủ tướng giao', p.centralGovernment),
          select('register-order', 'Sắp xếp theo', choices.orders, p.order, 'Mặc định')])]),
      results]);
    load();
  }).catch(failed);
}

/** The source documents, the newest first, each with its directives' progress. */
/** A session's voters' petitions counted by outcome, by Council field and by lead agency. */
export function petitionsScreen() {
  request('GET', '/api/portal/council/sessions').then(function (sessions) {
    if (!sessions.length) {
      show([el('h1', { text: 'Kiến nghị cử tri' }),
        el('p', { 'class': 'muted', id: 'petitions-none', text: 'Chưa có kiến nghị cử tri nào được nhập.' })]);
      return;
    }
    var choice = el('select', { id: 'petitions-session', 'aria-label': 'Kỳ họp' }, sessions.map(function (s) {
      return el('option', { value: s, text: s });
    }));
    var results = el('div', { id: 'petitions-results' });
    function table(id, heading, lines, outcomes) {
      var keys = Object.keys(outcomes);
      return el('table', { 'class': 'tasks', id: id }, [
        el('thead', {}, [el('tr', {}, [heading, 'Tổng số'].concat(keys.map(function (k) { return outcomes[k]; }))
          .map(function (h) { return el('th', { text: h }); }))]),
        el('tbody', {}, lines.map(function (l) {
          return el('tr', {}, [el('td', { text: l.name }), el('td', { text: number(l.count) })].concat(
            keys.map(function (k) { return el('td', { text: number(l.outcomes[k] || 0) }); })));
        }))]);
    }
    function load() {
      request('GET', '/api/portal/council/petitions?session=' + encodeURIComponent(choice.value)).then(function (f) {
        results.replaceChildren(
          f.scope === 'Toàn tỉnh' ? el('p', { 'class': 'links' }, [el('a', { id: 'petitions-report',
            href: '/api/portal/council/petitions/report.docx?session=' + encodeURIComponent(choice.value),
            text: 'Tải dự thảo báo cáo kết quả giải quyết kiến nghị (.docx)' })]) : null,
          el('p', { id: 'petitions-total', text: number(f.total.count) + ' kiến nghị (' + f.scope + '); ' +
            number(f.carriedOver) + ' kiến nghị đã chuyển kỳ, theo dõi theo lộ trình.' }),
          table('petitions-outcomes', '', [f.total], f.outcomes),
          el('h2', { text: 'Theo lĩnh vực' }), table('petitions-by-field', 'Lĩnh vực', f.byField, f.outcomes),
          el('h2', { text: 'Theo cơ quan chủ trì' }), table('petitions-by-agency', 'Cơ quan', f.byAgency, f.outcomes));
      });
    }
    choice.addEventListener('change', load);
    show([el('h1', { text: 'Kết quả giải quyết kiến nghị cử tri' }),
      el('p', {}, [el('label', { text: 'Kỳ họp: ' }), choice]), results]);
    load();
  });
}
