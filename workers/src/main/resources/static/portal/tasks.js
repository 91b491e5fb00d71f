// Việc cần làm: the task list, a task's form, start forms.
import { state } from './state.js';
import { request } from './http.js';
import { el, failed, notice, number, show } from './dom.js';
import { renderForm, sendWhenValid } from './forms.js';

var filters = { process: '', state: '', page: 0 };
var TASK_PAGE = 50;

export function taskList() {
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

export function openTask(taskId, takeOver) {
  show([el('p', { 'class': 'muted', text: 'Đang mở việc…' })]);
  request('POST', '/api/portal/tasks/' + encodeURIComponent(taskId) + '/open' + (takeOver ? '?takeOver=true' : ''))
    .then(function (opened) {
      var task = opened.task;
      var formBox = el('div', { 'class': 'form-box', id: 'task-form' });
      var messages = el('div', { id: 'messages' });
      var links = [];
      if (state.me.operateUrl) {
        links.push(el('a', { href: state.me.operateUrl + '/processes/' + task.processInstanceKey, target: '_blank',
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

export function startList() {
  request('GET', '/api/portal/start').then(function (processes) {
    show([el('h1', { text: 'Khởi tạo' })].concat(processes.length ? processes.map(function (p) {
      return el('div', { 'class': 'card' }, [el('h2', {}, [el('a', { href: '#/khoi-tao/' + p.processId, text: p.title })]),
        el('p', { text: p.description })]);
    }) : [el('p', { 'class': 'muted', text: 'Tài khoản của anh/chị không khởi tạo quy trình nào.' })]));
  }).catch(failed);
}

export function startForm(processId) {
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

