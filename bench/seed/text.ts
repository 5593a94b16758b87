/**
 * The Chinese the generated records are written in, taken from the work plan
 * (/work/shared/seed/work-plan.zh.txt): its ten domains and their problems, 不作为/慢作为/乱作为
 * phrasing, the departments a city and a county have, person names. Search and the dashboards
 * read these words, so they are the work plan's, not lorem ipsum.
 */
import type { DomainCode } from '@zeren/contracts';
import type { Random } from './random';

export type { DomainCode };

/** Per domain: the department suffix that leads it, the objects problems concern, the problems. */
export const DOMAIN_TEXT: Record<
  DomainCode,
  { departments: string[]; objects: string[]; problems: string[]; measures: string[] }
> = {
  poverty_alleviation: {
    departments: ['扶贫办', '民政局', '农业农村局', '财政局'],
    objects: ['扶贫项目资金', '低保申请', '产业扶贫项目', '易地搬迁安置点', '危房改造补助'],
    problems: [
      '项目资金分配下达不及时，资金滞留严重',
      '项目审批时间过长，群众多次催问无人答复',
      '项目验收不及时，管理不善',
      '扶贫资金拨付中优亲厚友、虚报冒领',
      '脱贫攻坚主体责任落实不力，工作推诿扯皮',
    ],
    measures: ['逐户核对资金拨付台账', '建立项目审批限时办结制度', '开展扶贫资金专项审计'],
  },
  key_projects: {
    departments: ['发展和改革局', '住房和城乡建设局', '工业和信息化局'],
    objects: ['重点项目', '专项建设基金项目', '中央预算内投资项目', '招商引资项目', '产业园区项目'],
    problems: [
      '工作推动不力，项目建设进展迟缓',
      '在项目审批、土地、规划、环评等方面服务保障不积极、不到位',
      '滥设门槛、设置障碍，企业反映强烈',
      '资金拨付拖延，影响工程进度',
      '问题协调久拖不决，项目长期停工',
    ],
    measures: ['实行项目建设周调度', '建立问题协调清单并限期销号', '落实项目包联责任制'],
  },
  approval_reform: {
    departments: ['政务服务和大数据管理局', '行政审批服务局', '司法局'],
    objects: ['行政审批事项', '权责清单', '政务服务窗口', '企业开办业务', '无谓证明'],
    problems: [
      '明放暗不放、放虚不放实',
      '未按要求向社会公布权责清单',
      '要求群众重复提交材料，办证多、办证难',
      '不按权责清单行使权力，滥用权力',
      '窗口人员推诿刁难，办事群众多次往返',
    ],
    measures: ['推行“一窗受理、集成服务”', '全面清理各类无谓证明和繁琐手续', '公开办事指南和办理时限'],
  },
  land: {
    departments: ['自然资源和规划局', '不动产登记中心'],
    objects: ['永久基本农田', '农村宅基地确权', '闲置土地', '征地补偿资金', '不动产登记'],
    problems: [
      '土地批而未征、征而未供、供而未用',
      '违法占用耕地建设厂房，查处不力',
      '截留拖欠征地补偿资金',
      '不动产登记资料移交不到位，未按期发放新证',
      '违反规定强征强迁，群众意见大',
    ],
    measures: ['开展闲置土地专项清理', '建立违法用地动态巡查机制', '限期足额兑付征地补偿'],
  },
  education: {
    departments: ['教育局', '教育体育局'],
    objects: ['乡村教师支持计划', '义务教育薄弱学校', '学校食堂', '招生考试', '学籍管理'],
    problems: [
      '招生舞弊、违规办学、乱收费',
      '薄弱学校办学条件改善不到位',
      '学校食堂卫生问题整改敷衍',
      '乡村教师待遇落实不到位',
      '教学安排和规范收费方面问题突出',
    ],
    measures: ['开展校园食品安全专项检查', '公开招生计划和收费标准', '落实乡村教师生活补助'],
  },
  health: {
    departments: ['卫生健康委员会', '医疗保障局'],
    objects: ['新农合资金', '公共卫生财政资金', '医疗机构', '卫生计生民生工程', '药品集中配送'],
    problems: [
      '涉医贪腐，收受“红包”“回扣”',
      '不合理检查、不合理用药、不规范收费',
      '违规非法接受捐赠',
      '借集中配送形成垄断，整改不落实',
      '主体责任落实不力，损害群众利益',
    ],
    measures: ['开展医疗机构收费专项检查', '建立“红包”“回扣”举报核查机制', '规范药品集中配送'],
  },
  environment_utilities: {
    departments: ['生态环境局', '城市管理局', '水利局'],
    objects: ['违法违规建设项目', '废水排放', '城市供水', '城市供气', '城市供热'],
    problems: [
      '偷排偷放废水、废气、固体废物，监管缺位',
      '属地管理责任不落实，部门监管责任缺失',
      '公用事业企业吃拿卡要、以权谋私',
      '供水、供气、供热服务收费不规范',
      '违法违规建设项目清理整改不到位',
    ],
    measures: ['开展重点排污单位夜查', '公开公用事业收费标准', '建立环境问题“发现—整改—销号”台账'],
  },
  food_drug_safety: {
    departments: ['市场监督管理局', '食品药品监督管理局'],
    objects: ['乡镇监管派出机构', '执法装备', '检验仪器设备', '小作坊', '农贸市场'],
    problems: [
      '属地管理责任落实不到位',
      '基层监管机构建设和执法装备配备不到位',
      '对假冒伪劣食品药品打击不力',
      '抽检发现问题后未跟踪处置',
      '对群众投诉久拖不办',
    ],
    measures: ['配齐基层检验仪器设备', '开展假冒伪劣食品药品专项整治', '建立投诉限时办结制度'],
  },
  police_transport: {
    departments: ['公安局', '交通运输局', '交通运输综合行政执法大队'],
    objects: ['路面执勤执法', '户籍管理', '治超工作', '交通运输执法机构', '出租车管理'],
    problems: [
      '执法不规范、执法不公、执法不透明',
      '治超责任不落实，超限超载车辆屡禁不止',
      '户籍办理推诿拖延',
      '新组建执法机构不作为、乱作为',
      '制度执行不严、管理不到位',
    ],
    measures: ['推行执法全过程记录', '开展治超联合执法', '公开户籍办理流程和时限'],
  },
  work_safety: {
    departments: ['应急管理局', '安全生产监督管理局'],
    objects: ['油气管道隐患', '基层监管执法机构', '危险化学品企业', '建筑施工工地', '隐患排查'],
    problems: [
      '隐患排查不认真，隐患整改不及时不彻底',
      '执法监督不严格',
      '安全意识不强、安全责任不落实',
      '基层执法力量不足，监管流于形式',
      '油气管道隐患整改任务逾期未完成',
    ],
    measures: ['建立隐患整改清单并挂牌督办', '充实基层执法力量', '开展安全生产大检查'],
  },
};

