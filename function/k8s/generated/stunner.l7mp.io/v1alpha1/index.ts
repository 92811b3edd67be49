export * from "./GatewayConfig.js";
