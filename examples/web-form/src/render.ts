/**
 * The DOM for the view models of `form-model.ts`: fieldsets with legends, labels tied to inputs,
 * hints and errors tied by `aria-describedby`. Every text goes in through `textContent`, never
 * as HTML, so nothing a person types or a definition says can become markup.
 * @module
 */
import type { Problem } from "@st/core";
import type { Finding } from "@st/language-lint";
import { type DueDate, longDate, statusLabels } from "./due-dates.js";
import type { FieldView, FormView, RawValue, SectionView } from "./form-model.js";
import { problemSentence } from "./form-model.js";
import { findingsSummary, findingTip, markSegments } from "./lint-marks.js";

type Attrs = Record<string, string | number | boolean | undefined>;

/** An element with attributes (`true` sets an empty attribute, `false`/`undefined` leaves it out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== undefined) el.append(child);
  return el;
}

const byId = (id: string) => document.getElementById(id);

/** The ids an element is described by, space-separated, skipping those not given. */
function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string");
  return list.length ? list.join(" ") : undefined;
}

function hintId(field: FieldView): string | undefined {
  return field.help || field.condition ? `${field.domId}-hint` : undefined;
}

function hint(field: FieldView): HTMLElement | undefined {
  const id = hintId(field);
  if (!id) return undefined;
  const condition = field.condition ? `Asked ${field.condition}.` : "";
  return h("p", { class: "hint", id }, [field.help, condition].filter(Boolean).join(" "));
}

/**
 * The visible marker of a required question. Screen readers hear `aria-required` instead, except
 * on a set of check boxes, whose group role has no such attribute: there the words are read out.
 */
function requiredMark(field: FieldView): HTMLElement | undefined {
  if (!field.required) return undefined;
  return h(
    "span",
    { class: "required", "aria-hidden": field.kind === "checkboxes" ? undefined : "true" },
    " (required)",
  );
}

function errorSlot(field: FieldView): HTMLElement {
  return h("p", { class: "error", id: `${field.domId}-error`, hidden: true });
}

function lintArea(field: FieldView): HTMLElement {
  return h(
    "div",
    { class: "lint", id: `${field.domId}-lint` },
    h("p", { class: "lint-status", id: `${field.domId}-lint-status`, "aria-live": "polite" }),
    h("div", { class: "lint-preview", id: `${field.domId}-lint-preview`, hidden: true }),
  );
}

function renderField(field: FieldView): HTMLElement {
  const wrapper = { id: `${field.domId}-field`, "data-question": field.id, "data-depends-on": field.dependsOn };
  if (field.kind === "radios" || field.kind === "checkboxes") {
    const type = field.kind === "radios" ? "radio" : "checkbox";
    return h(
      "fieldset",
      {
        ...wrapper,
        class: `field group ${field.kind}`,
        role: field.kind === "radios" ? "radiogroup" : undefined,
        "aria-required": field.kind === "radios" && field.required ? "true" : undefined,
        "aria-describedby": hintId(field),
      },
      h("legend", {}, field.label, requiredMark(field)),
      hint(field),
      errorSlot(field),
      h(
        "div",
        { class: "options" },
        ...field.options.map((option) =>
          h(
            "div",
            { class: "option" },
            h("input", { type, id: option.domId, name: field.domId, value: option.value }),
            h("label", { for: option.domId }, option.label),
          ),
        ),
      ),
    );
  }
  const common = {
    id: field.domId,
    name: field.domId,
    "aria-describedby": hintId(field),
    "aria-required": field.required ? "true" : undefined,
  };
  const control =
    field.kind === "textarea"
      ? h("textarea", { ...common, rows: 3, spellcheck: "true" })
      : h("input", {
          ...common,
          type: field.kind === "date" ? "date" : "text",
          inputmode: field.inputMode,
          autocomplete: "off",
        });
  return h(
    "div",
    { ...wrapper, class: `field ${field.kind}` },
    h("label", { for: field.domId }, field.label, requiredMark(field)),
    hint(field),
    errorSlot(field),
    control,
    field.lint ? lintArea(field) : undefined,
  );
}

function renderSection(section: SectionView, after?: Node): HTMLElement {
  const helpId = section.help ? `${section.domId}-help` : undefined;
  return h(
    "fieldset",
    { class: "section", id: section.domId, "aria-describedby": helpId },
    h("legend", {}, h("h3", {}, section.title)),
    section.help ? h("p", { class: "hint", id: helpId }, section.help) : undefined,
    ...section.fields.map(renderField),
    after,
  );
}

/**
 * The form for a view: its error summary, a fieldset per section (with `extras` for a section
 * appended inside it, such as the due dates), and the export button, JSON and status.
 */
