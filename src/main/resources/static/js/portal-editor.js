// A small rich-text editor served by ChiBo itself: a contenteditable area over the body textarea, a toolbar of the
// formats the server keeps (the server sanitizes whatever arrives), and images with captions from the media library.
// Without JavaScript the textarea stays and takes HTML.
(function () {
  function init(textarea) {
    var labels = (textarea.getAttribute('data-labels') || '').split('|');
    function label(i, fallback) { return labels[i] || fallback; }
    var toolbar = document.createElement('div');
    toolbar.className = 'rich-editor-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', label(0, 'Định dạng'));
    var area = document.createElement('div');
    area.className = 'rich-editor-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    area.setAttribute('aria-labelledby', 'body-label');
    area.innerHTML = textarea.value;
    var commands = [
      [1, 'B', 'bold'], [2, 'I', 'italic'], [3, 'H2', 'formatBlock', 'h2'], [4, 'H3', 'formatBlock', 'h3'],
      [5, '¶', 'formatBlock', 'p'], [6, '•', 'insertUnorderedList'], [7, '1.', 'insertOrderedList'],
      [8, '❝', 'formatBlock', 'blockquote'], [9, '🔗', 'link'], [10, '⨯🔗', 'unlink']
    ];
    commands.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = c[1];
      b.setAttribute('aria-label', label(c[0], c[2]));
      b.title = label(c[0], c[2]);
      b.addEventListener('click', function () {
        area.focus();
        if (c[2] === 'link') {
          var url = window.prompt(label(11, 'Địa chỉ liên kết'), 'https://');
          if (url) document.execCommand('createLink', false, url);
        } else {
          document.execCommand(c[2], false, c[3] ? '<' + c[3] + '>' : null);
        }
        sync();
      });
      toolbar.appendChild(b);
    });
    function sync() { textarea.value = area.innerHTML; }
    area.addEventListener('input', sync);
    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
    var form = textarea.form;
    if (form) form.addEventListener('submit', sync);

    var images = document.querySelector('[data-editor-images]');
    if (images) {
      var select = images.querySelector('select');
      var alt = images.querySelector('#insert-alt');
      var caption = images.querySelector('#insert-caption');
      function fill() {
        var option = select.options[select.selectedIndex];
        if (!option) return;
        alt.value = option.getAttribute('data-alt') || '';
        caption.value = option.getAttribute('data-caption') || '';
      }
      select.addEventListener('change', fill);
      fill();
      images.querySelector('[data-insert-image]').addEventListener('click', function () {
        var id = select.value;
        var figure = document.createElement('figure');
        var img = document.createElement('img');
        img.src = '/cong/media/' + id + '/1280';
        img.alt = alt.value;
        figure.appendChild(img);
        if (caption.value) {
          var fc = document.createElement('figcaption');
          fc.textContent = caption.value;
          figure.appendChild(fc);
        }
        area.appendChild(figure);
        var p = document.createElement('p');
        p.appendChild(document.createElement('br'));
        area.appendChild(p);
        sync();
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('textarea[data-rich-editor]').forEach(init);
  });
})();
