export * from "./GatewayConfig.js";
export * from "./UDPRoute.js";
