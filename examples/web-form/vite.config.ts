import { defaultClientConditions, defineConfig, type Plugin } from "vite";

/**
 * The built page may load only its own files and may open no connection at all: a Content
 * Security Policy makes "nothing is sent anywhere" a rule the browser enforces. Build only,
 * because the dev server's live reload needs a WebSocket.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: "st-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  // Relative asset paths: the built page works from any folder of any static host.
  base: "./",
  // `@st/source` first: the @st packages resolve to their TypeScript sources, so the page builds and
  // runs in dev without building the packages (as the tests do; see vitest.shared.ts at the root).
  resolve: { conditions: ["@st/source", ...defaultClientConditions] },
  build: { target: "es2022", sourcemap: true },
  plugins: [contentSecurityPolicy()],
});
