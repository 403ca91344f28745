#!/usr/bin/env bash
# Scores `vigil analyze` on the second development set (eval/dev2) against its gold
# annotations (eval/dev2-gold). Extra arguments go to the scorer (e.g.
# --verbose, --json). Run from anywhere; paths are resolved from the project
# root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scorer="../shared/eval/score.mjs"
if [ ! -f "$scorer" ]; then
  echo "run-dev2: $scorer not found (../shared is absent); nothing to score." >&2
  exit 0
fi
npm run build >/dev/null
out="/tmp/dev2.ndjson"
node dist/src/cli/main.js analyze eval/dev2/*.txt --format ndjson > "$out"
node "$scorer" --gold eval/dev2-gold --pred "$out" "$@"
