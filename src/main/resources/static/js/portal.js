// Public pages: the print button of the print view, and the header clock shown at once (pages may come from a cache).
(function () {
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) window.print();
  });
})();
