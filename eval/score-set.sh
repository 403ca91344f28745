#!/usr/bin/env bash
# Scores `vigil analyze` on one of the project's evaluation sets against its
# gold annotations: eval/score-set.sh dev|dev2|dev3|holdout [scorer args, e.g.
# --verbose, --json]. Run from anywhere; paths are resolved from the project
# root. Each run writes its own temporary output, so several can run at once.
set -euo pipefail
set_name="${1:?usage: eval/score-set.sh dev|dev2|dev3|holdout [scorer arguments]}"
shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ ! -d "eval/$set_name" ] || [ ! -d "eval/$set_name-gold" ]; then
  echo "score-set: no set eval/$set_name with gold eval/$set_name-gold" >&2
  exit 2
fi
scorer="../shared/eval/score.mjs"
if [ ! -f "$scorer" ]; then
  echo "score-set: $scorer not found (../shared is absent); nothing to score." >&2
  exit 0
fi
npm run build >/dev/null
out="$(mktemp "${TMPDIR:-/tmp}/vigil-$set_name-XXXXXX.ndjson")"
trap 'rm -f "$out"' EXIT
node dist/src/cli/main.js analyze "eval/$set_name"/*.txt --format ndjson > "$out"
node "$scorer" --gold "eval/$set_name-gold" --pred "$out" "$@"
