// The test's view of the API server: @kubernetes/client-node's generic object API, with the few
// calls the suite makes (apply, read, list, delete, status writes of the stand-ins).
import {
  ApiException,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  setHeaderOptions,
  type KubernetesObject,
} from "@kubernetes/client-node";

// Objects are handled as plain JSON: the suite reads the fields it asserts on.
export type Obj = Record<string, any>;

export interface Ref {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

const FIELD_MANAGER = "lkp-e2e";

export class Kube {
  readonly objects: KubernetesObjectApi;
  private readonly custom: CustomObjectsApi;
  private readonly core: CoreV1Api;

  constructor(kubeconfigFile: string) {
    const kc = new KubeConfig();
    kc.loadFromFile(kubeconfigFile);
    this.objects = KubernetesObjectApi.makeApiClient(kc);
    this.custom = kc.makeApiClient(CustomObjectsApi);
    this.core = kc.makeApiClient(CoreV1Api);
  }

  /** Server-side apply, as a person's `kubectl apply --server-side` does. */
  async apply(obj: Obj): Promise<Obj> {
    return (await this.objects.patch(
      obj as KubernetesObject,
      undefined,
      undefined,
      FIELD_MANAGER,
      true,
      PatchStrategy.ServerSideApply,
    )) as Obj;
  }

  async create(obj: Obj): Promise<Obj> {
    return (await this.objects.create(obj as KubernetesObject)) as Obj;
  }

  /** A merge patch of the object (not its status). */
  async mergePatch(ref: Ref, patch: Obj): Promise<Obj> {
    const body = {
      ...patch,
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: { ...patch.metadata, name: ref.name, namespace: ref.namespace },
    } as KubernetesObject;
    return (await this.objects.patch(body, undefined, undefined, FIELD_MANAGER, undefined, PatchStrategy.MergePatch)) as Obj;
  }

  async get(ref: Ref): Promise<Obj | undefined> {
    try {
      return (await this.objects.read({
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata: { name: ref.name, namespace: ref.namespace },
      })) as Obj;
    } catch (err) {
      if (err instanceof ApiException && err.code === 404) return undefined;
      throw err;
    }
  }

  async mustGet(ref: Ref): Promise<Obj> {
    const o = await this.get(ref);
    if (!o) throw new Error(`${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name} does not exist`);
    return o;
  }

  /** Every object of a kind, in one namespace or (without one) in all. */
  async list(apiVersion: string, kind: string, namespace?: string, labelSelector?: string): Promise<Obj[]> {
    const l = await this.objects.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, labelSelector);
    // A list's items carry no apiVersion and kind; the suite's code wants whole objects.
    return (l.items as Obj[]).map((o) => ({ apiVersion, kind, ...o }));
  }

  async delete(ref: Ref, propagationPolicy = "Foreground"): Promise<void> {
    try {
      await this.objects.delete(
        { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } },
        undefined,
        undefined,
        undefined,
        undefined,
        propagationPolicy,
      );
    } catch (err) {
      if (err instanceof ApiException && err.code === 404) return;
      throw err;
    }
  }

  /** Replaces the status of a custom resource, as its controller writes it (JSON patch on /status). */
  async writeCustomStatus(obj: Obj, plural: string, status: Obj): Promise<void> {
    const [group, version] = (obj.apiVersion as string).split("/") as [string, string];
    const body = [{ op: "add", path: "/status", value: status }];
    const options = setHeaderOptions("Content-Type", PatchStrategy.JsonPatch);
    const { name, namespace } = obj.metadata;
    if (namespace) await this.custom.patchNamespacedCustomObjectStatus({ group, version, namespace, plural, name, body }, options);
    else await this.custom.patchClusterCustomObjectStatus({ group, version, plural, name, body }, options);
  }

  /** Replaces a Service's status.loadBalancer, as a cloud's load-balancer controller does. */
  async writeServiceLoadBalancer(service: Obj, loadBalancer: Obj): Promise<void> {
    const body = [{ op: "add", path: "/status/loadBalancer", value: loadBalancer }];
    await this.core.patchNamespacedServiceStatus(
      { name: service.metadata.name, namespace: service.metadata.namespace, body },
      setHeaderOptions("Content-Type", PatchStrategy.JsonPatch),
    );
  }
}

export const ref = (o: Obj): Ref => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, namespace: o.metadata.namespace });

export function condition(o: Obj | undefined, type: string): Obj | undefined {
  return (o?.status?.conditions as Obj[] | undefined)?.find((c) => c.type === type);
}

export const isTrue = (o: Obj | undefined, type: string): boolean => condition(o, type)?.status === "True";
