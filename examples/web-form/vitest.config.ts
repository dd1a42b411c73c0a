import { defineProject } from "vitest/config";
import { stProject } from "../../vitest.shared.js";

// The end-to-end test builds the page and drives Chromium: give it room on a busy 2-core CI machine.
export default defineProject(stProject("@st-examples/web-form", { testTimeout: 120_000, hookTimeout: 120_000 }));
