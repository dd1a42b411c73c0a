/**
 * The page end to end: built with Vite, served on a free localhost port, driven in Chromium through
 * playwright-core: `CHROMIUM_PATH`, the system's Chromium, else the one inside the `@sparticuz/chromium`
 * devDependency (`test/chromium.ts`); never a browser downloaded at test time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { safeParseComplaint, stageDeadline } from "@st/complaints-proforma";
import { lint } from "@st/language-lint";
import { safeValidateCompletedChecklists } from "@st/practice-checklist";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findChromium } from "./chromium.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const screenshots = join(root, "test", ".screenshots");
// The flags the machine's environment notes give: without the background-networking ones Chromium
// keeps trying to reach Google's hosts, which this sandbox's closed network refuses.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let outDir: string;
let server: PreviewServer;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the page made, and everything it logged as an error: both must stay empty of surprises. */
let requests: string[];
let errors: string[];

beforeAll(async () => {
  // A failure, not a skip: `npm ci` installs a browser, so a missing one is a broken machine.
  const { executablePath, source } = await findChromium();
  outDir = mkdtempSync(join(tmpdir(), "st-web-form-"));
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  server = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the Vite preview server did not report its address");
  base = url;
  mkdirSync(screenshots, { recursive: true });
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  } catch (error) {
    const hint =
      source === "bundled"
        ? " The bundled Chromium needs the system's NSS libraries (Debian: apt-get install libnss3)."
        : "";
    throw new Error(`Chromium (${source}, ${executablePath}) did not start.${hint}`, { cause: error });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  requests = [];
  errors = [];
  context = await browser.newContext({
    acceptDownloads: true,
    locale: "en-GB",
    viewport: { width: 1000, height: 900 },
  });
  page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(base);
  await page.locator("#cp-form").waitFor();
});

afterEach(async () => {
  await context?.close();
  // No network calls: every request stays on the page's own origin (blob: downloads are in memory).
  expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith("blob:"))).toEqual([]);
  expect(errors).toEqual([]);
});

/** The wrapper (div or fieldset) of a question, by form prefix and question id. */
const field = (prefix: string, id: string) => page.locator(`[id="${prefix}-${id}-field"]`);
const byId = (id: string) => page.locator(`[id="${id}"]`);

