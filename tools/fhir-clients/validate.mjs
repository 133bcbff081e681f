// Validates FHIR R4 resources with FHIR.js (npm `fhir`, its bundled R4 StructureDefinitions and ValueSets):
// a second validator, written by other people than Firely's. It checks element names, cardinality, data
// types, required code bindings, and walks into Bundle entries and contained resources.
// Usage: node validate.mjs FILE   where FILE is a JSON array of {"label": "...", "resource": {...}}.
// Prints one line per message ("label: error|warning|info location: message") and a summary line.
// Exit 0 when no resource has an error, nor a warning other than a code outside a value set bound weaker than
// "required" (R4 binds Observation.code to LOINC only as an example; FHIR.js reports a miss of a required binding
// as an error), e.g. an element R4 does not have ("Unexpected property"); 1 when any has; 2 for unreadable input.
import fs from 'node:fs';
import fhirjs from 'fhir';

let items;
try {
  items = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  if (!Array.isArray(items) || items.some(i => typeof i?.label !== 'string' || typeof i?.resource?.resourceType !== 'string')) {
    throw new Error('expected a JSON array of {"label", "resource"}');
  }
} catch (e) {
  console.error(`validate.mjs: ${process.argv[2] ?? '(no file given)'}: ${e.message}`);
  process.exit(2);
}

const fhir = new fhirjs.Fhir(); // R4 (4.0.1) is FHIR.js's default version
const count = { error: 0, warning: 0, bindingWarning: 0, info: 0 };
for (const { label, resource } of items) {
  for (const message of fhir.validate(resource).messages) {
    const binding = message.severity === 'warning' && /not found in value set/.test(message.message);
    count[binding ? 'bindingWarning' : message.severity in count ? message.severity : 'error']++;
    const where = message.resourceId === '#initial' ? message.location : `${message.resourceId} ${message.location}`;
    console.log(`${label}: ${message.severity} ${where}: ${message.message}`);
  }
}

const version = JSON.parse(fs.readFileSync(new URL('node_modules/fhir/package.json', import.meta.url))).version;
console.log(`FHIR.js ${version} validate: ${items.length} resources, ${count.error} errors, ${count.warning} warnings; `
  + `${count.bindingWarning} codes outside a non-required value set, ${count.info} notes (value sets FHIR.js does not ship)`);
process.exit(count.error + count.warning === 0 ? 0 : 1);
