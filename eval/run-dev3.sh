#!/usr/bin/env bash
# Scores `vigil analyze` on the third development set (eval/dev3) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev3 "$@"
