// Fills the hidden time-zone fields with the browser's zone (stored with diary entries, so times read in the
// person's own clock) and sets untouched "now" fields to the browser's local time. Without this file the
// server's guess (the zone of the latest entry, else UTC) is sent instead.
(function () {
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  if (zone) {
    document.querySelectorAll('input[data-timezone]').forEach(function (input) { input.value = zone; });
  }
  var d = new Date();
  function two(n) { return (n < 10 ? '0' : '') + n; }
  var now = d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + 'T' + two(d.getHours()) + ':' + two(d.getMinutes());
  document.querySelectorAll('input[data-now]').forEach(function (input) { input.value = now; });
})();
