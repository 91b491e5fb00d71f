// Source documents: their list, a document's page, file links.
import { state } from './state.js';
import { request } from './http.js';
import { el, failed, notice, number, show } from './dom.js';
import { today, vnDate } from './format.js';

export function documentsScreen() {
  request('GET', '/api/portal/register/choices').then(function (choices) {
    var words = el('input', { id: 'documents-words', type: 'search', size: 36,
      placeholder: 'Số, ký hiệu hoặc trích yếu văn bản', 'aria-label': 'Tìm văn bản' });
    var kind = el('select', { id: 'documents-kind', 'aria-label': 'Loại văn bản' },
      [el('option', { value: '', text: 'Mọi loại văn bản' })].concat(choices.kinds.map(function (k) {
        return el('option', { value: k.code, text: k.name });
      })));
    var results = el('div', { id: 'documents-results' });
    var cursors = [''];
    function load() {
      var q = 'q=' + encodeURIComponent(words.value.trim()) + '&kind=' + encodeURIComponent(kind.value) +
        '&asOf=' + today();
      var cursor = cursors[cursors.length - 1];
      request('GET', '/api/portal/register/documents?' + q + (cursor ? '&after=' + encodeURIComponent(cursor) : ''))
        .then(function (page) {
          results.replaceChildren(
            el('p', { id: 'documents-total', text: number(page.total) + ' văn bản; tiến độ tính đến hết ngày ' +
              vnDate(page.asOf) + ' (' + page.scope + ').' }),
            page.documents.length ? el('table', { 'class': 'tasks', id: 'documents-table' }, [
              el('thead', {}, [el('tr', {}, ['Văn bản', 'Loại', 'Giao', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn',
                'Đang thực hiện', 'Quá hạn', 'Thôi thực hiện'].map(function (h) { return el('th', { text: h }); }))]),
              el('tbody', {}, page.documents.map(function (d) {
                var p = d.progress;
                return el('tr', { 'data-number': d.number }, [
                  el('td', {}, [el('a', { href: '#/van-ban/' + encodeURIComponent(d.number), 'class': 'document-link',
                    text: 'Số ' + d.number + (d.date ? ' ngày ' + vnDate(d.date) : '') }),
                    d.title ? el('div', { 'class': 'context', text: d.title }) : null,
                    d.file ? el('div', {}, [fileLink(d.file)]) : null]),
                  el('td', { text: d.kindLabel || '' }), el('td', { text: number(p.assigned) }),
                  el('td', { text: number(p.completedOnTime) }), el('td', { text: number(p.completedLate) }),
                  el('td', { text: number(p.inProgress) }), el('td', { text: number(p.overdue) }),
                  el('td', { text: number(p.withdrawn) })]);
              }))]) : el('p', { 'class': 'muted', text: 'Không có văn bản nào theo điều kiện tìm.' }),
            el('div', { 'class': 'filters' }, [
              el('button', { type: 'button', 'class': 'secondary', text: '← Trang trước', disabled: cursors.length === 1,
                onclick: function () { cursors.pop(); load(); } }),
              el('button', { type: 'button', 'class': 'secondary', text: 'Trang sau →', disabled: !page.next,
                onclick: function () { cursors.push(page.next); load(); } })]));
        }).catch(function (error) { results.replaceChildren(notice('error', error.message)); });
    }
    var find = el('button', { type: 'button', id: 'documents-search', text: 'Tìm',
      onclick: function () { cursors = ['']; load(); } });
    var entry = null;
    if (state.me.mayImport) { // the office enters documents in the register
      var fields = [['number', 'Số, ký hiệu', 14], ['date', 'Ngày ban hành (dd/mm/yyyy)', 10],
        ['issuer', 'Cơ quan ban hành', 18], ['title', 'Trích yếu', 36]];
      var inputs = {};
      var entryKind = el('select', { id: 'document-kind', 'aria-label': 'Loại văn bản' },
        [el('option', { value: '', text: 'Loại: tính theo ký hiệu' })].concat(choices.kinds.map(function (k) {
          return el('option', { value: k.code, text: k.name });
        })));
      var entryMessage = el('div', { id: 'document-message' });
      var entryFile = el('input', { type: 'file', id: 'document-file', 'aria-label': 'Tệp văn bản (không bắt buộc)',
        title: 'Tệp văn bản (không bắt buộc)', accept: ATTACHMENT_TYPES });
      entry = el('details', { 'class': 'more-filters', id: 'document-entry' }, [
        el('summary', { text: 'Vào sổ một văn bản giao nhiệm vụ' }),
        el('div', { 'class': 'filters' }, fields.map(function (f) {
          inputs[f[0]] = el('input', { id: 'document-' + f[0], size: f[2], placeholder: f[1], 'aria-label': f[1] });
          return inputs[f[0]];
        }).concat([entryKind, entryFile, el('button', { type: 'button', id: 'document-save', text: 'Vào sổ', onclick: function () {
          var data = new FormData();
          ['number', 'date', 'issuer', 'title'].forEach(function (f) { data.append(f, inputs[f].value); });
          data.append('kind', entryKind.value);
          if (entryFile.files.length) { data.append('file', entryFile.files[0]); }
          request('POST', '/api/portal/register/documents', data, true).then(function (d) {
            entryMessage.replaceChildren(notice('success', 'Đã vào sổ văn bản số ' + d.number + ' (' + d.kindLabel + ')' +
              (d.file ? ', kèm tệp ' + d.file.fileName : '') + '.'));
            entryFile.value = '';
            cursors = ['']; load();
          }).catch(function (error) { entryMessage.replaceChildren(notice('error', error.message)); });
        } })])), entryMessage]);
    }
    show([el('p', {}, [el('a', { href: '#/so-theo-doi', text: '← Sổ theo dõi nhiệm vụ' })]),
      el('h1', { text: 'Nhiệm vụ theo văn bản giao' }), entry,
      el('div', { 'class': 'filters' }, [words, kind, find]), results].filter(function (n) { return n; }));
    load();
  }).catch(failed);
}

