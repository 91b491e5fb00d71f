// Small DOM helpers: elements, the screen, notices.

var screen = document.getElementById('screen');

export function el(tag, attributes, children) {
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

export function show(nodes) {
  screen.replaceChildren.apply(screen, nodes);
  window.scrollTo(0, 0);
}

export function notice(kind, text) {
  return el('div', { 'class': 'notice ' + kind, role: kind === 'error' ? 'alert' : 'status', text: text });
}

export function failed(error) {
  show([notice('error', error.message)]);
}

export function number(value) { return Vietnamese.number(value); }
