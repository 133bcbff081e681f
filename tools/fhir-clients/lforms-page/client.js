// A small FHIR client page as an integrator would write it: LHC-Forms renders HipSpine's intake Questionnaire
// (found by its canonical URL on the server's FHIR search), exports the QuestionnaireResponse with LForms' own
// API and posts it to $assess with the page's session. The test drives it like a person and reads #status/#result.
const status = document.getElementById('status');
const result = document.getElementById('result');
const button = document.getElementById('assess');
const fhir = { Accept: 'application/fhir+json' };

async function lforms() {
  // main.js is a module and the FHIR support script is deferred: wait until both have set up window.LForms.
  for (let i = 0; i < 600 && !(window.LForms?.Util?.addFormToPage && window.LForms?.Util?.getFormFHIRData); i++) {
    await new Promise(r => setTimeout(r, 50));
  }
  if (!window.LForms?.Util) throw new Error('LHC-Forms did not load');
  return window.LForms;
}

async function render() {
  const url = new URLSearchParams(location.search).get('questionnaire');
  const search = await fetch('/fhir/Questionnaire?url=' + encodeURIComponent(url), { headers: fhir });
  const bundle = await search.json();
  if (!search.ok || bundle.total !== 1) throw new Error('Questionnaire search: ' + search.status + ' ' + JSON.stringify(bundle).slice(0, 500));
  const LForms = await lforms();
  await LForms.Util.addFormToPage(bundle.entry[0].resource, 'form', { fhirVersion: 'R4' });
  button.disabled = false;
  status.textContent = 'rendered';
}

async function assess() {
  const response = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form'));
  const reply = await fetch('/fhir/QuestionnaireResponse/$assess', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...fhir, 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify(response),
  });
  result.textContent = JSON.stringify({ status: reply.status, sent: response, received: await reply.json() });
  status.textContent = 'assessed';
}

button.addEventListener('click', () => assess().catch(e => { status.textContent = 'failed: ' + e.message; }));
render().catch(e => { status.textContent = 'failed: ' + e.message; console.error(e); });
