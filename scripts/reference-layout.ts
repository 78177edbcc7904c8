/**
 * The reference template of TEMPLATE.md ("what the bundled sample workbook uses"), written down
 * independently of the rule set so that the sample also tests layout detection:
 * row 1 title, row 2 categories, row 3 indicators, row 4 field headers, row 5 考核分值 (weights),
 * managers from row 6 with 区域 (merged down per region), 客户经理, 客户经理类型, then the fields.
 */

export type FieldKind = "count" | "rate" | "money" | "list" | "points" | "text";

export interface ReferenceField {
  id: string;
  header: string;
  kind: FieldKind;
}

export interface ReferenceIndicator {
  header: string;
  /** Blank for the bonus items outside the 100. */
  weight: number | null;
  fields: ReferenceField[];
}

export interface ReferenceCategory {
  header: string;
  indicators: ReferenceIndicator[];
}

const f = (id: string, header: string, kind: FieldKind): ReferenceField => ({ id, header, kind });

export const SHEET_NAME = "考核表";
export const TITLE = "萧山分公司2014年5月网格客户经理统一考核表";
/** Rows 2–5 of columns A–C: 区域, 考核项目 over 客户经理, 客户经理类型; 考核分值 across A5:C5. */
export const LEAD_COLUMNS = ["区域", "客户经理", "客户经理类型"] as const;
export const FIRST_MANAGER_ROW = 6;

export const REFERENCE_LAYOUT: readonly ReferenceCategory[] = [
  {
    header: "政企KPI指标",
    indicators: [
      {
        header: "统付新增或划账收入",
        weight: 10,
        fields: [
          f("payTarget", "目标家数", "count"),
          f("payAccounts", "清单内统付家数", "count"),
          f("payRevenues", "单家收入(元)", "list"),
          f("prepayPrincipal", "划账及虚拟网预缴本金(元)", "money"),
        ],
      },
      { header: "集团产品渗透", weight: 5, fields: [f("gpNetAdds", "净增集团数", "count")] },
      {
        header: "全业务渗透",
        weight: 15,
        fields: [f("accessNetAdds", "综合接入净增", "count"), f("bizNetAdds", "商企净增", "count")],
      },
      {
        header: "集团拓展(新建)",
        weight: 15,
        fields: [
          f("buildTarget", "累计目标", "count"),
          f("buildCumulative", "累计新建", "count"),
          f("buildThisMonth", "当月新建", "count"),
        ],
      },
      {
        header: "成员收集",
        weight: 10,
        fields: [
          f("memberTarget", "目标", "count"),
          f("memberCollected", "累计导入", "count"),
          f("memberAuthenticity", "成员真实性", "rate"),
        ],
      },
    ],
  },
  {
    header: "政企重点工作",
    indicators: [
      {
        header: "4G拍照用户发展(换卡)",
        weight: 5,
        fields: [f("fourGTargetUsers", "目标用户数", "count"), f("fourGCardSwapped", "累计换卡", "count")],
      },
      { header: "4G拍照用户(改套餐)", weight: 5, fields: [f("fourGPlanChanged", "累计改套餐", "count")] },
      {
        header: "存量合约发展",
        weight: 5,
        fields: [f("contractTarget", "目标", "count"), f("contractDone", "完成", "count")],
      },
      {
        header: "百万工作机发展",
        weight: 5,
        fields: [f("workPhoneTarget", "目标", "count"), f("workPhoneNetAdds", "累计净增", "count")],
      },
      {
        header: "高价值用户回流",
        weight: null,
        fields: [
          f("returnGroups", "回流成功集团数", "count"),
          f("idleFortnights", "连续两周无进展次数", "count"),
        ],
      },
    ],
  },
  {
    header: "政企基础工作",
    indicators: [
      {
        header: "服务进驻",
        weight: 5,
        fields: [
          f("presenceWeeksRequired", "应进驻周数", "count"),
          f("presenceWeeksMet", "达标周数", "count"),
          f("unvisitedGroups", "未走访及未续签家数", "count"),
          f("warningTimeliness", "预警处理及时率", "rate"),
          f("warningTimelinessTarget", "及时率目标", "rate"),
        ],
      },
      {
        header: "客户满意度",
        weight: 5,
        fields: [
          f("groupSatisfaction", "集团客户满意度", "rate"),
          f("goldReportRate", "金牌库上报率", "rate"),
        ],
      },
      {
        header: "欠费回收率",
        weight: 5,
        fields: [
          f("vipRecovery", "钻金卡回收率", "rate"),
          f("groupProductRecovery", "集团产品回收率", "rate"),
          f("groupProductAnnualRecovery", "集团产品当年回收率", "rate"),
          f("groupProductPaid", "已缴费用", "money"),
          f("groupProductBilled", "出账收入", "money"),
        ],
      },
    ],
  },
  {
    header: "区域短板",
    indicators: [{ header: "区域短板", weight: 10, fields: [f("regionalScore", "得分", "points")] }],
  },
  {
    header: "考核加扣分项",
    indicators: [
      {
        header: "考核加扣分项",
        weight: null,
        fields: [f("adjustmentPoints", "加扣分", "points"), f("adjustmentReason", "说明", "text")],
      },
    ],
  },
];

/** Every field in column order (the first field column is D). */
export const REFERENCE_FIELDS: readonly ReferenceField[] = REFERENCE_LAYOUT.flatMap((c) =>
  c.indicators.flatMap((i) => i.fields),
);

export const NUMBER_FORMATS: Readonly<Record<FieldKind, string>> = {
  count: "General",
  rate: "0.0%",
  money: "#,##0",
  list: "@",
  points: "General",
  text: "@",
};
