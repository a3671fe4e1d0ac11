# One image for the worker and the API (docker-compose.yml picks the command).
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY infra ./infra
RUN npm ci --no-audit --no-fund
COPY . .
ENV DATA_DIR=/data
CMD ["npm", "run", "start:api"]
