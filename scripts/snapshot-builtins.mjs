// esbuild plugin for the snapshot bundle (dist/snapshot.cjs). Node's snapshot builder cannot hold
// node:http, node:https, node:http2 or node:tls (it aborts: their native state cannot be
// serialised), and grpc-js and the server require them as they load. So each is replaced by a
// stand-in that loads the real module on first use, after the snapshot is deserialised. CommonJS
// code gets the stand-in from require(); ES modules import it as the default export (a named import
// would have esbuild copy the module's properties, which loads it, so it fails the bundle).
//
// While the snapshot is built a stand-in answers only node:http2's `constants` (grpc-js takes
// header names from it as it loads), read by scripts/build-snapshot.mjs from the same Node binary
// and handed over in SNAPSHOT_HTTP2_CONSTANTS; any other use fails the build, naming it.

const standIn = (id, esm) => `
${esm ? 'import { startupSnapshot } from "node:v8";' : 'const { startupSnapshot } = require("node:v8");'}
const id = ${JSON.stringify(id)};
let loaded;
function real(use) {
  if (startupSnapshot.isBuildingSnapshot()) throw new Error(id + ": " + String(use) + " was used while the snapshot was built; Node cannot snapshot " + id + ", so it may only be used once the server runs");
  return (loaded ??= process.getBuiltinModule(id));
}
function constantsWhileBuilding() {
  const handedOver = process.env.SNAPSHOT_HTTP2_CONSTANTS;
  if (!handedOver) throw new Error("node:http2.constants is read while the snapshot is built: run the builder through scripts/build-snapshot.mjs, which hands them over");
  return JSON.parse(handedOver);
}
${esm ? "export default" : "module.exports ="} new Proxy({}, {
  get: (_, key) => (id === "node:http2" && key === "constants" && startupSnapshot.isBuildingSnapshot() ? constantsWhileBuilding() : Reflect.get(real(key), key)),
  has: (_, key) => Reflect.has(real(key), key),
  ownKeys: () => Reflect.ownKeys(real("its keys")),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(key), key);
    // A proxy may not report a property its (empty) target lacks as non-configurable.
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;

export const deferUnsnapshottableBuiltins = {
  name: "defer-unsnapshottable-builtins",
  setup(build) {
    build.onResolve({ filter: /^(node:)?(https?|http2|tls)$/ }, (args) => ({
      path: `node:${args.path.replace(/^node:/, "")}`,
      namespace: args.kind === "require-call" ? "deferred-builtin-cjs" : "deferred-builtin-esm",
    }));
    build.onLoad({ filter: /.*/, namespace: "deferred-builtin-cjs" }, (args) => ({ contents: standIn(args.path, false), loader: "js" }));
    build.onLoad({ filter: /.*/, namespace: "deferred-builtin-esm" }, (args) => ({ contents: standIn(args.path, true), loader: "js" }));
  },
};
