// Fills the hidden time-zone fields with the browser's zone (stored with diary entries, so times read in the
// person's own clock). When the server drew the page in a zone whose clock differs from the browser's (it guesses
// the zone of the latest entry, else UTC), untouched "now" fields are reset to the browser's local time; when the
// clocks agree the server's time stands. Without this file the server's guess is sent instead.
(function () {
  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  if (!zone) { return; }
  var fields = document.querySelectorAll('input[data-timezone]');
  var serverZone = fields.length > 0 ? fields[0].value : zone;
  fields.forEach(function (input) { input.value = zone; });
  var d = new Date();
  function wallClock(timeZone) {
    try {
      return new Intl.DateTimeFormat('en-GB', { timeZone: timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    } catch (e) { return ''; }
  }
  if (serverZone === zone || wallClock(serverZone) === wallClock(zone)) { return; }
  function two(n) { return (n < 10 ? '0' : '') + n; }
  var now = d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + 'T' + two(d.getHours()) + ':' + two(d.getMinutes());
  document.querySelectorAll('input[data-now]').forEach(function (input) { input.value = now; });
})();
