import { defineProject } from "vitest/config";
import { stProject } from "../../vitest.shared.js";

export default defineProject(stProject("@st/forms"));
