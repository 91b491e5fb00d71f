// Requests to the worker application, with the session of the Keycloak sign-in; a 401 signs in again.
import { state } from './state.js';

export function request(method, path, body, isForm) {
  var headers = { 'Accept': 'application/json' };
  if (method !== 'GET') { headers['X-CSRF-TOKEN'] = state.me ? state.me.csrfToken : ''; }
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
