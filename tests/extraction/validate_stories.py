#!/usr/bin/env python3
"""Validate story files: python3 validate_stories.py DIR [DIR...]
Checks JSON, required fields, id = file name (two capital letters, "_", three digits), age/sex, codes exist with
who=patient, types/ranges, text length 150-1000, no age/sex in findings, provenance with link, duplicate provenance
across dirs. vocabulary.json is read from beside this script (a blind kit) or from the repository's knowledge/."""
import json, sys, pathlib, re, os
here = os.path.dirname(os.path.abspath(__file__))
VOC = json.load(open(next(p for p in (os.path.join(here, 'vocabulary.json'), os.path.join(here, '..', '..', 'knowledge', 'vocabulary.json')) if os.path.exists(p))))
F = {f['code']: f for f in VOC['findings']}
bad = 0; provs = {}
def err(p, m):
    global bad; bad += 1; print(f"{p}: {m}")
for d in sys.argv[1:]:
    for p in sorted(pathlib.Path(d).glob('*.json')):
        try: c = json.load(open(p))
        except Exception as e: err(p, f'not JSON: {e}'); continue
        if set(c) != {'id','text','age','sex','findings','provenance'}: err(p, f'keys {sorted(c)}')
        if c.get('id') != p.stem: err(p, 'id != file name')
        if not re.fullmatch(r'[A-Z][A-Z]_\d{3}', str(c.get('id'))): err(p, 'id pattern')
        t = c.get('text','')
        if not isinstance(t, str) or not 150 <= len(t) <= 1000: err(p, f'text length {len(t)}')
        a = c.get('age')
        if not isinstance(a, int) or isinstance(a, bool) or not 10 <= a <= 120: err(p, 'age int 10-120')
        if c.get('sex') not in ('female','male','other'): err(p, 'sex')
        fd = c.get('findings')
        if not isinstance(fd, dict) or not fd: err(p, 'findings must be a non-empty object'); fd = {}
        for k, v in fd.items():
            f = F.get(k)
            if not f: err(p, f'{k}: unknown code'); continue
            if f['who'] != 'patient': err(p, f'{k}: not a patient code')
            ty = f['type']
            if ty == 'bool' and not isinstance(v, bool): err(p, f'{k}: bool expected')
            if ty == 'int' and (not isinstance(v, int) or isinstance(v, bool) or not f['range'][0] <= v <= f['range'][1]): err(p, f"{k}: int in {f['range']}")
            if ty == 'choice' and v not in f['values']: err(p, f"{k}: one of {f['values']}")
        pv = c.get('provenance','')
        if not isinstance(pv, str) or 'http' not in pv: err(p, 'provenance needs a link')
        else:
            url = re.findall(r'https?://\S+', pv)[-1].rstrip('.')
            if url in provs: err(p, f'same link as {provs[url]}')
            provs[url] = p.name
print('files:', len(provs), 'errors:', bad)
sys.exit(1 if bad else 0)
