// Which environment variables the bundle reads while it loads. In the runtime image the bundle is
// loaded once, at image build, into a V8 startup snapshot: whatever a module read from the
// environment then (grpc-js reads GRPC_VERBOSITY, GRPC_TRACE and others as it loads) is fixed in
// the image, and setting it on the pod changes nothing. Recording the names lets the server say so
// at start instead of silently ignoring them. Imported first by entry.ts, so it sees every read.
const environment = process.env;
const read = new Set<string>();

process.env = new Proxy(environment, {
  get(target, name) {
    if (typeof name === "string") read.add(name);
    return Reflect.get(target, name);
  },
  has(target, name) {
    if (typeof name === "string") read.add(name);
    return Reflect.has(target, name);
  },
});

/** Stops recording, puts the real environment back and returns the names read until now. */
export function stopRecording(): string[] {
  process.env = environment;
  return [...read].sort();
}
