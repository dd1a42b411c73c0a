import { createDeflateRaw } from "node:zlib";
import { type ReviewRound, writeReviewRound } from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";

/**
 * The hostile inputs, generated small and in memory so the suite needs no large committed files:
 * each is a function of nothing, returning the bytes or text of one file.
 */

/** A valid case list (CSV) with six cases, enough for `st review sample` to draw from. */
export const caseList = `caseId,workerId,closedDate,daFactor,workerTrained,consultation
T1,W1,2024-04-03,Y,Y,Y
T2,W1,2024-04-19,Y,Y,Y
U1,W5,2024-04-01,Y,N,N
U2,W6,2024-05-15,Y,N,N
`;

/** The same case list with one id written in Latin-1 ("Zoé" as the single byte 0xE9), not UTF-8. */
export function latin1CaseList(): Uint8Array {
  return Buffer.concat([Buffer.from(`${caseList}Zo`), Buffer.from([0xe9]), Buffer.from(",W7,2024-05-01,Y,N,N\n")]);
}

/** Complaint records in CSV whose second line holds a byte that is no UTF-8 at all. */
export function brokenUtf8Csv(): Uint8Array {
  return Buffer.concat([Buffer.from("reference,received\nC-1,2025-01-01\nC-"), Buffer.from([0xff, 0xfe, 0x41])]);
}

/** One demo round, with its id (and its first case's id) replaced, as JSON. */
export function roundJson(change: (round: ReviewRound) => void = () => {}): string {
  const round = structuredClone(demoRounds()[0]!);
  change(round);
  return `${JSON.stringify(writeReviewRound(round), null, 2)}\n`;
}

/** A round as `st review start` would write it, already filled in by reviewers (what must not be lost). */
export const filledRound = roundJson();

/** A zip whose one part is `mb` megabytes of zeros, deflated into about a thousandth of that: a zip bomb. */
export async function zipBomb(mb = 300): Promise<Uint8Array> {
  const size = mb * 1024 * 1024;
  // Deflated a megabyte at a time, so making the bomb never holds what it unpacks to.
  const deflate = createDeflateRaw();
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mb; i++) if (!deflate.write(zeros)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await done;
  const data = Buffer.concat(chunks);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

/**
 * A census file that breaks off: a closing tag that closes nothing open, on line 3. Its header is
 * whole (authority and year), so the break is its one problem: a file read once may find a missing
 * header before a break that comes later.
 */
export const brokenCensus = `<?xml version="1.0" encoding="UTF-8"?>
<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>204</LEA></Source></Header><Children>
  <Child></Children></Message>
`;
