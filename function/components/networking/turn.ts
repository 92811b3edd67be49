// TURN through STUNner: the Gateway with its TURN listeners, the UDPRoute to LiveKit, and for
// dedicated pools the GatewayClass, GatewayConfig and auth Secret. Also what LiveKit needs to hand
// clients the TURN servers.
import { objectMeta, opaqueSecret } from "../../k8s/metadata.js";
import { addressType, uriHost } from "../../api/addresses.js";
import type { Gateway, GatewayClass, Secret, StunnerGatewayConfig, StunnerUDPRoute } from "../../k8s/types.js";
import type { PodContribution } from "../../model/outcome.js";
import { TURN_ADDRESS_ANNOTATION, type TurnAddress, type TurnCredentials } from "./facts.js";
import type { NetworkingView } from "./view.js";

const COMPONENT = "turn";
const STUNNER_GROUP = "stunner.l7mp.io";
const TURN_SECRET_DIR = "/etc/livekit/turn";
const TURN_SECRET_KEY = "secret";
const SECRET_FILE_MODE = 0o440;

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export function gatewayClass(view: NetworkingView): GatewayClass {
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "GatewayClass",
    // Cluster-scoped: no namespace, and named after the cluster-unique XR.
    metadata: objectMeta(view, COMPONENT, view.names.gatewayClass, { clusterScoped: true }),
    spec: {
      controllerName: "stunner.l7mp.io/gateway-operator",
      parametersRef: { group: STUNNER_GROUP, kind: "GatewayConfig", name: view.names.gatewayConfig, namespace: view.namespace },
      // Gateway API caps a class's description at 64 characters; pool labels run to 63.
      description: `STUNner TURN for LiveKit pool ${view.poolLabel}`.slice(0, 64),
    },
  };
}

export function gatewayConfig(view: NetworkingView): StunnerGatewayConfig {
  return {
    apiVersion: "stunner.l7mp.io/v1",
    kind: "GatewayConfig",
    metadata: objectMeta(view, COMPONENT, view.names.gatewayConfig),
    spec: {
      dataplane: view.turn.dataplane,
      // Credentials never sit in this object: STUNner reads them from the pool's Secret.
      authRef: { name: view.names.turnSecret, namespace: view.namespace },
    },
  };
}

/** The pool's TURN Secret: STUNner's auth Secret for dedicated pools; for shared pools, a copy of
 * the platform's credentials, which LiveKit can mount (a Secret in another namespace cannot be
 * mounted) and which outlives a moment when the platform's Secret cannot be read. */
export function turnSecret(view: NetworkingView, data: Record<string, string>, carried: Record<string, string> = {}): Secret {
  return opaqueSecret(objectMeta(view, COMPONENT, view.names.turnSecret), {
    ...carried,
    ...Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  });
}

export function turnSecretData(credentials: TurnCredentials, kept: Record<string, string> = {}): Record<string, string> {
  return credentials.type === "static"
    ? { ...kept, type: "static", username: credentials.username, password: credentials.password }
    : { ...kept, type: "ephemeral", secret: credentials.secret };
}

export function turnGateway(view: NetworkingView): Gateway {
  const t = view.turn;
  const listeners: NonNullable<Gateway["spec"]>["listeners"] = [{ name: "turn-udp", port: t.udpPort, protocol: "TURN-UDP" }];
  if (t.tcpPort) listeners.push({ name: "turn-tcp", port: t.tcpPort, protocol: "TURN-TCP" });
  if (t.tls) {
    listeners.push({
      name: "turn-tls",
      port: t.tls.port,
      protocol: "TURN-TLS",
      tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", group: "", name: view.names.tlsSecret }] },
    });
  }
  const annotations: Record<string, string> = {
    ...t.serviceAnnotations,
    "stunner.l7mp.io/service-type": t.serviceType,
    // UDP and TCP listeners on one load balancer; without this STUNner exposes only the first protocol.
    ...(listeners.length > 1 ? { "stunner.l7mp.io/enable-mixed-protocol-lb": "true" } : {}),
  };
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "Gateway",
    metadata: objectMeta(view, COMPONENT, view.names.turnGateway, { annotations }),
    spec: {
      gatewayClassName: t.gatewayClassName,
      listeners,
      // A pinned IP is also requested from the load balancer.
      ...(t.fixedAddress && addressType(t.fixedAddress) === "IPAddress"
        ? { addresses: [{ type: "IPAddress", value: t.fixedAddress }] }
        : {}),
    },
  };
}

export function turnRoute(view: NetworkingView): StunnerUDPRoute {
  return {
    apiVersion: "stunner.l7mp.io/v1",
    kind: "UDPRoute",
    metadata: objectMeta(view, COMPONENT, view.names.turnRoute),
    spec: {
      parentRefs: [{ name: view.names.turnGateway }],
      // Relayed media may reach LiveKit's media ports only.
      rules: [
        {
          backendRefs: [{ name: view.serverService, namespace: view.namespace, port: view.mediaPorts.start, endPort: view.mediaPorts.end }],
        },
      ],
    },
  };
}

export function turnUris(view: NetworkingView, address: string): string[] {
  const host = uriHost(address);
  const uris = [`turn:${host}:${view.turn.udpPort}?transport=udp`];
  if (view.turn.tcpPort) uris.push(`turn:${host}:${view.turn.tcpPort}?transport=tcp`);
  if (view.turn.tls) uris.push(`turns:${view.turn.tls.hostname}:${view.turn.tls.port}?transport=tcp`);
  return uris;
}

/** LiveKit's side: TURN servers handed to clients once the address and credentials are known,
 * LiveKit's own TURN off, and the shared secret mounted as a file for ephemeral auth. */
export function turnPodContribution(
  view: NetworkingView,
  address: TurnAddress | undefined,
  credentials: TurnCredentials | undefined,
): PodContribution {
  const ephemeral = credentials?.type === "ephemeral";
  const auth = !credentials
    ? {}
    : credentials.type === "static"
      ? { username: credentials.username, credential: credentials.password }
      : { secret_file: `${TURN_SECRET_DIR}/${TURN_SECRET_KEY}` };
  const host = address ? uriHost(address.value) : undefined;
  const servers =
    host && credentials
      ? [
          { host, port: view.turn.udpPort, protocol: "udp", ...auth },
          ...(view.turn.tcpPort ? [{ host, port: view.turn.tcpPort, protocol: "tcp", ...auth }] : []),
          ...(view.turn.tls ? [{ host: view.turn.tls.hostname, port: view.turn.tls.port, protocol: "tls", ...auth }] : []),
        ]
      : undefined;
  return {
    config: {
      turn: { enabled: false },
      ...(servers && host ? { rtc: { turn_servers: servers, stun_servers: [`${host}:${view.turn.udpPort}`] } } : {}),
    },
    ...(address ? { configAnnotations: { [TURN_ADDRESS_ANNOTATION]: address.value } } : {}),
    ...(ephemeral
      ? {
          volumes: [
            {
              name: "turn-secret",
              secret: {
                secretName: view.names.turnSecret,
                defaultMode: SECRET_FILE_MODE,
                items: [{ key: TURN_SECRET_KEY, path: TURN_SECRET_KEY }],
              },
            },
          ],
          volumeMounts: [{ name: "turn-secret", mountPath: TURN_SECRET_DIR, readOnly: true }],
        }
      : {}),
  };
}
