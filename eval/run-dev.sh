#!/usr/bin/env bash
# Scores `vigil analyze` on the development set (eval/dev) against its gold
# annotations (eval/dev-gold). Extra arguments go to the scorer (e.g.
# --verbose, --json). Run from anywhere; paths are resolved from the project
# root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scorer="../shared/eval/score.mjs"
if [ ! -f "$scorer" ]; then
  echo "run-dev: $scorer not found (../shared is absent); nothing to score." >&2
  exit 0
fi
npm run build >/dev/null
out="/tmp/dev.ndjson"
node dist/src/cli/main.js analyze eval/dev/*.txt --format ndjson > "$out"
node "$scorer" --gold eval/dev-gold --pred "$out" "$@"
