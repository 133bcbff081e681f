#!/usr/bin/env python3
"""At a freeze, new blind batches written at the same time against each other (the kit's used list cannot hold a
publication another writer is using): pairs of files that share a link, a DOI, a number of six digits or more, or a
piece of eight words or more of their provenance.
With --used do-not-use.txt, also names each file of which seven words running in its provenance stand in the used list
(a used paper found again under another link, its title lengthened with a remark); journal and site names hit too, so
each hit is read by hand.
usage: python3 tools/blind-kit/crosscheck.py [--used do-not-use.txt] DIR... (case or story json files with a provenance)"""
import glob, json, re, sys, urllib.parse
args = sys.argv[1:]
used = None
if args[:1] == ["--used"]:
    used = " ".join(re.sub(r"[^a-z0-9 ]+", " ", open(args[1]).read().lower()).split())
    args = args[2:]
items = []
for d in args:
    for f in sorted(glob.glob(f"{d}/*.json")):
        p = json.load(open(f)).get("provenance", "")
        p = urllib.parse.unquote(p).lower()
        keys = set(re.findall(r"10\.\d{4,9}/[^\s,;)]+", p)) | set(re.findall(r"https?://\S+", p)) | set(re.findall(r"\b\d{6,9}\b", p))
        keys = {k.rstrip(".,);") for k in keys}
        titles = {s.strip() for s in re.split(r"[.]", p) if len(s.split()) >= 8}
        items.append((f, keys, titles))
        if used:
            words = re.sub(r"[^a-z0-9 ]+", " ", p).split()
            runs = {" ".join(words[i:i + 7]) for i in range(len(words) - 6)}
            hits = sorted(r for r in runs if r in used)
            if hits:
                print(f"{f}: in the used list: {hits[0]}" + (f" (+{len(hits) - 1} more)" if len(hits) > 1 else ""))
hits = 0
for i in range(len(items)):
    for j in range(i + 1, len(items)):
        a, b = items[i], items[j]
        shared = (a[1] & b[1]) | (a[2] & b[2])
        if shared:
            hits += 1; print(a[0], b[0], sorted(shared)[:3])
print(f"{len(items)} files, {hits} shared pairs")
