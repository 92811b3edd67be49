// What other components may know of the server's config: the file its config Secret holds, and the
// annotation through which its pod template carries that file's checksum. The Redis migration reads
// both from observed state to tell whether every pod runs the config it recorded.
import { createHash } from "node:crypto";

export const CONFIG_FILE = "config.yaml";
export const CONFIG_CHECKSUM_ANNOTATION = "livekit.stunner.l7mp.io/config-checksum";

/** The checksum the pod template carries: a Deployment whose template has the checksum of the
 * config Secret's text has rolled (or is rolling) onto that config. */
export function configChecksum(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
