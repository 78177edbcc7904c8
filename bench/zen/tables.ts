/**
 * The banded rules of the rule book as ZEN first-hit decision tables. Each table reads the measures
 * node's output and writes `bands.<indicator>.<output>`; the first row of every table catches
 * unusable inputs (score null = not scored). Input cells are ZEN unary tests ("" = any value),
 * output cells are expressions.
 */
import { decisionTable, type JdmNode } from "./jdm";

const NOT_SCORED = ["null", '"notScored"'];
const any = "";

/** ready | target | measure → score, band: the shape most target-based rules share. */
function targetTable(
  id: string,
  target: string,
  measure: string,
  rows: ReadonlyArray<readonly string[]>,
): JdmNode {
  return decisionTable(
    id,
    `bands.${id}`,
    { ready: `m.${id}.ready`, target, measure },
    ["score", "band"],
    [["false", any, any, ...NOT_SCORED], ...rows],
  );
}

const unifiedPay = targetTable("unifiedPay", "payTarget", "m.unifiedPay.r", [
  [any, "0", any, "10", '"targetZero"'],
  [any, any, ">= 1", "10 + 5 * (m.unifiedPay.equivalent - payTarget)", '"met"'],
  [any, any, any, "10 * m.unifiedPay.equivalent / payTarget", '"proportional"'],
]);

const groupBuild = decisionTable(
  "groupBuild",
  "bands.groupBuild",
  { ready: "m.groupBuild.ready", target: "buildTarget", r: "m.groupBuild.r", thisMonth: "buildThisMonth" },
  ["score", "band"],
  [
    ["false", any, any, any, ...NOT_SCORED],
    [any, "0", any, any, "15", '"targetZero"'],
    [any, any, ">= 1", any, "15", '"met"'],
    [any, any, "[0.8..1)", any, "15 * buildCumulative / buildTarget", '"proportional"'],
    [any, any, any, ">= 15", "10", '"consolation"'],
    [any, any, any, any, "0", '"below"'],
  ],
);

const memberGate = decisionTable(
  "memberGate",
  "bands.memberGate",
  { ready: "m.memberCollection.ready", authenticity: "memberAuthenticity" },
  ["k", "band"],
  [
    ["false", any, ...NOT_SCORED],
    [any, ">= 0.9", "1", '"full"'],
    [any, "[0.8..0.9)", "memberAuthenticity", '"coefficient"'],
    [any, any, "0", '"gateClosed"'],
  ],
);

const memberBase = targetTable("memberCollection", "memberTarget", "m.memberCollection.r", [
  [any, "0", any, "10", '"targetZero"'],
  [any, any, ">= 1", "10", '"met"'],
  [any, any, "[0.8..1)", "10 * memberCollected / memberTarget", '"proportional"'],
  [any, any, any, "0", '"below"'],
]);

/** 4G rules: p in percent points against a threshold; cap 5 unless the target users reach 100. */
function fourG(id: "fourGCard" | "fourGPlan", threshold: number): JdmNode {
  const raw = `0.5 * (m.${id}.p - ${threshold})`;
  return targetTable(id, "fourGTargetUsers", `m.${id}.p`, [
    [any, "0", any, "5", '"targetZero"'],
    [any, any, `< ${threshold}`, "-5", '"belowThreshold"'],
    [any, ">= 100", any, raw, '"uncapped"'],
    [any, any, any, `min([${raw}, 5])`, '"capped"'],
  ]);
}

const contracts = targetTable("contracts", "contractTarget", "m.contracts.r", [
  [any, "0", any, "5", '"targetZero"'],
  [any, any, ">= 1", "5", '"met"'],
  [any, any, "[0.4..1)", "5 * contractDone / contractTarget", '"proportional"'],
  [any, any, any, "0", '"below"'],
]);

const workPhone = targetTable("workPhone", "workPhoneTarget", "m.workPhone.r", [
  [any, "0", any, "5", '"targetZero"'],
  [any, any, ">= 1", "5", '"met"'],
  [any, any, ">= 0", "5 * workPhoneNetAdds / workPhoneTarget", '"proportional"'],
  [any, any, any, "0", '"negative"'],
]);

/** 服务进驻: the two recovery-rate adjustments of the compliance part. */
const vipRecoveryPart = decisionTable(
  "vipRecoveryPart",
  "bands.vipRecoveryPart",
  { ready: "m.servicePresence.ready", g: "vipRecovery" },
  ["points", "band"],
  [
    ["false", any, ...NOT_SCORED],
    [any, ">= 0.93", "0.5", '"bonus"'],
    [any, "[0.92..0.93)", "-0.1 * (0.93 - vipRecovery) * 100 / 0.2", '"perStep"'],
    [any, any, "-0.5", '"floor"'],
  ],
);

const groupProductRecoveryPart = decisionTable(
  "groupProductRecoveryPart",
  "bands.groupProductRecoveryPart",
  { ready: "m.servicePresence.ready", h: "groupProductRecovery" },
  ["points", "band"],
  [
    ["false", any, ...NOT_SCORED],
    [any, ">= 0.9", "0.5", '"bonus"'],
    [any, "[0.8..0.9)", "-0.1 * (0.9 - groupProductRecovery) * 100 / 2", '"perStep"'],
    [any, any, "-0.5", '"floor"'],
  ],
);

const satisfactionA = decisionTable(
  "satisfactionA",
  "bands.satisfactionA",
  { ready: "m.satisfaction.ready", s: "m.satisfaction.lowest" },
  ["points", "band"],
  [
    ["false", any, ...NOT_SCORED],
    [any, ">= 0.81", "3", '"full"'],
    [any, "[0.78..0.81)", "3 * (m.satisfaction.lowest - 0.78) / 0.03", '"interpolated"'],
    [any, "[0.7..0.78)", "0", '"zero"'],
    [any, any, "-1", '"deduct"'],
  ],
);

const satisfactionB = decisionTable(
  "satisfactionB",
  "bands.satisfactionB",
  { ready: "m.satisfaction.ready", m: "goldReportRate" },
  ["points", "band"],
  [
    ["false", any, ...NOT_SCORED],
    [any, ">= 0.95", "2", '"full"'],
    [any, "[0.85..0.95)", "2 * (goldReportRate - 0.85) / 0.1", '"interpolated"'],
    [any, "[0.75..0.85)", "0", '"zero"'],
    [any, any, "-1", '"deduct"'],
  ],
);

export const tables: readonly JdmNode[] = [
  unifiedPay,
  groupBuild,
  memberGate,
  memberBase,
  fourG("fourGCard", 40),
  fourG("fourGPlan", 30),
  contracts,
  workPhone,
  vipRecoveryPart,
  groupProductRecoveryPart,
  satisfactionA,
  satisfactionB,
];
