// Applies the reader's saved font size and contrast before the page paints (loaded synchronously in <head>).
(function () {
  var root = document.documentElement;
  try {
    var size = parseInt(localStorage.getItem('chibo.fontStep') || '0', 10);
    if (size) root.setAttribute('data-font-step', String(size));
    if (localStorage.getItem('chibo.contrast') === 'high') root.classList.add('high-contrast');
  } catch (e) {
    // Storage may be disabled; the defaults apply.
  }
})();
