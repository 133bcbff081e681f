// Progressive enhancement for the body map: clicking a region ticks its checkbox (the real, accessible
// control) and the region is highlighted while its box is ticked. Without this file the form works the same.
(function () {
  var figure = document.querySelector('.bodymap svg');
  if (!figure) { return; }
  function box(code) { return document.querySelector('input[name="where"][value="' + code + '"]'); }
  function paint() {
    figure.querySelectorAll('[data-code]').forEach(function (region) {
      var input = box(region.getAttribute('data-code'));
      region.classList.toggle('on', !!(input && input.checked));
    });
  }
  figure.addEventListener('click', function (event) {
    var code = event.target.getAttribute && event.target.getAttribute('data-code');
    var input = code && box(code);
    if (input) { input.checked = !input.checked; paint(); }
  });
  document.querySelectorAll('input[name="where"]').forEach(function (input) { input.addEventListener('change', paint); });
  paint();
})();
