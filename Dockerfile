# syntax=docker/dockerfile:1
# Runtime image of the function. Build: docker buildx build --target image .
# The server starts from a V8 startup snapshot of itself (BENCHMARKS.md, "Cold start"): the bundle
# is loaded and evaluated once, here, instead of at every pod start.

# One reference for both stages that run it: a snapshot loads only in the Node that built it.
ARG RUNTIME=gcr.io/distroless/nodejs24-debian12:nonroot

FROM node:24-bookworm-slim AS build
WORKDIR /fn
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle.mjs scripts/snapshot-builtins.mjs ./scripts/
COPY function ./function
# Type-checks, then bundles the server into dist/main.js and the snapshot's entry dist/snapshot.cjs.
RUN npm run build

# The snapshot, built by the runtime image's own Node (distroless: no shell, so exec form). It keeps
# no compiled code, so it loads on any CPU of the architecture, not only one like the build's.
FROM ${RUNTIME} AS snapshot
WORKDIR /fn
COPY --from=build /fn/dist/snapshot.cjs ./dist/
COPY scripts/build-snapshot.mjs ./scripts/
USER root
RUN ["/nodejs/bin/node", "scripts/build-snapshot.mjs", "dist/snapshot.cjs", "dist/main.blob"]

FROM ${RUNTIME} AS image
WORKDIR /fn
# The snapshot holds the whole server; the licence notices of the bundled dependencies travel with
# it. The bundles and their source maps stay in the build stages (the build is reproducible from
# the same commit). Read-only at run time: nothing is written beside it.
COPY --from=snapshot /fn/dist/main.blob ./dist/
COPY --from=build /fn/dist/snapshot.cjs.LEGAL.txt /fn/dist/THIRD-PARTY-NOTICES.txt ./dist/
USER nonroot:nonroot
EXPOSE 9443
# ENTRYPOINT starts the server and CMD stays empty, so `crossplane render`'s Docker runtime can
# append --insecure and Crossplane's own flags reach the server (after `--`, they are its flags,
# not Node's).
ENTRYPOINT ["/nodejs/bin/node", "--snapshot-blob", "/fn/dist/main.blob", "--"]
CMD []
