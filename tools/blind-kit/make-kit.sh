#!/usr/bin/env bash
# Builds the kit a blind encoder works from, outside the repository, so that the encoder never needs to open it:
# the vocabulary, the case format and conventions, a validator, and every publication already used (held-out and own
# cases, extraction stories), which a new batch must not reuse.
# With --stories it builds the kit of a free-text story writer instead: the story format and the method of the latest
# story batch in place of the case validator, and the story validator.
# Usage: tools/blind-kit/make-kit.sh /work/blindNN [--stories]
set -euo pipefail
kit=${1:?usage: make-kit.sh KIT_DIR [--stories]}
mode=${2:-cases}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$kit/out"
cp "$root/knowledge/vocabulary.json" "$kit/vocabulary.json"
cp "$root/tests/cases/README.md" "$kit/conventions.md"
if [ "$mode" = "--stories" ]; then
  # the format and encoding rules of the first story batch, without its coverage table
  sed -n '1,/^## Coverage/p' "$root/tests/extraction/train/README.md" | sed '$d' > "$kit/story-format.md"
  latest=$(ls -d "$root"/tests/extraction/heldback* | sort -V | tail -1)
  cp "$latest/README.md" "$kit/method-of-latest-batch.md"
  cp "$root/tests/extraction/validate_stories.py" "$kit/validate_stories.py"
else
  cp "$root/tools/blind-kit/validate_cases.py" "$kit/validate.py"
fi
python3 - "$root" "$kit/do-not-use.txt" <<'PY'
import glob, json, sys
root, out = sys.argv[1], sys.argv[2]
seen = set()
for f in glob.glob(f"{root}/tests/cases/**/*.json", recursive=True) + glob.glob(f"{root}/tests/extraction/**/*.json", recursive=True):
    try:
        data = json.load(open(f))
    except (OSError, ValueError):
        continue
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict) and isinstance(item.get("provenance"), str) and item["provenance"].strip():
            seen.add(item["provenance"].strip())
open(out, "w").write("\n".join(sorted(seen)) + "\n")
print(f"{len(seen)} publications already used -> {out}")
PY
if [ "$mode" = "--stories" ]; then
  echo "story kit ready in $kit: vocabulary.json, conventions.md, story-format.md, method-of-latest-batch.md, validate_stories.py, do-not-use.txt, out/"
else
  echo "kit ready in $kit: vocabulary.json, conventions.md, validate.py, do-not-use.txt, out/"
fi
