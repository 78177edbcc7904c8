/**
 * The rule set `xiaoshan-2014-05`: 萧山分公司 2014年5月 网格客户经理统一考核 (RULES.md, TEMPLATE.md).
 * Plain data: every Reading and Convention of RULES.md is a named parameter, referenced as
 * `{ param: "name" }` by the rules that depend on it.
 */
import { parseRuleSet } from "../ruleset";

const t = (zh: string, en: string) => ({ "zh-CN": zh, en });
const field = (id: string) => ({ kind: "field", field: id });
const zeroIfBlank = (id: string) => ({ kind: "field", field: id, blank: "zero" });
const completion = (actual: object, target: string) => ({
  kind: "ratio",
  of: actual,
  to: field(target),
  zeroTarget: { param: "targetZero" },
  label: t("完成率", "completion rate"),
});
const stepMode = { param: "stepMode" };

/** r ≥ 100% → full; floor ≤ r < 100% → full × r; r < floor → 0. */
const proportionalFromFloor = (actual: string, target: string, full: number, floor: number) => ({
  kind: "banded",
  measure: completion(field(actual), target),
  full,
  bands: [
    { from: 1, score: { type: "fixed", points: full } },
    { from: floor, to: 1, score: { type: "proportional" } },
    { to: floor, score: { type: "fixed", points: 0 } },
  ],
});

/** 4G: p < threshold → shortfall points; p ≥ threshold → 0.5 per pp above; capped at 5 unless U ≥ 100. */
const fourG = (done: string, threshold: number) => ({
  kind: "clamp",
  max: 5,
  unless: {
    measure: field("fourGTargetUsers"),
    op: { param: "fourGCapExceptionComparison" },
    value: { param: "fourGCapExceptionUsers" },
  },
  rule: {
    kind: "banded",
    measure: { ...completion(field(done), "fourGTargetUsers"), label: t("完成比例 p", "share p") },
    full: 5,
    bands: [
      { to: threshold, score: { type: "fixed", points: { param: "fourGShortfallPoints" } } },
      {
        from: threshold,
        score: { type: "perStep", anchor: threshold, step: 0.01, points: 0.5, direction: "above", stepMode },
      },
    ],
  },
});

const equivalentAccounts = {
  kind: "add",
  label: t("等效家数 E", "equivalent accounts E"),
  of: [
    field("payAccounts"),
    { kind: "quotient", field: "payRevenues", per: 50000, mode: "floor" },
    { kind: "quotient", field: "prepayPrincipal", per: 3000, mode: { param: "prepayQuotient" } },
  ],
};

const presencePart = (proportional: boolean) => ({
  kind: "banded",
  measure: {
    kind: "ratio",
    of: field("presenceWeeksMet"),
    to: field("presenceWeeksRequired"),
    zeroTarget: { param: "targetZero" },
    label: t("达标周数占比", "share of weeks met"),
  },
  full: 2,
  bands: [
    { from: 1, score: { type: "fixed", points: 2 } },
    { to: 1, score: proportional ? { type: "proportional" } : { type: "fixed", points: 0 } },
  ],
});

