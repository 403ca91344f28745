#!/usr/bin/env bash
# Scores `vigil analyze` on the seventh development set (eval/dev7) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev7 "$@"
