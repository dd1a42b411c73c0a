import type {
  ChecklistDefinition,
  CompletedChecklist,
  checklistDefinitionSchema,
  completedChecklistSchema,
} from "@st/practice-checklist";
import { expectTypeOf, it } from "vitest";
import type * as z from "zod";

// The documented interfaces and the schemas are one source of truth: these fail to compile if they drift.
it("the documented types are exactly what the schemas read", () => {
  expectTypeOf<z.output<typeof checklistDefinitionSchema>>().toEqualTypeOf<ChecklistDefinition>();
  expectTypeOf<z.output<typeof completedChecklistSchema>>().toEqualTypeOf<CompletedChecklist>();
});
