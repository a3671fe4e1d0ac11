#!/usr/bin/env bash
# Applies the register's migrations (DATABASE_URL, else DATA_DIR/register.db; see prisma.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node_modules/.bin/prisma migrate deploy
