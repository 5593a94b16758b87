import type { DomainCode } from '@zeren/contracts';

export interface StandardDomain {
  code: DomainCode;
  title: string;
  description: string;
  focusProblems: string;
}

/**
 * The ten key domains of the source document (§三), in its order: the default set of every new
 * campaign, for any city. Texts are the document's own with its city-specific details made
 * general (which projects, which pipelines): a city writes its own into its campaign.
 * description is what is supervised, focusProblems what is to be solved and punished.
 */
export const STANDARD_DOMAINS: readonly StandardDomain[] = [
  {
    code: 'poverty_alleviation',
    title: '扶贫开发领域',
    description: '督促各级政府认真落实脱贫攻坚主体责任。',
    focusProblems:
      '着力解决脱贫攻坚主体责任落实不力、项目资金分配下达不及时、项目审批时间过长、资金滞留严重和项目监督不到位、验收不及时、管理不善等问题，严肃查处扶贫资金拨付、使用和扶贫项目实施中的乱作为、不作为、慢作为等问题。',
  },
  {
    code: 'key_projects',
    title: '重点项目建设领域',
    description:
      '督促各级政府对本地重点项目、专项建设基金项目、投资促进计划项目和中央预算内投资项目的建设责任、建设目标任务落实情况进行监督检查。',
    focusProblems:
      '着力解决各级政府、相关部门工作推动不力，项目建设进展迟缓，在项目审批（核准、备案）、土地、规划、环评、建设环境、资金拨付、政策落实、问题协调等方面服务保障不积极、不到位等问题，严肃查处在项目建设中滥设门槛、障碍等突出问题。',
  },
  {
    code: 'approval_reform',
    title: '行政审批制度改革领域',
    description:
      '督促各级政府落实简政放权、加强监管、优化服务等重大改革举措，重点对落实取消调整下放行政审批事项、按要求向社会公布权责清单、简化优化公共服务流程、清理各类无谓证明和繁琐手续、方便基层群众干事创业等行政审批制度改革工作进行督促检查。',
    focusProblems:
      '严肃查处明放暗不放、放虚不放实等问题，坚决纠正不按权责清单行使权力、滥用权力等行为，着力解决基层群众办证多、办证难等顽疾。',
  },
  {
    code: 'land',
    title: '土地开发利用和保护领域',
    description:
      '督促各级政府落实最严格耕地保护制度和节约集约用地制度，按期完成永久基本农田划定、农村宅基地和集体建设用地使用权确权登记颁证工作；市、县级不动产登记机构实现人员到位，资料移交到位并按期发放新证。',
    focusProblems:
      '着力解决土地批而未征、征而未供、供而未用和闲置浪费等突出问题。严肃查处违反规定强征强迁、截留拖欠征地补偿资金和违法违规用地行为。',
  },
  {
    code: 'education',
    title: '教育领域',
    description:
      '督促各级政府加强乡村教师队伍建设和促进义务教育均衡发展，重点对全市乡村教师支持计划和全面改善贫困地区义务教育薄弱学校办学条件落实情况进行督促检查。',
    focusProblems:
      '严肃查处招生舞弊、违规办学、乱收费问题，着力解决学校招生考试、联合办学、教学安排、学籍管理、规范收费等方面的突出问题。',
  },
  {
    code: 'health',
    title: '卫生计生领域',
    description:
      '督促各级政府深化医药卫生体制改革、卫生计生机构改革，落实新农合资金和公共卫生财政资金、重点项目建设资金、卫生计生民生工程资金。对全市医疗机构“合理检查、合理用药、合理治疗、规范收费”情况开展监督检查。对违规非法接受捐赠和借集中配送形成垄断问题的整改、落实情况进行监督检查。',
    focusProblems:
      '严肃查处涉医贪腐、收受“红包”“回扣”问题。严肃查处主体责任落实不力、损害群众利益等突出问题。',
  },
  {
    code: 'environment_utilities',
    title: '环保和城市公用事业领域',
    description:
      '督促各级政府和环保部门认真履行属地管理和部门监管责任，对违法违规建设项目清理整改情况进行督查问责。督促城市公用事业企业主管部门认真履行监管职责，重点对城市供水、供气、供热等公用事业企业管理、服务、收费等情况进行监督检查。',
    focusProblems:
      '着力解决偷排、偷放废水、废气、固体废物等损害群众利益的突出问题。严肃查处政府属地管理责任不落实、部门监管责任缺失等行为，促进环境质量持续好转。严肃查处行业主管部门和城市公用事业企业在管理、收费、服务中吃拿卡要、以权谋私等问题。',
  },
  {
    code: 'food_drug_safety',
    title: '食品药品安全监管领域',
    description:
      '督促各级政府落实食品药品安全属地管理责任，重点对乡镇食品药品监管派出机构建设、执法装备和检验仪器设备配备等情况进行监督检查。',
    focusProblems:
      '严肃查处属地管理责任落实不到位，基层监管机构建设和执法装备、检验仪器设备配备不到位等问题。加大对违法生产、销售假冒伪劣食品药品行为的打击力度，严肃查处食品药品监管中的突出问题。',
  },
  {
    code: 'police_transport',
    title: '公安和交通运输领域',
    description:
      '重点对公安交通路面执勤执法、户籍管理等方面存在的突出问题进行监督检查，对交通运输执法体制改革政策不落实、治超责任不落实和新组建的交通运输执法机构不作为、乱作为问题进行监督检查。',
    focusProblems:
      '着力解决群众反映强烈的执法不规范、执法不公、执法不透明、制度执行不严、管理不到位等突出问题。',
  },
  {
    code: 'work_safety',
    title: '安全生产领域',
    description:
      '督促各级政府健全基层监管执法机构，加强基层执法力量，落实安全生产监管责任。重点对油气管道等重大安全隐患整改任务完成情况进行督促检查。',
    focusProblems:
      '着力解决安全意识不强、安全理念不牢、安全责任不落实等问题，严肃查处执法监督不严格、隐患排查不认真、隐患整改不及时不彻底等不履行或不正确履行职责的行为。',
  },
];

export function standardDomain(code: DomainCode): StandardDomain {
  return STANDARD_DOMAINS.find((d) => d.code === code)!;
}
