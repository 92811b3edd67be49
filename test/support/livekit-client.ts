// LiveKit's own client side: livekit-server-sdk for the server API (Twirp over HTTP) and access
// tokens, and the signaling WebSocket a participant joins over, decoded with LiveKit's protocol
// package. Credentials are taken from the Secrets as an application would; they are never logged.
import { SignalResponse, type JoinResponse } from "@livekit/protocol";
import { AccessToken, RoomServiceClient } from "livekit-server-sdk";
import WebSocket from "ws";
import { parse as parseYaml } from "yaml";
import type { RunningPod } from "./pod-runner.js";

type Obj = Record<string, any>;

export interface ApiKeys {
  apiKey: string;
  apiSecret: string;
}

const JOIN_TIMEOUT_MS = 10_000;
// The signaling protocol version LiveKit's current JS client speaks.
const SIGNAL_PROTOCOL = 16;

const decoded = (secret: Obj, key: string): string => {
  const value = secret.data?.[key];
  if (value === undefined) throw new Error(`Secret ${secret.metadata?.name} has no key ${key}`);
  return Buffer.from(value as string, "base64").toString("utf8");
};

/** The pair an application reads from the generated keys Secret (data keys api-key, api-secret). */
export function generatedApiKeys(keysSecret: Obj): ApiKeys {
  return { apiKey: decoded(keysSecret, "api-key"), apiSecret: decoded(keysSecret, "api-secret") };
}

/** Every pair of a LiveKit key file held in a Secret ("apiKey: apiSecret" lines). */
export function keyFilePairs(secret: Obj, key: string): ApiKeys[] {
  const parsed = parseYaml(decoded(secret, key)) as Record<string, unknown>;
  return Object.entries(parsed).map(([apiKey, apiSecret]) => ({ apiKey, apiSecret: String(apiSecret) }));
}

export function roomService(pod: RunningPod, keys: ApiKeys): RoomServiceClient {
  return new RoomServiceClient(pod.url("http"), keys.apiKey, keys.apiSecret);
}

export async function joinToken(keys: ApiKeys, room: string, identity: string): Promise<string> {
  const token = new AccessToken(keys.apiKey, keys.apiSecret, { identity, ttl: "10m" });
  token.addGrant({ roomJoin: true, room });
  return token.toJwt();
}

/** Joins `room` over the signaling WebSocket as a participant would and returns the server's
 * JoinResponse (room, participant, ICE servers); the socket is then closed. Rejects with the HTTP
 * status when the server refuses the upgrade. */
export function joinOverSignaling(pod: RunningPod, token: string): Promise<JoinResponse> {
  const url = `${pod.url("http", "ws")}/rtc?access_token=${encodeURIComponent(token)}&protocol=${SIGNAL_PROTOCOL}&sdk=js&auto_subscribe=1`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no JoinResponse within ${JOIN_TIMEOUT_MS} ms`));
    }, JOIN_TIMEOUT_MS);
    const done = (fn: () => void) => {
      clearTimeout(timer);
      ws.terminate();
      fn();
    };
    ws.on("unexpected-response", (_req, res) => done(() => reject(new Error(`signaling refused: HTTP ${res.statusCode}`))));
    ws.on("error", (err) => done(() => reject(err)));
    ws.on("message", (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      const msg = SignalResponse.fromBinary(new Uint8Array(data));
      if (msg.message.case === "join") {
        const join = msg.message.value;
        done(() => resolve(join));
      }
    });
  });
}