describe("the complaints proforma", () => {
  it("shows due dates and follow-up questions, reports a problem next to its field, and exports a valid record", async () => {
    const form = page.locator("#cp-form");
    await form.getByLabel("Complaint reference").fill("HK-0042");
    await form.getByLabel("Borough").fill("E09000012");

    // Due dates appear once the received date is entered: 10 working days, skipping Christmas.
    const dueRow = page.locator('#cp-due tr[data-stage="1"]');
    expect(await dueRow.count()).toBe(0);
    await form.getByLabel("Date received").fill("2025-12-19");
    await dueRow.waitFor();
    expect(await dueRow.locator("time").first().getAttribute("datetime")).toBe(stageDeadline(1, "2025-12-19").due);
    expect(await dueRow.locator("time").first().textContent()).toBe("Wednesday 7 January 2026");

    await field("cp", "complaint.complainantRole").getByLabel("The perpetrator", { exact: true }).check();
    await field("cp", "complaint.status").getByLabel("Open", { exact: true }).check();

    // A conditional question appears only when its condition holds.
    const stage = field("cp", "investigation.stageReached");
    expect(await stage.isHidden()).toBe(true);
    await field("cp", "investigation.investigated").getByLabel("Yes", { exact: true }).check();
    await stage.waitFor({ state: "visible" });
    await field("cp", "investigation.investigated").getByLabel("No", { exact: true }).check();
    await stage.waitFor({ state: "hidden" });
    await field("cp", "investigation.investigated").getByLabel("Yes", { exact: true }).check();
    await stage.waitFor({ state: "visible" });

    // A problem shows as the person types, next to the field, with the question's label, and goes when fixed.
    const emails = form.getByLabel("Number of emails from the complainer?", { exact: true });
    const emailsError = byId("cp-process.emails-error");
    await emails.fill("-2");
    await emailsError.waitFor({ state: "visible" });
    expect(await emailsError.textContent()).toContain("“Number of emails from the complainer?” cannot be negative");
    expect(await emails.getAttribute("aria-invalid")).toBe("true");
    expect((await emails.getAttribute("aria-describedby"))?.split(" ")).toContain("cp-process.emails-error");
    await emails.fill("23");
    await emailsError.waitFor({ state: "hidden" });
    expect(await emails.getAttribute("aria-invalid")).toBe("false");

    // Exporting with a follow-up unanswered lists the problem and moves focus to the list.
    const exportButton = page.getByRole("button", { name: "Export complaint as JSON" });
    await exportButton.click();
    const summary = byId("cp-errors");
    await summary.waitFor({ state: "visible" });
    expect(await summary.textContent()).toContain("“If Y, what stage did it get to?” needs an answer");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cp-errors");
    expect(await field("cp", "investigation.stageReached").locator(".error").textContent()).toContain(
      "needs an answer",
    );
    // The summary links to the question.
    await summary.getByRole("link").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cp-investigation.stageReached");
    await stage.getByLabel("2", { exact: true }).check();
    await summary.waitFor({ state: "hidden" });

    const [download] = await Promise.all([page.waitForEvent("download"), exportButton.click()]);
    const shown = await byId("cp-json").textContent();
    const exported = JSON.parse(shown ?? "");
    const checked = safeParseComplaint(exported);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(exported).toMatchObject({
      schemaVersion: 2,
      complaint: { reference: "HK-0042", borough: "E09000012", received: "2025-12-19", status: "open" },
      investigation: { investigated: "yes", stageReached: 2 },
      process: { emails: 23 },
    });
    expect(download.suggestedFilename()).toBe("complaint-HK-0042.json");
    expect(readFileSync((await download.path())!, "utf8")).toBe(shown);
    expect(await byId("cp-export-status").textContent()).toContain("Exported and downloaded complaint-HK-0042.json");

    await page.screenshot({ path: join(screenshots, "complaint.png") });
    await page.locator("#cp-due").screenshot({ path: join(screenshots, "due-dates.png") });
  });

  it("underlines mutualising wording as it is typed, with the suggestion on hover and on keyboard focus", async () => {
    const text = "The parents have a volatile relationship and argue in front of the children.";
    const [first] = lint(text);
    expect(first?.excerpt).toBe("volatile relationship");

    const box = page.locator("#cp-form").getByLabel("What are the learnings for practice from this case?");
    await box.pressSequentially(text);
    const mark = byId("cp-learnings.forPractice-lint-preview").locator("mark").first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(first!.excerpt);
    expect(await byId("cp-learnings.forPractice-lint-status").textContent()).toContain("2 phrases to check");
    // The preview mirrors the text exactly.
    expect(await byId("cp-learnings.forPractice-lint-preview").innerText()).not.toContain("undefined");

    const tip = byId((await mark.getAttribute("aria-describedby"))!);
    expect(await tip.getAttribute("role")).toBe("tooltip");
    expect(await tip.isVisible()).toBe(false);
    expect(await tip.textContent()).toContain(first!.suggestions[0]);

    await mark.hover();
    await tip.waitFor({ state: "visible" });
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: "hidden" });

    // Keyboard: Tab from the text box reaches the first finding, which shows its suggestion; Escape hides it.
    await box.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(first!.excerpt);
    await tip.waitFor({ state: "visible" });
    await page.screenshot({ path: join(screenshots, "lint.png") });
    await page.keyboard.press("Escape");
    await tip.waitFor({ state: "hidden" });

    // Fixing the wording clears the finding.
    await box.fill("Mr B shouted at Ms A in front of the children.");
    await byId("cp-learnings.forPractice-lint-preview").waitFor({ state: "hidden" });
    expect(await byId("cp-learnings.forPractice-lint-status").textContent()).toBe("No wording to check.");
  });
});

