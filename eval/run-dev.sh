#!/usr/bin/env bash
# Scores `vigil analyze` on the development set (eval/dev) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev "$@"
