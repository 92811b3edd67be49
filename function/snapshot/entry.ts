// Entry of the V8 startup snapshot the runtime image starts from (dist/snapshot.cjs, built into
// dist/main.blob by scripts/build-snapshot.mjs with the image's own Node): the whole server is
// loaded and evaluated at image build, so a pod start skips compiling and evaluating the bundle
// (BENCHMARKS.md, "Cold start"). Started as `node --snapshot-blob main.blob -- <flags>`.
import { stopRecording } from "./env-read-at-load.js";
import { startupSnapshot } from "node:v8";
import { serve } from "../serve.js";
import { createLogger } from "../server/logger.js";

const readAtLoad = stopRecording();

startupSnapshot.setDeserializeMainFunction(() => {
  const ignored = readAtLoad.filter((name) => process.env[name] !== undefined);
  if (ignored.length > 0) {
    createLogger(false).warn(
      { names: ignored },
      "environment variables read when the server was loaded at image build have no effect: this image starts from a snapshot of that load",
    );
  }
  // A process started from a snapshot has no script path: argv[1] is the first flag.
  void serve(process.argv.slice(1));
});