const data = {
  id: "xiaoshan-2014-05",
  month: "2014-05",
  title: t(
    "萧山分公司2014年5月网格客户经理统一考核",
    "Xiaoshan branch, May 2014: grid customer manager scorecard",
  ),
  scoreDecimals: { param: "scoreDecimals" },
  parameters: {
    scoreDecimals: {
      value: 2,
      description: t(
        "每项得分四舍五入(远离零)保留的小数位",
        "decimals of each indicator's score (ROUND half away from zero)",
      ),
    },
    stepMode: {
      value: "continuous",
      options: ["continuous", "whole"],
      description: t(
        "“每增加1pp加0.5分”按连续计算(47.3% → 3.65)或只计整步(→ 3.50)",
        "per-step rules count continuous steps (47.3% → 3.65) or whole steps only (→ 3.50)",
      ),
    },
    prepayQuotient: {
      value: "floor",
      options: ["floor", "exact"],
      description: t(
        "预缴本金每满3000元折1家(取整)或按精确商",
        "prepaid principal: one account per full 3,000 (floor) or the exact quotient",
      ),
    },
    netDecrease: {
      value: "zero",
      options: ["zero", "deduct"],
      description: t("净减少得0分或按负数扣分", "a net decrease scores 0, or is deducted"),
    },
    fourGShortfallPoints: {
      value: -5,
      description: t(
        "4G拍照未达门槛时的得分(“扣罚5分”读作 -5;改为 0 即仅不得分)",
        "4G below its threshold: −5 (a deduction) or 0",
      ),
    },
    fourGCapExceptionUsers: {
      value: 100,
      description: t("4G目标用户数达到此数时不封顶", "4G: no cap from this many target users"),
    },
    fourGCapExceptionComparison: {
      value: ">=",
      options: [">=", "=", ">"],
      description: t(
        "“目标用户数=100人”的比较方式",
        "how the target user count is compared with the threshold",
      ),
    },
    authenticityCoefficient: {
      value: "rate",
      description: t(
        "成员真实性80%~90%时的系数: rate = 真实性本身, 或一个固定数",
        "member authenticity 80–90%: coefficient = the rate itself (rate) or a fixed number",
      ),
    },
    presenceScoring: {
      value: "passFail",
      options: ["passFail", "proportional"],
      description: t(
        "每周进驻: 全部达标得2分否则0分, 或按 2 × 达标周数/应进驻周数",
        "weekly presence: pass/fail, or 2 × weeks met ÷ weeks required",
      ),
    },
    complianceMax: {
      value: 3,
      description: t(
        "服务进驻合规部分上限(加分抵扣减分, 不超过3分)",
        "service presence compliance part: upper bound",
      ),
    },
    satisfactionCombine: {
      value: "min",
      options: ["min", "average"],
      description: t(
        "三项满意度取最低值或平均值",
        "the satisfaction rates present: the lowest, or their average",
      ),
    },
    targetZero: {
      value: "met",
      options: ["met", "notScored"],
      description: t(
        "目标为0时视为完成(满分、无超额加分), 或不评分",
        "a target of 0 counts as met (full points, no bonus), or is not scored",
      ),
    },
    regionalScoreMax: {
      value: 10,
      description: t("区域短板得分上限(权重)", "regional shortfall: the highest score a region may enter"),
    },
    regionalScoreBlank: {
      value: "pending",
      options: ["pending", "zero", "problem"],
      description: t(
        "区域短板未填: 待核定(计0分, 总分暂定)、计0分或视为输入问题",
        "regional score blank: pending (counts 0, total provisional), 0, or an input problem",
      ),
    },
    adjustmentMin: { value: -5, description: t("考核加扣分下限", "adjustment: lowest points") },
    adjustmentMax: { value: 5, description: t("考核加扣分上限", "adjustment: highest points") },
  },
  categories: [
    { id: "kpi", name: t("政企KPI指标", "Enterprise KPIs"), headers: ["政企KPI指标"] },
    { id: "keyWork", name: t("政企重点工作", "Key enterprise work"), headers: ["政企重点工作"] },
    { id: "basics", name: t("政企基础工作", "Enterprise basics"), headers: ["政企基础工作", "政企基础管理"] },
    { id: "regional", name: t("区域短板", "Regional shortfall"), headers: ["区域短板"] },
    { id: "adjustments", name: t("考核加扣分项", "Adjustments"), headers: ["考核加扣分项", "加扣分项"] },
  ],
  indicators: [
    {
      id: "unifiedPay",
      category: "kpi",
      name: t("统付新增或划账收入", "Unified-pay accounts"),
      headers: ["统付新增或划账收入", "通信和信息化收入"],
      weight: 10,
      bonus: false,
      rule: {
        kind: "banded",
        measure: completion(equivalentAccounts, "payTarget"),
        full: 10,
        bands: [
          { to: 1, score: { type: "proportional" } },
          {
            from: 1,
            score: {
              type: "rule",
              rule: {
                kind: "perUnit",
                base: 10,
                points: 5,
                negative: "zero",
                measure: {
                  kind: "subtract",
                  of: equivalentAccounts,
                  minus: field("payTarget"),
                  label: t("超出目标家数", "accounts above target"),
                },
              },
            },
          },
        ],
      },
    },
    {
      id: "groupProduct",
      category: "kpi",
      name: t("集团产品渗透", "Group product penetration"),
      headers: ["集团产品渗透"],
      weight: 5,
      bonus: false,
      rule: { kind: "perUnit", measure: field("gpNetAdds"), points: 3, negative: { param: "netDecrease" } },
    },
    {
      id: "fullService",
      category: "kpi",
      name: t("全业务渗透", "Full-service penetration"),
      headers: ["全业务渗透"],
      weight: 15,
      bonus: false,
      rule: {
        kind: "sum",
        parts: [
          {
            label: t("综合接入", "integrated access"),
            rule: {
              kind: "perUnit",
              measure: field("accessNetAdds"),
              points: 3,
              negative: { param: "netDecrease" },
            },
          },
          {
            label: t("商企", "business"),
            rule: {
              kind: "perUnit",
              measure: field("bizNetAdds"),
              points: 1.5,
              negative: { param: "netDecrease" },
            },
          },
        ],
      },
    },
    {
      id: "groupBuild",
      category: "kpi",
      name: t("集团拓展(新建)", "Group building"),
      headers: ["集团拓展(新建)", "集团组建"],
      weight: 15,
      bonus: false,
      rule: {
        kind: "banded",
        measure: completion(field("buildCumulative"), "buildTarget"),
        full: 15,
        bands: [
          { from: 1, score: { type: "fixed", points: 15 } },
          { from: 0.8, to: 1, score: { type: "proportional" } },
          {
            to: 0.8,
            score: {
              type: "rule",
              rule: {
                kind: "when",
                if: { measure: field("buildThisMonth"), op: ">=", value: 15 },
                then: { kind: "fixed", points: 10 },
                else: { kind: "fixed", points: 0 },
              },
            },
          },
        ],
      },
    },
    {
      id: "memberCollection",
      category: "kpi",
      name: t("成员收集", "Member collection"),
      headers: ["成员收集"],
      weight: 10,
      bonus: false,
      rule: {
        kind: "gate",
        measure: field("memberAuthenticity"),
        bands: [
          { from: 0.9, coefficient: 1 },
          { from: 0.8, to: 0.9, coefficient: { param: "authenticityCoefficient" } },
          { to: 0.8, coefficient: 0 },
        ],
        rule: proportionalFromFloor("memberCollected", "memberTarget", 10, 0.8),
      },
    },
    {
      id: "fourGCard",
      category: "keyWork",
      name: t("4G拍照用户发展(换卡)", "4G users: card swaps"),
      headers: ["4G拍照用户发展(换卡)", "4G拍照用户换卡"],
      weight: 5,
      bonus: false,
      rule: fourG("fourGCardSwapped", 0.4),
    },
    {
      id: "fourGPlan",
      category: "keyWork",
      name: t("4G拍照用户(改套餐)", "4G users: plan changes"),
      headers: ["4G拍照用户(改套餐)", "4G拍照用户换套餐", "4G拍照用户改套餐"],
      weight: 5,
      bonus: false,
      rule: fourG("fourGPlanChanged", 0.3),
    },
    {
      id: "contracts",
      category: "keyWork",
      name: t("存量合约发展", "Contracts"),
      headers: ["存量合约发展"],
      weight: 5,
      bonus: false,
      rule: proportionalFromFloor("contractDone", "contractTarget", 5, 0.4),
    },
    {
      id: "workPhone",
      category: "keyWork",
      name: t("百万工作机发展", "Work phones"),
      headers: ["百万工作机发展", "百万工作机用户到达"],
      weight: 5,
      bonus: false,
      rule: proportionalFromFloor("workPhoneNetAdds", "workPhoneTarget", 5, 0),
    },
    {
      id: "highValueReturn",
      category: "keyWork",
      name: t("高价值用户回流", "High-value user return"),
      headers: ["高价值用户回流"],
      weight: 0,
      bonus: true,
      rule: {
        kind: "sum",
        parts: [
          {
            label: t("回流成功集团", "groups returned"),
            rule: { kind: "perUnit", measure: zeroIfBlank("returnGroups"), points: 5, negative: "deduct" },
          },
          {
            label: t("连续两周无进展", "idle fortnights"),
            rule: { kind: "perUnit", measure: zeroIfBlank("idleFortnights"), points: -5, negative: "deduct" },
          },
        ],
      },
    },
    {
      id: "servicePresence",
      category: "basics",
      name: t("服务进驻", "Service presence"),
      headers: ["服务进驻"],
      weight: 5,
      bonus: false,
      rule: {
        kind: "sum",
        parts: [
          {
            label: t("每周进驻", "weekly presence"),
            rule: {
              kind: "choose",
              by: { param: "presenceScoring" },
              options: { passFail: presencePart(false), proportional: presencePart(true) },
            },
          },
          {
            label: t("服务规范", "compliance"),
            rule: {
              kind: "clamp",
              min: 0,
              max: { param: "complianceMax" },
              rule: {
                kind: "sum",
                parts: [
                  { label: t("基础分", "starting points"), rule: { kind: "fixed", points: 3 } },
                  {
                    label: t("未走访及未续签", "groups not visited or renewed"),
                    rule: {
                      kind: "perUnit",
                      measure: field("unvisitedGroups"),
                      points: -0.2,
                      negative: "zero",
                    },
                  },
                  {
                    label: t("预警处理及时率", "warning timeliness"),
                    rule: {
                      kind: "perStep",
                      measure: field("warningTimeliness"),
                      anchor: field("warningTimelinessTarget"),
                      step: 0.01,
                      points: -0.1,
                      direction: "below",
                      stepMode,
                    },
                  },
                  {
                    label: t("钻、金卡客户回收率", "diamond/gold card recovery"),
                    rule: {
                      kind: "banded",
                      measure: field("vipRecovery"),
                      full: 0.5,
                      bands: [
                        { from: 0.93, score: { type: "fixed", points: 0.5 } },
                        {
                          from: 0.92,
                          to: 0.93,
                          score: {
                            type: "perStep",
                            anchor: 0.93,
                            step: 0.002,
                            points: -0.1,
                            direction: "below",
                            stepMode,
                          },
                        },
                        { to: 0.92, score: { type: "fixed", points: -0.5 } },
                      ],
                    },
                  },
                  {
                    label: t("集团产品回收率", "group product recovery"),
                    rule: {
                      kind: "banded",
                      measure: field("groupProductRecovery"),
                      full: 0.5,
                      bands: [
                        { from: 0.9, score: { type: "fixed", points: 0.5 } },
                        {
                          from: 0.8,
                          to: 0.9,
                          score: {
                            type: "perStep",
                            anchor: 0.9,
                            step: 0.02,
                            points: -0.1,
                            direction: "below",
                            stepMode,
                          },
                        },
                        { to: 0.8, score: { type: "fixed", points: -0.5 } },
                      ],
                    },
                  },
                ],
              },
            },
          },
        ],
      },
    },
    {
      id: "satisfaction",
      category: "basics",
      name: t("客户满意度", "Customer satisfaction"),
      headers: ["客户满意度"],
      weight: 5,
      bonus: false,
      rule: {
        kind: "sum",
        parts: [
          {
            label: t("满意度", "satisfaction"),
            rule: {
              kind: "banded",
              measure: {
                kind: "combine",
                how: { param: "satisfactionCombine" },
                of: [field("groupSatisfaction"), field("goldSatisfaction"), field("productSurvey")],
                label: t("满意度 s", "satisfaction s"),
              },
              full: 3,
              bands: [
                { from: 0.81, score: { type: "fixed", points: 3 } },
                { from: 0.78, to: 0.81, score: { type: "interpolated", points: 3 } },
                { from: 0.7, to: 0.78, score: { type: "fixed", points: 0 } },
                { to: 0.7, score: { type: "fixed", points: -1 } },
              ],
            },
          },
          {
            label: t("金牌库成员上报率", "gold member report rate"),
            rule: {
              kind: "banded",
              measure: field("goldReportRate"),
              full: 2,
              bands: [
                { from: 0.95, score: { type: "fixed", points: 2 } },
                { from: 0.85, to: 0.95, score: { type: "interpolated", points: 2 } },
                { from: 0.75, to: 0.85, score: { type: "fixed", points: 0 } },
                { to: 0.75, score: { type: "fixed", points: -1 } },
              ],
            },
          },
        ],
      },
    },
    {
      id: "arrearsRecovery",
      category: "basics",
      name: t("欠费回收率", "Arrears recovery"),
      headers: ["欠费回收率"],
      weight: 5,
      bonus: false,
      rule: {
        kind: "sum",
        parts: [
          {
            label: t("钻、金卡客户回收率", "diamond/gold card recovery"),
            rule: {
              kind: "banded",
              measure: field("vipRecovery"),
              full: 2.5,
              bands: [
                { from: 0.93, score: { type: "fixed", points: 2.5 } },
                { to: 0.93, score: { type: "fixed", points: 0 } },
              ],
            },
          },
          {
            label: t("集团产品当年回收率", "group product annual recovery"),
            rule: {
              kind: "banded",
              measure: {
                kind: "firstPresent",
                label: t("当年回收率 h₂", "annual recovery h₂"),
                of: [
                  field("groupProductAnnualRecovery"),
                  {
                    kind: "ratio",
                    of: field("groupProductPaid"),
                    to: field("groupProductBilled"),
                    zeroTarget: { param: "targetZero" },
                  },
                ],
              },
              full: 2.5,
              bands: [
                { from: 0.975, score: { type: "fixed", points: 2.5 } },
                { to: 0.975, score: { type: "fixed", points: 0 } },
              ],
            },
          },
        ],
      },
    },
    {
      id: "regionalShortfall",
      category: "regional",
      name: t("区域短板提升", "Regional shortfall"),
      headers: ["区域短板提升", "区域短板"],
      weight: 10,
      bonus: false,
      rule: {
        kind: "manual",
        field: "regionalScore",
        min: 0,
        max: { param: "regionalScoreMax" },
        blank: { param: "regionalScoreBlank" },
      },
    },
    {
      id: "adjustment",
      category: "adjustments",
      name: t("考核加扣分项", "Adjustment"),
      headers: ["考核加扣分项", "加扣分项"],
      weight: 0,
      bonus: true,
      rule: {
        kind: "manual",
        field: "adjustmentPoints",
        min: { param: "adjustmentMin" },
        max: { param: "adjustmentMax" },
        blank: "zero",
        reasonField: "adjustmentReason",
      },
    },
  ],
  fields: [
    {
      id: "payTarget",
      type: "count",
      name: t("目标家数", "target accounts"),
      group: "unifiedPay",
      headers: ["目标家数", "目标"],
      optional: false,
    },
    {
      id: "payAccounts",
      type: "count",
      name: t("清单内统付家数", "unified-pay accounts"),
      group: "unifiedPay",
      headers: ["清单内统付家数", "统付家数"],
      optional: false,
    },
    {
      id: "payRevenues",
      type: "amountList",
      name: t("单家收入(元)", "revenue per account (yuan)"),
      group: "unifiedPay",
      headers: ["单家收入(元)", "单家收入"],
      optional: true,
    },
    {
      id: "prepayPrincipal",
      type: "amount",
      name: t("划账及虚拟网预缴本金(元)", "prepaid principal (yuan)"),
      group: "unifiedPay",
      headers: ["划账及虚拟网预缴本金(元)", "划账及虚拟网预缴本金", "预缴本金"],
      optional: true,
    },
    {
      id: "gpNetAdds",
      type: "netCount",
      name: t("155类产品净增集团数", "net new groups (155 products)"),
      group: "groupProduct",
      headers: ["净增集团数", "155类产品净增集团数"],
      optional: false,
    },
    {
      id: "accessNetAdds",
      type: "netCount",
      name: t("综合接入净增", "integrated access net adds"),
      group: "fullService",
      headers: ["综合接入净增", "综合接入"],
      optional: false,
    },
    {
      id: "bizNetAdds",
      type: "netCount",
      name: t("商企净增", "business net adds"),
      group: "fullService",
      headers: ["商企净增", "商企"],
      optional: false,
    },
    {
      id: "buildTarget",
      type: "count",
      name: t("累计目标", "cumulative target"),
      group: "groupBuild",
      headers: ["累计目标", "目标"],
      optional: false,
    },
    {
      id: "buildCumulative",
      type: "count",
      name: t("累计新建", "built to date"),
      group: "groupBuild",
      headers: ["累计新建", "累计完成", "完成"],
      optional: false,
    },
    {
      id: "buildThisMonth",
      type: "count",
      name: t("当月新建", "built this month"),
      group: "groupBuild",
      headers: ["当月新建", "当月完成"],
      optional: false,
    },
    {
      id: "memberTarget",
      type: "count",
      name: t("目标", "target"),
      group: "memberCollection",
      headers: ["目标", "目标值"],
      optional: false,
    },
    {
      id: "memberCollected",
      type: "count",
      name: t("累计导入成员数", "members imported"),
      group: "memberCollection",
      headers: ["累计导入", "累计导入成员数", "完成", "实际"],
      optional: false,
    },
    {
      id: "memberAuthenticity",
      type: "rate",
      name: t("成员真实性", "member authenticity"),
      group: "memberCollection",
      headers: ["成员真实性", "真实性"],
      optional: false,
    },
    {
      id: "fourGTargetUsers",
      type: "count",
      name: t("拍照目标用户数", "target users"),
      group: "fourGCard",
      headers: ["目标用户数", "拍照目标用户数"],
      optional: false,
    },
    {
      id: "fourGCardSwapped",
      type: "count",
      name: t("累计换卡用户数", "users with a new card"),
      group: "fourGCard",
      headers: ["累计换卡", "累计换卡用户数"],
      optional: false,
    },
    {
      id: "fourGPlanChanged",
      type: "count",
      name: t("累计改套餐用户数", "users with a new plan"),
      group: "fourGPlan",
      headers: ["累计改套餐", "累计改套餐用户数", "累计换套餐"],
      optional: false,
    },
    {
      id: "contractTarget",
      type: "count",
      name: t("目标", "target"),
      group: "contracts",
      headers: ["目标", "目标值"],
      optional: false,
    },
    {
      id: "contractDone",
      type: "count",
      name: t("办理合约数", "contracts signed"),
      group: "contracts",
      headers: ["完成", "实际", "完成值", "办理合约数"],
      optional: false,
    },
    {
      id: "workPhoneTarget",
      type: "count",
      name: t("目标", "target"),
      group: "workPhone",
      headers: ["目标", "目标值"],
      optional: false,
    },
    {
      id: "workPhoneNetAdds",
      type: "netCount",
      name: t("累计净增", "net adds to date"),
      group: "workPhone",
      headers: ["累计净增", "净增"],
      optional: false,
    },
    {
      id: "returnGroups",
      type: "count",
      name: t("回流成功集团数", "groups returned"),
      group: "highValueReturn",
      headers: ["回流成功集团数", "回流集团数"],
      optional: true,
    },
    {
      id: "idleFortnights",
      type: "count",
      name: t("连续两周无进展次数", "idle fortnights"),
      group: "highValueReturn",
      headers: ["连续两周无进展次数", "无进展次数"],
      optional: true,
    },
    {
      id: "presenceWeeksRequired",
      type: "count",
      name: t("应进驻周数", "weeks required"),
      group: "servicePresence",
      headers: ["应进驻周数"],
      optional: false,
    },
    {
      id: "presenceWeeksMet",
      type: "count",
      name: t("进驻达标周数", "weeks met"),
      group: "servicePresence",
      headers: ["达标周数", "进驻达标周数"],
      optional: false,
    },
    {
      id: "unvisitedGroups",
      type: "count",
      name: t("未走访及未续签家数", "groups not visited or renewed"),
      group: "servicePresence",
      headers: ["未走访及未续签家数", "未按要求走访集团及三优信息化未续签协议家数"],
      optional: false,
    },
    {
      id: "warningTimeliness",
      type: "rate",
      name: t("预警处理及时率", "warning timeliness"),
      group: "servicePresence",
      headers: ["预警处理及时率", "及时率"],
      optional: false,
    },
    {
      id: "warningTimelinessTarget",
      type: "rate",
      name: t("预警处理及时率目标", "warning timeliness target"),
      group: "servicePresence",
      headers: ["及时率目标", "预警处理及时率目标"],
      optional: false,
    },
    {
      id: "groupSatisfaction",
      type: "rate",
      name: t("集团客户满意度", "group customer satisfaction"),
      group: "satisfaction",
      headers: ["集团客户满意度"],
      optional: false,
    },
    {
      id: "goldSatisfaction",
      type: "rate",
      name: t("金牌客户满意度", "gold customer satisfaction"),
      group: "satisfaction",
      headers: ["金牌客户满意度"],
      optional: true,
    },
    {
      id: "productSurvey",
      type: "rate",
      name: t("集团产品使用调研", "group product survey"),
      group: "satisfaction",
      headers: ["集团产品使用调研"],
      optional: true,
    },
    {
      id: "goldReportRate",
      type: "rate",
      name: t("金牌库成员上报率", "gold member report rate"),
      group: "satisfaction",
      headers: ["金牌库上报率", "金牌库成员上报率"],
      optional: false,
    },
    {
      id: "vipRecovery",
      type: "rate",
      name: t("集团钻、金卡客户回收率", "diamond/gold card recovery"),
      group: "arrearsRecovery",
      headers: ["钻金卡回收率", "集团钻、金卡客户回收率", "钻、金卡客户回收率"],
      optional: false,
    },
    {
      id: "groupProductRecovery",
      type: "rate",
      name: t("集团产品回收率", "group product recovery"),
      group: "arrearsRecovery",
      headers: ["集团产品回收率"],
      optional: false,
    },
    {
      id: "groupProductAnnualRecovery",
      type: "rate",
      name: t("集团产品当年回收率", "group product annual recovery"),
      group: "arrearsRecovery",
      headers: ["集团产品当年回收率", "当年回收率"],
      optional: true,
    },
    {
      id: "groupProductPaid",
      type: "amount",
      name: t("已缴纳费用", "amount paid"),
      group: "arrearsRecovery",
      headers: ["已缴费用", "已缴纳费用"],
      optional: true,
    },
    {
      id: "groupProductBilled",
      type: "amount",
      name: t("出账收入", "amount billed"),
      group: "arrearsRecovery",
      headers: ["出账收入"],
      optional: true,
    },
    {
      id: "regionalScore",
      type: "points",
      name: t("区域短板得分", "regional score"),
      group: "regionalShortfall",
      headers: ["得分", "区域短板得分"],
      optional: true,
    },
    {
      id: "adjustmentPoints",
      type: "points",
      name: t("加扣分", "adjustment points"),
      group: "adjustment",
      headers: ["加扣分", "加扣分值"],
      optional: true,
    },
    {
      id: "adjustmentReason",
      type: "text",
      name: t("加扣分说明", "adjustment reason"),
      group: "adjustment",
      headers: ["说明", "加扣分说明", "原因"],
      optional: true,
    },
  ],
};

/** The shipped rule set `xiaoshan-2014-05`, validated and bound at load. */
export const xiaoshan201405 = parseRuleSet(data);

/** The raw data (for tests that break it on purpose, and for editors). */
export const xiaoshan201405Data: unknown = data;
