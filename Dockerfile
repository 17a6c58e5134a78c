# One image recipe for every Stampede process; docker-compose.yml picks a target per service.
FROM node:20-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci && DATABASE_URL=postgresql://build@localhost/build npx prisma generate

FROM base AS web
RUN cd apps/web && npx next build
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["sh", "-c", "cd apps/web && exec ../../node_modules/.bin/next start -H 0.0.0.0 -p $PORT"]

FROM base AS worker
ENV NODE_ENV=production
CMD ["node_modules/.bin/tsx", "apps/worker/src/main.ts"]

FROM base AS migrate
CMD ["sh", "-c", "node_modules/.bin/prisma migrate deploy && node_modules/.bin/tsx prisma/seed.ts"]

FROM base AS demo-target
ENV NODE_ENV=production DEMO_TARGET_HOST=0.0.0.0 DEMO_TARGET_PORT=4010
EXPOSE 4010
CMD ["node_modules/.bin/tsx", "apps/demo-target/src/main.ts"]
