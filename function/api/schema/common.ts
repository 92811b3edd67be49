// What the server, Ingress and Egress schemas share: one workload shape (image, replicas, autoscaling,
// resources), checked alike for all three, and the log levels LiveKit's programs know.
import { z } from "zod";
import { imageRef, resourceRequirements } from "../kubernetes-types.js";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

/** An autoscaling/v2 HorizontalPodAutoscaler on CPU. The component's replicas is the default minimum. */
const autoscalingSpec = z
  .strictObject({
    minReplicas: z.int().min(1).max(1000).optional().describe("Fewest pods (default: the component's replicas)."),
    maxReplicas: z.int().min(1).max(1000).describe("Most pods."),
    targetCPUUtilizationPercentage: z
      .int()
      .min(1)
      .max(100)
      .default(80)
      .describe("Average CPU utilization, in percent of requests, the autoscaler aims for."),
  })
  .superRefine((a, ctx) => {
    if (a.minReplicas !== undefined && a.maxReplicas < a.minReplicas) {
      ctx.addIssue({ code: "custom", path: ["maxReplicas"], message: `must not be below minReplicas (${a.minReplicas})` });
    }
  })
  .describe("Scale the pods on CPU with a HorizontalPodAutoscaler (CPU requests must be set for it to act).");

/** Checks a component's replicas against its autoscaling bounds (the schema cannot join them). */
export function replicasWithinAutoscaling(
  c: { replicas: number; autoscaling?: { minReplicas?: number | undefined; maxReplicas: number } | undefined },
  ctx: z.RefinementCtx,
) {
  if (c.autoscaling && c.autoscaling.minReplicas === undefined && c.autoscaling.maxReplicas < c.replicas) {
    ctx.addIssue({
      code: "custom",
      path: ["autoscaling", "maxReplicas"],
      message: `must not be below replicas (${c.replicas}), the default minReplicas`,
    });
  }
}

/** The fields of a workload the pool runs: its image (checked as the API server checks it), pods
 * and autoscaler, and resources. Platform-level fields have no schema default (spec.ts). */
export function workloadFields(w: { image: string; replicas: string; maxReplicas: number }) {
  return {
    image: imageRef.optional().describe(w.image),
    replicas: z.int().min(1).max(w.maxReplicas).default(1).describe(w.replicas),
    autoscaling: autoscalingSpec.optional(),
    resources: resourceRequirements.optional(),
  };
}

export type AutoscalingSpec = z.output<typeof autoscalingSpec>;
