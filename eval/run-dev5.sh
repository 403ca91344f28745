#!/usr/bin/env bash
# Scores `vigil analyze` on the fifth development set (eval/dev5) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev5 "$@"
