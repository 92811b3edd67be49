// The components of a pool, in the order the stages run them: each may use what the ones before it
// gave (model/component.ts Shared). Redis, networking and Ingress contribute to the server's pod;
// Ingress and Egress use the Redis the server is configured with; the server resolves the API keys
// that the service-keys copy and the connection details carry. Adding a component is one folder
// under components/, its schema file under api/, and one line here.
import { connection } from "../components/connection/index.js";
import { egress } from "../components/egress/index.js";
import { ingress } from "../components/ingress/index.js";
import { networking } from "../components/networking/index.js";
import { redis } from "../components/redis/index.js";
import { server } from "../components/server/index.js";
import { serviceKeysCopy } from "../components/service-keys/index.js";
import type { Component } from "../model/component.js";

export const COMPONENTS: ReadonlyArray<Component<unknown, unknown>> = [
  redis,
  networking,
  ingress,
  egress,
  server,
  serviceKeysCopy,
  connection,
];
