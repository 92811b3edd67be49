// Writes the API files rendered from the zod schemas (see render-apis.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { renderApis } from "./render-apis.js";

for (const [path, content] of Object.entries(renderApis())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
