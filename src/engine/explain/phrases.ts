/** The words of explanations, per locale (zh-CN first). Pure functions of already-formatted text. */
import type { FieldType, InputProblem, Locale } from "../types";

export interface Phrases {
  header(name: string, weight: string, bonus: boolean): string;
  scoreSuffix(score: string): string;
  notScored: string;
  inputs: string;
  sep: string;
  blank: string;
  noColumn: string;
  percentPoints(shown: string): string;
  atLeast: string;
  below: string;
  and: string;
  fixed(points: string): string;
  proportional(full: string, label: string): string;
  interpolated(points: string): string;
  steps(
    dirAbove: boolean,
    anchor: string,
    step: string,
    points: string,
    whole: boolean,
    count: string,
  ): string;
  targetZero(label: string, full: string): string;
  negativeIgnored(value: string): string;
  coefficient(k: string): string;
  gateZero: string;
  branch(cond: string, held: boolean): string;
  capped(expr: string, after: string, max: boolean): string;
  excepted(cond: string): string;
  manualEntered(points: string, lo: string, hi: string): string;
  manualPending: string;
  manualZero: string;
  pendingReason: string;
  firstPresent(missing: string, used: string): string;
  score: string;
  lost(points: string, reasons: string): string;
  /** The points one cause cost, after its text. */
  cost(points: string): string;
  /** Between the causes of one loss. */
  causeSep: string;
  withCoefficient(reason: string, k: string): string;
  stepsCause(
    subject: string,
    above: boolean,
    anchor: string,
    count: string,
    step: string,
    points: string,
  ): string;
  manualBelow(entered: string, max: string): string;
  partPoints(label: string, points: string): string;
  partsBelow(list: string, total: string, weight: string): string;
  perUnitBelow(
    label: string,
    count: string,
    each: string,
    earned: string,
    weight: string,
    needed: string,
  ): string;
  belowWeight(score: string, weight: string): string;
  notReached(label: string, value: string, edge: string): string;
  pending(cell: string, name: string): string;
  reasonMissing(cell: string, name: string): string;
  problem(name: string, cell: string, p: InputProblem, expected: string): string;
  expected: Record<FieldType, string>;
  codes: Record<InputProblem["code"], string>;
  total(score: string): string;
  provisional(list: string): string;
  incomplete(list: string): string;
  lostList(list: string): string;
  noLoss: string;
  ranks(rank: number, inRegion: number): string;
  listSep: string;
}

const zh: Phrases = {
  header: (name, weight, bonus) => (bonus ? `${name}(加扣分项): ` : `${name}(权重 ${weight} 分): `),
  scoreSuffix: (score) => `${score} 分`,
  notScored: "未评分",
  inputs: "输入: ",
  sep: "; ",
  blank: "空",
  noColumn: "无此列",
  percentPoints: (shown) => `(按百分点读作 ${shown})`,
  atLeast: "≥",
  below: "<",
  and: " 且 ",
  fixed: (points) => `得 ${points} 分`,
  proportional: (full, label) => `按比例得分 ${full} × ${label}`,
  interpolated: (points) => `区间内线性得分(0 → ${points} 分)`,
  steps: (above, anchor, step, points, whole, count) =>
    `${above ? "高于" : "低于"} ${anchor} 每 ${step} 计 ${points} 分(${whole ? "只计整步" : "连续计算"}): ${count} 步`,
  targetZero: (label, full) => `目标为 0: ${label}视为完成, 得满分 ${full} 分(无超额加分)`,
  negativeIgnored: (value) => `净减少(${value})不扣分, 计 0`,
  coefficient: (k) => `系数 ${k}`,
  gateZero: "本项得 0 分",
  branch: (cond, held) => `${cond}? ${held ? "是" : "否"}`,
  capped: (expr, after, max) => `计算值 ${expr}, ${max ? "封顶" : "保底"} ${after}`,
  excepted: (cond) => `${cond}: 不封顶`,
  manualEntered: (points, lo, hi) => `手工录入 ${points} 分(允许 ${lo} ~ ${hi})`,
  manualPending: "未填: 待核定, 暂计 0 分",
  manualZero: "未填: 计 0 分",
  pendingReason: "待核定",
  firstPresent: (missing, used) => `${missing}未填, 改用 ${used}`,
  score: "得分 = ",
  lost: (points, reasons) => `少得 ${points} 分: ${reasons}`,
  cost: (points) => `, 少 ${points} 分`,
  causeSep: "; ",
  withCoefficient: (reason, k) => `${reason}(${k})`,
  stepsCause: (subject, above, anchor, count, step, points) =>
    `${subject}${subject === "" ? "" : " "}${above ? "高于" : "低于"} ${anchor} ${count} 步(每 ${step} 计 ${points} 分)`,
  manualBelow: (entered, max) => `手工录入 ${entered} 分, 满分 ${max} 分`,
  partPoints: (label, points) => `${label} ${points} 分`,
  partsBelow: (list, total, weight) => `${list} 合计 ${total} 分, 未达权重 ${weight} 分`,
  perUnitBelow: (label, count, each, earned, weight, needed) =>
    `${label} ${count}, 每个计 ${each} 分, 得 ${earned} 分; 权重 ${weight} 分需 ${needed} 个`,
  belowWeight: (score, weight) => `得分 ${score} 分, 未达权重 ${weight} 分`,
  notReached: (label, value, edge) => `${label} ${value} 未达 ${edge}`,
  pending: (cell, name) => `${name}${cell}未填: 待核定, 总分为暂定`,
  reasonMissing: (cell, name) => `已录入加扣分但${name}${cell}未填, 请补充原因`,
  problem: (name, cell, p, expected) =>
    `${name}${cell}${p.found === "" ? "" : ` 内容“${p.found}”`}${zh.codes[p.code]}, 应为${expected}`,
  expected: {
    count: "0 或正整数",
    netCount: "整数",
    amount: "0 或正的金额",
    amountList: "一个或多个金额",
    rate: "比率(如 85%)",
    points: "分值",
    text: "文字",
  },
  codes: {
    blank: "未填写",
    notANumber: "不是数字",
    errorValue: "是错误值",
    negative: "为负数",
    notWhole: "不是整数",
    outOfBounds: "超出范围",
    missingColumn: "在表中没有对应列",
    duplicate: "重复",
  },
  total: (score) => `总分 ${score} 分`,
  provisional: (list) => `暂定: ${list}`,
  incomplete: (list) => `不完整(未评分: ${list})`,
  lostList: (list) => `失分(从多到少): ${list}`,
  noLoss: "各项均未失分",
  ranks: (rank, inRegion) => `总排名 ${rank}, 区域排名 ${inRegion}`,
  listSep: ", ",
};

