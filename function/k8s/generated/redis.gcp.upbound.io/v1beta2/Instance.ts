import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/RedisGcpUpboundIoV1beta2Instance.js";

/**
 * Instance is the Schema for the Instances API. A Google Cloud Redis instance.
 */
export interface IInstance {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "redis.gcp.upbound.io/v1beta2";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "Instance";
  "metadata"?: IObjectMeta;
  /**
   * InstanceSpec defines the desired state of Instance
   */
  "spec": {
    /**
     * DeletionPolicy specifies what will happen to the underlying external
     * when this managed resource is deleted - either "Delete" or "Orphan" the
     * external resource.
     * This field is planned to be deprecated in favor of the ManagementPolicies
     * field in a future release. Currently, both could be set independently and
     * non-default values would be honored if the feature flag is enabled.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     */
    "deletionPolicy"?: "Orphan" | "Delete";
    "forProvider": {
      /**
       * Only applicable to STANDARD_HA tier which protects the instance
       * against zonal failures by provisioning it across two zones.
       * If provided, it must be a different zone from the one provided in
       * [locationId].
       */
      "alternativeLocationId"?: string;
      /**
       * Optional. Indicates whether OSS Redis AUTH is enabled for the
       * instance. If set to "true" AUTH is enabled on the instance.
       * Default value is "false" meaning AUTH is disabled.
       */
      "authEnabled"?: boolean;
      /**
       * The full name of the Google Compute Engine network to which the
       * instance is connected. If left unspecified, the default network
       * will be used.
       */
      "authorizedNetwork"?: string;
      /**
       * Reference to a Network in compute to populate authorizedNetwork.
       */
      "authorizedNetworkRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Policies for referencing.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * Selector for a Network in compute to populate authorizedNetwork.
       */
      "authorizedNetworkSelector"?: {
        /**
         * MatchControllerRef ensures an object with the same controller reference
         * as the selecting object is selected.
         */
        "matchControllerRef"?: boolean;
        /**
         * MatchLabels ensures an object with matching labels is selected.
         */
        "matchLabels"?: {
          [key: string]: string;
        };
        /**
         * Policies for selection.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * The connection mode of the Redis instance.
       * Default value is DIRECT_PEERING.
       * Possible values are: DIRECT_PEERING, PRIVATE_SERVICE_ACCESS.
       */
      "connectMode"?: string;
      /**
       * Optional. The KMS key reference that you want to use to encrypt the data at rest for this Redis
       * instance. If this is provided, CMEK is enabled.
       */
      "customerManagedKey"?: string;
      /**
       * Reference to a CryptoKey in kms to populate customerManagedKey.
       */
      "customerManagedKeyRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Policies for referencing.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * Selector for a CryptoKey in kms to populate customerManagedKey.
       */
      "customerManagedKeySelector"?: {
        /**
         * MatchControllerRef ensures an object with the same controller reference
         * as the selecting object is selected.
         */
        "matchControllerRef"?: boolean;
        /**
         * MatchLabels ensures an object with matching labels is selected.
         */
        "matchLabels"?: {
          [key: string]: string;
        };
        /**
         * Policies for selection.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * When the field is set to false, deleting the instance is allowed.
       */
      "deletionProtection"?: boolean;
      /**
       * An arbitrary and optional user-provided name for the instance.
       */
      "displayName"?: string;
      /**
       * Resource labels to represent user provided metadata.
       * Note: This field is non-authoritative, and will only manage the labels present in your configuration.
       * Please refer to the field effective_labels for all of the labels present on the resource.
       */
      "labels"?: {
        [key: string]: string;
      };
      /**
       * The zone where the instance will be provisioned. If not provided,
       * the service will choose a zone for the instance. For STANDARD_HA tier,
       * instances will be created across two zones for protection against
       * zonal failures. If [alternativeLocationId] is also provided, it must
       * be different from [locationId].
       */
      "locationId"?: string;
      /**
       * Maintenance policy for an instance.
       * Structure is documented below.
       */
      "maintenancePolicy"?: {
        /**
         * Optional. Description of what this policy is for.
         * Create/Update methods return INVALID_ARGUMENT if the
         * length is greater than 512.
         */
        "description"?: string;
        /**
         * Optional. Maintenance window that is applied to resources covered by this policy.
         * Minimum 1. For the current version, the maximum number
         * of weekly_window is expected to be one.
         * Structure is documented below.
         */
        "weeklyMaintenanceWindow"?: Array<{
          /**
           * Required. The day of week that maintenance updates occur.
           */
          "day"?: string;
          /**
           * Required. Start time of the window in UTC time.
           * Structure is documented below.
           */
          "startTime"?: {
            /**
             * Hours of day in 24 hour format. Should be from 0 to 23.
             * An API may choose to allow the value "24:00:00" for scenarios like business closing time.
             */
            "hours"?: number;
            /**
             * Minutes of hour of day. Must be from 0 to 59.
             */
            "minutes"?: number;
            /**
             * Fractions of seconds in nanoseconds. Must be from 0 to 999,999,999.
             */
            "nanos"?: number;
            /**
             * Seconds of minutes of the time. Must normally be from 0 to 59.
             * An API may allow the value 60 if it allows leap-seconds.
             */
            "seconds"?: number;
          };
        }>;
      };
      /**
       * The self service update maintenance version.
       */
      "maintenanceVersion"?: string;
      /**
       * Redis memory size in GiB.
       */
      "memorySizeGb"?: number;
      /**
       * Persistence configuration for an instance.
       * Structure is documented below.
       */
      "persistenceConfig"?: {
        /**
         * Optional. Controls whether Persistence features are enabled. If not provided, the existing value will be used.
         */
        "persistenceMode"?: string;
        /**
         * Optional. Available snapshot periods for scheduling.
         */
        "rdbSnapshotPeriod"?: string;
        /**
         * Optional. Date and time that the first snapshot was/will be attempted,
         * and to which future snapshots will be aligned. If not provided,
         * the current time will be used.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond resolution
         * and up to nine fractional digits.
         * Examples: "2014-10-02T15:01:23Z" and "2014-10-02T15:01:23.045123456Z".
         */
        "rdbSnapshotStartTime"?: string;
      };
      /**
       * The ID of the project in which the resource belongs.
       * If it is not provided, the provider project is used.
       */
      "project"?: string;
      /**
       * Optional. Read replica mode. Can only be specified when trying to create the instance.
       * If not set, Memorystore Redis backend will default to READ_REPLICAS_DISABLED.
       */
      "readReplicasMode"?: string;
      /**
       * Redis configuration parameters, according to http://redis.io/topics/config.
       * Please check Memorystore documentation for the list of supported parameters:
       * https://cloud.google.com/memorystore/docs/redis/reference/rest/v1/projects.locations.instances#Instance.FIELDS.redis_configs
       */
      "redisConfigs"?: {
        [key: string]: string;
      };
      /**
       * The version of Redis software. If not provided, latest supported
       * version will be used. Please check the API documentation linked
       * at the top for the latest valid values.
       */
      "redisVersion"?: string;
      /**
       * The name of the Redis region of the instance.
       */
      "region": string;
      /**
       * Optional. The number of replica nodes. The valid range for the Standard Tier with
       * read replicas enabled is [1-5] and defaults to 2. If read replicas are not enabled
       * for a Standard Tier instance, the only valid value is 1 and the default is 1.
       * The valid value for basic tier is 0 and the default is also 0.
       */
      "replicaCount"?: number;
      /**
       * The CIDR range of internal addresses that are reserved for this
       * instance. If not provided, the service will choose an unused /29
       * block, for example, 10.0.0.0/29 or 192.168.0.0/29. Ranges must be
       * unique and non-overlapping with existing subnets in an authorized
       * network.
       */
      "reservedIpRange"?: string;
      /**
       * Optional. Additional IP range for node placement. Required when enabling read replicas on
       * an existing instance. For DIRECT_PEERING mode value must be a CIDR range of size /28, or
       * "auto". For PRIVATE_SERVICE_ACCESS mode value must be the name of an allocated address
       * range associated with the private service access connection, or "auto".
       */
      "secondaryIpRange"?: string;
      /**
       * The service tier of the instance. Must be one of these values:
       */
      "tier"?: string;
      /**
       * The TLS mode of the Redis instance, If not provided, TLS is disabled for the instance.
       */
      "transitEncryptionMode"?: string;
    };
    /**
     * THIS IS A BETA FIELD. It will be honored
     * unless the Management Policies feature flag is disabled.
     * InitProvider holds the same fields as ForProvider, with the exception
     * of Identifier and other resource reference fields. The fields that are
     * in InitProvider are merged into ForProvider when the resource is created.
     * The same fields are also added to the terraform ignore_changes hook, to
     * avoid updating them after creation. This is useful for fields that are
     * required on creation, but we do not desire to update them after creation,
     * for example because of an external controller is managing them, like an
     * autoscaler.
     */
    "initProvider"?: {
      /**
       * Only applicable to STANDARD_HA tier which protects the instance
       * against zonal failures by provisioning it across two zones.
       * If provided, it must be a different zone from the one provided in
       * [locationId].
       */
      "alternativeLocationId"?: string;
      /**
       * Optional. Indicates whether OSS Redis AUTH is enabled for the
       * instance. If set to "true" AUTH is enabled on the instance.
       * Default value is "false" meaning AUTH is disabled.
       */
      "authEnabled"?: boolean;
      /**
       * The full name of the Google Compute Engine network to which the
       * instance is connected. If left unspecified, the default network
       * will be used.
       */
      "authorizedNetwork"?: string;
      /**
       * Reference to a Network in compute to populate authorizedNetwork.
       */
      "authorizedNetworkRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Policies for referencing.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * Selector for a Network in compute to populate authorizedNetwork.
       */
      "authorizedNetworkSelector"?: {
        /**
         * MatchControllerRef ensures an object with the same controller reference
         * as the selecting object is selected.
         */
        "matchControllerRef"?: boolean;
        /**
         * MatchLabels ensures an object with matching labels is selected.
         */
        "matchLabels"?: {
          [key: string]: string;
        };
        /**
         * Policies for selection.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * The connection mode of the Redis instance.
       * Default value is DIRECT_PEERING.
       * Possible values are: DIRECT_PEERING, PRIVATE_SERVICE_ACCESS.
       */
      "connectMode"?: string;
      /**
       * Optional. The KMS key reference that you want to use to encrypt the data at rest for this Redis
       * instance. If this is provided, CMEK is enabled.
       */
      "customerManagedKey"?: string;
      /**
       * Reference to a CryptoKey in kms to populate customerManagedKey.
       */
      "customerManagedKeyRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Policies for referencing.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * Selector for a CryptoKey in kms to populate customerManagedKey.
       */
      "customerManagedKeySelector"?: {
        /**
         * MatchControllerRef ensures an object with the same controller reference
         * as the selecting object is selected.
         */
        "matchControllerRef"?: boolean;
        /**
         * MatchLabels ensures an object with matching labels is selected.
         */
        "matchLabels"?: {
          [key: string]: string;
        };
        /**
         * Policies for selection.
         */
        "policy"?: {
          /**
           * Resolution specifies whether resolution of this reference is required.
           * The default is 'Required', which means the reconcile will fail if the
           * reference cannot be resolved. 'Optional' means this reference will be
           * a no-op if it cannot be resolved.
           */
          "resolution"?: "Required" | "Optional";
          /**
           * Resolve specifies when this reference should be resolved. The default
           * is 'IfNotPresent', which will attempt to resolve the reference only when
           * the corresponding field is not present. Use 'Always' to resolve the
           * reference on every reconcile.
           */
          "resolve"?: "Always" | "IfNotPresent";
        };
      };
      /**
       * When the field is set to false, deleting the instance is allowed.
       */
      "deletionProtection"?: boolean;
      /**
       * An arbitrary and optional user-provided name for the instance.
       */
      "displayName"?: string;
      /**
       * Resource labels to represent user provided metadata.
       * Note: This field is non-authoritative, and will only manage the labels present in your configuration.
       * Please refer to the field effective_labels for all of the labels present on the resource.
       */
      "labels"?: {
        [key: string]: string;
      };
      /**
       * The zone where the instance will be provisioned. If not provided,
       * the service will choose a zone for the instance. For STANDARD_HA tier,
       * instances will be created across two zones for protection against
       * zonal failures. If [alternativeLocationId] is also provided, it must
       * be different from [locationId].
       */
      "locationId"?: string;
      /**
       * Maintenance policy for an instance.
       * Structure is documented below.
       */
      "maintenancePolicy"?: {
        /**
         * Optional. Description of what this policy is for.
         * Create/Update methods return INVALID_ARGUMENT if the
         * length is greater than 512.
         */
        "description"?: string;
        /**
         * Optional. Maintenance window that is applied to resources covered by this policy.
         * Minimum 1. For the current version, the maximum number
         * of weekly_window is expected to be one.
         * Structure is documented below.
         */
        "weeklyMaintenanceWindow"?: Array<{
          /**
           * Required. The day of week that maintenance updates occur.
           */
          "day"?: string;
          /**
           * Required. Start time of the window in UTC time.
           * Structure is documented below.
           */
          "startTime"?: {
            /**
             * Hours of day in 24 hour format. Should be from 0 to 23.
             * An API may choose to allow the value "24:00:00" for scenarios like business closing time.
             */
            "hours"?: number;
            /**
             * Minutes of hour of day. Must be from 0 to 59.
             */
            "minutes"?: number;
            /**
             * Fractions of seconds in nanoseconds. Must be from 0 to 999,999,999.
             */
            "nanos"?: number;
            /**
             * Seconds of minutes of the time. Must normally be from 0 to 59.
             * An API may allow the value 60 if it allows leap-seconds.
             */
            "seconds"?: number;
          };
        }>;
      };
      /**
       * The self service update maintenance version.
       */
      "maintenanceVersion"?: string;
      /**
       * Redis memory size in GiB.
       */
      "memorySizeGb"?: number;
      /**
       * Persistence configuration for an instance.
       * Structure is documented below.
       */
      "persistenceConfig"?: {
        /**
         * Optional. Controls whether Persistence features are enabled. If not provided, the existing value will be used.
         */
        "persistenceMode"?: string;
        /**
         * Optional. Available snapshot periods for scheduling.
         */
        "rdbSnapshotPeriod"?: string;
        /**
         * Optional. Date and time that the first snapshot was/will be attempted,
         * and to which future snapshots will be aligned. If not provided,
         * the current time will be used.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond resolution
         * and up to nine fractional digits.
         * Examples: "2014-10-02T15:01:23Z" and "2014-10-02T15:01:23.045123456Z".
         */
        "rdbSnapshotStartTime"?: string;
      };
      /**
       * The ID of the project in which the resource belongs.
       * If it is not provided, the provider project is used.
       */
      "project"?: string;
      /**
       * Optional. Read replica mode. Can only be specified when trying to create the instance.
       * If not set, Memorystore Redis backend will default to READ_REPLICAS_DISABLED.
       */
      "readReplicasMode"?: string;
      /**
       * Redis configuration parameters, according to http://redis.io/topics/config.
       * Please check Memorystore documentation for the list of supported parameters:
       * https://cloud.google.com/memorystore/docs/redis/reference/rest/v1/projects.locations.instances#Instance.FIELDS.redis_configs
       */
      "redisConfigs"?: {
        [key: string]: string;
      };
      /**
       * The version of Redis software. If not provided, latest supported
       * version will be used. Please check the API documentation linked
       * at the top for the latest valid values.
       */
      "redisVersion"?: string;
      /**
       * Optional. The number of replica nodes. The valid range for the Standard Tier with
       * read replicas enabled is [1-5] and defaults to 2. If read replicas are not enabled
       * for a Standard Tier instance, the only valid value is 1 and the default is 1.
       * The valid value for basic tier is 0 and the default is also 0.
       */
      "replicaCount"?: number;
      /**
       * The CIDR range of internal addresses that are reserved for this
       * instance. If not provided, the service will choose an unused /29
       * block, for example, 10.0.0.0/29 or 192.168.0.0/29. Ranges must be
       * unique and non-overlapping with existing subnets in an authorized
       * network.
       */
      "reservedIpRange"?: string;
      /**
       * Optional. Additional IP range for node placement. Required when enabling read replicas on
       * an existing instance. For DIRECT_PEERING mode value must be a CIDR range of size /28, or
       * "auto". For PRIVATE_SERVICE_ACCESS mode value must be the name of an allocated address
       * range associated with the private service access connection, or "auto".
       */
      "secondaryIpRange"?: string;
      /**
       * The service tier of the instance. Must be one of these values:
       */
      "tier"?: string;
      /**
       * The TLS mode of the Redis instance, If not provided, TLS is disabled for the instance.
       */
      "transitEncryptionMode"?: string;
    };
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
     * This field is planned to replace the DeletionPolicy field in a future
     * release. Currently, both could be set independently and non-default
     * values would be honored if the feature flag is enabled. If both are
     * custom, the DeletionPolicy field will be ignored.
     * See the design doc for more information: https://github.com/crossplane/crossplane/blob/499895a25d1a1a0ba1604944ef98ac7a1a71f197/design/design-doc-observe-only-resources.md?plain=1#L223
     * and this one: https://github.com/crossplane/crossplane/blob/444267e84783136daa93568b364a5f01228cacbe/design/one-pager-ignore-changes.md
     */
    "managementPolicies"?: Array<"Observe" | "Create" | "Update" | "Delete" | "LateInitialize" | "*">;
    /**
     * ProviderConfigReference specifies how the provider that will be used to
     * create, observe, update, and delete this managed resource should be
     * configured.
     */
    "providerConfigRef"?: {
      /**
       * Name of the referenced object.
       */
      "name": string;
      /**
       * Policies for referencing.
       */
      "policy"?: {
        /**
         * Resolution specifies whether resolution of this reference is required.
         * The default is 'Required', which means the reconcile will fail if the
         * reference cannot be resolved. 'Optional' means this reference will be
         * a no-op if it cannot be resolved.
         */
        "resolution"?: "Required" | "Optional";
        /**
         * Resolve specifies when this reference should be resolved. The default
         * is 'IfNotPresent', which will attempt to resolve the reference only when
         * the corresponding field is not present. Use 'Always' to resolve the
         * reference on every reconcile.
         */
        "resolve"?: "Always" | "IfNotPresent";
      };
    };
    /**
     * WriteConnectionSecretToReference specifies the namespace and name of a
     * Secret to which any connection details for this managed resource should
     * be written. Connection details frequently include the endpoint, username,
     * and password required to connect to the managed resource.
     */
    "writeConnectionSecretToRef"?: {
      /**
       * Name of the secret.
       */
      "name": string;
      /**
       * Namespace of the secret.
       */
      "namespace": string;
    };
  };
  /**
   * InstanceStatus defines the observed state of Instance.
   */
  "status"?: {
    "atProvider"?: {
      /**
       * Only applicable to STANDARD_HA tier which protects the instance
       * against zonal failures by provisioning it across two zones.
       * If provided, it must be a different zone from the one provided in
       * [locationId].
       */
      "alternativeLocationId"?: string;
      /**
       * Optional. Indicates whether OSS Redis AUTH is enabled for the
       * instance. If set to "true" AUTH is enabled on the instance.
       * Default value is "false" meaning AUTH is disabled.
       */
      "authEnabled"?: boolean;
      /**
       * The full name of the Google Compute Engine network to which the
       * instance is connected. If left unspecified, the default network
       * will be used.
       */
      "authorizedNetwork"?: string;
      /**
       * The connection mode of the Redis instance.
       * Default value is DIRECT_PEERING.
       * Possible values are: DIRECT_PEERING, PRIVATE_SERVICE_ACCESS.
       */
      "connectMode"?: string;
      /**
       * The time the instance was created in RFC3339 UTC "Zulu" format,
       * accurate to nanoseconds.
       */
      "createTime"?: string;
      /**
       * The current zone where the Redis endpoint is placed.
       * For Basic Tier instances, this will always be the same as the
       * [locationId] provided by the user at creation time. For Standard Tier
       * instances, this can be either [locationId] or [alternativeLocationId]
       * and can change after a failover event.
       */
      "currentLocationId"?: string;
      /**
       * Optional. The KMS key reference that you want to use to encrypt the data at rest for this Redis
       * instance. If this is provided, CMEK is enabled.
       */
      "customerManagedKey"?: string;
      /**
       * Defaults to DELETE.
       * When set to "DELETE", deleting the resource is allowed.
       */
      "deletionPolicy"?: string;
      /**
       * When the field is set to false, deleting the instance is allowed.
       */
      "deletionProtection"?: boolean;
      /**
       * An arbitrary and optional user-provided name for the instance.
       */
      "displayName"?: string;
      "effectiveLabels"?: {
        [key: string]: string;
      };
      /**
       * The CIDR range of internal addresses that are reserved for this
       * instance. If not provided, the service will choose an unused /29
       * block, for example, 10.0.0.0/29 or 192.168.0.0/29. Ranges must be
       * unique and non-overlapping with existing subnets in an authorized
       * network.
       */
      "effectiveReservedIpRange"?: string;
      /**
       * Hostname or IP address of the exposed Redis endpoint used by clients
       * to connect to the service.
       */
      "host"?: string;
      /**
       * an identifier for the resource with format projects/{{project}}/locations/{{region}}/instances/{{name}}
       */
      "id"?: string;
      /**
       * Resource labels to represent user provided metadata.
       * Note: This field is non-authoritative, and will only manage the labels present in your configuration.
       * Please refer to the field effective_labels for all of the labels present on the resource.
       */
      "labels"?: {
        [key: string]: string;
      };
      /**
       * The zone where the instance will be provisioned. If not provided,
       * the service will choose a zone for the instance. For STANDARD_HA tier,
       * instances will be created across two zones for protection against
       * zonal failures. If [alternativeLocationId] is also provided, it must
       * be different from [locationId].
       */
      "locationId"?: string;
      /**
       * Maintenance policy for an instance.
       * Structure is documented below.
       */
      "maintenancePolicy"?: {
        /**
         * (Output)
         * Output only. The time when the policy was created.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond
         * resolution and up to nine fractional digits.
         */
        "createTime"?: string;
        /**
         * Optional. Description of what this policy is for.
         * Create/Update methods return INVALID_ARGUMENT if the
         * length is greater than 512.
         */
        "description"?: string;
        /**
         * (Output)
         * Output only. The time when the policy was last updated.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond
         * resolution and up to nine fractional digits.
         */
        "updateTime"?: string;
        /**
         * Optional. Maintenance window that is applied to resources covered by this policy.
         * Minimum 1. For the current version, the maximum number
         * of weekly_window is expected to be one.
         * Structure is documented below.
         */
        "weeklyMaintenanceWindow"?: Array<{
          /**
           * Required. The day of week that maintenance updates occur.
           */
          "day"?: string;
          /**
           * (Output)
           * Output only. Duration of the maintenance window.
           * The current window is fixed at 1 hour.
           * A duration in seconds with up to nine fractional digits,
           * terminated by 's'. Example: "3.5s".
           */
          "duration"?: string;
          /**
           * Required. Start time of the window in UTC time.
           * Structure is documented below.
           */
          "startTime"?: {
            /**
             * Hours of day in 24 hour format. Should be from 0 to 23.
             * An API may choose to allow the value "24:00:00" for scenarios like business closing time.
             */
            "hours"?: number;
            /**
             * Minutes of hour of day. Must be from 0 to 59.
             */
            "minutes"?: number;
            /**
             * Fractions of seconds in nanoseconds. Must be from 0 to 999,999,999.
             */
            "nanos"?: number;
            /**
             * Seconds of minutes of the time. Must normally be from 0 to 59.
             * An API may allow the value 60 if it allows leap-seconds.
             */
            "seconds"?: number;
          };
        }>;
      };
      /**
       * Upcoming maintenance schedule.
       * Structure is documented below.
       */
      "maintenanceSchedule"?: Array<{
        /**
         * (Output)
         * Output only. The end time of any upcoming scheduled maintenance for this instance.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond
         * resolution and up to nine fractional digits.
         */
        "endTime"?: string;
        /**
         * (Output)
         * Output only. The deadline that the maintenance schedule start time
         * can not go beyond, including reschedule.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond
         * resolution and up to nine fractional digits.
         */
        "scheduleDeadlineTime"?: string;
        /**
         * (Output)
         * Output only. The start time of any upcoming scheduled maintenance for this instance.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond
         * resolution and up to nine fractional digits.
         */
        "startTime"?: string;
      }>;
      /**
       * The self service update maintenance version.
       */
      "maintenanceVersion"?: string;
      /**
       * Redis memory size in GiB.
       */
      "memorySizeGb"?: number;
      /**
       * Output only. Info per node.
       * Structure is documented below.
       */
      "nodes"?: Array<{
        /**
         * (Output)
         * Node identifying string. e.g. 'node-0', 'node-1'
         */
        "id"?: string;
        /**
         * (Output)
         * Location of the node.
         */
        "zone"?: string;
      }>;
      /**
       * Persistence configuration for an instance.
       * Structure is documented below.
       */
      "persistenceConfig"?: {
        /**
         * Optional. Controls whether Persistence features are enabled. If not provided, the existing value will be used.
         */
        "persistenceMode"?: string;
        /**
         * (Output)
         * Output only. The next time that a snapshot attempt is scheduled to occur.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond resolution and up
         * to nine fractional digits.
         * Examples: "2014-10-02T15:01:23Z" and "2014-10-02T15:01:23.045123456Z".
         */
        "rdbNextSnapshotTime"?: string;
        /**
         * Optional. Available snapshot periods for scheduling.
         */
        "rdbSnapshotPeriod"?: string;
        /**
         * Optional. Date and time that the first snapshot was/will be attempted,
         * and to which future snapshots will be aligned. If not provided,
         * the current time will be used.
         * A timestamp in RFC3339 UTC "Zulu" format, with nanosecond resolution
         * and up to nine fractional digits.
         * Examples: "2014-10-02T15:01:23Z" and "2014-10-02T15:01:23.045123456Z".
         */
        "rdbSnapshotStartTime"?: string;
      };
      /**
       * Output only. Cloud IAM identity used by import / export operations
       * to transfer data to/from Cloud Storage. Format is "serviceAccount:".
       * The value may change over time for a given instance so should be
       * checked before each import/export operation.
       */
      "persistenceIamIdentity"?: string;
      /**
       * The port number of the exposed Redis endpoint.
       */
      "port"?: number;
      /**
       * The ID of the project in which the resource belongs.
       * If it is not provided, the provider project is used.
       */
      "project"?: string;
      /**
       * Output only. Hostname or IP address of the exposed readonly Redis endpoint. Standard tier only.
       * Targets all healthy replica nodes in instance. Replication is asynchronous and replica nodes
       * will exhibit some lag behind the primary. Write requests must target 'host'.
       */
      "readEndpoint"?: string;
      /**
       * Output only. The port number of the exposed readonly redis endpoint. Standard tier only.
       * Write requests should target 'port'.
       */
      "readEndpointPort"?: number;
      /**
       * Optional. Read replica mode. Can only be specified when trying to create the instance.
       * If not set, Memorystore Redis backend will default to READ_REPLICAS_DISABLED.
       */
      "readReplicasMode"?: string;
      /**
       * Redis configuration parameters, according to http://redis.io/topics/config.
       * Please check Memorystore documentation for the list of supported parameters:
       * https://cloud.google.com/memorystore/docs/redis/reference/rest/v1/projects.locations.instances#Instance.FIELDS.redis_configs
       */
      "redisConfigs"?: {
        [key: string]: string;
      };
      /**
       * The version of Redis software. If not provided, latest supported
       * version will be used. Please check the API documentation linked
       * at the top for the latest valid values.
       */
      "redisVersion"?: string;
      /**
       * The name of the Redis region of the instance.
       */
      "region"?: string;
      /**
       * Optional. The number of replica nodes. The valid range for the Standard Tier with
       * read replicas enabled is [1-5] and defaults to 2. If read replicas are not enabled
       * for a Standard Tier instance, the only valid value is 1 and the default is 1.
       * The valid value for basic tier is 0 and the default is also 0.
       */
      "replicaCount"?: number;
      /**
       * The CIDR range of internal addresses that are reserved for this
       * instance. If not provided, the service will choose an unused /29
       * block, for example, 10.0.0.0/29 or 192.168.0.0/29. Ranges must be
       * unique and non-overlapping with existing subnets in an authorized
       * network.
       */
      "reservedIpRange"?: string;
      /**
       * Optional. Additional IP range for node placement. Required when enabling read replicas on
       * an existing instance. For DIRECT_PEERING mode value must be a CIDR range of size /28, or
       * "auto". For PRIVATE_SERVICE_ACCESS mode value must be the name of an allocated address
       * range associated with the private service access connection, or "auto".
       */
      "secondaryIpRange"?: string;
      /**
       * List of server CA certificates for the instance.
       * Structure is documented below.
       */
      "serverCaCerts"?: Array<{
        /**
         * (Output)
         * The certificate data in PEM format.
         */
        "cert"?: string;
        /**
         * (Output)
         * The time when the certificate was created.
         */
        "createTime"?: string;
        /**
         * (Output)
         * The time when the certificate expires.
         */
        "expireTime"?: string;
        /**
         * (Output)
         * Serial number, as extracted from the certificate.
         */
        "serialNumber"?: string;
        /**
         * (Output)
         * Sha1 Fingerprint of the certificate.
         */
        "sha1Fingerprint"?: string;
      }>;
      /**
       * The combination of labels configured directly on the resource
       * and default labels configured on the provider.
       */
      "terraformLabels"?: {
        [key: string]: string;
      };
      /**
       * The service tier of the instance. Must be one of these values:
       */
      "tier"?: string;
      /**
       * The TLS mode of the Redis instance, If not provided, TLS is disabled for the instance.
       */
      "transitEncryptionMode"?: string;
    };
    /**
     * Conditions of the resource.
     */
    "conditions"?: Array<{
      /**
       * LastTransitionTime is the last time this condition transitioned from one
       * status to another.
       */
      "lastTransitionTime": string;
      /**
       * A Message containing details about this condition's last transition from
       * one status to another, if any.
       */
      "message"?: string;
      /**
       * ObservedGeneration represents the .metadata.generation that the condition was set based upon.
       * For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date
       * with respect to the current state of the instance.
       */
      "observedGeneration"?: number;
      /**
       * A Reason for this condition's last transition from one status to another.
       */
      "reason": string;
      /**
       * Status of this condition; is it currently True, False, or Unknown?
       */
      "status": string;
      /**
       * Type of this condition. At most one of each condition type may apply to
       * a resource at any point in time.
       */
      "type": string;
    }>;
    /**
     * LastHandledReconcileAt holds the value of the most recent
     * reconcile-requested-at annotation token that the controller has
     * processed. Users can compare this to the annotation to determine
     * whether a reconcile request has been handled.
     */
    "lastHandledReconcileAt"?: string;
    /**
     * ObservedGeneration is the latest metadata.generation
     * which resulted in either a ready state, or stalled due to error
     * it can not recover from without human intervention.
     */
    "observedGeneration"?: number;
  };
}

/**
 * Instance is the Schema for the Instances API. A Google Cloud Redis instance.
 */
export class Instance extends Model<IInstance> implements IInstance {
  "apiVersion": IInstance["apiVersion"];
  "kind": IInstance["kind"];
  "metadata"?: IInstance["metadata"];
  "spec": IInstance["spec"];
  "status"?: IInstance["status"];

static apiVersion: IInstance["apiVersion"] = "redis.gcp.upbound.io/v1beta2";
static kind: IInstance["kind"] = "Instance";
static is = createTypeMetaGuard<IInstance>(Instance);

constructor(data?: ModelData<IInstance>) {
  super();

  this.setDefinedProps({
    apiVersion: Instance.apiVersion,
    kind: Instance.kind,
    ...data
  } as IInstance);
}
}


setValidateFunc(Instance, validate as ValidateFunc<IInstance>);
