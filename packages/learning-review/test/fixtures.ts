/** Hand-made synthetic case lists for the sampler's tests. Every id is invented. */

/**
 * 24 cases of one borough for the review period April to June 2024:
 * - trained and consulted, DA, closed in the period: T01 to T07 (7 cases);
 * - untrained and unconsulted, DA, closed in the period: U01 to U03 (3 cases: a shortfall of 2);
 * - trained but not consulted (M01, M02), untrained but consulted (M03): in no cohort;
 * - outside the population: closed before (X01) or after (X02) the period, still open (X03),
 *   no DA factor (X04, X05);
 * - more trained-consulted cases closed in the next quarter (N01 to N06).
 */
export const caseListCsv = `caseId,workerId,closedDate,daFactor,workerTrained,consultation,outcome,team
T01,W01,2024-04-03,Y,Y,Y,CP plan,North
T02,W01,2024-04-19,Y,Y,Y,CIN plan,North
T03,W02,2024-05-07,Y,Y,Y,NFA,North
T04,W03,2024-05-21,Y,Y,Y,PLO,South
T05,W03,2024-06-02,Y,Y,Y,CP plan,South
T06,W04,2024-06-28,Y,Y,Y,Early help,South
T07,W05,2024-06-30,Y,Y,Y,CIN plan,East
U01,W06,2024-04-01,Y,N,N,NFA,North
U02,W07,2024-05-15,Y,N,N,NFA,South
U03,W07,2024-06-11,Y,N,N,CIN plan,East
M01,W02,2024-05-08,Y,Y,N,NFA,North
M02,W04,2024-05-30,Y,Y,N,CIN plan,South
M03,W06,2024-06-20,Y,N,Y,CP plan,North
X01,W01,2024-03-31,Y,Y,Y,NFA,North
X02,W06,2024-07-01,Y,N,N,NFA,North
X03,W07,,Y,N,N,,South
X04,W02,2024-05-01,N,Y,Y,NFA,North
X05,W06,2024-05-01,N,N,N,NFA,North
N01,W01,2024-07-04,Y,Y,Y,CP plan,North
N02,W02,2024-07-15,Y,Y,Y,NFA,North
N03,W03,2024-08-01,Y,Y,Y,CIN plan,South
N04,W04,2024-08-20,Y,Y,Y,NFA,South
N05,W05,2024-09-09,Y,Y,Y,CP plan,East
N06,W05,2024-09-30,Y,Y,Y,CIN plan,East
`;

/** The review period of {@link caseListCsv}. */
export const period = { from: "2024-04-01", to: "2024-06-30" } as const;

/**
 * A worker trained on 2024-03-01 with cases before and after; another trained with cases after only;
 * a third never trained.
 */
export const trainingCsv = `caseId,workerId,closedDate,daFactor,trainingDate,consultationDates
B01,W10,2023-11-20,Y,2024-03-01,
B02,W10,2024-01-15,Y,2024-03-01,2023-12-01
A01,W10,2024-05-10,Y,2024-03-01,2024-04-02
A02,W10,2024-06-01,Y,2024-03-01,
A03,W11,2024-05-10,Y,2024-02-01,2024-04-20
B03,W12,2024-02-10,Y,,
A04,W12,2024-05-10,Y,,
B04,W13,2023-12-12,Y,2024-04-15,
A05,W13,2024-06-20,Y,2024-04-15,2024-06-01
`;
