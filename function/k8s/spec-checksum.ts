// Which spec a Deployment carries, on the Deployment itself (it rolls nothing): readiness is judged
// on the spec the function renders now, not on the previous one still running. The API server
// defaults fields, so the observed spec cannot be compared with the desired one directly.
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { Deployment } from "./types.js";

export const SPEC_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/spec-checksum";

export function withSpecChecksum(workload: Deployment): Deployment {
  workload.metadata!.annotations = {
    [SPEC_CHECKSUM_ANNOTATION]: createHash("sha256").update(canonicalJson(workload.spec)).digest("hex").slice(0, 16),
  };
  return workload;
}
