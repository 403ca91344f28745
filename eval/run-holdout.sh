#!/usr/bin/env bash
# Scores `vigil analyze` on the blind held-out set (eval/holdout) against its gold; see score-set.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/score-set.sh" holdout "$@"
