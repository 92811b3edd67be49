// The Node floor: a function on the same TypeScript SDK and grpc-js that does no work. It returns
// the request's desired state unchanged, so its cost is transport, protobuf and the SDK.
// With `--responses <file>` it is the equal-output floor: it answers each request with a response
// computed beforehand (our own, for that request), which the SDK encodes on every call as it does
// ours. Then only our logic differs, not the size of what is sent back and decoded by the client.
// Plain JavaScript, run by node directly, like dist/main.js.
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { FunctionRunnerServiceService, RunFunctionResponse, to } from "@crossplane-org/function-sdk-typescript";

const flag = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const address = flag("--address") ?? "127.0.0.1:9444";
const responsesFile = flag("--responses");
// Keyed by the number of observed resources, which tells the benchmark's requests apart.
const responses = responsesFile
  ? new Map(
      Object.entries(JSON.parse(readFileSync(responsesFile, "utf8"))).map(([k, b64]) => [
        Number(k),
        RunFunctionResponse.decode(Buffer.from(b64, "base64")),
      ]),
    )
  : undefined;
const observedCount = (req) => Object.keys(req.observed?.resources ?? {}).length;

const server = new grpc.Server();
server.addService(FunctionRunnerServiceService, {
  runFunction: (call, callback) => {
    if (!responses) return callback(null, to(call.request));
    const fixed = responses.get(observedCount(call.request));
    if (!fixed)
      return callback({
        code: grpc.status.NOT_FOUND,
        details: `no response prepared for ${observedCount(call.request)} observed resources`,
      });
    callback(null, fixed);
  },
});
server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    console.error(err.message);
    process.exit(1);
  }
  console.log(JSON.stringify({ msg: "listening", port }));
});
process.on("SIGTERM", () => server.tryShutdown(() => process.exit(0)));
