import { fileURLToPath } from "node:url";
import type { UserWorkspaceConfig } from "vitest/config";

const fastCheckSetup = fileURLToPath(new URL("./scripts/fast-check-setup.ts", import.meta.url));

/**
 * One vitest project per package. The `@st/source` condition makes sibling packages resolve to
 * their TypeScript sources, so tests never wait for a build.
 */
export function stProject(name: string, extra: UserWorkspaceConfig["test"] = {}): UserWorkspaceConfig {
  const conditions = ["@st/source", "module", "node", "import", "default"];
  return {
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@st/source"] } },
    test: {
      name,
      // Property and fuzz tests run hundreds of cases; a busy 2-core CI machine must not turn them into timeouts.
      testTimeout: 30_000,
      include: ["test/**/*.test.ts"],
      setupFiles: [fastCheckSetup],
      benchmark: { include: ["bench/**/*.bench.ts"] },
      ...extra,
    },
  };
}
