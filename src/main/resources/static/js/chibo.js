// Accessibility toolbar (font size A-/A/A+ and high contrast, remembered per browser) and the header clock.
(function () {
  var root = document.documentElement;
  var MIN = -2, MAX = 4;

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage disabled: the choice lasts for this page */ }
  }

  function fontStep() {
    return parseInt(root.getAttribute('data-font-step') || '0', 10);
  }

  function setFontStep(step) {
    step = Math.max(MIN, Math.min(MAX, step));
    if (step === 0) root.removeAttribute('data-font-step'); else root.setAttribute('data-font-step', String(step));
    store('chibo.fontStep', String(step));
  }

  function syncContrastButtons() {
    var on = root.classList.contains('high-contrast');
    document.querySelectorAll('[data-contrast]').forEach(function (b) { b.setAttribute('aria-pressed', on ? 'true' : 'false'); });
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
      return;
    }
    var button = event.target.closest('[data-font],[data-contrast]');
    if (!button) return;
    var action = button.getAttribute('data-font');
    if (action === 'smaller') setFontStep(fontStep() - 1);
    else if (action === 'larger') setFontStep(fontStep() + 1);
    else if (action === 'reset') setFontStep(0);
    if (button.hasAttribute('data-contrast')) {
      root.classList.toggle('high-contrast');
      store('chibo.contrast', root.classList.contains('high-contrast') ? 'high' : 'normal');
      syncContrastButtons();
    }
  });

  // A file field marked data-autosubmit sends its form once a file is chosen (a photo just taken with the camera).
  document.addEventListener('change', function (event) {
    var field = event.target.closest('input[type=file][data-autosubmit]');
    if (field && field.files && field.files.length > 0 && field.form) {
      if (field.form.requestSubmit) field.form.requestSubmit(); else field.form.submit();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    syncContrastButtons();
    var clock = document.getElementById('clock');
    if (!clock) return;
    // Weekday names come from the message bundle, Sunday first.
    var days = (clock.getAttribute('data-weekdays') || '').split(',');
    function pad(n) { return n < 10 ? '0' + n : String(n); }
    function tick() {
      // Vietnam has no daylight saving time: UTC+7 all year.
      var now = new Date(Date.now() + 7 * 3600 * 1000);
      var text = pad(now.getUTCDate()) + '/' + pad(now.getUTCMonth() + 1) + '/' + now.getUTCFullYear() + ' ' +
        pad(now.getUTCHours()) + ':' + pad(now.getUTCMinutes());
      if (days.length === 7) clock.textContent = days[now.getUTCDay()] + ', ' + text;
    }
    tick();
    setInterval(tick, 30000);
  });
})();
