// Camunda Forms in the page (form-js): rendering, the browser's check, refusals named by field.
import { el, notice } from './dom.js';

/** Renders a Camunda Form; resolves to the form-js instance. */
export function renderForm(container, schema, data) {
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
export function sendWhenValid(form, messages, button, notDone, send) {
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
