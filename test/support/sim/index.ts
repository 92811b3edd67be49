// The reconcile simulator: Crossplane and a cluster, for convergence and fault tests.
export { ApplyError, Cluster } from "./cluster.js";
export { fastWorld, settle, slowWorld, type World } from "./controllers.js";
export { Simulator, type ReconcileRecord, type RunFn, type XrOptions } from "./crossplane.js";
export { admissionProblems, isClusterScoped, keyOf, objectKey, type Obj } from "./kube.js";
export { compositionInput, fakeCredential, PLATFORM_AUTH, platformAuthSecret, seedPlatform, type Scope } from "./platform.js";
