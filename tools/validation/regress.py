#!/usr/bin/env python3
"""The regression record of docs/validation.md: every spent held-out batch FIRST..LAST run through one CLI build and
one knowledge folder, one row per case (batch, id, urgency with the full case and with the patient's answers, each as
ok / unsafe / above against the case's acceptable levels, and whether the gold group is in the top three), and the
totals the validation sections quote. Diff two outputs to name every case a knowledge change moves.
usage: python3 tools/validation/regress.py CLI_DLL KNOWLEDGE_DIR FIRST LAST OUT.tsv [CASES_ROOT]
(CLI_DLL: a copy of src/HipSpine.Cli/bin/Release/net10.0/hipspine.dll, so that a rebuild does not disturb the run)"""
import json, glob, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
dll, kdir, first, last, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
root = sys.argv[6] if len(sys.argv) > 6 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "cases")
levels = ["self_care", "soon", "urgent", "emergency"]
def run(n):
    d = f"{root}/heldout{n if n > 1 else ''}"
    if not os.path.isdir(d): return []
    cases = {}
    for f in glob.glob(f"{d}/*.json"):
        try: c = json.load(open(f))
        except Exception: continue
        cases[c["id"]] = c
    o = subprocess.run(["dotnet", dll, "eval", d, "--verbose", "--knowledge", kdir], capture_output=True, text=True).stdout
    rows = []
    for line in o.splitlines():
        m = re.match(r"^(..)(\S+)\s+(\w+)\s+(\w+)\s+(\w+)\s+(\w+)(\s+MISS)?\s", line)
        if not m or m.group(2) not in cases: continue
        cid = m.group(2); c = cases[cid]
        acc = c["expected"].get("acceptableUrgency") or [c["expected"]["urgency"]]
        def cls(u, allowed):
            if u in allowed: return "ok"
            return "unsafe" if levels.index(u) < min(levels.index(a) for a in allowed) else "above"
        pacc = acc + [c["expected"].get("urgencyPatientOnly") or c["expected"]["urgency"]]
        rows.append((n, cid, m.group(4), m.group(5), cls(m.group(4), acc), cls(m.group(5), pacc), "miss" if m.group(7) else "hit"))
    return rows
with ThreadPoolExecutor(4) as ex:
    allrows = [r for rs in ex.map(run, range(first, last + 1)) for r in rs]
with open(out, "w") as f:
    for r in allrows: f.write("\t".join(map(str, r)) + "\n")
n = len(allrows)
print(f"cases {n}; unsafe full {sum(r[4]=='unsafe' for r in allrows)}, patient {sum(r[5]=='unsafe' for r in allrows)}; above full {sum(r[4]=='above' for r in allrows)}; top-3 {sum(r[6]=='hit' for r in allrows)}")
