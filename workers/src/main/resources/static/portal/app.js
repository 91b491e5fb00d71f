/*
 * The staff portal: a person's tasks, their forms (form-js, the same Camunda Forms as Tasklist),
 * start forms, the directive list import and the office's dashboard. Every request goes to the
 * worker application with the session of the Keycloak sign-in; the browser never talks to Camunda.
 * ES modules served as they are (no bundler): one per screen, beside the shared helpers.
 */
import { state } from './state.js';
import { request } from './http.js';
import { failed } from './dom.js';
import { openTask, startForm, startList, taskList } from './tasks.js';
import { importScreen } from './imports.js';
import { dashboard } from './dashboard.js';
import { petitionsScreen, registerScreen } from './register.js';
import { documentPage, documentsScreen } from './documents.js';
import { directivePage } from './directive.js';

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
  state.me = person;
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
