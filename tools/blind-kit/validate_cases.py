#!/usr/bin/env python3
"""Check encoded cases against the vocabulary (codes, types, ranges, patient/clinician split, source and group,
urgency ids), and in a kit each case's publication against the used list: a DOI, PubMed number or link of the
provenance, or a title of eight words or more, that stands in do-not-use.txt beside this script is a problem (encoders'
own checks have missed a used paper found again under another link). Usage: python3 validate_cases.py KIT/out/*.json  (vocabulary.json is read from beside
this script)."""
import json, sys, re, urllib.parse
import os
here = os.path.dirname(os.path.abspath(__file__))
# beside the script in a kit; the repository's own vocabulary when run from tools/blind-kit
vocab = next(p for p in (os.path.join(here, 'vocabulary.json'), os.path.join(here, '..', '..', 'knowledge', 'vocabulary.json')) if os.path.exists(p))
v = json.load(open(vocab))
F = {f['code']: f for f in v['findings']}
S = {s['id']: s['group'] for s in v['sources']}
U = [u['id'] for u in v['urgency']]
def plain(text):
    """Lower case, percent-decoded, without scheme or www., so that one link written two ways compares equal."""
    return re.sub(r'https?://(www\.)?', '', urllib.parse.unquote(text).lower())
used_path = os.path.join(here, 'do-not-use.txt')
used = plain(open(used_path).read()) if os.path.exists(used_path) else ''
def used_keys(provenance):
    """The DOIs, PubMed numbers, links and case numbers of a provenance that already stand in the used list, each matched whole (a
    link is not matched by a longer one that starts with it)."""
    p = plain(provenance)
    keys = [re.escape(d.rstrip('.')) for d in re.findall(r'10\.\d{4,9}/[^\s;,]+', p)]
    keys += [r'pmid:?\s*' + n for n in re.findall(r'pmid:?\s*(\d{6,9})', p)]
    keys += [re.escape(u.rstrip('.,;)/')) for u in re.findall(r'(?<![\w.])[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S+', p)]
    # a case or article number of five digits or more, which one report keeps under another link ("02hdc16966")
    keys += [re.escape(n) for u in re.findall(r'\S+/\S+', p) for n in re.findall(r'[a-z0-9]*\d{5,}[a-z0-9]*', u.split('/', 1)[1])]
    found = (re.search(r'(?<![\w.-])' + k + r'(?![\w-])', used) for k in dict.fromkeys(keys))
    return [m.group(0) for m in found if m and len(m.group(0)) > 8] + used_titles(provenance)
def words(text):
    """Lower-case words and numbers only, one space apart, so that a title compares equal whatever its punctuation."""
    return ' '.join(re.findall(r'[a-z0-9]+', text.lower()))
used_words = ' ' + words(open(used_path).read()) + ' ' if os.path.exists(used_path) else ''
def used_titles(provenance):
    """A title of eight words or more (a piece of the provenance between full stops) that stands whole in the used list: a
    paper used before through a copy of its abstract on another site carries neither its DOI nor its link there."""
    pieces = (words(s) for s in re.split(r'[.?!]\s', provenance))
    return ['title: ' + s for s in pieces if len(s.split()) >= 8 and ' ' + s + ' ' in used_words and not NOTE.search(s)]
# an encoder's note about the source, not its title: "abstract indexed at ...; journal and year not shown"
NOTE = re.compile(r'\b(not shown|not named|not stated|not given|indexed at|retrieved|no author)\b')
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
    for key in used_keys(str(c.get('provenance', ''))): err(f, f"publication already used (do-not-use.txt): {key}")
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
