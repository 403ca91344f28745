#!/usr/bin/env bash
# Scores `vigil analyze` on the fourth development set (eval/dev4) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev4 "$@"
