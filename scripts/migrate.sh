#!/usr/bin/env bash
# Applies the register's migrations: DATABASE_URL (file: for SQLite, postgresql:// for PostgreSQL),
# else DATA_DIR/register.db (as infra/database-url.ts). prisma.config.ts picks the schema, migrations and
# adapter by the URL.
# Concurrent runs are safe on PostgreSQL: Prisma holds an advisory lock while it migrates. On SQLite its
# schema engine keeps the file in exclusive locking mode until it exits, so two deploys that both read the
# file before either writes wait on each other until SQLite's 5 s busy timeout fails one; deploys of one
# file therefore take turns through a lock file beside it, released when the deploy's process ends.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${DATABASE_URL:-file:$(realpath -m "${DATA_DIR:-data}")/register.db}"
prisma=(node --require ./scripts/unref-long-timers.cjs node_modules/prisma/build/index.js migrate deploy)
if [[ $url == file:* ]]; then
  file="${url#file:}"
  file="${file%%\?*}"
  mkdir -p "$(dirname "$file")"
  exec flock "$file.migrate-lock" "${prisma[@]}"
fi
exec "${prisma[@]}"
