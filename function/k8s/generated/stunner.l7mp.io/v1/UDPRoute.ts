import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/StunnerL7mpIoV1UDPRoute.js";

/**
 * UDPRoute provides a way to route UDP traffic. When combined with a Gateway listener, it can be
 * used to forward traffic on the port specified by the listener to a set of backends specified by
 * the UDPRoute.
 * 
 * Differences from Gateway API UDPRoutes
 *   - port-ranges are correctly handled ([port, endPort])
 *   - port is not mandatory
 *   - backend weight is not supported
 */
export interface IUDPRoute {
  /**
   * APIVersion defines the versioned schema of this representation of an object.
   * Servers should convert recognized schemas to the latest internal value, and
   * may reject unrecognized values.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   */
  "apiVersion": "stunner.l7mp.io/v1";
  /**
   * Kind is a string value representing the REST resource this object represents.
   * Servers may infer this from the endpoint the client submits requests to.
   * Cannot be updated.
   * In CamelCase.
   * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   */
  "kind": "UDPRoute";
  "metadata"?: IObjectMeta;
  /**
   * Spec defines the desired state of UDPRoute.
   */
  "spec": {
    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants
     * to be attached to. Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     * 
     * There are two kinds of parent resources with "Core" support:
     * 
     * \* Gateway (Gateway conformance profile)
     * \* Service (Mesh conformance profile, ClusterIP Services only)
     * 
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     * 
     * ParentRefs must be _distinct_. This means either that:
     * 
     * \* They select different objects.  If this is the case, then parentRef
     *   entries are distinct. In terms of fields, this means that the
     *   multi-part key defined by `group`, `kind`, `namespace`, and `name` must
     *   be unique across all parentRef entries in the Route.
     * \* They do not select different objects, but for each optional field used,
     *   each ParentRef that selects the same object must set the same set of
     *   optional fields to different values. If one ParentRef sets a
     *   combination of optional fields, all must set the same combination.
     * 
     * Some examples:
     * 
     * \* If one ParentRef sets `sectionName`, all ParentRefs referencing the
     *   same object must also set `sectionName`.
     * \* If one ParentRef sets `port`, all ParentRefs referencing the same
     *   object must also set `port`.
     * \* If one ParentRef sets `sectionName` and `port`, all ParentRefs
     *   referencing the same object must also set `sectionName` and `port`.
     * 
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     * 
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     * 
     * <gateway:experimental:description>
     * ParentRefs from a Route to a Service in the same namespace are "producer"
     * routes, which apply default routing rules to inbound connections from
     * any namespace to the Service.
     * 
     * ParentRefs from a Route to a Service in a different namespace are
     * "consumer" routes, and these routing rules are only applied to outbound
     * connections originating from the same namespace as the Route, for which
     * the intended destination of the connections are a Service targeted as a
     * ParentRef of the Route.
     * </gateway:experimental:description>
     * 
     * <gateway:standard:validation:XValidation:message="sectionName must be specified when parentRefs includes 2 or more references to the same parent",rule="self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) ? ((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '')) : true))">
     * <gateway:standard:validation:XValidation:message="sectionName must be unique when parentRefs includes 2 or more references to the same parent",rule="self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) && (((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || (has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))">
     * <gateway:experimental:validation:XValidation:message="sectionName or port must be specified when parentRefs includes 2 or more references to the same parent",rule="self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__)) ? ((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '') && (!has(p1.port) || p1.port == 0) == (!has(p2.port) || p2.port == 0)): true))">
     * <gateway:experimental:validation:XValidation:message="sectionName or port must be unique when parentRefs includes 2 or more references to the same parent",rule="self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || (has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ )) && (((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || ( has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName)) && (((!has(p1.port) || p1.port == 0) && (!has(p2.port) || p2.port == 0)) || (has(p1.port) && has(p2.port) && p1.port == p2.port))))">
     */
    "parentRefs"?: Array<{
      /**
       * Group is the group of the referent.
       * When unspecified, "gateway.networking.k8s.io" is inferred.
       * To set the core API group (such as for a "Service" kind referent),
       * Group must be explicitly set to "" (empty string).
       * 
       * Support: Core
       */
      "group"?: string;
      /**
       * Kind is kind of the referent.
       * 
       * There are two kinds of parent resources with "Core" support:
       * 
       * \* Gateway (Gateway conformance profile)
       * \* Service (Mesh conformance profile, ClusterIP Services only)
       * 
       * Support for other resources is Implementation-Specific.
       */
      "kind"?: string;
      /**
       * Name is the name of the referent.
       * 
       * Support: Core
       */
      "name": string;
      /**
       * Namespace is the namespace of the referent. When unspecified, this refers
       * to the local namespace of the Route.
       * 
       * Note that there are specific rules for ParentRefs which cross namespace
       * boundaries. Cross-namespace references are only valid if they are explicitly
       * allowed by something in the namespace they are referring to. For example:
       * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
       * generic way to enable any other kind of cross-namespace reference.
       * 
       * <gateway:experimental:description>
       * ParentRefs from a Route to a Service in the same namespace are "producer"
       * routes, which apply default routing rules to inbound connections from
       * any namespace to the Service.
       * 
       * ParentRefs from a Route to a Service in a different namespace are
       * "consumer" routes, and these routing rules are only applied to outbound
       * connections originating from the same namespace as the Route, for which
       * the intended destination of the connections are a Service targeted as a
       * ParentRef of the Route.
       * </gateway:experimental:description>
       * 
       * Support: Core
       */
      "namespace"?: string;
      /**
       * Port is the network port this Route targets. It can be interpreted
       * differently based on the type of parent resource.
       * 
       * When the parent resource is a Gateway, this targets all listeners
       * listening on the specified port that also support this kind of Route(and
       * select this Route). It's not recommended to set `Port` unless the
       * networking behaviors specified in a Route must apply to a specific port
       * as opposed to a listener(s) whose port(s) may be changed. When both Port
       * and SectionName are specified, the name and port of the selected listener
       * must match both specified values.
       * 
       * <gateway:experimental:description>
       * When the parent resource is a Service, this targets a specific port in the
       * Service spec. When both Port (experimental) and SectionName are specified,
       * the name and port of the selected port must match both specified values.
       * </gateway:experimental:description>
       * 
       * Implementations MAY choose to support other parent resources.
       * Implementations supporting other types of parent resources MUST clearly
       * document how/if Port is interpreted.
       * 
       * For the purpose of status, an attachment is considered successful as
       * long as the parent resource accepts it partially. For example, Gateway
       * listeners can restrict which Routes can attach to them by Route kind,
       * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
       * from the referencing Route, the Route MUST be considered successfully
       * attached. If no Gateway listeners accept attachment from this Route,
       * the Route MUST be considered detached from the Gateway.
       * 
       * Support: Extended
       */
      "port"?: number;
      /**
       * SectionName is the name of a section within the target resource. In the
       * following resources, SectionName is interpreted as the following:
       * 
       * \* Gateway: Listener name. When both Port (experimental) and SectionName
       * are specified, the name and port of the selected listener must match
       * both specified values.
       * \* Service: Port name. When both Port (experimental) and SectionName
       * are specified, the name and port of the selected listener must match
       * both specified values.
       * 
       * Implementations MAY choose to support attaching Routes to other resources.
       * If that is the case, they MUST clearly document how SectionName is
       * interpreted.
       * 
       * When unspecified (empty string), this will reference the entire resource.
       * For the purpose of status, an attachment is considered successful if at
       * least one section in the parent resource accepts it. For example, Gateway
       * listeners can restrict which Routes can attach to them by Route kind,
       * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
       * the referencing Route, the Route MUST be considered successfully
       * attached. If no Gateway listeners accept attachment from this Route, the
       * Route MUST be considered detached from the Gateway.
       * 
       * Support: Core
       */
      "sectionName"?: string;
    }>;
    /**
     * Rules are a list of UDP matchers and actions.
     */
    "rules": Array<{
      /**
       * BackendRefs defines the backend(s) where matching requests should be
       * sent. UDPRouteRules correctly handle port ranges.
       */
      "backendRefs"?: Array<{
        /**
         * EndPort specifies the upper threshold of the port-range. Only considered of port is also specified.
         */
        "endPort"?: number;
        /**
         * Group is the group of the referent. For example, "gateway.networking.k8s.io".
         * When unspecified or empty string, core API group is inferred.
         */
        "group"?: string;
        /**
         * Kind is the Kubernetes resource kind of the referent. For example
         * "Service".
         */
        "kind"?: string;
        /**
         * Name is the name of the referent.
         */
        "name": string;
        /**
         * Namespace is the namespace of the backend. When unspecified, the local
         * namespace is inferred.
         */
        "namespace"?: string;
        /**
         * Port specifies the destination port number to use for this resource. If port is not
         * specified, all ports are allowed. If port is defined but endPort is not, allow only
         * access to the given port. If both are specified, allows access in the port-range [port,
         * endPort] inclusive.
         */
        "port"?: number;
      }>;
    }>;
    /**
     * UseDefaultGateways indicates the default Gateway scope to use for this
     * Route. If unset (the default) or set to None, the Route will not be
     * attached to any default Gateway; if set, it will be attached to any
     * default Gateway supporting the named scope, subject to the usual rules
     * about which Routes a Gateway is allowed to claim.
     * 
     * Think carefully before using this functionality! The set of default
     * Gateways supporting the requested scope can change over time without
     * any notice to the Route author, and in many situations it will not be
     * appropriate to request a default Gateway for a given Route -- for
     * example, a Route with specific security requirements should almost
     * certainly not use a default Gateway.
     * 
     * <gateway:experimental>
     */
    "useDefaultGateways"?: "All" | "None";
  };
  /**
   * Status defines the current state of UDPRoute.
   */
  "status"?: {
    /**
     * Parents is a list of parent resources (usually Gateways) that are
     * associated with the route, and the status of the route with respect to
     * each parent. When this route attaches to a parent, the controller that
     * manages the parent must add an entry to this list when the controller
     * first sees the route and should update the entry as appropriate when the
     * route or gateway is modified.
     * 
     * Note that parent references that cannot be resolved by an implementation
     * of this API will not be added to this list. Implementations of this API
     * can only populate Route status for the Gateways/parent resources they are
     * responsible for.
     * 
     * A maximum of 32 Gateways will be represented in this list. An empty list
     * means the route has not been attached to any Gateway.
     * 
     * <gateway:util:excludeFromCRD>
     * Notes for implementors:
     * 
     * While parents is not a listType `map`, this is due to the fact that the
     * list key is not scalar, and Kubernetes is unable to represent this.
     * 
     * Parent status MUST be considered to be namespaced by the combination of
     * the parentRef and controllerName fields, and implementations should keep
     * the following rules in mind when updating this status:
     * 
     * \* Implementations MUST update only entries that have a matching value of
     *   `controllerName` for that implementation.
     * \* Implementations MUST NOT update entries with non-matching `controllerName`
     *   fields.
     * \* Implementations MUST treat each `parentRef`` in the Route separately and
     *   update its status based on the relationship with that parent.
     * \* Implementations MUST perform a read-modify-write cycle on this field
     *   before modifying it. That is, when modifying this field, implementations
     *   must be confident they have fetched the most recent version of this field,
     *   and ensure that changes they make are on that recent version.
     * 
     * </gateway:util:excludeFromCRD>
     */
    "parents": Array<{
      /**
       * Conditions describes the status of the route with respect to the Gateway.
       * Note that the route's availability is also subject to the Gateway's own
       * status conditions and listener status.
       * 
       * If the Route's ParentRef specifies an existing Gateway that supports
       * Routes of this kind AND that Gateway's controller has sufficient access,
       * then that Gateway's controller MUST set the "Accepted" condition on the
       * Route, to indicate whether the route has been accepted or rejected by the
       * Gateway, and why.
       * 
       * A Route MUST be considered "Accepted" if at least one of the Route's
       * rules is implemented by the Gateway.
       * 
       * There are a number of cases where the "Accepted" condition may not be set
       * due to lack of controller visibility, that includes when:
       * 
       * \* The Route refers to a nonexistent parent.
       * \* The Route is of a type that the controller does not support.
       * \* The Route is in a namespace to which the controller does not have access.
       * 
       * <gateway:util:excludeFromCRD>
       * 
       * Notes for implementors:
       * 
       * Conditions are a listType `map`, which means that they function like a
       * map with a key of the `type` field _in the k8s apiserver_.
       * 
       * This means that implementations must obey some rules when updating this
       * section.
       * 
       * \* Implementations MUST perform a read-modify-write cycle on this field
       *   before modifying it. That is, when modifying this field, implementations
       *   must be confident they have fetched the most recent version of this field,
       *   and ensure that changes they make are on that recent version.
       * \* Implementations MUST NOT remove or reorder Conditions that they are not
       *   directly responsible for. For example, if an implementation sees a Condition
       *   with type `special.io/SomeField`, it MUST NOT remove, change or update that
       *   Condition.
       * \* Implementations MUST always _merge_ changes into Conditions of the same Type,
       *   rather than creating more than one Condition of the same Type.
       * \* Implementations MUST always update the `observedGeneration` field of the
       *   Condition to the `metadata.generation` of the Gateway at the time of update creation.
       * \* If the `observedGeneration` of a Condition is _greater than_ the value the
       *   implementation knows about, then it MUST NOT perform the update on that Condition,
       *   but must wait for a future reconciliation and status update. (The assumption is that
       *   the implementation's copy of the object is stale and an update will be re-triggered
       *   if relevant.)
       * 
       * </gateway:util:excludeFromCRD>
       */
      "conditions": Array<{
        /**
         * lastTransitionTime is the last time the condition transitioned from one status to another.
         * This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.
         */
        "lastTransitionTime": string;
        /**
         * message is a human readable message indicating details about the transition.
         * This may be an empty string.
         */
        "message": string;
        /**
         * observedGeneration represents the .metadata.generation that the condition was set based upon.
         * For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date
         * with respect to the current state of the instance.
         */
        "observedGeneration"?: number;
        /**
         * reason contains a programmatic identifier indicating the reason for the condition's last transition.
         * Producers of specific condition types may define expected values and meanings for this field,
         * and whether the values are considered a guaranteed API.
         * The value should be a CamelCase string.
         * This field may not be empty.
         */
        "reason": string;
        /**
         * status of the condition, one of True, False, Unknown.
         */
        "status": "True" | "False" | "Unknown";
        /**
         * type of condition in CamelCase or in foo.example.com/CamelCase.
         */
        "type": string;
      }>;
      /**
       * ControllerName is a domain/path string that indicates the name of the
       * controller that wrote this status. This corresponds with the
       * controllerName field on GatewayClass.
       * 
       * Example: "example.net/gateway-controller".
       * 
       * The format of this field is DOMAIN "/" PATH, where DOMAIN and PATH are
       * valid Kubernetes names
       * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names).
       * 
       * Controllers MUST populate this field when writing status. Controllers should ensure that
       * entries to status populated with their ControllerName are cleaned up when they are no
       * longer necessary.
       */
      "controllerName": string;
      /**
       * ParentRef corresponds with a ParentRef in the spec that this
       * RouteParentStatus struct describes the status of.
       */
      "parentRef": {
        /**
         * Group is the group of the referent.
         * When unspecified, "gateway.networking.k8s.io" is inferred.
         * To set the core API group (such as for a "Service" kind referent),
         * Group must be explicitly set to "" (empty string).
         * 
         * Support: Core
         */
        "group"?: string;
        /**
         * Kind is kind of the referent.
         * 
         * There are two kinds of parent resources with "Core" support:
         * 
         * \* Gateway (Gateway conformance profile)
         * \* Service (Mesh conformance profile, ClusterIP Services only)
         * 
         * Support for other resources is Implementation-Specific.
         */
        "kind"?: string;
        /**
         * Name is the name of the referent.
         * 
         * Support: Core
         */
        "name": string;
        /**
         * Namespace is the namespace of the referent. When unspecified, this refers
         * to the local namespace of the Route.
         * 
         * Note that there are specific rules for ParentRefs which cross namespace
         * boundaries. Cross-namespace references are only valid if they are explicitly
         * allowed by something in the namespace they are referring to. For example:
         * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
         * generic way to enable any other kind of cross-namespace reference.
         * 
         * <gateway:experimental:description>
         * ParentRefs from a Route to a Service in the same namespace are "producer"
         * routes, which apply default routing rules to inbound connections from
         * any namespace to the Service.
         * 
         * ParentRefs from a Route to a Service in a different namespace are
         * "consumer" routes, and these routing rules are only applied to outbound
         * connections originating from the same namespace as the Route, for which
         * the intended destination of the connections are a Service targeted as a
         * ParentRef of the Route.
         * </gateway:experimental:description>
         * 
         * Support: Core
         */
        "namespace"?: string;
        /**
         * Port is the network port this Route targets. It can be interpreted
         * differently based on the type of parent resource.
         * 
         * When the parent resource is a Gateway, this targets all listeners
         * listening on the specified port that also support this kind of Route(and
         * select this Route). It's not recommended to set `Port` unless the
         * networking behaviors specified in a Route must apply to a specific port
         * as opposed to a listener(s) whose port(s) may be changed. When both Port
         * and SectionName are specified, the name and port of the selected listener
         * must match both specified values.
         * 
         * <gateway:experimental:description>
         * When the parent resource is a Service, this targets a specific port in the
         * Service spec. When both Port (experimental) and SectionName are specified,
         * the name and port of the selected port must match both specified values.
         * </gateway:experimental:description>
         * 
         * Implementations MAY choose to support other parent resources.
         * Implementations supporting other types of parent resources MUST clearly
         * document how/if Port is interpreted.
         * 
         * For the purpose of status, an attachment is considered successful as
         * long as the parent resource accepts it partially. For example, Gateway
         * listeners can restrict which Routes can attach to them by Route kind,
         * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
         * from the referencing Route, the Route MUST be considered successfully
         * attached. If no Gateway listeners accept attachment from this Route,
         * the Route MUST be considered detached from the Gateway.
         * 
         * Support: Extended
         */
        "port"?: number;
        /**
         * SectionName is the name of a section within the target resource. In the
         * following resources, SectionName is interpreted as the following:
         * 
         * \* Gateway: Listener name. When both Port (experimental) and SectionName
         * are specified, the name and port of the selected listener must match
         * both specified values.
         * \* Service: Port name. When both Port (experimental) and SectionName
         * are specified, the name and port of the selected listener must match
         * both specified values.
         * 
         * Implementations MAY choose to support attaching Routes to other resources.
         * If that is the case, they MUST clearly document how SectionName is
         * interpreted.
         * 
         * When unspecified (empty string), this will reference the entire resource.
         * For the purpose of status, an attachment is considered successful if at
         * least one section in the parent resource accepts it. For example, Gateway
         * listeners can restrict which Routes can attach to them by Route kind,
         * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
         * the referencing Route, the Route MUST be considered successfully
         * attached. If no Gateway listeners accept attachment from this Route, the
         * Route MUST be considered detached from the Gateway.
         * 
         * Support: Core
         */
        "sectionName"?: string;
      };
    }>;
  };
}

