#!/usr/bin/env bash
# Writes a new migration from the change to prisma/schema.prisma since the last commit.
# (`prisma migrate dev` does not work with the offline JavaScript engine, and `migrate diff
# --from-migrations` cannot use a shadow database under the driver adapter, so we diff two schemas.)
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <snake_case_name>}
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
old=$(mktemp --suffix=.prisma)
git show HEAD:prisma/schema.prisma > "$old"
mkdir -p "$dir"
node_modules/.bin/prisma migrate diff --from-schema-datamodel "$old" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$old"
echo "wrote $dir/migration.sql:"; cat "$dir/migration.sql"