export function renderForm(view: FormView, noun: string, extras: ReadonlyMap<string, Node> = new Map()): HTMLElement {
  const p = view.prefix;
  return h(
    "form",
    { id: `${p}-form`, novalidate: true, "aria-labelledby": `${p}-title` },
    h("h2", { id: `${p}-title` }, view.title),
    view.description ? h("p", { class: "lede" }, view.description) : undefined,
    h(
      "div",
      // Focused on a failed export, so a screen reader reads the heading and the list at once.
      { class: "error-summary", id: `${p}-errors`, tabindex: -1, hidden: true },
      h("h3", { id: `${p}-errors-title`, class: "error-summary-title" }, "There is a problem"),
      h("ul", {}),
    ),
    ...view.sections.map((section) => renderSection(section, extras.get(section.id))),
    h("div", { class: "actions" }, h("button", { type: "submit" }, `Export ${noun} as JSON`)),
    h("output", { id: `${p}-export-status`, for: `${p}-form`, "aria-live": "polite" }),
    // A named region that takes focus, so keyboard users can scroll a long record.
    h("pre", {
      id: `${p}-json`,
      class: "export",
      hidden: true,
      tabindex: 0,
      role: "region",
      "aria-label": `Exported ${noun} (JSON)`,
    }),
  );
}

/** What the page holds for each question of a view. */
export function readRaw(view: FormView): Map<string, RawValue> {
  const raws = new Map<string, RawValue>();
  for (const field of view.sections.flatMap((s) => s.fields)) {
    if (field.kind === "radios" || field.kind === "checkboxes") {
      const checked = field.options.filter((o) => (byId(o.domId) as HTMLInputElement | null)?.checked);
      raws.set(field.id, field.kind === "radios" ? (checked[0]?.value ?? "") : checked.map((o) => o.value));
    } else {
      raws.set(field.id, (byId(field.domId) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? "");
    }
  }
  return raws;
}

/** Put values back on the page (after the form is rebuilt in other words). */
export function writeRaw(view: FormView, raws: ReadonlyMap<string, RawValue>): void {
  for (const field of view.sections.flatMap((s) => s.fields)) {
    const raw = raws.get(field.id);
    if (raw === undefined) continue;
    if (field.kind === "radios" || field.kind === "checkboxes") {
      const values = typeof raw === "string" ? [raw] : raw;
      for (const o of field.options) (byId(o.domId) as HTMLInputElement).checked = values.includes(o.value);
    } else {
      (byId(field.domId) as HTMLInputElement | HTMLTextAreaElement).value = typeof raw === "string" ? raw : "";
    }
  }
}

/** Show only the questions that apply. */
export function showFields(view: FormView, shown: ReadonlySet<string>): void {
  for (const field of view.sections.flatMap((s) => s.fields)) {
    const wrapper = byId(`${field.domId}-field`);
    if (wrapper) wrapper.hidden = !shown.has(field.id);
  }
}

/** Show a field's problems next to it (or clear them), and mark its inputs invalid. */
export function showFieldProblems(field: FieldView, problems: readonly Problem[]): void {
  const slot = byId(`${field.domId}-error`);
  if (!slot) return;
  slot.hidden = problems.length === 0;
  slot.replaceChildren(
    ...problems.map((problem) =>
      h("span", {}, h("span", { class: "visually-hidden" }, "Error: "), problemSentence(problem)),
    ),
  );
  const grouped = field.kind === "radios" || field.kind === "checkboxes";
  const describing = describedBy(hintId(field), problems.length > 0 && slot.id);
  const inputs = grouped ? field.options.map((o) => byId(o.domId)) : [byId(field.domId)];
  for (const input of inputs) {
    if (!input) continue;
    input.setAttribute("aria-invalid", problems.length ? "true" : "false");
    if (!grouped) {
      if (describing) input.setAttribute("aria-describedby", describing);
      else input.removeAttribute("aria-describedby");
    }
  }
  if (grouped) {
    const group = byId(`${field.domId}-field`)!;
    if (describing) group.setAttribute("aria-describedby", describing);
    else group.removeAttribute("aria-describedby");
  }
  byId(`${field.domId}-field`)?.classList.toggle("has-error", problems.length > 0);
}

/** Fill the error summary at the top of a form with links to each problem's question; hide it when there are none. */
export function showErrorSummary(
  view: FormView,
  placed: readonly { field?: FieldView | undefined; problem: Problem }[],
): HTMLElement {
  const summary = byId(`${view.prefix}-errors`)!;
  summary.hidden = placed.length === 0;
  summary.querySelector("ul")!.replaceChildren(
    ...placed.map(({ field, problem }) => {
      const text = problemSentence(problem);
      if (!field) return h("li", {}, text);
      const link = h("a", { href: `#${field.domId}` }, text);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const target = byId(field.domId);
        target?.focus();
        target?.scrollIntoView({ block: "center" });
      });
      return h("li", {}, link);
    }),
  );
  return summary;
}