const en: Phrases = {
  header: (name, weight, bonus) => (bonus ? `${name} (bonus item): ` : `${name} (weight ${weight}): `),
  scoreSuffix: (score) => `${score} points`,
  notScored: "not scored",
  inputs: "Inputs: ",
  sep: "; ",
  blank: "blank",
  noColumn: "no column",
  percentPoints: (shown) => `(read as percent points: ${shown})`,
  atLeast: "≥",
  below: "<",
  and: " and ",
  fixed: (points) => `scores ${points}`,
  proportional: (full, label) => `proportional: ${full} × ${label}`,
  interpolated: (points) => `linear across the band (0 → ${points})`,
  steps: (above, anchor, step, points, whole, count) =>
    `${points} per ${step} ${above ? "above" : "below"} ${anchor} (${whole ? "whole steps only" : "continuous"}): ${count} steps`,
  targetZero: (label, full) =>
    `target is 0: the ${label} counts as met, full ${full} points (no over-target bonus)`,
  negativeIgnored: (value) => `net decrease (${value}) is not deducted: counts 0`,
  coefficient: (k) => `coefficient ${k}`,
  gateZero: "the indicator scores 0",
  branch: (cond, held) => `${cond}? ${held ? "yes" : "no"}`,
  capped: (expr, after, max) => `computed ${expr}, ${max ? "capped at" : "raised to"} ${after}`,
  excepted: (cond) => `${cond}: no cap`,
  manualEntered: (points, lo, hi) => `entered by hand: ${points} (allowed ${lo} ~ ${hi})`,
  manualPending: "blank: pending, counts 0 for now",
  manualZero: "blank: counts 0",
  pendingReason: "pending",
  firstPresent: (missing, used) => `${missing} is blank, using ${used}`,
  score: "Score = ",
  lost: (points, reasons) => `${points} points lost: ${reasons}`,
  cost: (points) => `, ${points} lost`,
  causeSep: "; ",
  withCoefficient: (reason, k) => `${reason} (${k})`,
  stepsCause: (subject, above, anchor, count, step, points) =>
    `${subject}${subject === "" ? "" : ": "}${count} steps ${above ? "above" : "below"} ${anchor} (${points} per ${step})`,
  manualBelow: (entered, max) => `entered by hand: ${entered} of ${max}`,
  partPoints: (label, points) => `${label} ${points}`,
  partsBelow: (list, total, weight) => `${list} add up to ${total}, below the weight ${weight}`,
  perUnitBelow: (label, count, each, earned, weight, needed) =>
    `${label} ${count} at ${each} each gives ${earned}; the weight ${weight} takes ${needed}`,
  belowWeight: (score, weight) => `scored ${score}, below the weight ${weight}`,
  notReached: (label, value, edge) => `${label} ${value} below ${edge}`,
  pending: (cell, name) => `${name}${cell} is blank: pending, the total is provisional`,
  reasonMissing: (cell, name) => `points entered without a reason (${name}${cell} is blank): please add it`,
  problem: (name, cell, p, expected) =>
    `${name}${cell}${p.found === "" ? "" : ` holds "${p.found}", which`} ${en.codes[p.code]}; expected ${expected}`,
  expected: {
    count: "a whole number, 0 or more",
    netCount: "a whole number",
    amount: "an amount, 0 or more",
    amountList: "one or more amounts",
    rate: "a rate such as 85%",
    points: "a number of points",
    text: "text",
  },
  codes: {
    blank: "is blank",
    notANumber: "is not a number",
    errorValue: "is an error value",
    negative: "is negative",
    notWhole: "is not a whole number",
    outOfBounds: "is out of range",
    missingColumn: "has no column in the sheet",
    duplicate: "is a duplicate",
  },
  total: (score) => `Total ${score} points`,
  provisional: (list) => `provisional: ${list}`,
  incomplete: (list) => `incomplete (not scored: ${list})`,
  lostList: (list) => `Points lost, largest first: ${list}`,
  noLoss: "no points lost",
  ranks: (rank, inRegion) => `rank ${rank}, rank in region ${inRegion}`,
  listSep: ", ",
};

export const PHRASES: Record<Locale, Phrases> = { "zh-CN": zh, en };
