import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/ElasticacheAwsUpboundIoV1beta1SubnetGroup.js";

/**
 * SubnetGroup is the Schema for the SubnetGroups API. Provides an ElastiCache Subnet Group resource.
 */
export interface ISubnetGroup {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "elasticache.aws.upbound.io/v1beta1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "SubnetGroup";
  "metadata"?: IObjectMeta;
  /**
   * SubnetGroupSpec defines the desired state of SubnetGroup
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
       * Description for the cache subnet group.
       */
      "description"?: string;
      /**
       * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
       * Region is the region you'd like your resource to be created in.
       */
      "region": string;
      /**
       * References to Subnet in ec2 to populate subnetIds.
       */
      "subnetIdRefs"?: Array<{
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
      }>;
      /**
       * Selector for a list of Subnet in ec2 to populate subnetIds.
       */
      "subnetIdSelector"?: {
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
       * List of VPC Subnet IDs for the cache subnet group
       */
      "subnetIds"?: Array<string>;
      /**
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
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
       * Description for the cache subnet group.
       */
      "description"?: string;
      /**
       * References to Subnet in ec2 to populate subnetIds.
       */
      "subnetIdRefs"?: Array<{
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
      }>;
      /**
       * Selector for a list of Subnet in ec2 to populate subnetIds.
       */
      "subnetIdSelector"?: {
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
       * List of VPC Subnet IDs for the cache subnet group
       */
      "subnetIds"?: Array<string>;
      /**
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
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
   * SubnetGroupStatus defines the observed state of SubnetGroup.
   */
  "status"?: {
    "atProvider"?: {
      "arn"?: string;
      /**
       * Description for the cache subnet group.
       */
      "description"?: string;
      "id"?: string;
      /**
       * Region where this resource will be managed. Defaults to the Region set in the provider configuration.
       * Region is the region you'd like your resource to be created in.
       */
      "region"?: string;
      /**
       * List of VPC Subnet IDs for the cache subnet group
       */
      "subnetIds"?: Array<string>;
      /**
       * Key-value map of resource tags.
       */
      "tags"?: {
        [key: string]: string;
      };
      /**
       * A map of tags assigned to the resource, including those inherited from the provider default_tags configuration block.
       */
      "tagsAll"?: {
        [key: string]: string;
      };
      /**
       * The Amazon Virtual Private Cloud identifier (VPC ID) of the cache subnet group.
       */
      "vpcId"?: string;
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
 * SubnetGroup is the Schema for the SubnetGroups API. Provides an ElastiCache Subnet Group resource.
 */
export class SubnetGroup extends Model<ISubnetGroup> implements ISubnetGroup {
  "apiVersion": ISubnetGroup["apiVersion"];
  "kind": ISubnetGroup["kind"];
  "metadata"?: ISubnetGroup["metadata"];
  "spec": ISubnetGroup["spec"];
  "status"?: ISubnetGroup["status"];

static apiVersion: ISubnetGroup["apiVersion"] = "elasticache.aws.upbound.io/v1beta1";
static kind: ISubnetGroup["kind"] = "SubnetGroup";
static is = createTypeMetaGuard<ISubnetGroup>(SubnetGroup);

constructor(data?: ModelData<ISubnetGroup>) {
  super();

  this.setDefinedProps({
    apiVersion: SubnetGroup.apiVersion,
    kind: SubnetGroup.kind,
    ...data
  } as ISubnetGroup);
}
}


setValidateFunc(SubnetGroup, validate as ValidateFunc<ISubnetGroup>);