export const CONDUCT_TEXT: Record<string, string> = {
  dare_not: '不敢为',
  cannot: '不会为',
  will_not: '不想为',
  inaction: '不作为',
  slow_action: '慢作为',
  misconduct: '乱作为',
};

/** City departments beyond the domains' leads, as a prefecture-level city has them. */
export const OTHER_DEPARTMENTS = [
  '人力资源和社会保障局',
  '审计局',
  '统计局',
  '商务局',
  '文化广电和旅游局',
  '退役军人事务局',
  '林业局',
  '机关事务管理局',
  '信访局',
  '人民防空办公室',
  '地方金融监督管理局',
  '医疗保障局',
  '体育局',
  '粮食和物资储备局',
  '住房公积金管理中心',
  '供销合作社',
];

/** What a department has under it. */
export const INSTITUTIONS = ['事务中心', '执法大队', '服务中心', '监测站', '信息中心', '管理所'];

const PLACE_FIRST = '东西南北新清青临龙凤金银白红黄安平永长德兴华明丰云泰宁乐顺';
const PLACE_SECOND = '湖山河江城阳水川林原州丘桥岭溪台田门口港峰营坪沟园';

/** A two-character place name, e.g. 青湖, 龙城. */
export function placeName(random: Random): string {
  return `${random.pick([...PLACE_FIRST])}${random.pick([...PLACE_SECOND])}`;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁琳晨欣雪梅兰婷建国立新志海文春';

export function personName(random: Random): string {
  const given = random.chance(0.7)
    ? `${random.pick([...GIVEN])}${random.pick([...GIVEN])}`
    : random.pick([...GIVEN]);
  return `${random.pick([...SURNAMES])}${given}`;
}

export const STAFF_POSITIONS = ['科员', '副科长', '科长', '办事员', '副主任科员', '一级科员', '四级主任科员'];
export const LEADER_POSITIONS = ['局长', '副局长', '主任', '副主任', '党组书记', '镇长', '副镇长'];

const INTRO = [
  '群众反映',
  '来信反映',
  '经督查发现',
  '据媒体报道',
  '上级督办函指出',
  '网民留言反映',
  '暗访发现',
];
const DURATION = ['三个多月', '近半年', '两个多月', '四十余天', '一年多', '多次催办后仍'];

/** A lead's summary and details about `unitName` in `domain`. */
export function leadText(
  random: Random,
  domain: DomainCode,
  conduct: string,
  unitName: string,
): { summary: string; details: string } {
  const t = DOMAIN_TEXT[domain];
  const object = random.pick(t.objects);
  const problem = random.pick(t.problems);
  const summary = `${unitName}${object}工作中${CONDUCT_TEXT[conduct]}问题`.slice(0, 200);
  const details =
    `${random.pick(INTRO)}：${unitName}在${object}工作中${problem}，${random.pick(DURATION)}未予解决，` +
    `存在“${CONDUCT_TEXT[conduct]}”问题，群众意见较大，请依规核查处理。`;
  return { summary, details };
}

/** A supervision item's title and task for `unitName`. */
export function supervisionText(
  random: Random,
  domain: DomainCode,
  unitName: string,
): { title: string; task: string } {
  const t = DOMAIN_TEXT[domain];
  const object = random.pick(t.objects);
  const title = `督促${unitName}推进${object}${random.pick(['问题整改', '任务落实', '专项整治', '工作落实'])}`;
  const task = `针对${object}${random.pick(t.problems)}的问题，${random.pick(t.measures)}，按期报送办理进展，逐项整改销号。`;
  return { title, task };
}

/** A ledger item's problem, measures and completion. */
export function rectificationText(
  random: Random,
  domain: DomainCode,
  conduct: string,
): { problem: string; measures: string; completion: string } {
  const t = DOMAIN_TEXT[domain];
  const object = random.pick(t.objects);
  return {
    problem: `${object}方面${random.pick(t.problems)}（${CONDUCT_TEXT[conduct]}）`,
    measures: `${random.pick(t.measures)}；明确责任人和完成时限，每月报送整改进展。`,
    completion: `已${random.pick(t.measures)}，相关问题整改到位，建立长效机制。`,
  };
}

export const CASE_INTERVIEWS = [
  '已与被反映单位主要负责人谈话，调阅相关台账和会议记录。',
  '已向当事人发出函询，收到书面说明。',
  '已走访群众十余户，核实反映问题基本属实。',
  '已调取审批系统办理记录，核对办理时限。',
];

export const CASE_FINDINGS = [
  '经核查，反映问题基本属实，相关责任人履职不到位。',
  '经核查，部分问题属实，存在工作拖延情况。',
  '经核查，反映问题不属实，予以澄清。',
  '经核查，反映问题属实，造成不良影响。',
];