describe("the practice checklist", () => {
  it("exports a completed checklist that the package's schema accepts", async () => {
    const form = page.locator("#cl-form");
    await form.getByLabel("Case id (pseudonymised)").fill("case-017");
    await field("cl", "reviewer.role").getByLabel("Quality assurance auditor", { exact: true }).check();
    await field("cl", "use").getByLabel("Audit", { exact: true }).check();
    await form.getByLabel("Date of review").fill("2026-03-02");
    await field("cl", "answers.pattern-beyond-incident.answer").getByLabel("Partly", { exact: true }).check();
    await form.getByLabel("1.1 evidence note", { exact: true }).fill("Chronology lists call-outs only.");
    await field("cl", "answers.pattern-beyond-incident.foundIn").getByLabel("Chronology", { exact: true }).check();

    await page.getByRole("button", { name: "Export checklist as JSON" }).click();
    await byId("cl-json").waitFor();
    const exported = JSON.parse((await byId("cl-json").textContent()) ?? "");
    const checked = safeValidateCompletedChecklists(exported);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(exported).toMatchObject({
      schemaVersion: 1,
      caseId: "case-017",
      reviewer: { role: "qa-auditor" },
      answers: [
        { item: "pattern-beyond-incident", answer: "partly", foundIn: ["chronology"], note: expect.any(String) },
      ],
    });
  });

  it("names a missing answer by its label before export", async () => {
    await page.getByRole("button", { name: "Export checklist as JSON" }).click();
    const summary = byId("cl-errors");
    await summary.waitFor({ state: "visible" });
    const text = await summary.textContent();
    expect(text).toContain("“Case id (pseudonymised)”");
    expect(text).toContain("“Date of review”");
    expect(text).not.toMatch(/invalid_|undefined|\[object/);
  });
});

describe("the page", () => {
  it("ties every control to a label, every group to a legend, and every description to an element", async () => {
    const report = await page.evaluate(() => {
      const controls = [...document.querySelectorAll("input, select, textarea")] as HTMLInputElement[];
      const describedBy = [...document.querySelectorAll("[aria-describedby]")].flatMap((el) =>
        el.getAttribute("aria-describedby")!.split(" "),
      );
      return {
        controls: controls.length,
        unlabelled: controls.filter((c) => c.labels?.length === 0).map((c) => c.id),
        fieldsetsWithoutLegend: [...document.querySelectorAll("fieldset")]
          .filter((f) => f.firstElementChild?.tagName !== "LEGEND")
          .map((f) => f.id),
        dangling: describedBy.filter((id) => !document.getElementById(id)),
        ids: document.querySelectorAll("[id]").length,
        uniqueIds: new Set([...document.querySelectorAll("[id]")].map((e) => e.id)).size,
      };
    });
    expect(report.controls).toBeGreaterThan(300);
    expect(report.unlabelled).toEqual([]);
    expect(report.fieldsetsWithoutLegend).toEqual([]);
    expect(report.dangling).toEqual([]);
    expect(report.uniqueIds).toBe(report.ids);
  });

  it("switches terminology without losing answers", async () => {
    const form = page.locator("#cp-form");
    await form.getByLabel("Complaint reference").fill("NW-7");
    await page.getByLabel("Words used for the person who harms").selectOption("person-who-uses-harm");
    await field("cp", "complaint.complainantRole").getByLabel("The person who uses harm", { exact: true }).waitFor();
    expect(await form.getByLabel("Complaint reference").inputValue()).toBe("NW-7");
  });

  it("is usable from the keyboard alone: skip link, typing, and radio groups with Space and the arrow keys", async () => {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the complaints proforma");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cp-complaint.reference");
    await page.keyboard.type("BD-3");
    expect(await byId("cp-complaint.reference").inputValue()).toBe("BD-3");

    await byId("cp-complaint.complainantRole").focus();
    await page.keyboard.press("Space");
    expect(await byId("cp-complaint.complainantRole").isChecked()).toBe(true);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    // "Someone else" reveals its follow-up, which the next Tab reaches.
    await field("cp", "complaint.complainantOther").waitFor({ state: "visible" });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cp-complaint.complainantOther");
    expect(await byId("announcer").textContent()).toContain("If someone else, who?");
  });
});
