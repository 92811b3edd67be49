import { formats } from "@kubernetes-models/validate";
export const validate = validate68;
const schema25 = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "$ref": "LtHpn6WJMqp3FtAh2CzkpM6YSljuuO7VMUfH4u2Ct7M"
    },
    "kind": {
      "$ref": "itf9gS7TL5ZBFImhZkWM5lAW8ilMMtkN3jThzeUws"
    },
    "metadata": {
      "$ref": "a6f0oUEaFqHmymdwnqPORTNOTU7GczWAkwGD0uYU"
    },
    "spec": {
      "$ref": "ymKsh0UXeFctfFWN7vSKdlzenlWPzsKsMfGr9odsiA"
    },
    "status": {
      "$ref": "MIFbB2ZyJA9w1jWgRbfVMUL2E2GzFko84PZ6LRobqEA"
    }
  },
  "required": ["spec", "apiVersion", "kind"],
  "$id": "elasticache.aws.upbound.io.v1beta2.ReplicationGroup"
};
const schema26 = {
  "type": "string",
  "enum": ["elasticache.aws.upbound.io/v1beta2"]
};
function validate69(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "elasticache.aws.upbound.io/v1beta2")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema26.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  "type": "string",
  "enum": ["ReplicationGroup"]
};
function validate71(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "ReplicationGroup")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema27.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
const schema28 = {
  "nullableRef": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
};
const schema29 = {};
import { validate as validate74 } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
function validate73(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data !== null) {
    if (!validate74(data, {
      instancePath,
      parentData,
      parentDataProperty,
      rootData
    })) {
      vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
      errors = vErrors.length;
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
const schema30 = {
  "properties": {
    "deletionPolicy": {
      "$ref": "TABXMcnyCivTymEjXojS38UqpDxUnrFgttyH2RijKk"
    },
    "forProvider": {
      "$ref": "IhcplQUAUPsMwtWzWR2q97pwOR5agwl3Bt3u0gIfQ"
    },
    "initProvider": {
      "$ref": "O1j0kEHpcUxPelUAs1vYbqaWP1PIQ0pATocOgT0Ng"
    },
    "managementPolicies": {
      "$ref": "2JuctOTrm7kne5BOHM4NUjNI7okVoS2gahvGuHbrY"
    },
    "providerConfigRef": {
      "$ref": "z3Oe7ZCQ8lVE2dLwEcu5dpQHqm382FRxjxS2kVbX6sI"
    },
    "writeConnectionSecretToRef": {
      "$ref": "K4n8m2gxzQbI01KjvUk3z4aItBxoV2jR9C8qwDadqg"
    }
  },
  "required": ["forProvider"],
  "type": "object"
};
const schema31 = {
  "default": "Delete",
  "enum": ["Orphan", "Delete"],
  "type": "string",
  "nullable": true
};
function validate78(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "Orphan" || data === "Delete")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema31.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
const schema32 = {
  "properties": {
    "applyImmediately": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "atRestEncryptionEnabled": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "authTokenSecretRef": {
      "$ref": "wdcIcVK7h5mx61bfNK44670oXk1nMNDfZbhHyLzA"
    },
    "authTokenUpdateStrategy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "autoGenerateAuthToken": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "autoMinorVersionUpgrade": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "automaticFailoverEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "clusterMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dataTieringEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "engine": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "engineVersion": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "finalSnapshotIdentifier": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "globalReplicationGroupId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "globalReplicationGroupIdRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "globalReplicationGroupIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "ipDiscovery": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kmsKeyId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kmsKeyIdRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "kmsKeyIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "logDeliveryConfiguration": {
      "$ref": "WTJdfJDlqmFhGNwbJuxHGDbGNKmCyodVkD8J01bwUQ"
    },
    "maintenanceWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "multiAzEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "networkType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nodeGroupConfiguration": {
      "$ref": "JGhYqIS4YV3G6eO9oMCzg35y1JkHSlnFGMzcviBTE"
    },
    "nodeType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "notificationTopicArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "numCacheClusters": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "numNodeGroups": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "parameterGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "preferredCacheClusterAzs": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "region": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "replicasPerNodeGroup": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "securityGroupIdRefs": {
      "$ref": "alvAT6UShu8juhoCShNPBplzrvJUqfvCIyavRs5b3k"
    },
    "securityGroupIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "securityGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "securityGroupNames": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotArns": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "snapshotRetentionLimit": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "snapshotWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "subnetGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "subnetGroupNameRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "subnetGroupNameSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "tags": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "transitEncryptionEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "transitEncryptionMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "userGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "required": ["region"],
  "type": "object"
};
const schema8 = {
  "type": "boolean",
  "nullable": true
};
function validate23(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "boolean"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
const schema7 = {
  "type": "string",
  "nullable": true
};
function validate22(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const schema17 = {
  "properties": {
    "key": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "namespace": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    }
  },
  "required": ["key", "name", "namespace"],
  "type": "object",
  "nullable": true
};
const schema6 = {
  "type": "string"
};
function validate21(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
function validate41(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "key"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.namespace === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "namespace"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.key !== undefined) {
      if (!validate21(data.key, {
        instancePath: instancePath + "/key",
        parentData: data,
        parentDataProperty: "key",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (!validate21(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace !== undefined) {
      if (!validate21(data.namespace, {
        instancePath: instancePath + "/namespace",
        parentData: data,
        parentDataProperty: "namespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
const schema12 = {
  "properties": {
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "policy": {
      "$ref": "jNxt9u08bd9Nwavu0yod2ZjiysSwUv992pL3yFnDY"
    }
  },
  "required": ["name"],
  "type": "object",
  "nullable": true
};
const schema9 = {
  "properties": {
    "resolution": {
      "$ref": "5fjB8WBzF12wJKBRUEcPQ49vK27UCY6Fkowa5rs5n0c"
    },
    "resolve": {
      "$ref": "f10SGrsBVzl17zz7ev46sWFyJmR6HbHUWa3bO5Ohv6Y"
    }
  },
  "type": "object",
  "nullable": true
};
const schema10 = {
  "default": "Required",
  "enum": ["Required", "Optional"],
  "type": "string",
  "nullable": true
};
function validate25(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "Required" || data === "Optional")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema10.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
const schema11 = {
  "enum": ["Always", "IfNotPresent"],
  "type": "string",
  "nullable": true
};
function validate27(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "Always" || data === "IfNotPresent")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema11.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate24(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.resolution !== undefined) {
      if (!validate25(data.resolution, {
        instancePath: instancePath + "/resolution",
        parentData: data,
        parentDataProperty: "resolution",
        rootData
      })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.resolve !== undefined) {
      if (!validate27(data.resolve, {
        instancePath: instancePath + "/resolve",
        parentData: data,
        parentDataProperty: "resolve",
        rootData
      })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate29(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (!validate21(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== undefined) {
      if (!validate24(data.policy, {
        instancePath: instancePath + "/policy",
        parentData: data,
        parentDataProperty: "policy",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
const schema13 = {
  "properties": {
    "matchControllerRef": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "matchLabels": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "policy": {
      "$ref": "jNxt9u08bd9Nwavu0yod2ZjiysSwUv992pL3yFnDY"
    }
  },
  "type": "object",
  "nullable": true
};
const schema14 = {
  "additionalProperties": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "object",
  "properties": {},
  "nullable": true
};
function validate34(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate21(data[key0], {
        instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
        parentData: data,
        parentDataProperty: key0,
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate32(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.matchControllerRef !== undefined) {
      if (!validate23(data.matchControllerRef, {
        instancePath: instancePath + "/matchControllerRef",
        parentData: data,
        parentDataProperty: "matchControllerRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchLabels !== undefined) {
      if (!validate34(data.matchLabels, {
        instancePath: instancePath + "/matchLabels",
        parentData: data,
        parentDataProperty: "matchLabels",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== undefined) {
      if (!validate24(data.policy, {
        instancePath: instancePath + "/policy",
        parentData: data,
        parentDataProperty: "policy",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
const schema18 = {
  "items": {
    "$ref": "8jPTx2WB031OoYbp8nQVSP5r8Tw9ERRk6gqR1o4EI"
  },
  "type": "array",
  "nullable": true
};
const schema19 = {
  "properties": {
    "destination": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "destinationType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logFormat": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object"
};
function validate46(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.destination !== undefined) {
      if (!validate22(data.destination, {
        instancePath: instancePath + "/destination",
        parentData: data,
        parentDataProperty: "destination",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.destinationType !== undefined) {
      if (!validate22(data.destinationType, {
        instancePath: instancePath + "/destinationType",
        parentData: data,
        parentDataProperty: "destinationType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.logFormat !== undefined) {
      if (!validate22(data.logFormat, {
        instancePath: instancePath + "/logFormat",
        parentData: data,
        parentDataProperty: "logFormat",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.logType !== undefined) {
      if (!validate22(data.logType, {
        instancePath: instancePath + "/logType",
        parentData: data,
        parentDataProperty: "logType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate45(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate46(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
const schema20 = {
  "items": {
    "$ref": "HBTGtlor5ABcBzph3cItTVNHk9KUBy8WGLKjmfwZg"
  },
  "type": "array",
  "nullable": true
};
const schema21 = {
  "properties": {
    "nodeGroupId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "primaryAvailabilityZone": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "primaryOutpostArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "replicaAvailabilityZones": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "replicaCount": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "replicaOutpostArns": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "slots": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    }
  },
  "type": "object"
};
const schema15 = {
  "items": {
    "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
  },
  "type": "array",
  "nullable": true
};
function validate38(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate21(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
const schema16 = {
  "type": "number",
  "nullable": true
};
function validate40(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "number"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate53(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodeGroupId !== undefined) {
      if (!validate22(data.nodeGroupId, {
        instancePath: instancePath + "/nodeGroupId",
        parentData: data,
        parentDataProperty: "nodeGroupId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.primaryAvailabilityZone !== undefined) {
      if (!validate22(data.primaryAvailabilityZone, {
        instancePath: instancePath + "/primaryAvailabilityZone",
        parentData: data,
        parentDataProperty: "primaryAvailabilityZone",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.primaryOutpostArn !== undefined) {
      if (!validate22(data.primaryOutpostArn, {
        instancePath: instancePath + "/primaryOutpostArn",
        parentData: data,
        parentDataProperty: "primaryOutpostArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicaAvailabilityZones !== undefined) {
      if (!validate38(data.replicaAvailabilityZones, {
        instancePath: instancePath + "/replicaAvailabilityZones",
        parentData: data,
        parentDataProperty: "replicaAvailabilityZones",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicaCount !== undefined) {
      if (!validate40(data.replicaCount, {
        instancePath: instancePath + "/replicaCount",
        parentData: data,
        parentDataProperty: "replicaCount",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicaOutpostArns !== undefined) {
      if (!validate38(data.replicaOutpostArns, {
        instancePath: instancePath + "/replicaOutpostArns",
        parentData: data,
        parentDataProperty: "replicaOutpostArns",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.slots !== undefined) {
      if (!validate22(data.slots, {
        instancePath: instancePath + "/slots",
        parentData: data,
        parentDataProperty: "slots",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate52(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate53(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
const schema22 = {
  "items": {
    "$ref": "yeDtN0xlVvIpghK7yEoGVo7FlxtzFKq8vNdIxJdlk"
  },
  "type": "array",
  "nullable": true
};
const schema23 = {
  "properties": {
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "policy": {
      "$ref": "jNxt9u08bd9Nwavu0yod2ZjiysSwUv992pL3yFnDY"
    }
  },
  "required": ["name"],
  "type": "object"
};
function validate63(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (!validate21(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== undefined) {
      if (!validate24(data.policy, {
        instancePath: instancePath + "/policy",
        parentData: data,
        parentDataProperty: "policy",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate62(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate63(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate80(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.region === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "region"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.applyImmediately !== undefined) {
      if (!validate23(data.applyImmediately, {
        instancePath: instancePath + "/applyImmediately",
        parentData: data,
        parentDataProperty: "applyImmediately",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.atRestEncryptionEnabled !== undefined) {
      if (!validate22(data.atRestEncryptionEnabled, {
        instancePath: instancePath + "/atRestEncryptionEnabled",
        parentData: data,
        parentDataProperty: "atRestEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.authTokenSecretRef !== undefined) {
      if (!validate41(data.authTokenSecretRef, {
        instancePath: instancePath + "/authTokenSecretRef",
        parentData: data,
        parentDataProperty: "authTokenSecretRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.authTokenUpdateStrategy !== undefined) {
      if (!validate22(data.authTokenUpdateStrategy, {
        instancePath: instancePath + "/authTokenUpdateStrategy",
        parentData: data,
        parentDataProperty: "authTokenUpdateStrategy",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoGenerateAuthToken !== undefined) {
      if (!validate23(data.autoGenerateAuthToken, {
        instancePath: instancePath + "/autoGenerateAuthToken",
        parentData: data,
        parentDataProperty: "autoGenerateAuthToken",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoMinorVersionUpgrade !== undefined) {
      if (!validate22(data.autoMinorVersionUpgrade, {
        instancePath: instancePath + "/autoMinorVersionUpgrade",
        parentData: data,
        parentDataProperty: "autoMinorVersionUpgrade",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticFailoverEnabled !== undefined) {
      if (!validate23(data.automaticFailoverEnabled, {
        instancePath: instancePath + "/automaticFailoverEnabled",
        parentData: data,
        parentDataProperty: "automaticFailoverEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterMode !== undefined) {
      if (!validate22(data.clusterMode, {
        instancePath: instancePath + "/clusterMode",
        parentData: data,
        parentDataProperty: "clusterMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataTieringEnabled !== undefined) {
      if (!validate23(data.dataTieringEnabled, {
        instancePath: instancePath + "/dataTieringEnabled",
        parentData: data,
        parentDataProperty: "dataTieringEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.engine !== undefined) {
      if (!validate22(data.engine, {
        instancePath: instancePath + "/engine",
        parentData: data,
        parentDataProperty: "engine",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.engineVersion !== undefined) {
      if (!validate22(data.engineVersion, {
        instancePath: instancePath + "/engineVersion",
        parentData: data,
        parentDataProperty: "engineVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.finalSnapshotIdentifier !== undefined) {
      if (!validate22(data.finalSnapshotIdentifier, {
        instancePath: instancePath + "/finalSnapshotIdentifier",
        parentData: data,
        parentDataProperty: "finalSnapshotIdentifier",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupId !== undefined) {
      if (!validate22(data.globalReplicationGroupId, {
        instancePath: instancePath + "/globalReplicationGroupId",
        parentData: data,
        parentDataProperty: "globalReplicationGroupId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupIdRef !== undefined) {
      if (!validate29(data.globalReplicationGroupIdRef, {
        instancePath: instancePath + "/globalReplicationGroupIdRef",
        parentData: data,
        parentDataProperty: "globalReplicationGroupIdRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupIdSelector !== undefined) {
      if (!validate32(data.globalReplicationGroupIdSelector, {
        instancePath: instancePath + "/globalReplicationGroupIdSelector",
        parentData: data,
        parentDataProperty: "globalReplicationGroupIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.ipDiscovery !== undefined) {
      if (!validate22(data.ipDiscovery, {
        instancePath: instancePath + "/ipDiscovery",
        parentData: data,
        parentDataProperty: "ipDiscovery",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyId !== undefined) {
      if (!validate22(data.kmsKeyId, {
        instancePath: instancePath + "/kmsKeyId",
        parentData: data,
        parentDataProperty: "kmsKeyId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyIdRef !== undefined) {
      if (!validate29(data.kmsKeyIdRef, {
        instancePath: instancePath + "/kmsKeyIdRef",
        parentData: data,
        parentDataProperty: "kmsKeyIdRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyIdSelector !== undefined) {
      if (!validate32(data.kmsKeyIdSelector, {
        instancePath: instancePath + "/kmsKeyIdSelector",
        parentData: data,
        parentDataProperty: "kmsKeyIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.logDeliveryConfiguration !== undefined) {
      if (!validate45(data.logDeliveryConfiguration, {
        instancePath: instancePath + "/logDeliveryConfiguration",
        parentData: data,
        parentDataProperty: "logDeliveryConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.maintenanceWindow !== undefined) {
      if (!validate22(data.maintenanceWindow, {
        instancePath: instancePath + "/maintenanceWindow",
        parentData: data,
        parentDataProperty: "maintenanceWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.multiAzEnabled !== undefined) {
      if (!validate23(data.multiAzEnabled, {
        instancePath: instancePath + "/multiAzEnabled",
        parentData: data,
        parentDataProperty: "multiAzEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networkType !== undefined) {
      if (!validate22(data.networkType, {
        instancePath: instancePath + "/networkType",
        parentData: data,
        parentDataProperty: "networkType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeGroupConfiguration !== undefined) {
      if (!validate52(data.nodeGroupConfiguration, {
        instancePath: instancePath + "/nodeGroupConfiguration",
        parentData: data,
        parentDataProperty: "nodeGroupConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeType !== undefined) {
      if (!validate22(data.nodeType, {
        instancePath: instancePath + "/nodeType",
        parentData: data,
        parentDataProperty: "nodeType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.notificationTopicArn !== undefined) {
      if (!validate22(data.notificationTopicArn, {
        instancePath: instancePath + "/notificationTopicArn",
        parentData: data,
        parentDataProperty: "notificationTopicArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.numCacheClusters !== undefined) {
      if (!validate40(data.numCacheClusters, {
        instancePath: instancePath + "/numCacheClusters",
        parentData: data,
        parentDataProperty: "numCacheClusters",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.numNodeGroups !== undefined) {
      if (!validate40(data.numNodeGroups, {
        instancePath: instancePath + "/numNodeGroups",
        parentData: data,
        parentDataProperty: "numNodeGroups",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameterGroupName !== undefined) {
      if (!validate22(data.parameterGroupName, {
        instancePath: instancePath + "/parameterGroupName",
        parentData: data,
        parentDataProperty: "parameterGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate40(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.preferredCacheClusterAzs !== undefined) {
      if (!validate38(data.preferredCacheClusterAzs, {
        instancePath: instancePath + "/preferredCacheClusterAzs",
        parentData: data,
        parentDataProperty: "preferredCacheClusterAzs",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate21(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicasPerNodeGroup !== undefined) {
      if (!validate40(data.replicasPerNodeGroup, {
        instancePath: instancePath + "/replicasPerNodeGroup",
        parentData: data,
        parentDataProperty: "replicasPerNodeGroup",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIdRefs !== undefined) {
      if (!validate62(data.securityGroupIdRefs, {
        instancePath: instancePath + "/securityGroupIdRefs",
        parentData: data,
        parentDataProperty: "securityGroupIdRefs",
        rootData
      })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIdSelector !== undefined) {
      if (!validate32(data.securityGroupIdSelector, {
        instancePath: instancePath + "/securityGroupIdSelector",
        parentData: data,
        parentDataProperty: "securityGroupIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIds !== undefined) {
      if (!validate38(data.securityGroupIds, {
        instancePath: instancePath + "/securityGroupIds",
        parentData: data,
        parentDataProperty: "securityGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupNames !== undefined) {
      if (!validate38(data.securityGroupNames, {
        instancePath: instancePath + "/securityGroupNames",
        parentData: data,
        parentDataProperty: "securityGroupNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotArns !== undefined) {
      if (!validate38(data.snapshotArns, {
        instancePath: instancePath + "/snapshotArns",
        parentData: data,
        parentDataProperty: "snapshotArns",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotName !== undefined) {
      if (!validate22(data.snapshotName, {
        instancePath: instancePath + "/snapshotName",
        parentData: data,
        parentDataProperty: "snapshotName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotRetentionLimit !== undefined) {
      if (!validate40(data.snapshotRetentionLimit, {
        instancePath: instancePath + "/snapshotRetentionLimit",
        parentData: data,
        parentDataProperty: "snapshotRetentionLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotWindow !== undefined) {
      if (!validate22(data.snapshotWindow, {
        instancePath: instancePath + "/snapshotWindow",
        parentData: data,
        parentDataProperty: "snapshotWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupName !== undefined) {
      if (!validate22(data.subnetGroupName, {
        instancePath: instancePath + "/subnetGroupName",
        parentData: data,
        parentDataProperty: "subnetGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupNameRef !== undefined) {
      if (!validate29(data.subnetGroupNameRef, {
        instancePath: instancePath + "/subnetGroupNameRef",
        parentData: data,
        parentDataProperty: "subnetGroupNameRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupNameSelector !== undefined) {
      if (!validate32(data.subnetGroupNameSelector, {
        instancePath: instancePath + "/subnetGroupNameSelector",
        parentData: data,
        parentDataProperty: "subnetGroupNameSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined) {
      if (!validate34(data.tags, {
        instancePath: instancePath + "/tags",
        parentData: data,
        parentDataProperty: "tags",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionEnabled !== undefined) {
      if (!validate23(data.transitEncryptionEnabled, {
        instancePath: instancePath + "/transitEncryptionEnabled",
        parentData: data,
        parentDataProperty: "transitEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionMode !== undefined) {
      if (!validate22(data.transitEncryptionMode, {
        instancePath: instancePath + "/transitEncryptionMode",
        parentData: data,
        parentDataProperty: "transitEncryptionMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.userGroupIds !== undefined) {
      if (!validate38(data.userGroupIds, {
        instancePath: instancePath + "/userGroupIds",
        parentData: data,
        parentDataProperty: "userGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
const schema33 = {
  "properties": {
    "applyImmediately": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "atRestEncryptionEnabled": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "authTokenSecretRef": {
      "$ref": "wdcIcVK7h5mx61bfNK44670oXk1nMNDfZbhHyLzA"
    },
    "authTokenUpdateStrategy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "autoMinorVersionUpgrade": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "automaticFailoverEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "clusterMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dataTieringEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "engine": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "engineVersion": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "finalSnapshotIdentifier": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "globalReplicationGroupId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "globalReplicationGroupIdRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "globalReplicationGroupIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "ipDiscovery": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kmsKeyId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kmsKeyIdRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "kmsKeyIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "logDeliveryConfiguration": {
      "$ref": "WTJdfJDlqmFhGNwbJuxHGDbGNKmCyodVkD8J01bwUQ"
    },
    "maintenanceWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "multiAzEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "networkType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nodeGroupConfiguration": {
      "$ref": "JGhYqIS4YV3G6eO9oMCzg35y1JkHSlnFGMzcviBTE"
    },
    "nodeType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "notificationTopicArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "numCacheClusters": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "numNodeGroups": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "parameterGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "preferredCacheClusterAzs": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "replicasPerNodeGroup": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "securityGroupIdRefs": {
      "$ref": "alvAT6UShu8juhoCShNPBplzrvJUqfvCIyavRs5b3k"
    },
    "securityGroupIdSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "securityGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "securityGroupNames": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotArns": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "snapshotRetentionLimit": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "snapshotWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "subnetGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "subnetGroupNameRef": {
      "$ref": "ekQWxfpW9bWqPunnHg17E1EUo7zh1vFQZYNxh77DJY"
    },
    "subnetGroupNameSelector": {
      "$ref": "pflzOkaBdPvQ8GmfafHcrA6Rot2ccbwF0tinW7Mbmc"
    },
    "tags": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "transitEncryptionEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "transitEncryptionMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "userGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "type": "object",
  "nullable": true
};
function validate130(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applyImmediately !== undefined) {
      if (!validate23(data.applyImmediately, {
        instancePath: instancePath + "/applyImmediately",
        parentData: data,
        parentDataProperty: "applyImmediately",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.atRestEncryptionEnabled !== undefined) {
      if (!validate22(data.atRestEncryptionEnabled, {
        instancePath: instancePath + "/atRestEncryptionEnabled",
        parentData: data,
        parentDataProperty: "atRestEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.authTokenSecretRef !== undefined) {
      if (!validate41(data.authTokenSecretRef, {
        instancePath: instancePath + "/authTokenSecretRef",
        parentData: data,
        parentDataProperty: "authTokenSecretRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.authTokenUpdateStrategy !== undefined) {
      if (!validate22(data.authTokenUpdateStrategy, {
        instancePath: instancePath + "/authTokenUpdateStrategy",
        parentData: data,
        parentDataProperty: "authTokenUpdateStrategy",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoMinorVersionUpgrade !== undefined) {
      if (!validate22(data.autoMinorVersionUpgrade, {
        instancePath: instancePath + "/autoMinorVersionUpgrade",
        parentData: data,
        parentDataProperty: "autoMinorVersionUpgrade",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticFailoverEnabled !== undefined) {
      if (!validate23(data.automaticFailoverEnabled, {
        instancePath: instancePath + "/automaticFailoverEnabled",
        parentData: data,
        parentDataProperty: "automaticFailoverEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterMode !== undefined) {
      if (!validate22(data.clusterMode, {
        instancePath: instancePath + "/clusterMode",
        parentData: data,
        parentDataProperty: "clusterMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataTieringEnabled !== undefined) {
      if (!validate23(data.dataTieringEnabled, {
        instancePath: instancePath + "/dataTieringEnabled",
        parentData: data,
        parentDataProperty: "dataTieringEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.engine !== undefined) {
      if (!validate22(data.engine, {
        instancePath: instancePath + "/engine",
        parentData: data,
        parentDataProperty: "engine",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.engineVersion !== undefined) {
      if (!validate22(data.engineVersion, {
        instancePath: instancePath + "/engineVersion",
        parentData: data,
        parentDataProperty: "engineVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.finalSnapshotIdentifier !== undefined) {
      if (!validate22(data.finalSnapshotIdentifier, {
        instancePath: instancePath + "/finalSnapshotIdentifier",
        parentData: data,
        parentDataProperty: "finalSnapshotIdentifier",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupId !== undefined) {
      if (!validate22(data.globalReplicationGroupId, {
        instancePath: instancePath + "/globalReplicationGroupId",
        parentData: data,
        parentDataProperty: "globalReplicationGroupId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupIdRef !== undefined) {
      if (!validate29(data.globalReplicationGroupIdRef, {
        instancePath: instancePath + "/globalReplicationGroupIdRef",
        parentData: data,
        parentDataProperty: "globalReplicationGroupIdRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupIdSelector !== undefined) {
      if (!validate32(data.globalReplicationGroupIdSelector, {
        instancePath: instancePath + "/globalReplicationGroupIdSelector",
        parentData: data,
        parentDataProperty: "globalReplicationGroupIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.ipDiscovery !== undefined) {
      if (!validate22(data.ipDiscovery, {
        instancePath: instancePath + "/ipDiscovery",
        parentData: data,
        parentDataProperty: "ipDiscovery",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyId !== undefined) {
      if (!validate22(data.kmsKeyId, {
        instancePath: instancePath + "/kmsKeyId",
        parentData: data,
        parentDataProperty: "kmsKeyId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyIdRef !== undefined) {
      if (!validate29(data.kmsKeyIdRef, {
        instancePath: instancePath + "/kmsKeyIdRef",
        parentData: data,
        parentDataProperty: "kmsKeyIdRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyIdSelector !== undefined) {
      if (!validate32(data.kmsKeyIdSelector, {
        instancePath: instancePath + "/kmsKeyIdSelector",
        parentData: data,
        parentDataProperty: "kmsKeyIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.logDeliveryConfiguration !== undefined) {
      if (!validate45(data.logDeliveryConfiguration, {
        instancePath: instancePath + "/logDeliveryConfiguration",
        parentData: data,
        parentDataProperty: "logDeliveryConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.maintenanceWindow !== undefined) {
      if (!validate22(data.maintenanceWindow, {
        instancePath: instancePath + "/maintenanceWindow",
        parentData: data,
        parentDataProperty: "maintenanceWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.multiAzEnabled !== undefined) {
      if (!validate23(data.multiAzEnabled, {
        instancePath: instancePath + "/multiAzEnabled",
        parentData: data,
        parentDataProperty: "multiAzEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networkType !== undefined) {
      if (!validate22(data.networkType, {
        instancePath: instancePath + "/networkType",
        parentData: data,
        parentDataProperty: "networkType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeGroupConfiguration !== undefined) {
      if (!validate52(data.nodeGroupConfiguration, {
        instancePath: instancePath + "/nodeGroupConfiguration",
        parentData: data,
        parentDataProperty: "nodeGroupConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeType !== undefined) {
      if (!validate22(data.nodeType, {
        instancePath: instancePath + "/nodeType",
        parentData: data,
        parentDataProperty: "nodeType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.notificationTopicArn !== undefined) {
      if (!validate22(data.notificationTopicArn, {
        instancePath: instancePath + "/notificationTopicArn",
        parentData: data,
        parentDataProperty: "notificationTopicArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.numCacheClusters !== undefined) {
      if (!validate40(data.numCacheClusters, {
        instancePath: instancePath + "/numCacheClusters",
        parentData: data,
        parentDataProperty: "numCacheClusters",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.numNodeGroups !== undefined) {
      if (!validate40(data.numNodeGroups, {
        instancePath: instancePath + "/numNodeGroups",
        parentData: data,
        parentDataProperty: "numNodeGroups",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameterGroupName !== undefined) {
      if (!validate22(data.parameterGroupName, {
        instancePath: instancePath + "/parameterGroupName",
        parentData: data,
        parentDataProperty: "parameterGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate40(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.preferredCacheClusterAzs !== undefined) {
      if (!validate38(data.preferredCacheClusterAzs, {
        instancePath: instancePath + "/preferredCacheClusterAzs",
        parentData: data,
        parentDataProperty: "preferredCacheClusterAzs",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicasPerNodeGroup !== undefined) {
      if (!validate40(data.replicasPerNodeGroup, {
        instancePath: instancePath + "/replicasPerNodeGroup",
        parentData: data,
        parentDataProperty: "replicasPerNodeGroup",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIdRefs !== undefined) {
      if (!validate62(data.securityGroupIdRefs, {
        instancePath: instancePath + "/securityGroupIdRefs",
        parentData: data,
        parentDataProperty: "securityGroupIdRefs",
        rootData
      })) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIdSelector !== undefined) {
      if (!validate32(data.securityGroupIdSelector, {
        instancePath: instancePath + "/securityGroupIdSelector",
        parentData: data,
        parentDataProperty: "securityGroupIdSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIds !== undefined) {
      if (!validate38(data.securityGroupIds, {
        instancePath: instancePath + "/securityGroupIds",
        parentData: data,
        parentDataProperty: "securityGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupNames !== undefined) {
      if (!validate38(data.securityGroupNames, {
        instancePath: instancePath + "/securityGroupNames",
        parentData: data,
        parentDataProperty: "securityGroupNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotArns !== undefined) {
      if (!validate38(data.snapshotArns, {
        instancePath: instancePath + "/snapshotArns",
        parentData: data,
        parentDataProperty: "snapshotArns",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotName !== undefined) {
      if (!validate22(data.snapshotName, {
        instancePath: instancePath + "/snapshotName",
        parentData: data,
        parentDataProperty: "snapshotName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotRetentionLimit !== undefined) {
      if (!validate40(data.snapshotRetentionLimit, {
        instancePath: instancePath + "/snapshotRetentionLimit",
        parentData: data,
        parentDataProperty: "snapshotRetentionLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotWindow !== undefined) {
      if (!validate22(data.snapshotWindow, {
        instancePath: instancePath + "/snapshotWindow",
        parentData: data,
        parentDataProperty: "snapshotWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupName !== undefined) {
      if (!validate22(data.subnetGroupName, {
        instancePath: instancePath + "/subnetGroupName",
        parentData: data,
        parentDataProperty: "subnetGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupNameRef !== undefined) {
      if (!validate29(data.subnetGroupNameRef, {
        instancePath: instancePath + "/subnetGroupNameRef",
        parentData: data,
        parentDataProperty: "subnetGroupNameRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupNameSelector !== undefined) {
      if (!validate32(data.subnetGroupNameSelector, {
        instancePath: instancePath + "/subnetGroupNameSelector",
        parentData: data,
        parentDataProperty: "subnetGroupNameSelector",
        rootData
      })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined) {
      if (!validate34(data.tags, {
        instancePath: instancePath + "/tags",
        parentData: data,
        parentDataProperty: "tags",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionEnabled !== undefined) {
      if (!validate23(data.transitEncryptionEnabled, {
        instancePath: instancePath + "/transitEncryptionEnabled",
        parentData: data,
        parentDataProperty: "transitEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionMode !== undefined) {
      if (!validate22(data.transitEncryptionMode, {
        instancePath: instancePath + "/transitEncryptionMode",
        parentData: data,
        parentDataProperty: "transitEncryptionMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.userGroupIds !== undefined) {
      if (!validate38(data.userGroupIds, {
        instancePath: instancePath + "/userGroupIds",
        parentData: data,
        parentDataProperty: "userGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  }
  validate130.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  "default": ["*"],
  "items": {
    "$ref": "PBFSJGHVt3NCGweiUcSBGVvugFMRNxYqiS3UFvAyL0"
  },
  "type": "array",
  "nullable": true
};
const schema35 = {
  "enum": ["Observe", "Create", "Update", "Delete", "LateInitialize", "*"],
  "type": "string"
};
function validate179(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "Observe" || data === "Create" || data === "Update" || data === "Delete" || data === "LateInitialize" || data === "*")) {
    const err1 = {
      instancePath,
      schemaPath: "#/enum",
      keyword: "enum",
      params: {
        allowedValues: schema35.enum
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate179.errors = vErrors;
  return errors === 0;
}
function validate178(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate179(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
        errors = vErrors.length;
      }
    }
  }
  validate178.errors = vErrors;
  return errors === 0;
}
const schema36 = {
  "default": {
    "name": "default"
  },
  "properties": {
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "policy": {
      "$ref": "jNxt9u08bd9Nwavu0yod2ZjiysSwUv992pL3yFnDY"
    }
  },
  "required": ["name"],
  "type": "object",
  "nullable": true
};
function validate182(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (!validate21(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== undefined) {
      if (!validate24(data.policy, {
        instancePath: instancePath + "/policy",
        parentData: data,
        parentDataProperty: "policy",
        rootData
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
  }
  validate182.errors = vErrors;
  return errors === 0;
}
const schema37 = {
  "properties": {
    "name": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "namespace": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    }
  },
  "required": ["name", "namespace"],
  "type": "object",
  "nullable": true
};
function validate186(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "name"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.namespace === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "namespace"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (!validate21(data.name, {
        instancePath: instancePath + "/name",
        parentData: data,
        parentDataProperty: "name",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespace !== undefined) {
      if (!validate21(data.namespace, {
        instancePath: instancePath + "/namespace",
        parentData: data,
        parentDataProperty: "namespace",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  }
  validate186.errors = vErrors;
  return errors === 0;
}
function validate77(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.forProvider === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "forProvider"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deletionPolicy !== undefined) {
      if (!validate78(data.deletionPolicy, {
        instancePath: instancePath + "/deletionPolicy",
        parentData: data,
        parentDataProperty: "deletionPolicy",
        rootData
      })) {
        vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
        errors = vErrors.length;
      }
    }
    if (data.forProvider !== undefined) {
      if (!validate80(data.forProvider, {
        instancePath: instancePath + "/forProvider",
        parentData: data,
        parentDataProperty: "forProvider",
        rootData
      })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.initProvider !== undefined) {
      if (!validate130(data.initProvider, {
        instancePath: instancePath + "/initProvider",
        parentData: data,
        parentDataProperty: "initProvider",
        rootData
      })) {
        vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
        errors = vErrors.length;
      }
    }
    if (data.managementPolicies !== undefined) {
      if (!validate178(data.managementPolicies, {
        instancePath: instancePath + "/managementPolicies",
        parentData: data,
        parentDataProperty: "managementPolicies",
        rootData
      })) {
        vErrors = vErrors === null ? validate178.errors : vErrors.concat(validate178.errors);
        errors = vErrors.length;
      }
    }
    if (data.providerConfigRef !== undefined) {
      if (!validate182(data.providerConfigRef, {
        instancePath: instancePath + "/providerConfigRef",
        parentData: data,
        parentDataProperty: "providerConfigRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
        errors = vErrors.length;
      }
    }
    if (data.writeConnectionSecretToRef !== undefined) {
      if (!validate186(data.writeConnectionSecretToRef, {
        instancePath: instancePath + "/writeConnectionSecretToRef",
        parentData: data,
        parentDataProperty: "writeConnectionSecretToRef",
        rootData
      })) {
        vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
const schema38 = {
  "properties": {
    "atProvider": {
      "$ref": "R5X0asqjF0cYIm4DlK9gv3ukxWz9ZE3sA7USpu7Meg"
    },
    "conditions": {
      "$ref": "TRm77BgQ0219zLysqLv5ywwKBass073ICMSQeeqtIg"
    },
    "observedGeneration": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    }
  },
  "type": "object",
  "nullable": true
};
const schema39 = {
  "properties": {
    "applyImmediately": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "arn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "atRestEncryptionEnabled": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "authTokenUpdateStrategy": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "autoMinorVersionUpgrade": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "automaticFailoverEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "clusterEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "clusterMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "configurationEndpointAddress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "dataTieringEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "engine": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "engineVersion": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "engineVersionActual": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "finalSnapshotIdentifier": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "globalReplicationGroupId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "id": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "ipDiscovery": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "kmsKeyId": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "logDeliveryConfiguration": {
      "$ref": "WTJdfJDlqmFhGNwbJuxHGDbGNKmCyodVkD8J01bwUQ"
    },
    "maintenanceWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "memberClusters": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "multiAzEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "networkType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "nodeGroupConfiguration": {
      "$ref": "JGhYqIS4YV3G6eO9oMCzg35y1JkHSlnFGMzcviBTE"
    },
    "nodeType": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "notificationTopicArn": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "numCacheClusters": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "numNodeGroups": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "parameterGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "port": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "preferredCacheClusterAzs": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "primaryEndpointAddress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "readerEndpointAddress": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "region": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "replicasPerNodeGroup": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "securityGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "securityGroupNames": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotArns": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    },
    "snapshotName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "snapshotRetentionLimit": {
      "$ref": "DMczxSNSR8pjVgy7OLeXTXNA9WNHkvwzzrXJRkVMkA"
    },
    "snapshotWindow": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "subnetGroupName": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "tags": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "tagsAll": {
      "$ref": "C53Ns4GLXWl74ijREqYSmV6XcmHYHGe7sMKYak37s"
    },
    "transitEncryptionEnabled": {
      "$ref": "hsGPmGwy4VrrbOBJwiGgjUKGPtMFeHO5cmtUu5ZUh0"
    },
    "transitEncryptionMode": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "userGroupIds": {
      "$ref": "aRQtgAls8PT3219P8mxz6PPEAVWN1SvmCHi6z12UM"
    }
  },
  "type": "object",
  "nullable": true
};
function validate192(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applyImmediately !== undefined) {
      if (!validate23(data.applyImmediately, {
        instancePath: instancePath + "/applyImmediately",
        parentData: data,
        parentDataProperty: "applyImmediately",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.arn !== undefined) {
      if (!validate22(data.arn, {
        instancePath: instancePath + "/arn",
        parentData: data,
        parentDataProperty: "arn",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.atRestEncryptionEnabled !== undefined) {
      if (!validate22(data.atRestEncryptionEnabled, {
        instancePath: instancePath + "/atRestEncryptionEnabled",
        parentData: data,
        parentDataProperty: "atRestEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.authTokenUpdateStrategy !== undefined) {
      if (!validate22(data.authTokenUpdateStrategy, {
        instancePath: instancePath + "/authTokenUpdateStrategy",
        parentData: data,
        parentDataProperty: "authTokenUpdateStrategy",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoMinorVersionUpgrade !== undefined) {
      if (!validate22(data.autoMinorVersionUpgrade, {
        instancePath: instancePath + "/autoMinorVersionUpgrade",
        parentData: data,
        parentDataProperty: "autoMinorVersionUpgrade",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.automaticFailoverEnabled !== undefined) {
      if (!validate23(data.automaticFailoverEnabled, {
        instancePath: instancePath + "/automaticFailoverEnabled",
        parentData: data,
        parentDataProperty: "automaticFailoverEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterEnabled !== undefined) {
      if (!validate23(data.clusterEnabled, {
        instancePath: instancePath + "/clusterEnabled",
        parentData: data,
        parentDataProperty: "clusterEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.clusterMode !== undefined) {
      if (!validate22(data.clusterMode, {
        instancePath: instancePath + "/clusterMode",
        parentData: data,
        parentDataProperty: "clusterMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.configurationEndpointAddress !== undefined) {
      if (!validate22(data.configurationEndpointAddress, {
        instancePath: instancePath + "/configurationEndpointAddress",
        parentData: data,
        parentDataProperty: "configurationEndpointAddress",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataTieringEnabled !== undefined) {
      if (!validate23(data.dataTieringEnabled, {
        instancePath: instancePath + "/dataTieringEnabled",
        parentData: data,
        parentDataProperty: "dataTieringEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.engine !== undefined) {
      if (!validate22(data.engine, {
        instancePath: instancePath + "/engine",
        parentData: data,
        parentDataProperty: "engine",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.engineVersion !== undefined) {
      if (!validate22(data.engineVersion, {
        instancePath: instancePath + "/engineVersion",
        parentData: data,
        parentDataProperty: "engineVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.engineVersionActual !== undefined) {
      if (!validate22(data.engineVersionActual, {
        instancePath: instancePath + "/engineVersionActual",
        parentData: data,
        parentDataProperty: "engineVersionActual",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.finalSnapshotIdentifier !== undefined) {
      if (!validate22(data.finalSnapshotIdentifier, {
        instancePath: instancePath + "/finalSnapshotIdentifier",
        parentData: data,
        parentDataProperty: "finalSnapshotIdentifier",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.globalReplicationGroupId !== undefined) {
      if (!validate22(data.globalReplicationGroupId, {
        instancePath: instancePath + "/globalReplicationGroupId",
        parentData: data,
        parentDataProperty: "globalReplicationGroupId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.id !== undefined) {
      if (!validate22(data.id, {
        instancePath: instancePath + "/id",
        parentData: data,
        parentDataProperty: "id",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.ipDiscovery !== undefined) {
      if (!validate22(data.ipDiscovery, {
        instancePath: instancePath + "/ipDiscovery",
        parentData: data,
        parentDataProperty: "ipDiscovery",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.kmsKeyId !== undefined) {
      if (!validate22(data.kmsKeyId, {
        instancePath: instancePath + "/kmsKeyId",
        parentData: data,
        parentDataProperty: "kmsKeyId",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.logDeliveryConfiguration !== undefined) {
      if (!validate45(data.logDeliveryConfiguration, {
        instancePath: instancePath + "/logDeliveryConfiguration",
        parentData: data,
        parentDataProperty: "logDeliveryConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.maintenanceWindow !== undefined) {
      if (!validate22(data.maintenanceWindow, {
        instancePath: instancePath + "/maintenanceWindow",
        parentData: data,
        parentDataProperty: "maintenanceWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.memberClusters !== undefined) {
      if (!validate38(data.memberClusters, {
        instancePath: instancePath + "/memberClusters",
        parentData: data,
        parentDataProperty: "memberClusters",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.multiAzEnabled !== undefined) {
      if (!validate23(data.multiAzEnabled, {
        instancePath: instancePath + "/multiAzEnabled",
        parentData: data,
        parentDataProperty: "multiAzEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.networkType !== undefined) {
      if (!validate22(data.networkType, {
        instancePath: instancePath + "/networkType",
        parentData: data,
        parentDataProperty: "networkType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeGroupConfiguration !== undefined) {
      if (!validate52(data.nodeGroupConfiguration, {
        instancePath: instancePath + "/nodeGroupConfiguration",
        parentData: data,
        parentDataProperty: "nodeGroupConfiguration",
        rootData
      })) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.nodeType !== undefined) {
      if (!validate22(data.nodeType, {
        instancePath: instancePath + "/nodeType",
        parentData: data,
        parentDataProperty: "nodeType",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.notificationTopicArn !== undefined) {
      if (!validate22(data.notificationTopicArn, {
        instancePath: instancePath + "/notificationTopicArn",
        parentData: data,
        parentDataProperty: "notificationTopicArn",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.numCacheClusters !== undefined) {
      if (!validate40(data.numCacheClusters, {
        instancePath: instancePath + "/numCacheClusters",
        parentData: data,
        parentDataProperty: "numCacheClusters",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.numNodeGroups !== undefined) {
      if (!validate40(data.numNodeGroups, {
        instancePath: instancePath + "/numNodeGroups",
        parentData: data,
        parentDataProperty: "numNodeGroups",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.parameterGroupName !== undefined) {
      if (!validate22(data.parameterGroupName, {
        instancePath: instancePath + "/parameterGroupName",
        parentData: data,
        parentDataProperty: "parameterGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.port !== undefined) {
      if (!validate40(data.port, {
        instancePath: instancePath + "/port",
        parentData: data,
        parentDataProperty: "port",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.preferredCacheClusterAzs !== undefined) {
      if (!validate38(data.preferredCacheClusterAzs, {
        instancePath: instancePath + "/preferredCacheClusterAzs",
        parentData: data,
        parentDataProperty: "preferredCacheClusterAzs",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.primaryEndpointAddress !== undefined) {
      if (!validate22(data.primaryEndpointAddress, {
        instancePath: instancePath + "/primaryEndpointAddress",
        parentData: data,
        parentDataProperty: "primaryEndpointAddress",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.readerEndpointAddress !== undefined) {
      if (!validate22(data.readerEndpointAddress, {
        instancePath: instancePath + "/readerEndpointAddress",
        parentData: data,
        parentDataProperty: "readerEndpointAddress",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.region !== undefined) {
      if (!validate22(data.region, {
        instancePath: instancePath + "/region",
        parentData: data,
        parentDataProperty: "region",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.replicasPerNodeGroup !== undefined) {
      if (!validate40(data.replicasPerNodeGroup, {
        instancePath: instancePath + "/replicasPerNodeGroup",
        parentData: data,
        parentDataProperty: "replicasPerNodeGroup",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupIds !== undefined) {
      if (!validate38(data.securityGroupIds, {
        instancePath: instancePath + "/securityGroupIds",
        parentData: data,
        parentDataProperty: "securityGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.securityGroupNames !== undefined) {
      if (!validate38(data.securityGroupNames, {
        instancePath: instancePath + "/securityGroupNames",
        parentData: data,
        parentDataProperty: "securityGroupNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotArns !== undefined) {
      if (!validate38(data.snapshotArns, {
        instancePath: instancePath + "/snapshotArns",
        parentData: data,
        parentDataProperty: "snapshotArns",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotName !== undefined) {
      if (!validate22(data.snapshotName, {
        instancePath: instancePath + "/snapshotName",
        parentData: data,
        parentDataProperty: "snapshotName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotRetentionLimit !== undefined) {
      if (!validate40(data.snapshotRetentionLimit, {
        instancePath: instancePath + "/snapshotRetentionLimit",
        parentData: data,
        parentDataProperty: "snapshotRetentionLimit",
        rootData
      })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.snapshotWindow !== undefined) {
      if (!validate22(data.snapshotWindow, {
        instancePath: instancePath + "/snapshotWindow",
        parentData: data,
        parentDataProperty: "snapshotWindow",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.subnetGroupName !== undefined) {
      if (!validate22(data.subnetGroupName, {
        instancePath: instancePath + "/subnetGroupName",
        parentData: data,
        parentDataProperty: "subnetGroupName",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== undefined) {
      if (!validate34(data.tags, {
        instancePath: instancePath + "/tags",
        parentData: data,
        parentDataProperty: "tags",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.tagsAll !== undefined) {
      if (!validate34(data.tagsAll, {
        instancePath: instancePath + "/tagsAll",
        parentData: data,
        parentDataProperty: "tagsAll",
        rootData
      })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionEnabled !== undefined) {
      if (!validate23(data.transitEncryptionEnabled, {
        instancePath: instancePath + "/transitEncryptionEnabled",
        parentData: data,
        parentDataProperty: "transitEncryptionEnabled",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.transitEncryptionMode !== undefined) {
      if (!validate22(data.transitEncryptionMode, {
        instancePath: instancePath + "/transitEncryptionMode",
        parentData: data,
        parentDataProperty: "transitEncryptionMode",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.userGroupIds !== undefined) {
      if (!validate38(data.userGroupIds, {
        instancePath: instancePath + "/userGroupIds",
        parentData: data,
        parentDataProperty: "userGroupIds",
        rootData
      })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  }
  validate192.errors = vErrors;
  return errors === 0;
}
const schema40 = {
  "items": {
    "$ref": "rBqL0OcX1WBjVlET38J8loJwttHmPK32xI6Y4BWi47A"
  },
  "type": "array",
  "nullable": true
};
const schema41 = {
  "properties": {
    "lastTransitionTime": {
      "$ref": "KrhXBWKB1pK8JptMQRXbBg5co4bpZWZnIUkdeEo37wY"
    },
    "message": {
      "$ref": "GlcYMJF0EagTzhTCQIbCB22J377Z87wRm00IC2Ss2g"
    },
    "observedGeneration": {
      "$ref": "NW88HfrvS38u8Yy207QW6S7qFs2gsa0jBgSYGvqPw"
    },
    "reason": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "status": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    },
    "type": {
      "$ref": "jdFtv6DGtroqVatkuk8ipQtGFLMzfSuVek97sB0uauQ"
    }
  },
  "required": ["lastTransitionTime", "reason", "status", "type"],
  "type": "object"
};
const schema42 = {
  "format": "date-time",
  "type": "string"
};
const formats2 = formats["date-time"];
function validate243(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats2.validate(data)) {
      const err0 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "date-time"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "string"
      }
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate243.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  "format": "int64",
  "type": "integer",
  "nullable": true
};
const formats0 = formats.int64;
function validate67(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "integer"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (!formats0.validate(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/format",
        keyword: "format",
        params: {
          format: "int64"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate242(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lastTransitionTime === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "lastTransitionTime"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "reason"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "status"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "type"
        }
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.lastTransitionTime !== undefined) {
      if (!validate243(data.lastTransitionTime, {
        instancePath: instancePath + "/lastTransitionTime",
        parentData: data,
        parentDataProperty: "lastTransitionTime",
        rootData
      })) {
        vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
        errors = vErrors.length;
      }
    }
    if (data.message !== undefined) {
      if (!validate22(data.message, {
        instancePath: instancePath + "/message",
        parentData: data,
        parentDataProperty: "message",
        rootData
      })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.observedGeneration !== undefined) {
      if (!validate67(data.observedGeneration, {
        instancePath: instancePath + "/observedGeneration",
        parentData: data,
        parentDataProperty: "observedGeneration",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.reason !== undefined) {
      if (!validate21(data.reason, {
        instancePath: instancePath + "/reason",
        parentData: data,
        parentDataProperty: "reason",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== undefined) {
      if (!validate21(data.status, {
        instancePath: instancePath + "/status",
        parentData: data,
        parentDataProperty: "status",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.type !== undefined) {
      if (!validate21(data.type, {
        instancePath: instancePath + "/type",
        parentData: data,
        parentDataProperty: "type",
        rootData
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate242.errors = vErrors;
  return errors === 0;
}
function validate241(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "array"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate242(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
        errors = vErrors.length;
      }
    }
  }
  validate241.errors = vErrors;
  return errors === 0;
}
function validate191(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.atProvider !== undefined) {
      if (!validate192(data.atProvider, {
        instancePath: instancePath + "/atProvider",
        parentData: data,
        parentDataProperty: "atProvider",
        rootData
      })) {
        vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
        errors = vErrors.length;
      }
    }
    if (data.conditions !== undefined) {
      if (!validate241(data.conditions, {
        instancePath: instancePath + "/conditions",
        parentData: data,
        parentDataProperty: "conditions",
        rootData
      })) {
        vErrors = vErrors === null ? validate241.errors : vErrors.concat(validate241.errors);
        errors = vErrors.length;
      }
    }
    if (data.observedGeneration !== undefined) {
      if (!validate67(data.observedGeneration, {
        instancePath: instancePath + "/observedGeneration",
        parentData: data,
        parentDataProperty: "observedGeneration",
        rootData
      })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
  }
  validate191.errors = vErrors;
  return errors === 0;
}
function validate68(data, {
  instancePath = "",
  parentData,
  parentDataProperty,
  rootData = data
} = {}) {
  /*# sourceURL="elasticache.aws.upbound.io.v1beta2.ReplicationGroup" */;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "spec"
        }
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.apiVersion === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "apiVersion"
        }
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.kind === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: {
          missingProperty: "kind"
        }
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.apiVersion !== undefined) {
      if (!validate69(data.apiVersion, {
        instancePath: instancePath + "/apiVersion",
        parentData: data,
        parentDataProperty: "apiVersion",
        rootData
      })) {
        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
        errors = vErrors.length;
      }
    }
    if (data.kind !== undefined) {
      if (!validate71(data.kind, {
        instancePath: instancePath + "/kind",
        parentData: data,
        parentDataProperty: "kind",
        rootData
      })) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.metadata !== undefined) {
      if (!validate73(data.metadata, {
        instancePath: instancePath + "/metadata",
        parentData: data,
        parentDataProperty: "metadata",
        rootData
      })) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== undefined) {
      if (!validate77(data.spec, {
        instancePath: instancePath + "/spec",
        parentData: data,
        parentDataProperty: "spec",
        rootData
      })) {
        vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== undefined) {
      if (!validate191(data.status, {
        instancePath: instancePath + "/status",
        parentData: data,
        parentDataProperty: "status",
        rootData
      })) {
        vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: {
        type: "object"
      }
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}