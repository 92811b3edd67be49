import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/StunnerL7mpIoV1alpha1GatewayConfig.js";

/**
 * GatewayConfig is the Schema for the gatewayconfigs API
 */
export interface IGatewayConfig {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "stunner.l7mp.io/v1alpha1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "GatewayConfig";
  "metadata"?: IObjectMeta;
  /**
   * GatewayConfigSpec defines the desired state of GatewayConfig
   */
  "spec"?: {
    /**
     * AuthLifetime defines the lifetime of "longterm" authentication credentials in seconds.
     */
    "authLifetime"?: number;
    /**
     * Note that externally set credentials override any inline auth credentials (AuthType,
     * AuthUsername, etc.): if AuthRef is nonempty then it is expected that the referenced
     * Secret exists and \*all\* authentication credentials are correctly set in the referenced
     * Secret (username/password or shared secret). Mixing of credential sources
     * (inline/external) is not supported.
     */
    "authRef"?: {
      /**
       * Group is the group of the referent. For example, "gateway.networking.k8s.io".
       * When unspecified or empty string, core API group is inferred.
       */
      "group"?: string;
      /**
       * Kind is kind of the referent. For example "Secret".
       */
      "kind"?: string;
      /**
       * Name is the name of the referent.
       */
      "name": string;
      /**
       * Namespace is the namespace of the referenced object. When unspecified, the local
       * namespace is inferred.
       * 
       * Note that when a namespace different than the local namespace is specified,
       * a ReferenceGrant object is required in the referent namespace to allow that
       * namespace's owner to accept the reference. See the ReferenceGrant
       * documentation for details.
       * 
       * Support: Core
       */
      "namespace"?: string;
    };
    /**
     * AuthType is the type of the STUN/TURN authentication mechanism.
     */
    "authType"?: string;
    /**
     * Dataplane defines the TURN server to set up for the STUNner Gateways using this
     * GatewayConfig. Can be used to select the stunnerd image repo and version or deploy into
     * the host-network namespace.
     */
    "dataplane"?: string;
    /**
     * HealthCheckEndpoint is the URI of the form `http://address:port` exposed for external
     * HTTP health-checking. A liveness probe responder will be exposed on path `/live` and
     * readiness probe on path `/ready`. The scheme (`http://`) is mandatory, default is to
     * enable health-checking at "http://0.0.0.0:8086".
     */
    "healthCheckEndpoint"?: string;
    /**
     * LoadBalancerServiceAnnotations is a list of annotations that will go into the
     * LoadBalancer services created automatically by the operator to wrap Gateways.
     * 
     * NOTE: removing annotations from a GatewayConfig will not result in the removal of the
     * corresponding annotations from the LoadBalancer service, in order to prevent the
     * accidental removal of an annotation installed there by Kubernetes or the cloud
     * provider. If you really want to remove an annotation, do this manually or simply remove
     * all Gateways (which will remove the corresponding LoadBalancer services), update the
     * GatewayConfig and then recreate the Gateways, so that the newly created LoadBalancer
     * services will contain the required annotations.
     */
    "loadBalancerServiceAnnotations"?: {
      [key: string]: string;
    };
    /**
     * LogLevel specifies the default loglevel for the STUNner daemon.
     */
    "logLevel"?: string;
    /**
     * MaxRelayPort is the smallest relay port assigned for STUNner relay connections.
     */
    "maxPort"?: number;
    /**
     * MetricsEndpoint is the URI in the form `http://address:port/path` exposed for metric
     * scraping (Prometheus). The scheme (`http://`) is mandatory. Default is to expose no
     * metric endpoint.
     */
    "metricsEndpoint"?: string;
    /**
     * MinRelayPort is the smallest relay port assigned for STUNner relay connections.
     */
    "minPort"?: number;
    /**
     * Password defines the `password` credential for "plaintext" authentication.
     */
    "password"?: string;
    /**
     * Realm defines the STUN/TURN authentication realm to be used for clients toauthenticate
     * with STUNner.
     * 
     * The realm must consist of lower case alphanumeric characters or '-', and must start and
     * end with an alphanumeric character. No other punctuation is allowed.
     */
    "realm"?: string;
    /**
     * SharedSecret defines the shared secret to be used for "longterm" authentication.
     */
    "sharedSecret"?: string;
    /**
     * StunnerConfig specifies the name of the ConfigMap into which the operator renders the
     * stunnerd configfile.
     */
    "stunnerConfig"?: string;
    /**
     * Username defines the `username` credential for "plaintext" authentication.
     */
    "userName"?: string;
  };
}

/**
 * GatewayConfig is the Schema for the gatewayconfigs API
 */
export class GatewayConfig extends Model<IGatewayConfig> implements IGatewayConfig {
  "apiVersion": IGatewayConfig["apiVersion"];
  "kind": IGatewayConfig["kind"];
  "metadata"?: IGatewayConfig["metadata"];
  "spec"?: IGatewayConfig["spec"];

static apiVersion: IGatewayConfig["apiVersion"] = "stunner.l7mp.io/v1alpha1";
static kind: IGatewayConfig["kind"] = "GatewayConfig";
static is = createTypeMetaGuard<IGatewayConfig>(GatewayConfig);

constructor(data?: ModelData<IGatewayConfig>) {
  super();

  this.setDefinedProps({
    apiVersion: GatewayConfig.apiVersion,
    kind: GatewayConfig.kind,
    ...data
  } as IGatewayConfig);
}
}


setValidateFunc(GatewayConfig, validate as ValidateFunc<IGatewayConfig>);
