// spec.egress: LiveKit Egress and where it uploads recordings.
import { z } from "zod";
import { dnsSubdomain } from "../kubernetes-types.js";
import { LOG_LEVELS, replicasWithinAutoscaling, workloadFields } from "./common.js";

const storageSecretRef = z
  .strictObject({ name: dnsSubdomain.describe("Name of a Secret in the pool's namespace.") })
  .describe(
    "A Secret with the storage credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (s3), credentials.json (gcs), AZURE_STORAGE_ACCOUNT and AZURE_STORAGE_KEY (azure).",
  );

const egressStorageSpec = z
  .strictObject({
    s3: z
      .strictObject({
        bucket: z.string().min(1).describe("Bucket."),
        region: z.string().min(1).describe("Region, e.g. eu-west-1."),
        endpoint: z.url().optional().describe("Endpoint of an S3-compatible service (default AWS)."),
        forcePathStyle: z.boolean().optional().describe("Path-style bucket addressing (MinIO and the like)."),
      })
      .optional()
      .describe("Amazon S3 or an S3-compatible store."),
    gcs: z
      .strictObject({ bucket: z.string().min(1).describe("Bucket.") })
      .optional()
      .describe("Google Cloud Storage."),
    azure: z
      .strictObject({ container: z.string().min(1).describe("Blob container.") })
      .optional()
      .describe("Azure Blob Storage."),
    credentialsSecretRef: storageSecretRef.optional(),
  })
  .superRefine((s, ctx) => {
    const kinds = [s.s3, s.gcs, s.azure].filter(Boolean).length;
    if (kinds !== 1) ctx.addIssue({ code: "custom", path: [], message: "set exactly one of s3, gcs or azure" });
    if (s.azure && !s.credentialsSecretRef)
      ctx.addIssue({ code: "custom", path: ["credentialsSecretRef"], message: "required for azure (the account name and key)" });
  })
  .describe("Where recordings are uploaded by default. Without credentialsSecretRef, s3 and gcs use the pod's cloud identity.");

export const egressSpec = z
  .strictObject({
    enabled: z.boolean().default(false).describe("Run LiveKit Egress. Turning it off removes everything it added."),
    ...workloadFields({
      image: "LiveKit Egress image (platform default: livekit/egress:v1.14.1).",
      replicas: "Number of Egress pods.",
      maxReplicas: 100,
    }),
    logLevel: z.enum(LOG_LEVELS).default("info").describe("Egress log level (logging.level)."),
    storage: egressStorageSpec.optional(),
  })
  .superRefine(replicasWithinAutoscaling)
  .describe("LiveKit Egress: recording and streaming out of rooms.");

export type EgressSpec = z.output<typeof egressSpec>;
