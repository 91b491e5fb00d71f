// A directive's page, with the coordinating agencies' contributions.
import { request } from './http.js';
import { el, failed, notice, number, show } from './dom.js';
import { vnDate } from './format.js';
import { ATTACHMENT_TYPES, fileLink } from './documents.js';

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

export function directivePage(directiveId) {
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
