// Names and addresses of one component's objects that others refer to: the server's Service (the
// routes' backend, the URL Ingress and Egress join rooms through), its keys and config Secrets,
// and the signaling Gateway Ingress attaches its routes to. Each component names its own other
// objects itself.
import { SIGNAL_PORT } from "../api/reserved-ports.js";
import { objectName, poolLabelValue } from "../k8s/names.js";
import type { Pool } from "./pool.js";

export const GENERATED_KEY_FILE = "keys.yaml";

/** Listener names of the signaling Gateway that routes attach to: HTTPS (signaling, WHIP), TLS on
 * the RTMP port (Ingress's RTMPS: Envoy terminates TLS and a TCPRoute passes plain RTMP on), and
 * UDP for WHIP's WebRTC media (a UDPRoute). */
export const SIGNALING_LISTENERS = { https: "https", rtmps: "rtmps", whipMedia: "whip-media" } as const;

export interface PoolNames {
  poolLabel: string;
  serverDeployment: string;
  serverService: string;
  serverConfigSecret: string;
  /** The Secret of the keys the pool generates (when the spec names no Secret of its own). */
  generatedKeysSecret: string;
  /** The Secret LiveKit reads its key file from: the pool's generated one, or the user's. */
  keysSecret: { name: string; key: string; generated: boolean };
  signalingGateway: string;
}

export function poolNames(pool: Pool): PoolNames {
  const apiKeys = pool.spec.server.apiKeys;
  const generatedKeysSecret = objectName(pool.baseName, "livekit-keys");
  return {
    poolLabel: poolLabelValue(pool.baseName),
    serverDeployment: objectName(pool.baseName, "livekit"),
    serverService: objectName(pool.baseName, "livekit"),
    serverConfigSecret: objectName(pool.baseName, "livekit-config"),
    generatedKeysSecret,
    keysSecret: apiKeys
      ? { name: apiKeys.secretRef.name, key: apiKeys.secretRef.key, generated: false }
      : { name: generatedKeysSecret, key: GENERATED_KEY_FILE, generated: true },
    signalingGateway: objectName(pool.baseName, "signaling"),
  };
}

/** The server's in-cluster WebSocket URL: applications in the cluster, Ingress and Egress use it. */
export function internalUrl(pool: Pool): string {
  return `ws://${poolNames(pool).serverService}.${pool.namespace}.svc.cluster.local:${SIGNAL_PORT}`;
}
