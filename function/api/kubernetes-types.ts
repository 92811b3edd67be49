// Zod shapes for the Kubernetes types the spec passes through to pods. They are kept loose on
// purpose: the API server and kubernetes-models validate their inner structure; the spec only
// needs to know "this is an object/list" and to mark it for the generated XRD schema.
import { z } from "zod";

/** An object whose inner schema the XRD does not spell out (Kubernetes keeps unknown fields). */
export const passthroughObject = (description: string) =>
  z.looseObject({}).meta({ "x-kubernetes-preserve-unknown-fields": true }).describe(description);

/** A Kubernetes resource.Quantity: "500m", "2Gi", or a plain number. */
export const quantity = z
  .union([z.string().regex(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[kMGTPE]i?|m)?$/, "not a Kubernetes quantity"), z.number()])
  .meta({ "x-kubernetes-int-or-string": true });

export const resourceRequirements = z
  .strictObject({
    requests: z.record(z.string(), quantity).optional(),
    limits: z.record(z.string(), quantity).optional(),
  })
  .describe("Compute resources of the container (requests and limits), as in a Pod spec.");

export const dnsLabel = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a DNS-1123 label (lower case letters, digits and '-')");

export const dnsSubdomain = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    "must be a DNS-1123 subdomain (lower case letters, digits, '-' and '.')",
  );

export const port = z.int().min(1).max(65535);
