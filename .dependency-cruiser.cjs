// Import cycles in lib/ fail `npm run lint` (docs/architecture.md, "Layers"): no two domains
// (folders under lib/) may import each other, directly or through others; shared facts live in
// lib/core. Offline and fast: it reads the sources, nothing else.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-domain-cycle",
      comment: "Two lib domains import each other (through any chain). Move the shared fact to lib/core, or the use case to the domain it belongs to.",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycle",
      comment:
        "A module cycle inside lib. The one allowed is the OpenAPI document operation, listed in the registry it documents and loading the document lazily (lib/openapi/document-operation.ts).",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["dynamic-import"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^lib/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  },
};
