// Egress upload storage in the current layout (`storage.{s3,gcp,azure}`, livekit/egress >= 1.9;
// a top-level `s3:` is silently ignored there). Credentials never enter the config text: S3 and
// Azure keys come from the user's Secret as env vars, referenced from the config body by `$(VAR)`
// expansion; GCS reads a mounted credentials file through GOOGLE_APPLICATION_CREDENTIALS.
import { envRef } from "../../k8s/env-config.js";
import type { EnvVar, Volume, VolumeMount } from "../../k8s/types.js";
import type { EgressView } from "./view.js";

const GCS_CREDENTIALS_KEY = "credentials.json";
const GCS_DIR = "/etc/livekit/egress-gcs";
const SECRET_FILE_MODE = 0o440;

export interface EgressStorage {
  config?: Record<string, unknown>;
  env: EnvVar[];
  volumes: Volume[];
  volumeMounts: VolumeMount[];
}

const fromSecret = (secret: string, name: string): EnvVar => ({ name, valueFrom: { secretKeyRef: { name: secret, key: name } } });

export function egressStorage(view: EgressView): EgressStorage {
  const s = view.storage;
  const none: EgressStorage = { env: [], volumes: [], volumeMounts: [] };
  if (!s) return none;
  const secret = s.credentialsSecretRef?.name;
  if (s.s3) {
    const keys = secret ? { access_key: envRef("AWS_ACCESS_KEY_ID"), secret: envRef("AWS_SECRET_ACCESS_KEY") } : {};
    return {
      config: {
        s3: {
          bucket: s.s3.bucket,
          region: s.s3.region,
          ...(s.s3.endpoint ? { endpoint: s.s3.endpoint } : {}),
          ...(s.s3.forcePathStyle ? { force_path_style: true } : {}),
          ...keys,
        },
      },
      env: secret ? [fromSecret(secret, "AWS_ACCESS_KEY_ID"), fromSecret(secret, "AWS_SECRET_ACCESS_KEY")] : [],
      volumes: [],
      volumeMounts: [],
    };
  }
  if (s.azure) {
    // The schema requires credentialsSecretRef for azure.
    return {
      config: {
        azure: {
          container_name: s.azure.container,
          account_name: envRef("AZURE_STORAGE_ACCOUNT"),
          account_key: envRef("AZURE_STORAGE_KEY"),
        },
      },
      env: [fromSecret(secret!, "AZURE_STORAGE_ACCOUNT"), fromSecret(secret!, "AZURE_STORAGE_KEY")],
      volumes: [],
      volumeMounts: [],
    };
  }
  if (s.gcs) {
    return {
      config: { gcp: { bucket: s.gcs.bucket } },
      env: secret ? [{ name: "GOOGLE_APPLICATION_CREDENTIALS", value: `${GCS_DIR}/${GCS_CREDENTIALS_KEY}` }] : [],
      volumes: secret
        ? [
            {
              name: "gcs-credentials",
              secret: {
                secretName: secret,
                defaultMode: SECRET_FILE_MODE,
                items: [{ key: GCS_CREDENTIALS_KEY, path: GCS_CREDENTIALS_KEY }],
              },
            },
          ]
        : [],
      volumeMounts: secret ? [{ name: "gcs-credentials", mountPath: GCS_DIR, readOnly: true }] : [],
    };
  }
  return none;
}
