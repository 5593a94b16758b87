import type { DutyCategory } from '@zeren/contracts';
import type { DemoRefs } from '../../platform/module';
import * as duties from './duties.repository';

interface DemoItem {
  code: string;
  kind: 'power' | 'duty';
  name: string;
  category: DutyCategory | null;
  legalBasis: string;
  implementingBody: string;
  handlingOffice: string;
  responsibilities: string;
  accountabilityConditions: string;
  accountabilityBasis: string;
  /** A newer version in the works: its changed name and remarks. */
  draft?: { name: string; remarks: string };
}

const ACCOUNTABILITY_BASIS =
  '《中华人民共和国公职人员政务处分法》《行政机关公务员处分条例》《中国共产党问责条例》';

const JYJ: DemoItem[] = [
  {
    code: 'JY-XK-001',
    kind: 'power',
    name: '民办学校设立审批',
    category: 'licensing',
    legalBasis:
      '《中华人民共和国民办教育促进法》第十二条：举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批。',
    implementingBody: '市教育局',
    handlingOffice: '政策法规科（行政审批科）',
    responsibilities:
      '1.受理责任：公示申请条件、所需材料，一次性告知补正材料；2.审查责任：对申请材料进行审查，组织实地考察和专家评议；3.决定责任：作出准予或不予许可的决定，不予许可的说明理由；4.送达责任：制发办学许可证并送达；5.事后监管责任：开展年度检查，依法查处违规办学行为。',
    accountabilityConditions:
      '1.对符合条件的申请不予受理、不予许可或者不在法定期限内作出决定的；2.对不符合条件的申请准予许可的；3.未一次性告知补正材料的；4.在审批中索取或者收受他人财物、谋取其他利益的；5.不依法履行监督职责或者监督不力，造成严重后果的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
  {
    code: 'JY-CF-001',
    kind: 'power',
    name: '对违规办学行为的行政处罚',
    category: 'penalty',
    legalBasis:
      '《中华人民共和国民办教育促进法》第六十二条、第六十四条；《中华人民共和国教育法》第七十五条：违反国家有关规定，举办学校或者其他教育机构的，由教育行政部门或者其他有关行政部门予以撤销。',
    implementingBody: '市教育局',
    handlingOffice: '教育督导科',
    responsibilities:
      '1.立案责任：对发现或者举报的违规办学行为予以审查，决定是否立案；2.调查取证责任：指定专人调查，出示执法证件，收集证据；3.审理责任：审理案件事实、证据、程序和处罚意见；4.告知责任：告知当事人拟作出的处罚及其陈述、申辩和听证权利；5.决定责任：制作行政处罚决定书；6.送达责任：依法送达处罚决定书；7.执行责任：监督当事人履行处罚决定。',
    accountabilityConditions:
      '1.没有法定依据或者违反法定程序实施处罚的；2.擅自改变处罚种类、幅度的；3.对应当予以制止和处罚的违规办学行为不予制止、处罚，致使学生合法权益受到损害的；4.利用职务上的便利索取或者收受他人财物的；5.违法实行检查措施或者执行措施，给当事人造成损失的。',
    accountabilityBasis: `${ACCOUNTABILITY_BASIS}《中华人民共和国行政处罚法》第七十六条`,
    draft: {
      name: '对民办学校违规办学行为的行政处罚',
      remarks: '拟根据《中华人民共和国民办教育促进法实施条例》（2021年修订）调整事项名称和设定依据。',
    },
  },
  {
    code: 'JY-QR-001',
    kind: 'power',
    name: '教师资格认定',
    category: 'confirmation',
    legalBasis:
      '《中华人民共和国教师法》第十三条；《教师资格条例》第十三条：幼儿园、小学和初级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门认定。高级中学教师资格由其所在地的市级人民政府教育行政部门审查后，报省级人民政府教育行政部门认定。',
    implementingBody: '市教育局',
    handlingOffice: '教师工作科',
    responsibilities:
      '1.受理责任：公布认定条件和程序，受理申请；2.审查责任：审查学历、普通话水平、体检和教育教学能力；3.决定责任：作出是否认定的决定，颁发教师资格证书；4.监管责任：对弄虚作假取得资格的依法撤销。',
    accountabilityConditions:
      '1.对符合条件的申请人不予认定或者拖延办理的；2.对不符合条件的申请人予以认定的；3.在认定过程中滥用职权、玩忽职守、徇私舞弊的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
  {
    code: 'JY-JC-001',
    kind: 'power',
    name: '对校外培训机构的监督检查',
    category: 'inspection',
    legalBasis:
      '《中华人民共和国民办教育促进法》第四十一条；《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）。',
    implementingBody: '市教育局',
    handlingOffice: '校外教育培训监管科',
    responsibilities:
      '1.检查责任：制定年度检查计划，开展“双随机、一公开”抽查；2.处置责任：对发现的问题责令限期整改；3.公开责任：公布检查结果和黑白名单；4.移送责任：涉嫌违法犯罪的依法移送。',
    accountabilityConditions:
      '1.未按计划开展检查或者检查走过场的；2.发现问题不依法处置、不按规定移送的；3.在检查中违规收取费用或者谋取私利的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
  {
    code: 'JY-ZR-001',
    kind: 'duty',
    name: '统筹推进义务教育均衡发展',
    category: null,
    legalBasis: '《中华人民共和国义务教育法》第六条、第二十二条；《“三定”规定》。',
    implementingBody: '市教育局',
    handlingOffice: '基础教育科',
    responsibilities:
      '拟订全市义务教育发展规划，优化学校布局，推进城乡教育资源均衡配置；组织实施义务教育阶段招生入学“阳光招生”；督促各县区落实控辍保学责任。',
    accountabilityConditions:
      '1.未按规定落实义务教育招生入学政策，造成不良社会影响的；2.控辍保学工作不力，辍学问题突出的；3.对群众反映强烈的择校、大班额问题长期不解决的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
];

const SCJG: DemoItem[] = [
  {
    code: 'SC-XK-001',
    kind: 'power',
    name: '食品经营许可',
    category: 'licensing',
    legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》。',
    implementingBody: '市市场监管局',
    handlingOffice: '食品经营安全监督管理科',
    responsibilities:
      '1.受理责任：一次性告知申请材料；2.审查责任：审查申请材料，必要时现场核查；3.决定责任：作出许可决定并颁发许可证；4.监管责任：开展日常监督检查。',
    accountabilityConditions:
      '1.对符合条件的申请不予许可或者超过法定期限的；2.对不符合条件的申请准予许可的；3.未依法履行监督检查职责，导致发生食品安全事故的。',
    accountabilityBasis: `${ACCOUNTABILITY_BASIS}《中华人民共和国食品安全法》第一百四十四条`,
  },
  {
    code: 'SC-CF-001',
    kind: 'power',
    name: '对销售不符合食品安全标准食品的行政处罚',
    category: 'penalty',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条。',
    implementingBody: '市市场监管局',
    handlingOffice: '执法稽查支队',
    responsibilities: '立案、调查取证、审理、告知、决定、送达、执行。',
    accountabilityConditions:
      '1.对应当立案查处的违法行为不予立案的；2.违反法定程序实施处罚的；3.滥用职权、徇私舞弊的。',
    accountabilityBasis: `${ACCOUNTABILITY_BASIS}《中华人民共和国行政处罚法》第七十六条`,
  },
];

const ZWFW: DemoItem[] = [
  {
    code: 'ZW-FW-001',
    kind: 'power',
    name: '政务服务“一网通办”事项受理',
    category: 'public_service',
    legalBasis:
      '《优化营商环境条例》第三十五条；《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》。',
    implementingBody: '市政务服务和大数据管理局',
    handlingOffice: '政务服务科',
    responsibilities:
      '统一受理进驻事项的网上和窗口申请，推行“一窗受理、集成服务”，对申请人实行一次性告知和限时办结。',
    accountabilityConditions:
      '1.推诿、拒绝受理符合条件的申请的；2.未一次性告知，造成群众多次跑腿的；3.超过承诺时限办结且无正当理由的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
  {
    code: 'ZW-JC-001',
    kind: 'power',
    name: '对政务服务事项办理情况的监督检查',
    category: 'inspection',
    legalBasis: '《优化营商环境条例》第三十八条；《政务服务“好差评”制度》。',
    implementingBody: '市政务服务和大数据管理局',
    handlingOffice: '督查考核科',
    responsibilities: '对各部门进驻事项的办理时限、服务质量开展监督检查，处理“好差评”差评和投诉。',
    accountabilityConditions: '1.对差评和投诉不核实、不整改的；2.对发现的超时办理问题不督办的。',
    accountabilityBasis: ACCOUNTABILITY_BASIS,
  },
];

async function seedItems(refs: DemoRefs, unitKey: string, items: DemoItem[]) {
  const unitId = refs.unitIds.get(unitKey);
  if (!unitId) return;
  const now = refs.now;
  const reviewer = refs.accountIds.get('dept.head') ?? null;
  const author = refs.accountIds.get('dept.clerk') ?? null;
  for (const d of items) {
    const item = await duties.insertItem(refs.tx, {
      unitId,
      kind: d.kind,
      code: d.code,
      publishedVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    const content = {
      name: d.name,
      category: d.category,
      legalBasis: d.legalBasis,
      implementingBody: d.implementingBody,
      handlingOffice: d.handlingOffice,
      responsibilities: d.responsibilities,
      accountabilityConditions: d.accountabilityConditions,
      accountabilityBasis: d.accountabilityBasis,
      remarks: null,
    };
    // Only 市教育局's demo accounts review; other units' items carry no reviewer.
    const own = unitKey === 'jyj';
    await duties.insertVersion(refs.tx, {
      itemId: item.id,
      unitId,
      version: 1,
      status: 'published',
      ...content,
      createdBy: own ? author : null,
      submittedBy: own ? author : null,
      submittedAt: now,
      reviewedBy: own ? reviewer : null,
      reviewedAt: now,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (d.draft)
      await duties.insertVersion(refs.tx, {
        itemId: item.id,
        unitId,
        version: 2,
        status: 'draft',
        ...content,
        ...d.draft,
        createdBy: own ? author : null,
        createdAt: now,
        updatedAt: now,
      });
  }
}

/** Published power and responsibility lists (and one new draft version) for a few demo units. */
export async function seedDemoDuties(refs: DemoRefs): Promise<void> {
  await seedItems(refs, 'jyj', JYJ);
  await seedItems(refs, 'scjg', SCJG);
  await seedItems(refs, 'zwfw', ZWFW);
}
