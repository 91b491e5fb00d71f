/*
 * The staff portal: a person's tasks, their forms (form-js, the same Camunda Forms as Tasklist),
 * start forms, the directive list import and the office's dashboard. Every request goes to the
 * worker application with the session of the Keycloak sign-in; the browser never talks to Camunda.
 */
(function () {
  'use strict';

  var me = null;
  var screen = document.getElementById('screen');

  // ---- requests ---------------------------------------------------------------------------

  function request(method, path, body, isForm) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-CSRF-TOKEN'] = me ? me.csrfToken : ''; }
    if (body !== undefined && !isForm) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : (isForm ? body : JSON.stringify(body))
    }).then(function (response) {
      if (response.status === 401) {
        // The session ended: sign in again through Keycloak, back to the same screen.
        window.location.assign('/portal/' + window.location.hash);
        return new Promise(function () {});
      }
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!response.ok) {
          var error = new Error((data && data.error) ||
            'Hệ thống trả lời lỗi ' + response.status + ': thử lại; nếu vẫn lỗi, báo quản trị hệ thống.');
          error.status = response.status;
          error.problems = data && data.problems;
          throw error;
        }
        return data;
      });
    });
  }

  // ---- small helpers ----------------------------------------------------------------------

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) { return; }
      if (name === 'text') { node.textContent = value; } else if (name.indexOf('on') === 0) {
        node.addEventListener(name.substring(2), value);
      } else { node.setAttribute(name, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function show(nodes) {
    screen.replaceChildren.apply(screen, nodes);
    window.scrollTo(0, 0);
  }

  function notice(kind, text) {
    return el('div', { 'class': 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status', text: text });
  }

  function failed(error) {
    show([notice('error', error.message)]);
  }

  function number(value) { return Vietnamese.number(value); }

  /** dd/mm/yyyy typed by a person → yyyy-mm-dd, or null. */
  function isoDate(text) {
    var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) { return null; }
    var d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
    if (d.getUTCDate() !== +m[1] || d.getUTCMonth() !== +m[2] - 1) { return null; }
    return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
  }

  function vnDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  function today() {
    var parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    return parts; // yyyy-mm-dd
  }

  // ---- forms ------------------------------------------------------------------------------

  /** Renders a Camunda Form; resolves to the form-js instance. */
  function renderForm(container, schema, data) {
    var form = new FormViewer.Form({ container: container });
    return form.importSchema(schema, data || {}).then(function () {
      Vietnamese.localise(form, container);
      return form;
    });
  }

  /** form-js's check in the browser; the labels of the fields it refused. */
  function refusedLabels(form, errors) {
    var labels = [];
    Object.keys(errors).forEach(function (id) {
      var field = form.get('formFieldRegistry').get(id.split('_')[0]) ||
        form.get('formFieldRegistry').get(id);
      var label = field && (field.label || field.key) || id;
      if (labels.indexOf(label) < 0) { labels.push(label); }
    });
    return labels;
  }

  /**
   * A refusal goes once the person edits the form (form-js keeps marking the fields still wrong;
   * the next "Hoàn thành" checks again). Not validated here: form-js's validate() while a text is
   * still being typed draws the form from data without that text.
   */
  function clearOnEdit(form, messages) {
    if (!form) { return; }
    form.on('changed', function () {
      if (messages.firstChild) { messages.replaceChildren(); }
    });
  }

  /**
   * The button sends the form once form-js finds it complete; otherwise, and when the server
   * refuses it, the fields are named above the form and nothing is sent (or done).
   */
  function sendWhenValid(form, messages, button, notDone, send) {
    clearOnEdit(form, messages);
    button.addEventListener('click', function () {
      var result = form ? form.submit() : { data: {}, errors: {} };
      if (Object.keys(result.errors).length) {
        messages.replaceChildren(notice('error', 'Biểu mẫu chưa đủ: ' +
          refusedLabels(form, result.errors).map(function (l) { return '«' + l + '»'; }).join(', ') +
          ' là bắt buộc hoặc chưa hợp lệ. ' + notDone));
        window.scrollTo(0, 0);
        return;
      }
      button.disabled = true;
      send(result.data).catch(function (error) {
        button.disabled = false;
        messages.replaceChildren(problemsNotice(error));
        window.scrollTo(0, 0);
      });
    });
  }

  function problemsNotice(error) {
    var box = notice('error', error.message);
    if (error.problems && error.problems.length) {
      box.appendChild(el('ul', {}, error.problems.map(function (p) { return el('li', { text: p.message }); })));
    }
    return box;
  }

  // ---- Việc cần làm -----------------------------------------------------------------------

  var filters = { process: '', state: '', page: 0 };
  var TASK_PAGE = 50;

  function taskList() {
    show([el('h1', { text: 'Việc cần làm' }), el('p', { 'class': 'muted', text: 'Đang tải danh sách việc…' })]);
    var q = 'page=' + filters.page + '&size=' + TASK_PAGE +
      (filters.process ? '&process=' + encodeURIComponent(filters.process) : '') +
      (filters.state ? '&state=' + encodeURIComponent(filters.state) : '');
    request('GET', '/api/portal/tasks?' + q).then(function (found) {
      var tasks = found.tasks;
      if (!tasks.length && found.total && filters.page > 0) {
        // Past the last page (its last tasks were just done): the last page that has some.
        filters.page = Math.ceil(found.total / TASK_PAGE) - 1;
        taskList();
        return;
      }
      document.getElementById('new-count').textContent = found.newCount ? String(found.newCount) : '';
      function refilter(key) {
        return function (e) { filters[key] = e.target.value; filters.page = 0; taskList(); };
      }
      var processFilter = el('select', { id: 'filter-process', 'aria-label': 'Lọc theo quy trình', onchange: refilter('process') },
        [el('option', { value: '', text: 'Tất cả quy trình' })].concat(found.processes.map(function (p) {
          return el('option', { value: p, text: p, selected: filters.process === p });
        })));
      var states = [['', 'Mọi trạng thái'], ['new', 'Mới, chưa ai nhận'], ['mine', 'Tôi đang xử lý'],
        ['OVERDUE', 'Quá hạn'], ['DUE_SOON', 'Sắp đến hạn']];
      var stateFilter = el('select', { id: 'filter-state', 'aria-label': 'Lọc theo trạng thái', onchange: refilter('state') },
        states.map(function (s) { return el('option', { value: s[0], text: s[1], selected: filters.state === s[0] }); }));
      var filtered = filters.process || filters.state;
      var first = found.page * found.pageSize + 1;
      var table = el('div', { id: 'task-table' }, [tasks.length ? el('table', { 'class': 'tasks' }, [
        el('thead', {}, [el('tr', {}, ['Hạn xử lý', 'Việc', 'Quy trình', 'Trạng thái'].map(function (h) {
          return el('th', { text: h });
        }))]),
        el('tbody', {}, tasks.map(function (t) {
          return el('tr', { 'class': 'task urgency-' + t.urgency, 'data-task-id': t.id }, [
            el('td', {}, [el('div', { text: t.dueText || '—' }),
              el('span', { 'class': 'tag ' + t.urgency, text: t.urgencyLabel })]),
            el('td', {}, [el('a', { href: '#/viec/' + t.id, 'class': 'task-name', text: t.name }),
              el('div', { 'class': 'context', text: t.context })]),
            el('td', { text: t.processName }),
            el('td', {}, [t.isNew ? el('span', { 'class': 'tag new', text: 'Mới' }) :
              el('span', { text: t.mine ? 'Tôi đang xử lý' : 'Đang do ' + t.takenBy + ' xử lý' })])
          ]);
        }))
      ]) : el('p', { 'class': 'muted', text: found.open ?
        'Không có việc nào theo điều kiện lọc.' : 'Hiện không có việc nào cần anh/chị xử lý.' })]);
      var pager = el('div', { 'class': 'filters', id: 'task-pager' }, [
        el('button', { type: 'button', 'class': 'secondary', id: 'tasks-previous', text: '← Trang trước',
          disabled: found.page === 0, onclick: function () { filters.page--; taskList(); } }),
        el('span', { 'class': 'muted', text: tasks.length ? 'Việc ' + number(first) + '–' +
          number(first + tasks.length - 1) + ' / ' + number(found.total) : '' }),
        el('button', { type: 'button', 'class': 'secondary', id: 'tasks-next', text: 'Trang sau →',
          disabled: first + tasks.length - 1 >= found.total, onclick: function () { filters.page++; taskList(); } })]);
      show([el('h1', { text: 'Việc cần làm' }),
        el('p', { 'class': 'muted', id: 'task-total', 'data-total': String(found.total), text: number(found.open) +
          ' việc đang mở, hạn gần nhất trước; ' + number(found.newCount) + ' việc mới.' +
          (filtered ? ' Theo điều kiện lọc: ' + number(found.total) + ' việc.' : '') }),
        el('div', { 'class': 'filters' }, [processFilter, stateFilter]), table, pager]);
    }).catch(failed);
  }

  function openTask(taskId, takeOver) {
    show([el('p', { 'class': 'muted', text: 'Đang mở việc…' })]);
    request('POST', '/api/portal/tasks/' + encodeURIComponent(taskId) + '/open' + (takeOver ? '?takeOver=true' : ''))
      .then(function (opened) {
        var task = opened.task;
        var formBox = el('div', { 'class': 'form-box', id: 'task-form' });
        var messages = el('div', { id: 'messages' });
        var links = [];
        if (me.operateUrl) {
          links.push(el('a', { href: me.operateUrl + '/processes/' + task.processInstanceKey, target: '_blank',
            rel: 'noopener', text: 'Xem quy trình trong Operate' }));
        }
        var head = [
          el('p', {}, [el('a', { href: '#/viec', text: '← Việc cần làm' })]),
          el('h1', { text: task.name }),
          el('p', { 'class': 'context', text: task.context }),
          el('p', { 'class': 'meta' }, [
            'Quy trình: ' + task.processName + ' · Hạn xử lý: ' + (task.dueText || 'không có') + ' ',
            el('span', { 'class': 'tag ' + task.urgency, text: task.urgencyLabel })]),
          el('p', { 'class': 'links' }, links)
        ];
        if (!opened.mine) {
          show(head.concat([notice('warning', 'Việc này đang do ' + opened.takenBy + ' xử lý.'),
            el('button', { type: 'button', 'class': 'secondary', text: 'Nhận xử lý thay',
              onclick: function () { openTask(taskId, true); } }), formBox]));
          renderForm(formBox, opened.form, opened.variables).then(function (form) {
            form.setProperty('readOnly', true);
          });
          return;
        }
        var complete = el('button', { type: 'button', id: 'complete', text: 'Hoàn thành' });
        show(head.concat([messages, formBox, el('div', { 'class': 'actions' }, [complete])]));
        if (!opened.form) {
          formBox.appendChild(el('p', { 'class': 'muted', text: 'Việc này không có biểu mẫu.' }));
        }
        var formReady = opened.form ? renderForm(formBox, opened.form, opened.variables) : Promise.resolve(null);
        var notShown = false;
        formReady.catch(function (error) {
          // Seen while Camunda has not yet handed over all of a task's data: say so, never stay blank.
          notShown = true;
          if (window.console) { window.console.error(error); }
          messages.replaceChildren(notice('error', 'Chưa hiển thị được biểu mẫu của việc này: dữ liệu của việc ' +
            'có thể chưa được chuyển đủ. Mở lại việc sau ít giây; nếu vẫn không được, báo quản trị hệ thống.'));
          return null;
        }).then(function (form) {
          if (notShown) { return; }
          sendWhenValid(form, messages, complete, 'Việc chưa được hoàn thành.', function (data) {
            return request('POST', '/api/portal/tasks/' + encodeURIComponent(taskId) + '/complete', data)
              .then(function () {
                show([notice('success', 'Đã hoàn thành: ' + task.name + (task.context ? ' – ' + task.context : '') + '.'),
                  el('p', {}, [el('a', { href: '#/viec', text: '← Về danh sách việc' })])]);
              });
          });
        });
      })
      .catch(failed);
  }

  // ---- Khởi tạo ---------------------------------------------------------------------------

  function startList() {
    request('GET', '/api/portal/start').then(function (processes) {
      show([el('h1', { text: 'Khởi tạo' })].concat(processes.length ? processes.map(function (p) {
        return el('div', { 'class': 'card' }, [el('h2', {}, [el('a', { href: '#/khoi-tao/' + p.processId, text: p.title })]),
          el('p', { text: p.description })]);
      }) : [el('p', { 'class': 'muted', text: 'Tài khoản của anh/chị không khởi tạo quy trình nào.' })]));
    }).catch(failed);
  }

  function startForm(processId) {
    request('GET', '/api/portal/start/' + encodeURIComponent(processId)).then(function (schema) {
      var formBox = el('div', { 'class': 'form-box', id: 'start-form' });
      var messages = el('div', { id: 'messages' });
      var submit = el('button', { type: 'button', id: 'start', text: 'Khởi tạo' });
      show([el('p', {}, [el('a', { href: '#/khoi-tao', text: '← Khởi tạo' })]),
        el('h1', { text: schema.components && schema.components[0] && schema.components[0].text ?
          schema.components[0].text.replace(/^#+\s*/, '').split('\n')[0] : 'Khởi tạo' }),
        messages, formBox, el('div', { 'class': 'actions' }, [submit])]);
      renderForm(formBox, schema, {}).then(function (form) {
        sendWhenValid(form, messages, submit, 'Chưa khởi tạo.', function (data) {
          return request('POST', '/api/portal/start/' + encodeURIComponent(processId), data).then(function (started) {
            show([notice('success', 'Đã khởi tạo (mã quy trình ' + started.processInstanceKey + '). ' +
              'Các việc tiếp theo sẽ hiện trong "Việc cần làm" của người được giao.'),
              el('p', {}, [el('a', { href: '#/viec', text: '← Về danh sách việc' })])]);
          });
        });
      });
    }).catch(failed);
  }

  // ---- Nhập danh sách nhiệm vụ ----------------------------------------------------------------

  function importScreen() {
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

  // ---- Thống kê ---------------------------------------------------------------------------

  var period = null;

  function dashboard() {
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
            onclick: function () { register = { params: { source: p.number, asOf: today() }, cursors: [''] }; } })]),
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
  function barChart(groups) {
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
  function trendChart(months) {
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

  // ---- Sổ theo dõi nhiệm vụ -------------------------------------------------------------------

  var register = null; // the criteria and the page the person was on, kept while they move around

  function registerScreen() {
    request('GET', '/api/portal/register/choices').then(function (choices) {
      if (!register) {
        register = { params: { leader: choices.ownLeader || '', asOf: today() }, cursors: [''] };
      }
      var p = register.params;
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
        var page = register.cursors.length - 1;
        var q = query(register.params);
        exportLink.setAttribute('href', '/api/portal/register/export.xlsx?' + q);
        results.replaceChildren(el('p', { 'class': 'muted', text: 'Đang tìm…' }));
        var cursor = register.cursors[page];
        request('GET', '/api/portal/register?' + q + (cursor ? '&after=' + encodeURIComponent(cursor) : ''))
          .then(function (found) {
            register.next = found.next;
            var first = page * 50 + 1;
            var rows = found.rows;
            var pager = el('div', { 'class': 'filters' }, [
              el('button', { type: 'button', 'class': 'secondary', id: 'register-previous', text: '← Trang trước',
                disabled: page === 0, onclick: function () { register.cursors.pop(); load(); } }),
              el('span', { 'class': 'muted', text: rows.length ? 'Nhiệm vụ ' + number(first) + '–' +
                number(first + rows.length - 1) + ' / ' + number(found.total) : '' }),
              el('button', { type: 'button', 'class': 'secondary', id: 'register-next', text: 'Trang sau →',
                disabled: !found.next, onclick: function () { register.cursors.push(found.next); load(); } })]);
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
        register.params = next;
        register.cursors = [''];
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
  function petitionsScreen() {
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

  function documentsScreen() {
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
      if (me.mayImport) { // the office enters documents in the register
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

  var ATTACHMENT_TYPES = '.pdf,.docx,.xlsx,.doc,.xls,.jpg,.jpeg,.png';

  function fileLink(file, id) {
    return el('a', { href: '/api/portal/attachments/' + file.id, id: id, 'class': 'file',
      text: file.fileName + ' (' + number(Math.max(1, Math.round(file.size / 1024))) + ' KB)' });
  }

  /** A source document's page: its fields and file, its directives' progress, its directives. */
  function documentPage(documentNumber) {
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
          onclick: function () { register = { params: { source: documentNumber, asOf: asOf }, cursors: [''] }; } })]) : null
      ].filter(function (n) { return n; }));
    }).catch(failed);
  }

  /** A coordinating agency writes to the lead agency: shown in the lead agency's report task. */
  function contributionBox(directiveId) {
    var text = el('textarea', { id: 'contribution-text', rows: 4, cols: 80, 'aria-label': 'Ý kiến phối hợp',
      placeholder: 'Ý kiến, số liệu gửi đơn vị chủ trì' });
    var file = el('input', { type: 'file', id: 'contribution-file', 'aria-label': 'Tệp kèm theo ý kiến phối hợp',
      accept: ATTACHMENT_TYPES });
    var message = el('div', { id: 'contribution-message' });
    var send = el('button', { type: 'button', id: 'contribution-send', text: 'Gửi ý kiến phối hợp' });
    send.addEventListener('click', function () {
      send.disabled = true;
      var data = new FormData();
      data.append('directiveId', directiveId);
      data.append('text', text.value);
      if (file.files.length) { data.append('file', file.files[0]); }
      request('POST', '/api/portal/register/contributions', data, true)
        .then(function () {
          text.value = '';
          file.value = '';
          message.replaceChildren(notice('success', 'Đã gửi ý kiến phối hợp; đơn vị chủ trì thấy ý kiến này trong việc báo cáo của mình.'));
        }).catch(function (error) { message.replaceChildren(notice('error', error.message)); })
        .then(function () { send.disabled = false; });
    });
    return el('div', { 'class': 'card', id: 'contribution' }, [el('h2', { text: 'Gửi ý kiến phối hợp' }),
      message, text, el('p', {}, [el('label', { 'for': 'contribution-file', text: 'Tệp kèm theo (không bắt buộc): ' }), file]),
      el('div', { 'class': 'actions' }, [send])]);
  }

  function directivePage(directiveId) {
    show([el('p', { 'class': 'muted', text: 'Đang mở nhiệm vụ…' })]);
    request('GET', '/api/portal/register/directive?id=' + encodeURIComponent(directiveId)).then(function (f) {
      var r = f.row;
      function line(label, text) {
        return text ? el('tr', {}, [el('th', { text: label }), el('td', { text: text })]) : null;
      }
      function dateTime(iso) {
        var d = new Date(iso);
        return isNaN(d) ? '' : new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit',
          month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
      }
      function table(id, headings, rows) {
        return el('table', { 'class': 'tasks', id: id }, [
          el('thead', {}, [el('tr', {}, headings.map(function (h) { return el('th', { text: h }); }))]),
          el('tbody', {}, rows.map(function (cells) {
            return el('tr', {}, cells.map(function (c) { return el('td', { text: c || '' }); }));
          }))]);
      }
      var source = f.sourceDocument;
      var council = f.councilItem;
      var parts = [
        el('p', {}, [el('a', { href: '#/so-theo-doi', text: '← Sổ theo dõi nhiệm vụ' })]),
        el('h1', { id: 'directive-title', text: r.directiveId + ' – ' + r.title }),
        el('p', { 'class': 'meta' }, [el('span', { 'class': 'tag ' + r.state, id: 'directive-state', text: r.stateLabel }),
          r.workingDaysOverdue ? ' quá hạn ' + number(r.workingDaysOverdue) + ' ngày làm việc' : '',
          r.role ? ' · Vai trò của đơn vị: ' + r.role : '']),
        el('table', { 'class': 'fields', id: 'directive-fields' }, [
          line('Nội dung', f.content),
          council ? line('Loại việc', council.kind) : null,
          council ? line('Kỳ họp', council.sessionName + (council.roundTiming ? ' (' + council.roundTiming.toLowerCase() + ')' : '')) : null,
          council ? line('Cử tri', council.voterLocality) : null,
          council ? line('Lĩnh vực', council.councilField) : null,
          council ? line('Đại biểu chất vấn', council.delegate) : null,
          council ? line('Người trả lời, cam kết', council.answeringOfficial) : null,
          council ? line('Kết quả trả lời', council.answerCategory ? council.answerCategory +
            (council.carryOvers ? ' (đã chuyển kỳ ' + number(council.carryOvers) + ' lần)' : '') : null) : null,
          council && council.roadmapDate ? line('Lộ trình giải quyết', council.roadmap + ', đến ' + vnDate(council.roadmapDate)) : null,
          line('Văn bản giao', source ? 'Số ' + source.number + (source.date ? ' ngày ' + vnDate(source.date) : '') +
            (source.issuer ? ' của ' + source.issuer : '') + (source.kind ? ' (' + source.kind + ')' : '') +
            (source.title ? ': ' + source.title : '') : 'Không ghi'),
          line('Cơ quan chủ trì', r.leadAgencyName),
          line('Cơ quan phối hợp', f.coordinatingAgencies.join('; ') || 'Không có'),
          line('Lãnh đạo phụ trách', r.leaderName),
          line('Ngày giao', vnDate(r.assignedOn)),
          line('Thời hạn', r.deadline ? vnDate(r.deadline) + (r.extensionCount ? ' (đã gia hạn ' + r.extensionCount +
            ' lần; thời hạn ban đầu ' + vnDate(f.originalDeadline) + ')' : '') : 'Không có thời hạn'),
          line('Tiến độ gần nhất', f.lastProgress),
          f.completion ? line('Hoàn thành', vnDate(f.completion.completedOn) + (f.completion.onTime ? ', đúng hạn' : ', quá hạn') +
            (f.completion.result ? ': ' + f.completion.result : '') +
            (f.completion.evidence ? ' (văn bản, minh chứng: ' + f.completion.evidence + ')' : '')) : null,
          f.withdrawal ? line('Thôi thực hiện', vnDate(f.withdrawal.withdrawnOn) +
            (f.withdrawal.reason ? ': ' + f.withdrawal.reason : '')) : null]),
        f.operateUrl ? el('p', { 'class': 'links' }, [el('a', { href: f.operateUrl, target: '_blank', rel: 'noopener',
          text: 'Xem quy trình trong Operate' })]) : null,
        source && source.file ? el('p', { 'class': 'links' }, ['Tệp văn bản giao: ', fileLink(source.file, 'source-file')]) : null,
        f.contributions.length ? el('h2', { text: 'Ý kiến của đơn vị phối hợp' }) : null,
        f.contributions.length ? el('table', { 'class': 'tasks', id: 'directive-contributions' }, [
          el('thead', {}, [el('tr', {}, ['Thời điểm', 'Đơn vị, người gửi', 'Ý kiến', 'Tệp kèm theo'].map(function (h) {
            return el('th', { text: h }); }))]),
          el('tbody', {}, f.contributions.map(function (c) {
            return el('tr', {}, [el('td', { text: dateTime(c.at) }), el('td', { text: c.agencyName + (c.byName ? ' (' + c.byName + ')' : '') }),
              el('td', { 'class': 'typed', text: c.text }), el('td', {}, [c.file ? fileLink(c.file) : null])]);
          }))]) : null,
        r.role === 'Phối hợp' && ['OVERDUE', 'IN_PROGRESS', 'IN_PROGRESS_NO_DEADLINE'].indexOf(r.state) >= 0 ?
          contributionBox(r.directiveId) : null,
        el('h2', { text: 'Gia hạn' }),
        f.extensions.length ? table('directive-extensions', ['Thời điểm', 'Người thực hiện', 'Nội dung', 'Thời hạn mới'],
          f.extensions.map(function (e) { return [dateTime(e.at), e.by, e.description, vnDate(e.deadline)]; }))
          : el('p', { 'class': 'muted', text: 'Chưa gia hạn lần nào.' }),
        el('h2', { text: 'Nhắc việc, đôn đốc đã gửi' }),
        f.followUps.length ? table('directive-follow-ups', ['Thời điểm', 'Bước', 'Về thời hạn', 'Gửi đến'],
          f.followUps.map(function (u) { return [dateTime(u.sentAt), u.step, vnDate(u.deadline), u.recipients.join('; ')]; }))
          : el('p', { 'class': 'muted', text: 'Chưa gửi nhắc việc, đôn đốc nào.' }),
        el('h2', { text: 'Diễn biến' }),
        table('directive-history', ['Thời điểm', 'Việc', 'Người thực hiện', 'Nội dung'],
          f.history.map(function (e) { return [dateTime(e.at), e.what, e.by, e.description]; }))
      ];
      show(parts.filter(function (part) { return part; }));
    }).catch(failed);
  }

  // ---- routing ----------------------------------------------------------------------------

  function route() {
    var parts = (location.hash || '#/viec').substring(2).split('/');
    document.querySelectorAll('#menu a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-screen') === parts[0]);
    });
    if (parts[0] === 'viec' && parts[1]) { openTask(decodeURIComponent(parts[1]), false); }
    else if (parts[0] === 'khoi-tao' && parts[1]) { startForm(decodeURIComponent(parts[1])); }
    else if (parts[0] === 'khoi-tao') { startList(); }
    else if (parts[0] === 'nhap') { importScreen(); }
    else if (parts[0] === 'thong-ke') { dashboard(); }
    else if (parts[0] === 'so-theo-doi') { registerScreen(); }
    else if (parts[0] === 'van-ban' && parts[1]) { documentPage(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (parts[0] === 'van-ban') { documentsScreen(); }
    else if (parts[0] === 'kien-nghi') { petitionsScreen(); }
    else if (parts[0] === 'nhiem-vu' && parts[1]) { directivePage(decodeURIComponent(parts.slice(1).join('/'))); }
    else { taskList(); }
  }

  request('GET', '/api/portal/me').then(function (person) {
    me = person;
    document.getElementById('who').textContent = person.fullName + ' · ' + person.roles.join(', ');
    document.getElementById('menu').hidden = false;
    document.getElementById('menu-start').hidden = !person.mayStart.length;
    document.getElementById('menu-import').hidden = !person.mayImport;
    document.getElementById('logout-csrf').value = person.csrfToken;
    document.getElementById('logout').hidden = false;
    document.getElementById('change-password').hidden = false;
    window.addEventListener('hashchange', route);
    route();
  }).catch(failed);
})();
