export * as v1beta2 from "./v1beta2/index.js";
