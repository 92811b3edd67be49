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

/** A container image reference: the API server refuses surrounding whitespace; none fits inside. */
export const imageRef = z.string().regex(/^\S+$/, "must be an image reference without whitespace");

/** A Secret data key (IsConfigMapKey); ".", ".." and a leading ".." are refused by refinement,
 * as the API server's pattern language (RE2) has no lookahead. */
export const secretKey = z
  .string()
  .max(253)
  .regex(/^[-._a-zA-Z0-9]+$/, "must be a valid Secret data key")
  .refine((k) => !k.startsWith(".."), "must be a valid Secret data key")
  .refine((k) => k !== ".", "must be a valid Secret data key");

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** Why a label or annotation key is not a Kubernetes qualified name ([prefix/]name). */
function keyProblem(key: string): string | undefined {
  const slash = key.indexOf("/");
  const [prefix, name] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [undefined, key];
  if (prefix !== undefined && !(prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix))) return "key prefix must be a DNS subdomain";
  if (!(name.length <= 63 && QUALIFIED_NAME.test(name)))
    return "key must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit, after an optional DNS prefix and '/'";
  return undefined;
}

/** Labels (and node selectors): the API server refuses bad keys and values, so parse does first.
 * Checked by refinement, so the generated XRD schema stays a plain string map. */
export const labelMap = z.record(z.string(), z.string()).superRefine((map, ctx) => {
  for (const [key, value] of Object.entries(map)) {
    const bad = keyProblem(key);
    if (bad) ctx.addIssue({ code: "custom", path: [key], message: bad });
    if (value.length > 63 || !LABEL_VALUE.test(value)) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: "value must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
      });
    }
  }
});

/** Annotations: qualified-name keys, any values, 256 KiB in all. */
export const annotationMap = z.record(z.string(), z.string()).superRefine((map, ctx) => {
  let bytes = 0;
  for (const [key, value] of Object.entries(map)) {
    const bad = keyProblem(key);
    if (bad) ctx.addIssue({ code: "custom", path: [key], message: bad });
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  }
  if (bytes > MAX_ANNOTATIONS_BYTES) ctx.addIssue({ code: "custom", path: [], message: "annotations must total at most 256 KiB" });
});

interface KubernetesModel {
  validate(): void;
}

/** A Kubernetes object the XRD passes through unchecked (tolerations, affinity, ...), checked at
 * parse time against the Kubernetes schema by kubernetes-models, so a wrongly typed field is a
 * FATAL naming it rather than a Deployment the API server refuses. Unknown fields pass: the API
 * server drops them. */
export const kubernetesPassthrough = (Model: new (data: never) => KubernetesModel, description: string) =>
  passthroughObject(description).superRefine((value, ctx) => {
    try {
      new Model(value as never).validate();
    } catch (err) {
      const errors = (err as { errors?: Array<{ instancePath?: string; message?: string }> }).errors ?? [{ message: String(err) }];
      for (const e of errors) {
        const path = (e.instancePath ?? "")
          .split("/")
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        ctx.addIssue({ code: "custom", path, message: e.message ?? "invalid" });
      }
    }
  });
