#!/usr/bin/env bash
# Generates both Prisma clients: generated/prisma (SQLite) and generated/prisma-postgres (PostgreSQL);
# infra/database.ts picks one by DATABASE_URL at run time. Each needs a DATABASE_URL of its own
# provider while generating: with none, or one of the other provider, `prisma generate` falls back
# to downloading a native query engine, which fails offline. Nothing connects to these URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE_URL=file:./data/register.db node_modules/.bin/prisma generate --schema prisma/schema.prisma
DATABASE_URL=postgresql://localhost/unused node_modules/.bin/prisma generate --schema prisma/postgres/schema.prisma
