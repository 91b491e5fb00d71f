/*
 * The portal speaks Vietnamese whatever the browser's language: form-js formats and parses dates
 * with the browser's default locale (Intl "default"), and its messages, placeholders and date
 * picker are English only. Dates are pinned to vi-VN here (dd/MM/yyyy), before form-js loads;
 * messages and the remaining English texts are translated where they appear (see Vietnamese.*).
 */
(function () {
  'use strict';
  var Native = Intl.DateTimeFormat;
  function VietnameseDateTimeFormat(locale, options) {
    var chosen = locale === undefined || locale === 'default' ? 'vi-VN' : locale;
    return new Native(chosen, options);
  }
  VietnameseDateTimeFormat.prototype = Native.prototype;
  VietnameseDateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf;
  Intl.DateTimeFormat = VietnameseDateTimeFormat;

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  var WEEKDAYS = { Sun: 'CN', Mon: 'T2', Tue: 'T3', Wed: 'T4', Thu: 'T5', Fri: 'T6', Sat: 'T7' };

  /** Texts form-js and its date picker draw, and what a Vietnamese office reads instead. */
  var TEXTS = {
    'Search': 'Tìm kiếm',
    'Skip to search': 'Chuyển đến ô tìm kiếm',
    'Select': 'Chọn',
    'Add new': 'Thêm dòng',
    'Nothing to show.': 'Không có dữ liệu.',
    'Date': 'Ngày',
    'Time': 'Giờ',
    'Increment': 'Tăng',
    'Decrement': 'Giảm',
    'Previous page': 'Trang trước',
    'Next page': 'Trang sau',
    'Remove list item': 'Xóa dòng',
    'Remove tag': 'Bỏ mục này',
    'Remove': 'Xóa'
  };
  MONTHS.forEach(function (name, i) { TEXTS[name] = 'Tháng ' + (i + 1); });
  Object.keys(WEEKDAYS).forEach(function (day) { TEXTS[day] = WEEKDAYS[day]; });

  /** form-js's validation messages (1.10), as patterns. */
  var MESSAGES = [
    [/^Field is required\.$/, function () { return 'Trường này là bắt buộc: hãy điền.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Giá trị nhỏ nhất là ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Giá trị lớn nhất là ' + m[1] + '.'; }],
    [/^Field must have minimum length of (.+)\.$/, function (m) { return 'Cần ít nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have maximum length of (.+)\.$/, function (m) { return 'Tối đa ' + m[1] + ' ký tự.'; }],
    [/^Field must match pattern (.+)\.$/, function () { return 'Giá trị chưa đúng định dạng yêu cầu.'; }],
    [/^Field must be a valid email\.$/, function () { return 'Địa chỉ thư điện tử chưa hợp lệ.'; }],
    [/^Field must be a valid\s+international phone number.*$/, function () { return 'Số điện thoại chưa hợp lệ (ví dụ +84251382200).'; }],
    [/^Value is not a number\.$/, function () { return 'Giá trị phải là số.'; }],
    [/^Value is expected to be an integer\.$/, function () { return 'Giá trị phải là số nguyên.'; }],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, function (m) { return 'Tối đa ' + m[1] + ' chữ số thập phân.'; }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, function (m) { return 'Giá trị không hợp lệ; hai giá trị gần nhất là ' + m[1] + ' và ' + m[2] + '.'; }]
  ];

  function message(text) {
    for (var i = 0; i < MESSAGES.length; i++) {
      var m = MESSAGES[i][0].exec(text);
      if (m) { return MESSAGES[i][1](m); }
    }
    return text;
  }

  function translateNode(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      var trimmed = node.nodeValue.trim();
      if (TEXTS.hasOwnProperty(trimmed)) {
        node.nodeValue = node.nodeValue.replace(trimmed, TEXTS[trimmed]);
      } else if (trimmed) {
        var translated = message(trimmed);
        if (translated !== trimmed) { node.nodeValue = translated; }
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) { return; }
    ['placeholder', 'aria-label', 'title'].forEach(function (attribute) {
      var value = node.getAttribute(attribute);
      if (!value) { return; }
      var row = /^Remove list item (\d+)$/.exec(value);
      var day = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(value);
      if (row) {
        node.setAttribute(attribute, 'Xóa dòng ' + row[1]);
      } else if (day && MONTHS.indexOf(day[1]) >= 0) {
        // The date picker's days, read aloud: "January 31, 2027".
        node.setAttribute(attribute, 'Ngày ' + day[2] + ' tháng ' + (MONTHS.indexOf(day[1]) + 1) + ' năm ' + day[3]);
      } else if (TEXTS.hasOwnProperty(value)) {
        node.setAttribute(attribute, TEXTS[value]);
      }
    });
    for (var child = node.firstChild; child; child = child.nextSibling) { translateNode(child); }
  }

  window.Vietnamese = {
    message: message,
    /** Translates form-js's messages at their source and its texts wherever they are drawn. */
    localise: function (form, container) {
      var validator = form.get('validator');
      ['validateField', 'validateFieldInstance'].forEach(function (name) {
        var original = validator[name].bind(validator);
        validator[name] = function () { return original.apply(null, arguments).map(message); };
      });
      translateNode(container);
      var observer = new MutationObserver(function (changes) {
        changes.forEach(function (change) {
          if (change.type === 'characterData') { translateNode(change.target); }
          if (change.type === 'attributes') { translateNode(change.target); }
          change.addedNodes.forEach(translateNode);
        });
      });
      observer.observe(container, {
        childList: true, subtree: true, characterData: true,
        attributes: true, attributeFilter: ['placeholder', 'aria-label', 'title']
      });
      return observer;
    },
    /** The date picker is attached next to its input, inside the container: covered above. */
    number: function (value) { return new Intl.NumberFormat('vi-VN').format(value); }
  };
})();
