#!/usr/bin/env bash
# Scores `vigil analyze` on the sixth development set (eval/dev6) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" dev6 "$@"