/** Mirror a text box's text under it, with each finding marked, focusable, and explained in a tooltip. */
export function showLint(field: FieldView, text: string, findings: readonly Finding[]): void {
  const status = byId(`${field.domId}-lint-status`);
  const preview = byId(`${field.domId}-lint-preview`);
  if (!status || !preview) return;
  status.textContent = text.trim() === "" ? "" : findingsSummary(findings.length);
  preview.hidden = findings.length === 0;
  let n = 0;
  preview.replaceChildren(
    ...(findings.length === 0 ? [] : markSegments(text, findings)).map((segment) => {
      if (segment.findings.length === 0) return document.createTextNode(segment.text);
      const tipId = `${field.domId}-tip-${n++}`;
      const severity = segment.findings.some((f) => f.severity === "error")
        ? "error"
        : segment.findings.some((f) => f.severity === "warning")
          ? "warning"
          : "info";
      const mark = h(
        "mark",
        {
          class: `lint-mark ${severity}`,
          tabindex: 0,
          "aria-describedby": tipId,
          "data-rule-id": segment.findings.map((f) => f.ruleId).join(" "),
        },
        segment.text,
      );
      const tip = h(
        "span",
        { class: "lint-tip", role: "tooltip", id: tipId },
        ...segment.findings.map((finding) => {
          const { message, suggestions } = findingTip(finding);
          return h(
            "span",
            { class: "lint-finding" },
            h("span", { class: "lint-message" }, message),
            suggestions.length
              ? h(
                  "span",
                  { class: "lint-suggestion" },
                  "Try: ",
                  ...suggestions.flatMap((s, i) => [i ? " or " : "", h("q", {}, s)]),
                )
              : undefined,
          );
        }),
      );
      const hit = h("span", { class: "lint-hit" }, mark, tip);
      // Escape hides the tooltip without moving focus (WCAG 1.4.13: content on hover or focus is dismissable).
      mark.addEventListener("keydown", (event) => {
        if (event.key === "Escape") hit.classList.add("dismissed");
      });
      mark.addEventListener("blur", () => hit.classList.remove("dismissed"));
      hit.addEventListener("mouseleave", () => hit.classList.remove("dismissed"));
      return hit;
    }),
  );
}

/** The due-dates panel of the complaint form: filled by {@link showDueDates}. */
export function renderDueDates(prefix: string): HTMLElement {
  return h(
    "section",
    { class: "due-dates", id: `${prefix}-due`, "aria-labelledby": `${prefix}-due-title` },
    h("h4", { id: `${prefix}-due-title` }, "Statutory due dates"),
    h(
      "p",
      { class: "hint" },
      "Counted in working days (not weekends, Christmas Day, Boxing Day, Good Friday or bank holidays in England and Wales) after the day the clock starts, under the Children Act 1989 representations procedure.",
    ),
    h("p", { id: `${prefix}-due-status`, "aria-live": "polite" }),
    h(
      "table",
      { hidden: true },
      h("caption", { class: "visually-hidden" }, "Statutory due dates"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Step", "Due by", "Counted from", "Working days", "Status"].map((t) => h("th", { scope: "col" }, t)),
        ),
      ),
      h("tbody", {}),
    ),
  );
}

/** Fill the due-dates panel. */
export function showDueDates(prefix: string, dates: readonly DueDate[]): void {
  const panel = byId(`${prefix}-due`);
  if (!panel) return;
  const first = dates[0];
  panel.querySelector(`#${prefix}-due-status`)!.textContent = first
    ? `${first.step} due by ${longDate(first.due)}.`
    : "Enter the date received to see when each stage is due.";
  const table = panel.querySelector("table")!;
  table.hidden = dates.length === 0;
  table.tBodies[0]!.replaceChildren(
    ...dates.map((d) =>
      h(
        "tr",
        { "data-stage": d.stage },
        h("th", { scope: "row" }, d.step, h("span", { class: "rule" }, d.rule)),
        h("td", {}, h("time", { datetime: d.due }, longDate(d.due))),
        h("td", {}, h("time", { datetime: d.from }, longDate(d.from))),
        h("td", {}, String(d.workingDays)),
        h("td", { class: `status ${d.status}` }, statusLabels[d.status], d.done ? ` (${longDate(d.done)})` : undefined),
      ),
    ),
  );
}
