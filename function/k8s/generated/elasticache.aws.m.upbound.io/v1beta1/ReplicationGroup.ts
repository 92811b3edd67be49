import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/ElasticacheAwsMUpboundIoV1beta1ReplicationGroup.js";

/**
 * ReplicationGroup is the Schema for the ReplicationGroups API. Provides an ElastiCache Replication Group resource.
 */
export interface IReplicationGroup {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "elasticache.aws.m.upbound.io/v1beta1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "ReplicationGroup";
  "metadata"?: IObjectMeta;
  /**
   * ReplicationGroupSpec defines the desired state of ReplicationGroup
   */
  "spec": {
    "forProvider": {
      /**
       * Specifies whether any modifications are applied immediately, or during the next maintenance window. Default is false.
       */
      "applyImmediately"?: boolean;
      /**
       * Whether to enable encryption at rest.
       * When engine is redis, default is false.
       * When engine is valkey, default is true.
       */
      "atRestEncryptionEnabled"?: string;
      /**
       * Password used to access a password protected server. Can be specified only if transit_encryption_enabled = true.
       * If you set autoGenerateAuthToken to true, the Secret referenced here will be created or updated with generated auth token if it does not already contain one.
       */
      "authTokenSecretRef"?: {
        "key": string;
        /**
         * Name of the secret.
         */
        "name": string;
      };
      /**
       * Strategy used when modifying auth_token on an existing replication group. Not used during initial create. Valid values are SET, ROTATE, and DELETE. If omitted during an auth token change, AWS defaults to ROTATE. If value is DELETE then auth_token must be omitted.
       */
      "authTokenUpdateStrategy"?: string;
      /**
       * Password used to access a password protected server. Can be specified only if transit_encryption_enabled = true.
       * If true, the auth token will be auto-generated and stored in the Secret referenced by the authTokenSecretRef field.
       */
      "autoGenerateAuthToken"?: boolean;
      /**
       * Specifies whether minor version engine upgrades will be applied automatically to the underlying Cache Cluster instances during the maintenance window.
       * Only supported for engine types "redis" and "valkey" and if the engine version is 6 or higher.
       * Defaults to true.
       */
      "autoMinorVersionUpgrade"?: string;
      /**
       * Specifies whether a read-only replica will be automatically promoted to read/write primary if the existing primary fails. If enabled, num_cache_clusters must be greater than 1. Must be enabled for Redis (cluster mode enabled) replication groups. Defaults to false.
       */
      "automaticFailoverEnabled"?: boolean;
      /**
       * Specifies whether cluster mode is enabled or disabled. Valid values are enabled or disabled or compatible
       */
      "clusterMode"?: string;
      /**
       * Enables data tiering. Data tiering is only supported for replication groups using the r6gd node type. This parameter must be set to true when using r6gd nodes.
       */
      "dataTieringEnabled"?: boolean;
      /**
       * User-created description for the replication group. Must not be empty.
       */
      "description"?: string;
      /**
       * Name of the cache engine to be used for the clusters in this replication group.
       * Valid values are redis or valkey.
       * Default is redis.
       */
      "engine"?: string;
      /**
       * Version number of the cache engine to be used for the cache clusters in this replication group.
       * If the version is 7 or higher, the major and minor version should be set, e.g., 7.2.
       * If the version is 6, the major and minor version can be set, e.g., 6.2,
       * or the minor version can be unspecified which will use the latest version at creation time, e.g., 6.x.
       * Otherwise, specify the full version desired, e.g., 5.0.6.
       * The actual engine version used is returned in the attribute engine_version_actual, see Attribute Reference below.
       */
      "engineVersion"?: string;
      /**
       * The name of your final node group (shard) snapshot. ElastiCache creates the snapshot from the primary node in the cluster. If omitted, no final snapshot will be made.
       */
      "finalSnapshotIdentifier"?: string;
      /**
       * The ID of the global replication group to which this replication group should belong. If this parameter is specified, the replication group is added to the specified global replication group as a secondary replication group; otherwise, the replication group is not part of any global replication group. If global_replication_group_id is set, the num_node_groups parameter cannot be set.
       */
      "globalReplicationGroupId"?: string;
      /**
       * Reference to a GlobalReplicationGroup in elasticache to populate globalReplicationGroupId.
       */
      "globalReplicationGroupIdRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a GlobalReplicationGroup in elasticache to populate globalReplicationGroupId.
       */
      "globalReplicationGroupIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * The IP version to advertise in the discovery protocol. Valid values are ipv4 or ipv6.
       */
      "ipDiscovery"?: string;
      /**
       * The ARN of the key that you wish to use if encrypting at rest. If not supplied, uses service managed encryption. Can be specified only if at_rest_encryption_enabled = true.
       */
      "kmsKeyId"?: string;
      /**
       * Reference to a Key in kms to populate kmsKeyId.
       */
      "kmsKeyIdRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a Key in kms to populate kmsKeyId.
       */
      "kmsKeyIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * Specifies the destination and format of Redis OSS/Valkey SLOWLOG or Redis OSS/Valkey Engine Log. See the documentation on Amazon ElastiCache. See Log Delivery Configuration below for more details.
       */
      "logDeliveryConfiguration"?: Array<{
        /**
         * Name of either the CloudWatch Logs LogGroup or Kinesis Data Firehose resource.
         */
        "destination"?: string;
        /**
         * For CloudWatch Logs use cloudwatch-logs or for Kinesis Data Firehose use kinesis-firehose.
         */
        "destinationType"?: string;
        /**
         * Valid values are json or text
         */
        "logFormat"?: string;
        /**
         * Valid values are  slow-log or engine-log. Max 1 of each.
         */
        "logType"?: string;
      }>;
      /**
       * Specifies the weekly time range for when maintenance on the cache cluster is performed. The format is ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum maintenance window is a 60 minute period. Example: sun:05:00-sun:09:00
       */
      "maintenanceWindow"?: string;
      /**
       * Specifies whether to enable Multi-AZ Support for the replication group.
       * If true, automatic_failover_enabled must also be enabled.
       * Defaults to false.
       */
      "multiAzEnabled"?: boolean;
      /**
       * The IP versions for cache cluster connections. Valid values are ipv4, ipv6 or dual_stack.
       */
      "networkType"?: string;
      /**
       * Configuration block for node groups (shards). Can be specified only if num_node_groups is set. Conflicts with preferred_cache_cluster_azs. See Node Group Configuration below for more details.
       */
      "nodeGroupConfiguration"?: Array<{
        /**
         * ID for the node group. Redis (cluster mode disabled) replication groups don't have node group IDs, so this value is ignored. For Redis (cluster mode enabled) replication groups, the node group ID is a 1 to 4 character alphanumeric string.
         */
        "nodeGroupId"?: string;
        /**
         * Availability zone for the primary node.
         */
        "primaryAvailabilityZone"?: string;
        /**
         * ARN of the Outpost for the primary node.
         */
        "primaryOutpostArn"?: string;
        /**
         * List of availability zones for the replica nodes.
         */
        "replicaAvailabilityZones"?: Array<string>;
        /**
         * Number of replica nodes in this node group.
         */
        "replicaCount"?: number;
        /**
         * List of ARNs of the Outposts for the replica nodes.
         */
        "replicaOutpostArns"?: Array<string>;
        /**
         * Keyspace for this node group. Format is start-end (e.g., 0-5460). For Redis (cluster mode disabled) replication groups, this value is ignored.
         */
        "slots"?: string;
      }>;
      /**
       * Instance class to be used.
       * See AWS documentation for information on supported node types and guidance on selecting node types.
       * Required unless global_replication_group_id is set.
       * Cannot be set if global_replication_group_id is set.
       */
      "nodeType"?: string;
      /**
       * ARN of an SNS topic to send ElastiCache notifications to. Example: arn:aws:sns:us-east-1:012345678999:my_sns_topic
       */
      "notificationTopicArn"?: string;
      /**
       * 00#.
       */
      "numCacheClusters"?: number;
      /**
       * Number of node groups (shards) for this Redis replication group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Conflicts with num_cache_clusters.
       */
      "numNodeGroups"?: number;
      /**
       * Name of the parameter group to associate with this replication group. If this argument is omitted, the default cache parameter group for the specified engine is used. To enable "cluster mode", i.e., data sharding, use a parameter group that has the parameter cluster-enabled set to true.
       */
      "parameterGroupName"?: string;
      /**
       * Port number on which each of the cache nodes will accept connections. For Memcache the default is 11211, and for Redis the default port is 6379.
       */
      "port"?: number;
      /**
       * List of EC2 availability zones in which the replication group's cache clusters will be created. The order of the availability zones in the list is considered. The first item in the list will be the primary node. Ignored when updating.
       */
      "preferredCacheClusterAzs"?: Array<string>;
      /**
       * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
       * Region is the region you'd like your resource to be created in.
       */
      "region": string;
      /**
       * Number of replica nodes in each node group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Valid values are 0 to 5.
       * Conflicts with num_cache_clusters.
       * Can only be set if num_node_groups is set.
       */
      "replicasPerNodeGroup"?: number;
      /**
       * References to SecurityGroup in ec2 to populate securityGroupIds.
       */
      "securityGroupIdRefs"?: Array<{
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
      }>;
      /**
       * Selector for a list of SecurityGroup in ec2 to populate securityGroupIds.
       */
      "securityGroupIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * IDs of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupIds"?: Array<string>;
      /**
       * Names of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupNames"?: Array<string>;
      /**
       * List of ARNs that identify Redis RDB snapshot files stored in Amazon S3. The names object names cannot contain any commas.
       */
      "snapshotArns"?: Array<string>;
      /**
       * Name of a snapshot from which to restore data into the new node group. Changing the snapshot_name forces a new resource.
       */
      "snapshotName"?: string;
      /**
       * Number of days for which ElastiCache will retain automatic cache cluster snapshots before deleting them. For example, if you set SnapshotRetentionLimit to 5, then a snapshot that was taken today will be retained for 5 days before being deleted. If the value of snapshot_retention_limit is set to zero (0), backups are turned off. Please note that setting a snapshot_retention_limit is not supported on cache.t1.micro cache nodes
       */
      "snapshotRetentionLimit"?: number;
      /**
       * Daily time range (in UTC) during which ElastiCache will begin taking a daily snapshot of your cache cluster. The minimum snapshot window is a 60 minute period. Example: 05:00-09:00
       */
      "snapshotWindow"?: string;
      /**
       * Name of the cache subnet group to be used for the replication group.
       */
      "subnetGroupName"?: string;
      /**
       * Reference to a SubnetGroup in elasticache to populate subnetGroupName.
       */
      "subnetGroupNameRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a SubnetGroup in elasticache to populate subnetGroupName.
       */
      "subnetGroupNameSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
      /**
       * Whether to enable encryption in transit.
       * Changing this argument with an engine_version < 7.0.5 will force a replacement.
       * Engine versions prior to 7.0.5 only allow this transit encryption to be configured during creation of the replication group.
       */
      "transitEncryptionEnabled"?: boolean;
      /**
       * A setting that enables clients to migrate to in-transit encryption with no downtime.
       * Valid values are preferred and required.
       * When enabling encryption on an existing replication group, this must first be set to preferred before setting it to required in a subsequent apply.
       * See the TransitEncryptionMode field in the CreateReplicationGroup API documentation for additional details.
       */
      "transitEncryptionMode"?: string;
      /**
       * User Group ID to associate with the replication group. Only a maximum of one (1) user group ID is valid. NOTE: This argument is a set because the AWS specification allows for multiple IDs. However, in practice, AWS only allows a maximum size of one.
       */
      "userGroupIds"?: Array<string>;
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
       * Specifies whether any modifications are applied immediately, or during the next maintenance window. Default is false.
       */
      "applyImmediately"?: boolean;
      /**
       * Whether to enable encryption at rest.
       * When engine is redis, default is false.
       * When engine is valkey, default is true.
       */
      "atRestEncryptionEnabled"?: string;
      /**
       * Password used to access a password protected server. Can be specified only if transit_encryption_enabled = true.
       * If you set autoGenerateAuthToken to true, the Secret referenced here will be created or updated with generated auth token if it does not already contain one.
       */
      "authTokenSecretRef"?: {
        "key": string;
        /**
         * Name of the secret.
         */
        "name": string;
      };
      /**
       * Strategy used when modifying auth_token on an existing replication group. Not used during initial create. Valid values are SET, ROTATE, and DELETE. If omitted during an auth token change, AWS defaults to ROTATE. If value is DELETE then auth_token must be omitted.
       */
      "authTokenUpdateStrategy"?: string;
      /**
       * Specifies whether minor version engine upgrades will be applied automatically to the underlying Cache Cluster instances during the maintenance window.
       * Only supported for engine types "redis" and "valkey" and if the engine version is 6 or higher.
       * Defaults to true.
       */
      "autoMinorVersionUpgrade"?: string;
      /**
       * Specifies whether a read-only replica will be automatically promoted to read/write primary if the existing primary fails. If enabled, num_cache_clusters must be greater than 1. Must be enabled for Redis (cluster mode enabled) replication groups. Defaults to false.
       */
      "automaticFailoverEnabled"?: boolean;
      /**
       * Specifies whether cluster mode is enabled or disabled. Valid values are enabled or disabled or compatible
       */
      "clusterMode"?: string;
      /**
       * Enables data tiering. Data tiering is only supported for replication groups using the r6gd node type. This parameter must be set to true when using r6gd nodes.
       */
      "dataTieringEnabled"?: boolean;
      /**
       * User-created description for the replication group. Must not be empty.
       */
      "description"?: string;
      /**
       * Name of the cache engine to be used for the clusters in this replication group.
       * Valid values are redis or valkey.
       * Default is redis.
       */
      "engine"?: string;
      /**
       * Version number of the cache engine to be used for the cache clusters in this replication group.
       * If the version is 7 or higher, the major and minor version should be set, e.g., 7.2.
       * If the version is 6, the major and minor version can be set, e.g., 6.2,
       * or the minor version can be unspecified which will use the latest version at creation time, e.g., 6.x.
       * Otherwise, specify the full version desired, e.g., 5.0.6.
       * The actual engine version used is returned in the attribute engine_version_actual, see Attribute Reference below.
       */
      "engineVersion"?: string;
      /**
       * The name of your final node group (shard) snapshot. ElastiCache creates the snapshot from the primary node in the cluster. If omitted, no final snapshot will be made.
       */
      "finalSnapshotIdentifier"?: string;
      /**
       * The ID of the global replication group to which this replication group should belong. If this parameter is specified, the replication group is added to the specified global replication group as a secondary replication group; otherwise, the replication group is not part of any global replication group. If global_replication_group_id is set, the num_node_groups parameter cannot be set.
       */
      "globalReplicationGroupId"?: string;
      /**
       * Reference to a GlobalReplicationGroup in elasticache to populate globalReplicationGroupId.
       */
      "globalReplicationGroupIdRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a GlobalReplicationGroup in elasticache to populate globalReplicationGroupId.
       */
      "globalReplicationGroupIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * The IP version to advertise in the discovery protocol. Valid values are ipv4 or ipv6.
       */
      "ipDiscovery"?: string;
      /**
       * The ARN of the key that you wish to use if encrypting at rest. If not supplied, uses service managed encryption. Can be specified only if at_rest_encryption_enabled = true.
       */
      "kmsKeyId"?: string;
      /**
       * Reference to a Key in kms to populate kmsKeyId.
       */
      "kmsKeyIdRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a Key in kms to populate kmsKeyId.
       */
      "kmsKeyIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * Specifies the destination and format of Redis OSS/Valkey SLOWLOG or Redis OSS/Valkey Engine Log. See the documentation on Amazon ElastiCache. See Log Delivery Configuration below for more details.
       */
      "logDeliveryConfiguration"?: Array<{
        /**
         * Name of either the CloudWatch Logs LogGroup or Kinesis Data Firehose resource.
         */
        "destination"?: string;
        /**
         * For CloudWatch Logs use cloudwatch-logs or for Kinesis Data Firehose use kinesis-firehose.
         */
        "destinationType"?: string;
        /**
         * Valid values are json or text
         */
        "logFormat"?: string;
        /**
         * Valid values are  slow-log or engine-log. Max 1 of each.
         */
        "logType"?: string;
      }>;
      /**
       * Specifies the weekly time range for when maintenance on the cache cluster is performed. The format is ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum maintenance window is a 60 minute period. Example: sun:05:00-sun:09:00
       */
      "maintenanceWindow"?: string;
      /**
       * Specifies whether to enable Multi-AZ Support for the replication group.
       * If true, automatic_failover_enabled must also be enabled.
       * Defaults to false.
       */
      "multiAzEnabled"?: boolean;
      /**
       * The IP versions for cache cluster connections. Valid values are ipv4, ipv6 or dual_stack.
       */
      "networkType"?: string;
      /**
       * Configuration block for node groups (shards). Can be specified only if num_node_groups is set. Conflicts with preferred_cache_cluster_azs. See Node Group Configuration below for more details.
       */
      "nodeGroupConfiguration"?: Array<{
        /**
         * ID for the node group. Redis (cluster mode disabled) replication groups don't have node group IDs, so this value is ignored. For Redis (cluster mode enabled) replication groups, the node group ID is a 1 to 4 character alphanumeric string.
         */
        "nodeGroupId"?: string;
        /**
         * Availability zone for the primary node.
         */
        "primaryAvailabilityZone"?: string;
        /**
         * ARN of the Outpost for the primary node.
         */
        "primaryOutpostArn"?: string;
        /**
         * List of availability zones for the replica nodes.
         */
        "replicaAvailabilityZones"?: Array<string>;
        /**
         * Number of replica nodes in this node group.
         */
        "replicaCount"?: number;
        /**
         * List of ARNs of the Outposts for the replica nodes.
         */
        "replicaOutpostArns"?: Array<string>;
        /**
         * Keyspace for this node group. Format is start-end (e.g., 0-5460). For Redis (cluster mode disabled) replication groups, this value is ignored.
         */
        "slots"?: string;
      }>;
      /**
       * Instance class to be used.
       * See AWS documentation for information on supported node types and guidance on selecting node types.
       * Required unless global_replication_group_id is set.
       * Cannot be set if global_replication_group_id is set.
       */
      "nodeType"?: string;
      /**
       * ARN of an SNS topic to send ElastiCache notifications to. Example: arn:aws:sns:us-east-1:012345678999:my_sns_topic
       */
      "notificationTopicArn"?: string;
      /**
       * 00#.
       */
      "numCacheClusters"?: number;
      /**
       * Number of node groups (shards) for this Redis replication group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Conflicts with num_cache_clusters.
       */
      "numNodeGroups"?: number;
      /**
       * Name of the parameter group to associate with this replication group. If this argument is omitted, the default cache parameter group for the specified engine is used. To enable "cluster mode", i.e., data sharding, use a parameter group that has the parameter cluster-enabled set to true.
       */
      "parameterGroupName"?: string;
      /**
       * Port number on which each of the cache nodes will accept connections. For Memcache the default is 11211, and for Redis the default port is 6379.
       */
      "port"?: number;
      /**
       * List of EC2 availability zones in which the replication group's cache clusters will be created. The order of the availability zones in the list is considered. The first item in the list will be the primary node. Ignored when updating.
       */
      "preferredCacheClusterAzs"?: Array<string>;
      /**
       * Number of replica nodes in each node group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Valid values are 0 to 5.
       * Conflicts with num_cache_clusters.
       * Can only be set if num_node_groups is set.
       */
      "replicasPerNodeGroup"?: number;
      /**
       * References to SecurityGroup in ec2 to populate securityGroupIds.
       */
      "securityGroupIdRefs"?: Array<{
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
      }>;
      /**
       * Selector for a list of SecurityGroup in ec2 to populate securityGroupIds.
       */
      "securityGroupIdSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * IDs of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupIds"?: Array<string>;
      /**
       * Names of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupNames"?: Array<string>;
      /**
       * List of ARNs that identify Redis RDB snapshot files stored in Amazon S3. The names object names cannot contain any commas.
       */
      "snapshotArns"?: Array<string>;
      /**
       * Name of a snapshot from which to restore data into the new node group. Changing the snapshot_name forces a new resource.
       */
      "snapshotName"?: string;
      /**
       * Number of days for which ElastiCache will retain automatic cache cluster snapshots before deleting them. For example, if you set SnapshotRetentionLimit to 5, then a snapshot that was taken today will be retained for 5 days before being deleted. If the value of snapshot_retention_limit is set to zero (0), backups are turned off. Please note that setting a snapshot_retention_limit is not supported on cache.t1.micro cache nodes
       */
      "snapshotRetentionLimit"?: number;
      /**
       * Daily time range (in UTC) during which ElastiCache will begin taking a daily snapshot of your cache cluster. The minimum snapshot window is a 60 minute period. Example: 05:00-09:00
       */
      "snapshotWindow"?: string;
      /**
       * Name of the cache subnet group to be used for the replication group.
       */
      "subnetGroupName"?: string;
      /**
       * Reference to a SubnetGroup in elasticache to populate subnetGroupName.
       */
      "subnetGroupNameRef"?: {
        /**
         * Name of the referenced object.
         */
        "name": string;
        /**
         * Namespace of the referenced object
         */
        "namespace"?: string;
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
       * Selector for a SubnetGroup in elasticache to populate subnetGroupName.
       */
      "subnetGroupNameSelector"?: {
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
         * Namespace for the selector
         */
        "namespace"?: string;
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
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
      /**
       * Whether to enable encryption in transit.
       * Changing this argument with an engine_version < 7.0.5 will force a replacement.
       * Engine versions prior to 7.0.5 only allow this transit encryption to be configured during creation of the replication group.
       */
      "transitEncryptionEnabled"?: boolean;
      /**
       * A setting that enables clients to migrate to in-transit encryption with no downtime.
       * Valid values are preferred and required.
       * When enabling encryption on an existing replication group, this must first be set to preferred before setting it to required in a subsequent apply.
       * See the TransitEncryptionMode field in the CreateReplicationGroup API documentation for additional details.
       */
      "transitEncryptionMode"?: string;
      /**
       * User Group ID to associate with the replication group. Only a maximum of one (1) user group ID is valid. NOTE: This argument is a set because the AWS specification allows for multiple IDs. However, in practice, AWS only allows a maximum size of one.
       */
      "userGroupIds"?: Array<string>;
    };
    /**
     * THIS IS A BETA FIELD. It is on by default but can be opted out
     * through a Crossplane feature flag.
     * ManagementPolicies specify the array of actions Crossplane is allowed to
     * take on the managed and external resources.
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
       * Kind of the referenced object.
       */
      "kind": string;
      /**
       * Name of the referenced object.
       */
      "name": string;
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
    };
  };
  /**
   * ReplicationGroupStatus defines the observed state of ReplicationGroup.
   */
  "status"?: {
    "atProvider"?: {
      /**
       * Specifies whether any modifications are applied immediately, or during the next maintenance window. Default is false.
       */
      "applyImmediately"?: boolean;
      /**
       * ARN of the created ElastiCache Replication Group.
       */
      "arn"?: string;
      /**
       * Whether to enable encryption at rest.
       * When engine is redis, default is false.
       * When engine is valkey, default is true.
       */
      "atRestEncryptionEnabled"?: string;
      /**
       * Strategy used when modifying auth_token on an existing replication group. Not used during initial create. Valid values are SET, ROTATE, and DELETE. If omitted during an auth token change, AWS defaults to ROTATE. If value is DELETE then auth_token must be omitted.
       */
      "authTokenUpdateStrategy"?: string;
      /**
       * Specifies whether minor version engine upgrades will be applied automatically to the underlying Cache Cluster instances during the maintenance window.
       * Only supported for engine types "redis" and "valkey" and if the engine version is 6 or higher.
       * Defaults to true.
       */
      "autoMinorVersionUpgrade"?: string;
      /**
       * Specifies whether a read-only replica will be automatically promoted to read/write primary if the existing primary fails. If enabled, num_cache_clusters must be greater than 1. Must be enabled for Redis (cluster mode enabled) replication groups. Defaults to false.
       */
      "automaticFailoverEnabled"?: boolean;
      /**
       * Indicates if cluster mode is enabled.
       */
      "clusterEnabled"?: boolean;
      /**
       * Specifies whether cluster mode is enabled or disabled. Valid values are enabled or disabled or compatible
       */
      "clusterMode"?: string;
      /**
       * Address of the replication group configuration endpoint when cluster mode is enabled.
       */
      "configurationEndpointAddress"?: string;
      /**
       * Enables data tiering. Data tiering is only supported for replication groups using the r6gd node type. This parameter must be set to true when using r6gd nodes.
       */
      "dataTieringEnabled"?: boolean;
      /**
       * User-created description for the replication group. Must not be empty.
       */
      "description"?: string;
      /**
       * Name of the cache engine to be used for the clusters in this replication group.
       * Valid values are redis or valkey.
       * Default is redis.
       */
      "engine"?: string;
      /**
       * Version number of the cache engine to be used for the cache clusters in this replication group.
       * If the version is 7 or higher, the major and minor version should be set, e.g., 7.2.
       * If the version is 6, the major and minor version can be set, e.g., 6.2,
       * or the minor version can be unspecified which will use the latest version at creation time, e.g., 6.x.
       * Otherwise, specify the full version desired, e.g., 5.0.6.
       * The actual engine version used is returned in the attribute engine_version_actual, see Attribute Reference below.
       */
      "engineVersion"?: string;
      /**
       * Because ElastiCache pulls the latest minor or patch for a version, this attribute returns the running version of the cache engine.
       */
      "engineVersionActual"?: string;
      /**
       * The name of your final node group (shard) snapshot. ElastiCache creates the snapshot from the primary node in the cluster. If omitted, no final snapshot will be made.
       */
      "finalSnapshotIdentifier"?: string;
      /**
       * The ID of the global replication group to which this replication group should belong. If this parameter is specified, the replication group is added to the specified global replication group as a secondary replication group; otherwise, the replication group is not part of any global replication group. If global_replication_group_id is set, the num_node_groups parameter cannot be set.
       */
      "globalReplicationGroupId"?: string;
      /**
       * ID of the ElastiCache Replication Group.
       */
      "id"?: string;
      /**
       * The IP version to advertise in the discovery protocol. Valid values are ipv4 or ipv6.
       */
      "ipDiscovery"?: string;
      /**
       * The ARN of the key that you wish to use if encrypting at rest. If not supplied, uses service managed encryption. Can be specified only if at_rest_encryption_enabled = true.
       */
      "kmsKeyId"?: string;
      /**
       * Specifies the destination and format of Redis OSS/Valkey SLOWLOG or Redis OSS/Valkey Engine Log. See the documentation on Amazon ElastiCache. See Log Delivery Configuration below for more details.
       */
      "logDeliveryConfiguration"?: Array<{
        /**
         * Name of either the CloudWatch Logs LogGroup or Kinesis Data Firehose resource.
         */
        "destination"?: string;
        /**
         * For CloudWatch Logs use cloudwatch-logs or for Kinesis Data Firehose use kinesis-firehose.
         */
        "destinationType"?: string;
        /**
         * Valid values are json or text
         */
        "logFormat"?: string;
        /**
         * Valid values are  slow-log or engine-log. Max 1 of each.
         */
        "logType"?: string;
      }>;
      /**
       * Specifies the weekly time range for when maintenance on the cache cluster is performed. The format is ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum maintenance window is a 60 minute period. Example: sun:05:00-sun:09:00
       */
      "maintenanceWindow"?: string;
      /**
       * Identifiers of all the nodes that are part of this replication group.
       */
      "memberClusters"?: Array<string>;
      /**
       * Specifies whether to enable Multi-AZ Support for the replication group.
       * If true, automatic_failover_enabled must also be enabled.
       * Defaults to false.
       */
      "multiAzEnabled"?: boolean;
      /**
       * The IP versions for cache cluster connections. Valid values are ipv4, ipv6 or dual_stack.
       */
      "networkType"?: string;
      /**
       * Configuration block for node groups (shards). Can be specified only if num_node_groups is set. Conflicts with preferred_cache_cluster_azs. See Node Group Configuration below for more details.
       */
      "nodeGroupConfiguration"?: Array<{
        /**
         * ID for the node group. Redis (cluster mode disabled) replication groups don't have node group IDs, so this value is ignored. For Redis (cluster mode enabled) replication groups, the node group ID is a 1 to 4 character alphanumeric string.
         */
        "nodeGroupId"?: string;
        /**
         * Availability zone for the primary node.
         */
        "primaryAvailabilityZone"?: string;
        /**
         * ARN of the Outpost for the primary node.
         */
        "primaryOutpostArn"?: string;
        /**
         * List of availability zones for the replica nodes.
         */
        "replicaAvailabilityZones"?: Array<string>;
        /**
         * Number of replica nodes in this node group.
         */
        "replicaCount"?: number;
        /**
         * List of ARNs of the Outposts for the replica nodes.
         */
        "replicaOutpostArns"?: Array<string>;
        /**
         * Keyspace for this node group. Format is start-end (e.g., 0-5460). For Redis (cluster mode disabled) replication groups, this value is ignored.
         */
        "slots"?: string;
      }>;
      /**
       * Instance class to be used.
       * See AWS documentation for information on supported node types and guidance on selecting node types.
       * Required unless global_replication_group_id is set.
       * Cannot be set if global_replication_group_id is set.
       */
      "nodeType"?: string;
      /**
       * ARN of an SNS topic to send ElastiCache notifications to. Example: arn:aws:sns:us-east-1:012345678999:my_sns_topic
       */
      "notificationTopicArn"?: string;
      /**
       * 00#.
       */
      "numCacheClusters"?: number;
      /**
       * Number of node groups (shards) for this Redis replication group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Conflicts with num_cache_clusters.
       */
      "numNodeGroups"?: number;
      /**
       * Name of the parameter group to associate with this replication group. If this argument is omitted, the default cache parameter group for the specified engine is used. To enable "cluster mode", i.e., data sharding, use a parameter group that has the parameter cluster-enabled set to true.
       */
      "parameterGroupName"?: string;
      /**
       * Port number on which each of the cache nodes will accept connections. For Memcache the default is 11211, and for Redis the default port is 6379.
       */
      "port"?: number;
      /**
       * List of EC2 availability zones in which the replication group's cache clusters will be created. The order of the availability zones in the list is considered. The first item in the list will be the primary node. Ignored when updating.
       */
      "preferredCacheClusterAzs"?: Array<string>;
      /**
       * (Redis only) Address of the endpoint for the primary node in the replication group, if the cluster mode is disabled.
       */
      "primaryEndpointAddress"?: string;
      /**
       * (Redis only) Address of the endpoint for the reader node in the replication group, if the cluster mode is disabled.
       */
      "readerEndpointAddress"?: string;
      /**
       * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
       * Region is the region you'd like your resource to be created in.
       */
      "region"?: string;
      /**
       * Number of replica nodes in each node group.
       * Changing this number will trigger a resizing operation before other settings modifications.
       * Valid values are 0 to 5.
       * Conflicts with num_cache_clusters.
       * Can only be set if num_node_groups is set.
       */
      "replicasPerNodeGroup"?: number;
      /**
       * IDs of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupIds"?: Array<string>;
      /**
       * Names of one or more Amazon VPC security groups associated with this replication group. Use this parameter only when you are creating a replication group in an Amazon Virtual Private Cloud.
       */
      "securityGroupNames"?: Array<string>;
      /**
       * List of ARNs that identify Redis RDB snapshot files stored in Amazon S3. The names object names cannot contain any commas.
       */
      "snapshotArns"?: Array<string>;
      /**
       * Name of a snapshot from which to restore data into the new node group. Changing the snapshot_name forces a new resource.
       */
      "snapshotName"?: string;
      /**
       * Number of days for which ElastiCache will retain automatic cache cluster snapshots before deleting them. For example, if you set SnapshotRetentionLimit to 5, then a snapshot that was taken today will be retained for 5 days before being deleted. If the value of snapshot_retention_limit is set to zero (0), backups are turned off. Please note that setting a snapshot_retention_limit is not supported on cache.t1.micro cache nodes
       */
      "snapshotRetentionLimit"?: number;
      /**
       * Daily time range (in UTC) during which ElastiCache will begin taking a daily snapshot of your cache cluster. The minimum snapshot window is a 60 minute period. Example: 05:00-09:00
       */
      "snapshotWindow"?: string;
      /**
       * Name of the cache subnet group to be used for the replication group.
       */
      "subnetGroupName"?: string;
      /**
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
      /**
       * Map of tags assigned to the resource, including those inherited from the provider default_tags configuration block.
       */
      "tagsAll"?: {
        [key: string]: string;
      };
      /**
       * Whether to enable encryption in transit.
       * Changing this argument with an engine_version < 7.0.5 will force a replacement.
       * Engine versions prior to 7.0.5 only allow this transit encryption to be configured during creation of the replication group.
       */
      "transitEncryptionEnabled"?: boolean;
      /**
       * A setting that enables clients to migrate to in-transit encryption with no downtime.
       * Valid values are preferred and required.
       * When enabling encryption on an existing replication group, this must first be set to preferred before setting it to required in a subsequent apply.
       * See the TransitEncryptionMode field in the CreateReplicationGroup API documentation for additional details.
       */
      "transitEncryptionMode"?: string;
      /**
       * User Group ID to associate with the replication group. Only a maximum of one (1) user group ID is valid. NOTE: This argument is a set because the AWS specification allows for multiple IDs. However, in practice, AWS only allows a maximum size of one.
       */
      "userGroupIds"?: Array<string>;
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
     * ObservedGeneration is the latest metadata.generation
     * which resulted in either a ready state, or stalled due to error
     * it can not recover from without human intervention.
     */
    "observedGeneration"?: number;
  };
}

/**
 * ReplicationGroup is the Schema for the ReplicationGroups API. Provides an ElastiCache Replication Group resource.
 */
export class ReplicationGroup extends Model<IReplicationGroup> implements IReplicationGroup {
  "apiVersion": IReplicationGroup["apiVersion"];
  "kind": IReplicationGroup["kind"];
  "metadata"?: IReplicationGroup["metadata"];
  "spec": IReplicationGroup["spec"];
  "status"?: IReplicationGroup["status"];

static apiVersion: IReplicationGroup["apiVersion"] = "elasticache.aws.m.upbound.io/v1beta1";
static kind: IReplicationGroup["kind"] = "ReplicationGroup";
static is = createTypeMetaGuard<IReplicationGroup>(ReplicationGroup);

constructor(data?: ModelData<IReplicationGroup>) {
  super();

  this.setDefinedProps({
    apiVersion: ReplicationGroup.apiVersion,
    kind: ReplicationGroup.kind,
    ...data
  } as IReplicationGroup);
}
}


setValidateFunc(ReplicationGroup, validate as ValidateFunc<IReplicationGroup>);
