#!/usr/bin/env python3
"""At a freeze, new blind batches written at the same time against each other (the kit's used list cannot hold a
publication another writer is using): pairs of files that share a link, a DOI, a number of six digits or more, or a
piece of eight words or more of their provenance.
usage: python3 tools/blind-kit/crosscheck.py DIR... (case or story json files with a provenance string)"""
import glob, json, re, sys, urllib.parse
items = []
for d in sys.argv[1:]:
    for f in sorted(glob.glob(f"{d}/*.json")):
        p = json.load(open(f)).get("provenance", "")
        p = urllib.parse.unquote(p).lower()
        keys = set(re.findall(r"10\.\d{4,9}/[^\s,;)]+", p)) | set(re.findall(r"https?://\S+", p)) | set(re.findall(r"\b\d{6,9}\b", p))
        keys = {k.rstrip(".,);") for k in keys}
        titles = {s.strip() for s in re.split(r"[.]", p) if len(s.split()) >= 8}
        items.append((f, keys, titles))
hits = 0
for i in range(len(items)):
    for j in range(i + 1, len(items)):
        a, b = items[i], items[j]
        shared = (a[1] & b[1]) | (a[2] & b[2])
        if shared:
            hits += 1; print(a[0], b[0], sorted(shared)[:3])
print(f"{len(items)} files, {hits} shared pairs")
