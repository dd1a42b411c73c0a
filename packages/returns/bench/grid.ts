import { demoComplaints } from "@st/complaints-proforma/demo";
import { type QuarterId, quarterOf, quartersBetween } from "@st/core/calendar";
import { partnershipBoroughs } from "@st/core/places";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoRounds } from "@st/learning-review/demo";
import { demoChecklists } from "@st/practice-checklist/demo";
import { buildReturn, type PartnershipReturn } from "@st/returns";

const sha = (n: number) => n.toString(16).padStart(64, "0");

/**
 * Six boroughs by eight quarters (2024-Q1 to 2025-Q4) of returns built from the packages' demo
 * data: indicators where published, the complaints register, checklist audits and review rounds
 * where the demo has them.
 */
export async function gridReturns(): Promise<PartnershipReturn[]> {
  const published = publishedPartnershipReturns();
  const complaints = demoComplaints();
  const checklists = demoChecklists();
  const rounds = demoRounds();
  const quarters: QuarterId[] = quartersBetween("2024-Q1", "2025-Q4");
  const returns: PartnershipReturn[] = [];
  for (const { code } of partnershipBoroughs)
    for (const quarter of quarters) {
      const round = rounds.find((r) => r.borough === code && quarterOf(r.period.from) === quarter);
      returns.push(
        await buildReturn({
          borough: code,
          quarter,
          secret: "bench-secret-synthetic-only-0001",
          indicators: {
            table: { ...published, series: published.series.filter((p) => p.borough === code) },
            sources: [{ kind: "indicator-table", name: "indicators.json", sha256: sha(1) }],
          },
          complaints: {
            records: complaints.filter((c) => c.complaint.borough === code),
            source: { kind: "complaints", name: "complaints.json", sha256: sha(2) },
          },
          checklists: [
            {
              records: checklists.filter((c) => c.borough === code),
              source: { kind: "checklists", name: "checklists.json", sha256: sha(3) },
            },
          ],
          ...(round
            ? { review: { round, source: { kind: "learning-review", name: "round.json", sha256: sha(4) } } }
            : {}),
        }),
      );
    }
  return returns;
}
