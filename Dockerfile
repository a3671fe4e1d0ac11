# One image for the worker and the API (docker-compose.yml picks the command).
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY infra ./infra
# The containers talk to the Temporal service of docker-compose.yml: no Temporal binaries needed.
RUN TEMPORAL_SKIP_INSTALL=1 npm ci --no-audit --no-fund
COPY . .
ENV DATA_DIR=/data
# In a container the API listens on every interface of the container's own network; the port mapping in
# docker-compose.yml decides who reaches it. Outside a container HOST defaults to 127.0.0.1.
ENV HOST=0.0.0.0
CMD ["npm", "run", "start:api"]
