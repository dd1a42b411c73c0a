/**
 * The page: both forms, checked as the person types, with due dates, live wording checks and
 * export. Everything runs in the browser; nothing is sent anywhere.
 * @module
 */
import { toIsoDate } from "@st/core/calendar";
import { formQuestions, resolveWith } from "@st/core/forms";
import { builtInTerminologies, type TerminologyProfile } from "@st/core/practice";
import { createLinter } from "@st/language-lint";
import { dueDates } from "./due-dates.js";
import {
  type FieldView,
  type FormView,
  flatRecordFrom,
  formView,
  placeProblems,
  type RawValue,
  shownQuestions,
} from "./form-model.js";
import { checklistForm, complaintForm, type FormCheck, type FormSpec } from "./forms.js";
import {
  readRaw,
  renderDueDates,
  renderForm,
  showDueDates,
  showErrorSummary,
  showFieldProblems,
  showFields,
  showLint,
  writeRaw,
} from "./render.js";

const linter = createLinter();

/** One form on the page and what the person has done with it. */
class FormController {
  view!: FormView;
  /** Questions the person has answered or left: only their problems show before an export. */
  readonly touched = new Set<string>();
  /** After a failed export every problem shows, and the summary follows the answers. */
  showAll = false;
  private shown: ReadonlySet<string> = new Set();

  constructor(
    readonly spec: FormSpec,
    readonly host: HTMLElement,
    private terminology: TerminologyProfile,
  ) {}

  private get fields(): FieldView[] {
    return this.view.sections.flatMap((s) => s.fields);
  }

  /** Build (or rebuild, in other words) the form, keeping what was on the page. */
  render(terminology: TerminologyProfile = this.terminology): void {
    const raws = this.view ? readRaw(this.view) : new Map<string, RawValue>();
    this.terminology = terminology;
    this.view = formView(this.spec.definition, resolveWith(terminology), this.spec.prefix);
    const extras = new Map<string, Node>();
    if (this.spec === complaintForm) extras.set("complaint", renderDueDates(this.spec.prefix));
    const form = renderForm(this.view, this.spec.noun, extras);
    form.addEventListener("input", (event) => this.onEdit(event));
    form.addEventListener("change", (event) => this.onEdit(event));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.export();
    });
    this.host.replaceChildren(form);
    this.linted.clear();
    writeRaw(this.view, raws);
    for (const field of this.fields) if (field.lint) this.lint(field);
    this.update();
  }

  private fieldOf(target: EventTarget | null): FieldView | undefined {
    const wrapper = (target as Element | null)?.closest?.("[data-question]");
    const id = wrapper?.getAttribute("data-question");
    return this.fields.find((f) => f.id === id);
  }

  private onEdit(event: Event): void {
    const field = this.fieldOf(event.target);
    if (!field) return;
    // Problems show as soon as a question has been answered: validation as the person types.
    this.touched.add(field.id);
    if (field.lint) this.lint(field);
    this.update();
  }

  /** The text each box was last checked with. */
  private readonly linted = new Map<string, string>();

  private lint(field: FieldView): void {
    const text = (document.getElementById(field.domId) as HTMLTextAreaElement).value;
    // Leaving a box fires "change" too: redrawing then would take focus away from a finding being tabbed to.
    if (this.linted.get(field.domId) === text) return;
    this.linted.set(field.domId, text);
    showLint(field, text, text.trim() === "" ? [] : linter.lint(text));
  }

  /** Check the record the page makes and show what applies, the problems and the due dates. */
  update(): FormCheck {
    const raws = readRaw(this.view);
    const shown = shownQuestions(this.spec.definition, raws);
    const revealed = [...shown].filter((id) => !this.shown.has(id) && this.shown.size > 0);
    this.shown = shown;
    showFields(this.view, shown);
    const flat = flatRecordFrom(this.spec.definition, raws);
    const check = this.spec.check(flat, this.terminology);
    const placed = placeProblems(this.spec.definition, check.ok ? [] : check.problems, resolveWith(this.terminology));
    for (const field of this.fields) {
      const visible = shown.has(field.id) && (this.showAll || this.touched.has(field.id));
      showFieldProblems(field, visible ? (placed.byField.get(field.id) ?? []) : []);
    }
    if (this.showAll) this.summarise(check);
    if (this.spec === complaintForm) showDueDates(this.spec.prefix, dueDates(flat, toIsoDate(new Date())));
    this.announce(revealed);
    return check;
  }

  /** Tell screen-reader users that a follow-up question has appeared after the one they answered. */
  private announce(revealed: readonly string[]): void {
    const labels = revealed.map((id) => this.fields.find((f) => f.id === id)?.label).filter(Boolean);
    const status = document.getElementById("announcer");
    if (status && labels.length) status.textContent = `New question: ${labels.join("; ")}`;
  }

  private summarise(check: FormCheck): HTMLElement {
    const problems = check.ok ? [] : check.problems;
    const byPath = placeProblems(this.spec.definition, problems, resolveWith(this.terminology));
    const order = formQuestions(this.spec.definition).map((q) => q.id);
    const items = [
      ...order.flatMap((id) =>
        (byPath.byField.get(id) ?? []).map((problem) => ({ field: this.fields.find((f) => f.id === id), problem })),
      ),
      ...byPath.unplaced.map((problem) => ({ field: undefined, problem })),
    ];
    return showErrorSummary(this.view, items);
  }

  /** Check everything; on success show the stored record as JSON and download it, otherwise list every problem. */
  export(): void {
    this.showAll = true;
    const check = this.update();
    const status = document.getElementById(`${this.spec.prefix}-export-status`)!;
    const json = document.getElementById(`${this.spec.prefix}-json`)!;
    if (!check.ok) {
      status.textContent = `Not exported: ${check.problems.length} ${check.problems.length === 1 ? "problem" : "problems"} to fix.`;
      json.hidden = true;
      this.summarise(check).focus();
      return;
    }
    const text = `${JSON.stringify(check.stored, null, 2)}\n`;
    const name = this.spec.fileName(check.stored);
    json.textContent = text;
    json.hidden = false;
    status.textContent = `Exported and downloaded ${name}: it passed every check of the ${this.spec.noun} schema.`;
    download(name, text);
  }
}

/** Save text as a file, from memory: a blob URL, no request to any server. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function start(): void {
  const choose = document.getElementById("terminology") as HTMLSelectElement;
  choose.replaceChildren(...Object.values(builtInTerminologies).map((profile) => new Option(profile.name, profile.id)));
  const profile = () =>
    Object.values(builtInTerminologies).find((p) => p.id === choose.value) ?? builtInTerminologies.default;
  const controllers = [
    new FormController(complaintForm, document.getElementById("complaint")!, profile()),
    new FormController(checklistForm, document.getElementById("checklist")!, profile()),
  ];
  for (const controller of controllers) controller.render();
  choose.addEventListener("change", () => {
    for (const controller of controllers) controller.render(profile());
  });
}

start();
