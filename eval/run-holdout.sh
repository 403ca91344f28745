#!/usr/bin/env bash
# Scores `vigil analyze` on the blind held-out set (eval/holdout) against its
# gold annotations (eval/holdout-gold). Extra arguments go to the scorer
# (e.g. --verbose, --json). Run from anywhere; paths are resolved from the
# project root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scorer="../shared/eval/score.mjs"
if [ ! -f "$scorer" ]; then
  echo "run-holdout: $scorer not found (../shared is absent); nothing to score." >&2
  exit 0
fi
npm run build >/dev/null
out="/tmp/holdout.ndjson"
node dist/src/cli/main.js analyze eval/holdout/*.txt --format ndjson > "$out"
node "$scorer" --gold eval/holdout-gold --pred "$out" "$@"
