import { defineProject } from "vitest/config";
import { stProject } from "../../vitest.shared.js";

// Workbook tests write and read real .xlsx files; on a busy 2-core machine some take seconds.
export default defineProject(stProject("@st/workbook", { testTimeout: 30_000 }));
