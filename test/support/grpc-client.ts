// A Crossplane-like gRPC client for the function.
import * as grpc from "@grpc/grpc-js";
import { FunctionRunnerServiceService, type RunFunctionRequest, type RunFunctionResponse } from "@crossplane-org/function-sdk-typescript";

const Client = grpc.makeGenericClientConstructor(
  FunctionRunnerServiceService as unknown as grpc.ServiceDefinition,
  "FunctionRunnerService",
);

export interface FunctionClient {
  run(req: RunFunctionRequest, deadlineMs?: number): Promise<RunFunctionResponse>;
  close(): void;
}

export function functionClient(port: number, creds = grpc.credentials.createInsecure(), options: grpc.ClientOptions = {}): FunctionClient {
  const client = new Client(`127.0.0.1:${port}`, creds, { "grpc.max_send_message_length": -1, ...options });
  return {
    run: (req, deadlineMs = 10_000) =>
      new Promise((resolve, reject) => {
        (client as any).runFunction(
          req,
          { deadline: Date.now() + deadlineMs },
          (err: grpc.ServiceError | null, rsp: RunFunctionResponse) => (err ? reject(err) : resolve(rsp)),
        );
      }),
    close: () => client.close(),
  };
}
