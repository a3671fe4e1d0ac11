#!/usr/bin/env bash
# Applies the register's migrations: DATABASE_URL (file: for SQLite, postgresql:// for PostgreSQL),
# else DATA_DIR/register.db. prisma.config.ts picks the schema, migrations and adapter by the URL.
# Concurrent runs are safe on PostgreSQL: Prisma holds an advisory lock while it migrates.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --require ./scripts/unref-long-timers.cjs node_modules/prisma/build/index.js migrate deploy
