// The Node floor: a function on the same TypeScript SDK and grpc-js that does no work. It returns
// the request's desired state unchanged, so its cost is transport, protobuf and the SDK.
// Plain JavaScript, run by node directly, like dist/main.js.
import * as grpc from "@grpc/grpc-js";
import { FunctionRunnerServiceService, to } from "@crossplane-org/function-sdk-typescript";

const address = process.argv[process.argv.indexOf("--address") + 1] ?? "127.0.0.1:9444";
const server = new grpc.Server();
server.addService(FunctionRunnerServiceService, {
  runFunction: (call, callback) => callback(null, to(call.request)),
});
server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    console.error(err.message);
    process.exit(1);
  }
  console.log(JSON.stringify({ msg: "listening", port }));
});
process.on("SIGTERM", () => server.tryShutdown(() => process.exit(0)));
