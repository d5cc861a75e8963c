// The speaker's time on the hall screen, counted down each second between the screen's reloads (every 5 s). The server
// gives the seconds left when it made the screen; the count runs from when this browser received it, so that a
// projector whose clock is off still shows the right time.
(function () {
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function show(el, left) {
    var s = Math.abs(left);
    var time = el.querySelector('.hall-countdown-time');
    var label = el.querySelector('.hall-countdown-label');
    if (time) time.textContent = pad(Math.floor(s / 60)) + ':' + pad(s % 60);
    if (label) label.textContent = el.getAttribute(left < 0 ? 'data-over-label' : 'data-left-label');
    el.classList.toggle('hall-over', left < 0);
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-seconds-left]').forEach(function (el) {
      if (!el.hasAttribute('data-received')) el.setAttribute('data-received', String(now));
      var elapsed = Math.floor((now - parseInt(el.getAttribute('data-received'), 10)) / 1000);
      show(el, parseInt(el.getAttribute('data-seconds-left'), 10) - elapsed);
    });
  }

  setInterval(tick, 1000);
  document.addEventListener('DOMContentLoaded', tick);
})();
