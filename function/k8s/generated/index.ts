export * as stunnerL7mpIo from "./stunner.l7mp.io/index.js";
export * as redisGcpMUpboundIo from "./redis.gcp.m.upbound.io/index.js";
export * as redisGcpUpboundIo from "./redis.gcp.upbound.io/index.js";
export * as elasticacheAwsMUpboundIo from "./elasticache.aws.m.upbound.io/index.js";
export * as elasticacheAwsUpboundIo from "./elasticache.aws.upbound.io/index.js";
