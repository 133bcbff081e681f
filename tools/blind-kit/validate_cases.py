#!/usr/bin/env python3
"""Check encoded cases against the vocabulary (codes, types, ranges, patient/clinician split, source and group,
urgency ids). Usage: python3 validate_cases.py KIT/out/*.json  (vocabulary.json is read from beside this script)."""
import json, sys
import os
here = os.path.dirname(os.path.abspath(__file__))
# beside the script in a kit; the repository's own vocabulary when run from tools/blind-kit
vocab = next(p for p in (os.path.join(here, 'vocabulary.json'), os.path.join(here, '..', '..', 'knowledge', 'vocabulary.json')) if os.path.exists(p))
v = json.load(open(vocab))
F = {f['code']: f for f in v['findings']}
S = {s['id']: s['group'] for s in v['sources']}
U = [u['id'] for u in v['urgency']]
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
def check_val(f, code, val):
    d = F.get(code)
    if d is None: return err(f, f"unknown code {code}")
    t = d['type']
    if t == 'bool' and not isinstance(val, bool): err(f, f"{code} must be true/false")
    if t == 'int':
        if not isinstance(val, int) or isinstance(val, bool): err(f, f"{code} must be an integer")
        elif 'range' in d and not (d['range'][0] <= val <= d['range'][1]): err(f, f"{code} out of range {d['range']}")
    if t == 'choice' and val not in d.get('values', []): err(f, f"{code} must be one of {d.get('values')}")
for f in sys.argv[1:]:
    c = json.load(open(f))
    for k in ('id','age','sex','findings','expected','provenance'):
        if k not in c: err(f, f"missing {k}")
    if c.get('sex') not in ('male','female'): err(f, "sex must be male or female")
    if c.get('setting') not in (None, 'emergency', 'primary_care'): err(f, "setting must be emergency or primary_care")
    for code, val in c.get('findings', {}).items():
        check_val(f, code, val)
        if code in F and F[code]['who'] != 'patient': err(f, f"{code} is a clinician finding: put it in examFindings")
    for code, val in c.get('examFindings', {}).items():
        check_val(f, code, val)
        if code in F and F[code]['who'] == 'patient': err(f, f"{code} is a patient finding: put it in findings")
    e = c.get('expected', {})
    for k in ('urgency','acceptableUrgency','urgencyPatientOnly','source','group','reason'):
        if k not in e: err(f, f"expected.{k} missing")
    if e.get('urgency') not in U or e.get('urgencyPatientOnly') not in U: err(f, "urgency ids")
    acc = e.get('acceptableUrgency', [])
    if not acc or acc[0] != e.get('urgency') or any(a not in U for a in acc): err(f, "acceptableUrgency must start with urgency")
    if e.get('source') not in S: err(f, f"unknown source {e.get('source')}")
    elif S[e['source']] != e.get('group'): err(f, f"group of {e['source']} is {S[e['source']]}")
print(f"{len(sys.argv)-1} file(s), {bad} problem(s)"); sys.exit(1 if bad else 0)