/**
 * UDPRoute provides a way to route UDP traffic. When combined with a Gateway listener, it can be
 * used to forward traffic on the port specified by the listener to a set of backends specified by
 * the UDPRoute.
 * 
 * Differences from Gateway API UDPRoutes
 *   - port-ranges are correctly handled ([port, endPort])
 *   - port is not mandatory
 *   - backend weight is not supported
 */
export class UDPRoute extends Model<IUDPRoute> implements IUDPRoute {
  "apiVersion": IUDPRoute["apiVersion"];
  "kind": IUDPRoute["kind"];
  "metadata"?: IUDPRoute["metadata"];
  "spec": IUDPRoute["spec"];
  "status"?: IUDPRoute["status"];

static apiVersion: IUDPRoute["apiVersion"] = "stunner.l7mp.io/v1";
static kind: IUDPRoute["kind"] = "UDPRoute";
static is = createTypeMetaGuard<IUDPRoute>(UDPRoute);

constructor(data?: ModelData<IUDPRoute>) {
  super();

  this.setDefinedProps({
    apiVersion: UDPRoute.apiVersion,
    kind: UDPRoute.kind,
    ...data
  } as IUDPRoute);
}
}


setValidateFunc(UDPRoute, validate as ValidateFunc<IUDPRoute>);
