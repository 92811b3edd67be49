// Lint: ESLint's and typescript-eslint's recommended rules for the whole tree. Tests, scripts and
// the benchmark read untyped JSON (Kubernetes objects, protocol messages) through
// `Record<string, any>`, so `any` is allowed there and only there. Formatting is Prettier's
// (.prettierrc.json); `npm run lint` checks both, and the test command runs it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      ".tools/",
      "_output/",
      "coverage/",
      "artifacts/",
      "function/k8s/generated/",
      "test/support/media-page/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a binding kept for its position or to drop a field from a rest.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  { files: ["test/**", "scripts/**", "bench/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  { files: ["**/*.mjs"], languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly" } } },
);