export var ATTACHMENT_TYPES = '.pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png';

export function fileLink(file, id) {
  return el('a', { href: '/api/portal/attachments/' + file.id, id: id, 'class': 'file',
    text: file.fileName + ' (' + number(Math.max(1, Math.round(file.size / 1024))) + ' KB)' });
}

/** A source document's page: its fields and file, its directives' progress, its directives. */
export function documentPage(documentNumber) {
  show([el('p', { 'class': 'muted', text: 'Đang mở văn bản…' })]);
  var asOf = today();
  Promise.all([
    request('GET', '/api/portal/register/document?number=' + encodeURIComponent(documentNumber)),
    request('GET', '/api/portal/register?source=' + encodeURIComponent(documentNumber) + '&asOf=' + asOf)
  ]).then(function (answers) {
    var d = answers[0], found = answers[1], p = d.progress || {};
    function line(label, value) {
      return value ? el('tr', {}, [el('th', { text: label }), el('td', {}, [value])]) : null;
    }
    show([el('p', {}, [el('a', { href: '#/van-ban', text: '← Nhiệm vụ theo văn bản giao' })]),
      el('h1', { id: 'document-title', text: 'Văn bản số ' + d.number + (d.date ? ' ngày ' + vnDate(d.date) : '') }),
      el('table', { 'class': 'fields', id: 'document-fields' }, [
        line('Loại văn bản', d.kindLabel), line('Cơ quan ban hành', d.issuer), line('Trích yếu', d.title),
        line('Tệp văn bản', d.file ? fileLink(d.file, 'document-file-link') : null)]),
      el('h2', { text: 'Tiến độ các nhiệm vụ (tính đến hết ngày ' + vnDate(asOf) + ')' }),
      el('table', { 'class': 'tasks', id: 'document-progress' }, [
        el('thead', {}, [el('tr', {}, ['Giao', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện',
          'Quá hạn', 'Thôi thực hiện'].map(function (h) { return el('th', { text: h }); }))]),
        el('tbody', {}, [el('tr', {}, [p.assigned, p.completedOnTime, p.completedLate, p.inProgress, p.overdue,
          p.withdrawn].map(function (n) { return el('td', { text: number(n || 0) }); }))])]),
      el('h2', { text: 'Nhiệm vụ của văn bản (' + number(found.total) + ')' }),
      found.rows.length ? el('table', { 'class': 'tasks', id: 'document-directives' }, [
        el('thead', {}, [el('tr', {}, ['Số hiệu', 'Trích yếu', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'].map(function (h) {
          return el('th', { text: h }); }))]),
        el('tbody', {}, found.rows.map(function (r) {
          return el('tr', { 'data-directive-id': r.directiveId }, [
            el('td', {}, [el('a', { href: '#/nhiem-vu/' + encodeURIComponent(r.directiveId), text: r.directiveId })]),
            el('td', { text: r.title }), el('td', { text: r.leadAgencyName }),
            el('td', { text: r.deadline ? vnDate(r.deadline) : 'Không có' }),
            el('td', {}, [el('span', { 'class': 'tag ' + r.state, text: r.stateLabel })])]);
        }))]) : el('p', { 'class': 'muted', text: 'Chưa có nhiệm vụ nào ghi số văn bản này.' }),
      found.next ? el('p', {}, [el('a', { href: '#/so-theo-doi', text: 'Xem tất cả trong Sổ theo dõi nhiệm vụ →',
        onclick: function () { state.register = { params: { source: documentNumber, asOf: asOf }, cursors: [''] }; } })]) : null
    ].filter(function (n) { return n; }));
  }).catch(failed);
}
