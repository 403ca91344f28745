#!/usr/bin/env bash
# Scores `vigil analyze` on the second development set (eval/dev2) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev2 "$@"
