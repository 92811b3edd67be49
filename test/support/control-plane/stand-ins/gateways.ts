// Stand-ins for the two Gateway API controllers a pool's networking needs, each doing what the real
// one does up to where traffic would start:
//  - the STUNner gateway operator: accepts GatewayClasses of stunner.l7mp.io/gateway-operator; for
//    each of their Gateways makes the LoadBalancer Service STUNner makes (named after the Gateway,
//    owned by it, its type from the `stunner.l7mp.io/service-type` annotation), and once the
//    load-balancer stand-in gave it an address copies that into the Gateway's status.addresses and
//    sets it Programmed; accepts the routes attached to those Gateways;
//  - Envoy Gateway: the same for gateway.envoyproxy.io/gatewayclass-controller, its Service in the
//    Gateway's namespace (Envoy Gateway's GatewayNamespace deploy mode).
// Neither runs a data plane: stunnerd and Envoy are not started.
import type { Kube, Obj } from "../client.js";
import { condition, settleStatus, type StandIn } from "./status.js";

const GATEWAY_API = "gateway.networking.k8s.io/v1";

interface GatewayController {
  name: string;
  controllerName: string;
  serviceName(gateway: Obj): string;
  serviceType(gateway: Obj): string;
}

const ROUTE_KINDS = [
  { apiVersion: GATEWAY_API, kind: "HTTPRoute", plural: "httproutes" },
  { apiVersion: GATEWAY_API, kind: "TCPRoute", plural: "tcproutes" },
  { apiVersion: GATEWAY_API, kind: "UDPRoute", plural: "udproutes" },
  { apiVersion: "stunner.l7mp.io/v1", kind: "UDPRoute", plural: "udproutes" },
];

/** The route kinds a listener of `protocol` takes, as its status lists them. */
function supportedKinds(protocol: string): Obj[] {
  if (protocol.startsWith("TURN-")) return [{ group: "stunner.l7mp.io", kind: "UDPRoute" }];
  const kind = { HTTPS: "HTTPRoute", HTTP: "HTTPRoute", TLS: "TCPRoute", TCP: "TCPRoute", UDP: "UDPRoute" }[protocol] ?? "HTTPRoute";
  return [{ group: "gateway.networking.k8s.io", kind }];
}

const transport = (protocol: string) => (protocol === "UDP" || protocol === "TURN-UDP" ? "UDP" : "TCP");

function gatewayController(c: GatewayController): StandIn {
  return {
    name: `${c.name} (stand-in)`,
    async reconcile(kube) {
      const classes = (await kube.list(GATEWAY_API, "GatewayClass")).filter((gc) => gc.spec.controllerName === c.controllerName);
      for (const gc of classes) {
        await settleStatus(kube, gc, "gatewayclasses", { conditions: [condition("Accepted", "Accepted", gc.metadata.generation)] });
      }
      const ours = new Set(classes.map((gc) => gc.metadata.name as string));
      const gateways = (await kube.list(GATEWAY_API, "Gateway")).filter(
        (g) => ours.has(g.spec.gatewayClassName) && !g.metadata.deletionTimestamp,
      );
      const routes = (await Promise.all(ROUTE_KINDS.map(async (k) => ({ k, items: await kube.list(k.apiVersion, k.kind) })))).flatMap(
        ({ k, items }) => items.map((r) => ({ k, r })),
      );
      const isOurs = (route: Obj, p: Obj) =>
        (p.kind ?? "Gateway") === "Gateway" &&
        gateways.some((g) => g.metadata.name === p.name && g.metadata.namespace === (p.namespace ?? route.metadata.namespace));
      for (const g of gateways)
        await reconcileGateway(
          kube,
          c,
          g,
          routes.map(({ r }) => r).filter((r) => (r.spec.parentRefs ?? []).some((p: Obj) => isOurs(r, p) && p.name === g.metadata.name)),
        );
      for (const { k, r } of routes) {
        const parents = (r.spec.parentRefs ?? []).filter((p: Obj) => isOurs(r, p));
        if (parents.length === 0) continue;
        const others = (r.status?.parents ?? []).filter((s: Obj) => s.controllerName !== c.controllerName);
        const accepted = parents.map((parentRef: Obj) => ({
          parentRef,
          controllerName: c.controllerName,
          conditions: [
            condition("Accepted", "Accepted", r.metadata.generation),
            condition("ResolvedRefs", "ResolvedRefs", r.metadata.generation),
          ],
        }));
        await settleStatus(kube, r, k.plural, { parents: [...others, ...accepted] });
      }
    },
  };
}

async function reconcileGateway(kube: Kube, c: GatewayController, g: Obj, attached: Obj[]): Promise<void> {
  const { name, namespace, uid, generation } = g.metadata;
  const serviceRef = { apiVersion: "v1", kind: "Service", name: c.serviceName(g), namespace };
  const service = await kube.get(serviceRef);
  if (!service) {
    await kube.create({
      ...serviceRef,
      metadata: {
        name: serviceRef.name,
        namespace,
        ownerReferences: [{ apiVersion: GATEWAY_API, kind: "Gateway", name, uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        type: c.serviceType(g),
        selector: { "app.kubernetes.io/instance": name },
        ports: g.spec.listeners.map((l: Obj) => ({ name: l.name, port: l.port, protocol: transport(l.protocol) })),
      },
    });
    return;
  }
  const ip = service.status?.loadBalancer?.ingress?.[0]?.ip;
  if (!ip) return;
  await settleStatus(kube, g, "gateways", {
    addresses: [{ type: "IPAddress", value: ip }],
    conditions: [condition("Accepted", "Accepted", generation), condition("Programmed", "Programmed", generation)],
    listeners: g.spec.listeners.map((l: Obj) => ({
      name: l.name,
      supportedKinds: supportedKinds(l.protocol),
      attachedRoutes: attached.filter((r) =>
        (r.spec.parentRefs ?? []).some((p: Obj) => p.name === name && (p.sectionName ?? l.name) === l.name),
      ).length,
      conditions: [
        condition("Accepted", "Accepted", generation),
        condition("Programmed", "Programmed", generation),
        condition("ResolvedRefs", "ResolvedRefs", generation),
      ],
    })),
  });
}

export const stunnerOperatorStandIn = (): StandIn =>
  gatewayController({
    name: "STUNner gateway operator",
    controllerName: "stunner.l7mp.io/gateway-operator",
    serviceName: (g) => g.metadata.name,
    serviceType: (g) => g.metadata.annotations?.["stunner.l7mp.io/service-type"] ?? "LoadBalancer",
  });

export const envoyGatewayStandIn = (): StandIn =>
  gatewayController({
    name: "Envoy Gateway",
    controllerName: "gateway.envoyproxy.io/gatewayclass-controller",
    serviceName: (g) => `envoy-${g.metadata.name}`,
    serviceType: () => "LoadBalancer",
  });
