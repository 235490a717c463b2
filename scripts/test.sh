#!/bin/sh
# `npm test`: Biome (seconds), then the type check beside the tests rather than before them, so tsc fills the moments
# the tests wait on processes and browsers; fails when either fails. Arguments go to vitest.
biome check . || exit 1
tsc --noEmit &
typecheck=$!
vitest run "$@"
tests=$?
wait "$typecheck"
types=$?
[ "$types" -eq 0 ] || echo "npm test: the type check (tsc --noEmit) failed" >&2
[ "$tests" -eq 0 ] && [ "$types" -eq 0 ]
