// spec.ingress: LiveKit Ingress.
import { z } from "zod";
import { port } from "../kubernetes-types.js";
import { replicasWithinAutoscaling, workloadFields } from "./common.js";

export const ingressSpec = z
  .strictObject({
    enabled: z.boolean().default(false).describe("Run LiveKit Ingress. Turning it off removes everything it added."),
    ...workloadFields({
      image: "LiveKit Ingress image (platform default: livekit/ingress:v1.5.0).",
      replicas: "Number of Ingress pods.",
      maxReplicas: 100,
    }),
    rtmp: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Accept RTMP streams (RTMPS through the signaling Gateway with spec.networking)."),
        port: port.default(1935).describe("RTMP port."),
      })
      .prefault({})
      .describe("RTMP ingest."),
    whip: z
      .strictObject({
        enabled: z.boolean().default(true).describe("Accept WHIP streams."),
        port: port.default(8080).describe("WHIP HTTP port."),
        udpPort: port.default(7885).describe("UDP port of WHIP media (WebRTC)."),
      })
      .prefault({})
      .describe("WHIP ingest."),
  })
  .superRefine((i, ctx) => {
    replicasWithinAutoscaling(i, ctx);
    if (i.enabled && !i.rtmp.enabled && !i.whip.enabled)
      ctx.addIssue({ code: "custom", path: ["rtmp", "enabled"], message: "enable rtmp or whip, or turn ingress off" });
  })
  .describe("LiveKit Ingress: RTMP and WHIP ingest into rooms.");

export type IngressSpec = z.output<typeof ingressSpec>;
