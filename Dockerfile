# syntax=docker/dockerfile:1
# Runtime image of the function. Build: docker buildx build --target image .
FROM node:24-bookworm-slim AS build
WORKDIR /fn
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle.mjs ./scripts/
COPY function ./function
# Type-checks, then bundles the server and its dependencies into dist/main.js.
RUN npm run build

FROM gcr.io/distroless/nodejs24-debian12:nonroot AS image
WORKDIR /fn
# package.json says the bundle is an ES module; nothing else is needed at run time. The licence
# notices of the bundled dependencies travel with it; the source map stays in the build stage (the
# build is reproducible from the same commit).
COPY --from=build /fn/package.json ./
COPY --from=build /fn/dist/main.js /fn/dist/main.js.LEGAL.txt /fn/dist/THIRD-PARTY-NOTICES.txt ./dist/
USER nonroot:nonroot
EXPOSE 9443
# ENTRYPOINT runs the server and CMD stays empty, so `crossplane render`'s Docker runtime can append
# --insecure and Crossplane's own flags reach the server.
ENTRYPOINT ["/nodejs/bin/node", "dist/main.js"]
CMD []
