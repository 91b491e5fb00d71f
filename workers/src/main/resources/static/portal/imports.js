// Imports: a directive list, and the office's register of documents.
import { request } from './http.js';
import { el, notice, number, show } from './dom.js';

export function importScreen() {
  // The browser's own file button speaks the browser's language: a label of ours opens it.
  var chosen = el('span', { id: 'import-file-name', 'class': 'muted', text: 'Chưa chọn tệp' });
  var file = el('input', { type: 'file', id: 'import-file', accept: '.csv,.xlsx', 'class': 'visually-hidden',
    onchange: function () { chosen.textContent = file.files.length ? file.files[0].name : 'Chưa chọn tệp'; } });
  var choose = el('label', { 'for': 'import-file', 'class': 'button secondary', text: 'Chọn tệp…' });
  var progress = el('div', { id: 'import-progress' });
  var upload = el('button', { type: 'button', id: 'upload', text: 'Tải lên và nhập' });
  upload.addEventListener('click', function () {
    if (!file.files.length) {
      progress.replaceChildren(notice('error', 'Chưa chọn tệp: chọn tệp danh sách nhiệm vụ (.xlsx hoặc CSV UTF-8).'));
      return;
    }
    var data = new FormData();
    data.append('file', file.files[0]);
    upload.disabled = true;
    request('POST', '/api/portal/directives/imports', data, true).then(function (accepted) {
      follow(accepted.importId);
    }).catch(function (error) {
      upload.disabled = false;
      progress.replaceChildren(notice('error', error.message));
    });
  });

  function follow(importId) {
    request('GET', '/api/portal/directives/imports/' + importId).then(function (state) {
      var base = '/api/portal/directives/imports/' + importId;
      progress.replaceChildren(el('table', { 'class': 'counts', id: 'import-counts' }, [
        ['Tệp', state.fileName], ['Trạng thái', state.status === 'FINISHED' ? 'Đã xong' : 'Đang nhập'],
        ['Số dòng', number(state.rows)], ['Đã đọc', number(state.read)], ['Đã khởi tạo', number(state.started)],
        ['Bị từ chối', number(state.rejected)], ['Còn lại', number(state.remaining)]
      ].map(function (r) { return el('tr', {}, [el('th', { text: r[0] }), el('td', { text: r[1] })]); })),
        el('p', {}, [el('a', { href: base + '/verdicts.xlsx', text: 'Tải kết quả nhập (Excel)' })]));
      if (state.status !== 'FINISHED') {
        setTimeout(function () { if (location.hash === '#/nhap') { follow(importId); } }, 2000);
        return;
      }
      request('GET', base + '/rows?size=100').then(function (page) {
        var rejected = page.rows.filter(function (r) { return r.problems && r.problems.length; });
        if (!rejected.length) { return; }
        progress.appendChild(el('h2', { text: 'Dòng bị từ chối' }));
        progress.appendChild(el('table', { 'class': 'tasks' }, [
          el('thead', {}, [el('tr', {}, [el('th', { text: 'Dòng' }), el('th', { text: 'Lý do' })])]),
          el('tbody', {}, rejected.map(function (r) {
            return el('tr', {}, [el('td', { text: String(r.row) }), el('td', { text: r.problems.join('; ') })]);
          }))]));
      });
    }).catch(function (error) { progress.replaceChildren(notice('error', error.message)); });
  }

  show([el('h1', { text: 'Nhập danh sách nhiệm vụ' }),
    el('p', { text: 'Tệp Excel (.xlsx) hoặc CSV UTF-8 với các cột: Số hiệu; Trích yếu; Đơn vị chủ trì; ' +
      'Lãnh đạo phụ trách; Ngày giao; Thời hạn. Mỗi dòng là một nhiệm vụ; dòng đã nhập trước sẽ không nhập lại.' }),
    el('div', { 'class': 'filters' }, [choose, file, chosen, upload]), progress].concat(officeDocumentsImport()));
}

// The office's register of documents issued and received, exported monthly from the e-office system.
function officeDocumentsImport() {
  var chosen = el('span', { id: 'register-file-name', 'class': 'muted', text: 'Chưa chọn tệp' });
  var file = el('input', { type: 'file', id: 'register-file', accept: '.csv,.xlsx', 'class': 'visually-hidden',
    onchange: function () { chosen.textContent = file.files.length ? file.files[0].name : 'Chưa chọn tệp'; } });
  var choose = el('label', { 'for': 'register-file', 'class': 'button secondary', text: 'Chọn tệp…' });
  var book = el('select', { id: 'register-book' }, [
    el('option', { value: '', text: 'Tệp có cột Đi/đến' }),
    el('option', { value: 'OUTGOING', text: 'Sổ văn bản đi' }),
    el('option', { value: 'INCOMING', text: 'Sổ văn bản đến' })]);
  var result = el('div', { id: 'register-result' });
  var upload = el('button', { type: 'button', id: 'register-upload', text: 'Tải lên sổ văn bản' });
  upload.addEventListener('click', function () {
    if (!file.files.length) {
      result.replaceChildren(notice('error', 'Chưa chọn tệp: chọn tệp xuất sổ văn bản (.xlsx hoặc CSV).'));
      return;
    }
    var data = new FormData();
    data.append('file', file.files[0]);
    if (book.value) { data.append('direction', book.value); }
    upload.disabled = true;
    request('POST', '/api/portal/office-documents/imports', data, true).then(function (r) {
      upload.disabled = false;
      var parts = [el('table', { 'class': 'counts', id: 'register-counts' }, [
        ['Tệp', r.fileName], ['Số dòng văn bản', number(r.rows)], ['Đã nhập mới', number(r.added)],
        ['Đã có từ lần nhập trước', number(r.alreadyImported)], ['Trùng trong tệp', number(r.repeatedInFile)],
        ['Không nhập', number(r.refused)]
      ].map(function (x) { return el('tr', {}, [el('th', { text: x[0] }), el('td', { text: x[1] })]); }))];
      var notes = r.notes.filter(function (n) { return n.verdict === 'Không nhập'; });
      if (notes.length) {
        parts.push(el('h3', { text: 'Dòng không nhập (sửa rồi gửi lại tệp: dòng đã nhập không bị nhập lại)' }));
        parts.push(el('table', { 'class': 'tasks', id: 'register-refused' }, [
          el('thead', {}, [el('tr', {}, [el('th', { text: 'Dòng' }), el('th', { text: 'Lý do' })])]),
          el('tbody', {}, notes.map(function (n) {
            return el('tr', {}, [el('td', { text: String(n.row) }), el('td', { text: n.problems.join('; ') })]);
          }))]));
      }
      result.replaceChildren.apply(result, parts);
    }).catch(function (error) {
      upload.disabled = false;
      result.replaceChildren(notice('error', error.message));
    });
  });
  return [el('h2', { text: 'Sổ văn bản đi, đến' }),
    el('p', { text: 'Tệp xuất từ hệ thống quản lý văn bản điều hành, mỗi tháng một tệp, với các cột: Số, ký hiệu; ' +
      'Ngày văn bản (sổ đến: Ngày đến); Loại văn bản; Người ký; Trích yếu; Đi/đến. Văn bản đã nhập từ tệp trước ' +
      'không được tính lại; số văn bản ban hành theo loại vào các báo cáo.' }),
    el('div', { 'class': 'filters' }, [choose, file, chosen, book, upload]), result];
}

