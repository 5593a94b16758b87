import type { DataScope, Role } from '@zeren/contracts';

type Kind = 'government' | 'organ' | 'department' | 'institution' | 'enterprise';
type Level = 'city' | 'county' | 'township';

export interface DemoUnit {
  key: string;
  parent: string | null;
  name: string;
  shortName?: string;
  code: string;
  kind: Kind;
  level: Level;
}

/** A fictional prefecture-level city: the city government, the departments leading the ten domains, three counties. */
export const DEMO_UNITS: DemoUnit[] = [
  {
    key: 'city',
    parent: null,
    name: '示范市人民政府',
    shortName: '市政府',
    code: 'C000',
    kind: 'government',
    level: 'city',
  },
  { key: 'dcs', parent: 'city', name: '市政府督查室', code: 'C001', kind: 'department', level: 'city' },

  { key: 'fpb', parent: 'city', name: '市扶贫办', code: 'C003', kind: 'department', level: 'city' },
  { key: 'fgw', parent: 'city', name: '市发展改革委', code: 'C004', kind: 'department', level: 'city' },
  {
    key: 'zwfw',
    parent: 'city',
    name: '市政务服务和大数据管理局',
    code: 'C005',
    kind: 'department',
    level: 'city',
  },
  { key: 'zrzy', parent: 'city', name: '市自然资源局', code: 'C006', kind: 'department', level: 'city' },
  { key: 'jyj', parent: 'city', name: '市教育局', code: 'C007', kind: 'department', level: 'city' },
  { key: 'wjw', parent: 'city', name: '市卫生健康委', code: 'C008', kind: 'department', level: 'city' },
  { key: 'sthj', parent: 'city', name: '市生态环境局', code: 'C009', kind: 'department', level: 'city' },
  { key: 'cgj', parent: 'city', name: '市城市管理局', code: 'C010', kind: 'department', level: 'city' },
  { key: 'scjg', parent: 'city', name: '市市场监管局', code: 'C011', kind: 'department', level: 'city' },
  { key: 'gaj', parent: 'city', name: '市公安局', code: 'C012', kind: 'department', level: 'city' },
  { key: 'jtj', parent: 'city', name: '市交通运输局', code: 'C013', kind: 'department', level: 'city' },
  { key: 'yjj', parent: 'city', name: '市应急管理局', code: 'C014', kind: 'department', level: 'city' },
  {
    key: 'water',
    parent: 'cgj',
    name: '市供水集团有限公司',
    code: 'C015',
    kind: 'enterprise',
    level: 'city',
  },
  {
    key: 'hospital',
    parent: 'wjw',
    name: '市第一人民医院',
    code: 'C016',
    kind: 'institution',
    level: 'city',
  },
  {
    key: 'cg',
    parent: 'city',
    name: '城关区人民政府',
    shortName: '城关区',
    code: 'K100',
    kind: 'government',
    level: 'county',
  },
  { key: 'cg-jy', parent: 'cg', name: '城关区教育局', code: 'K101', kind: 'department', level: 'county' },
  { key: 'cg-sc', parent: 'cg', name: '城关区市场监管局', code: 'K102', kind: 'department', level: 'county' },
  {
    key: 'cg-jy-school',
    parent: 'cg-jy',
    name: '城关区实验小学',
    code: 'K103',
    kind: 'institution',
    level: 'county',
  },
  { key: 'cg-dm', parent: 'cg', name: '东门街道办事处', code: 'K110', kind: 'government', level: 'township' },
  {
    key: 'lh',
    parent: 'city',
    name: '临河县人民政府',
    shortName: '临河县',
    code: 'K200',
    kind: 'government',
    level: 'county',
  },
  { key: 'lh-zr', parent: 'lh', name: '临河县自然资源局', code: 'K201', kind: 'department', level: 'county' },
  { key: 'lh-hk', parent: 'lh', name: '河口镇人民政府', code: 'K210', kind: 'government', level: 'township' },
  { key: 'lh-ll', parent: 'lh', name: '柳林乡人民政府', code: 'K211', kind: 'government', level: 'township' },
  {
    key: 'qs',
    parent: 'city',
    name: '青山县人民政府',
    shortName: '青山县',
    code: 'K300',
    kind: 'government',
    level: 'county',
  },
  { key: 'qs-fp', parent: 'qs', name: '青山县扶贫办', code: 'K301', kind: 'department', level: 'county' },
  { key: 'qs-sm', parent: 'qs', name: '石门镇人民政府', code: 'K310', kind: 'government', level: 'township' },
  // The discipline inspection and supervision commission is an organ of its own, not a department
  // of the government: a second root of the tree.
  {
    key: 'jw',
    parent: null,
    name: '示范市纪委监委',
    shortName: '市纪委监委',
    code: 'C002',
    kind: 'organ',
    level: 'city',
  },
];

export interface DemoPerson {
  key: string;
  unit: string;
  name: string;
  position: string;
  isLeader: boolean;
  phone?: string;
}

export const DEMO_PERSONS: DemoPerson[] = [
  {
    key: 'sysadmin',
    unit: 'city',
    name: '王系统',
    position: '信息中心工程师',
    isLeader: false,
    phone: '13800000001',
  },
  {
    key: 'secadmin',
    unit: 'city',
    name: '李安全',
    position: '信息中心安全员',
    isLeader: false,
    phone: '13800000002',
  },
  {
    key: 'auditadmin',
    unit: 'city',
    name: '赵审计',
    position: '信息中心审计员',
    isLeader: false,
    phone: '13800000003',
  },
  {
    key: 'office',
    unit: 'dcs',
    name: '陈督查',
    position: '督查室主任',
    isLeader: true,
    phone: '13800000004',
  },
  {
    key: 'supervisor',
    unit: 'jw',
    name: '周监察',
    position: '案件审理室干部',
    isLeader: false,
    phone: '13800000005',
  },
  {
    key: 'leader',
    unit: 'city',
    name: '孙市长',
    position: '常务副市长',
    isLeader: true,
    phone: '13800000006',
  },
  {
    key: 'inspector',
    unit: 'dcs',
    name: '吴督查',
    position: '督查组组员',
    isLeader: false,
    phone: '13800000007',
  },
  {
    key: 'county.office',
    unit: 'cg',
    name: '郑区督',
    position: '城关区政府督查室主任',
    isLeader: true,
    phone: '13800000008',
  },
  {
    key: 'dept.clerk',
    unit: 'jyj',
    name: '刘填报',
    position: '办公室科员',
    isLeader: false,
    phone: '13800000009',
  },
  { key: 'dept.head', unit: 'jyj', name: '黄局长', position: '局长', isLeader: true, phone: '13800000010' },
  { key: 'jyj-2', unit: 'jyj', name: '马晓明', position: '基础教育科科长', isLeader: false },
  { key: 'cg-jy-1', unit: 'cg-jy', name: '林春华', position: '局长', isLeader: true },
  {
    key: 'county.inspector',
    unit: 'cg-jy',
    name: '韩双岗',
    position: '办公室主任（兼区督查组组员）',
    isLeader: false,
    phone: '13800000011',
  },
  { key: 'lh-hk-1', unit: 'lh-hk', name: '何建国', position: '镇长', isLeader: true },
  { key: 'qs-fp-1', unit: 'qs-fp', name: '高雪梅', position: '主任', isLeader: true },
  { key: 'lh-hk-2', unit: 'lh-hk', name: '赵立新', position: '副镇长', isLeader: true },
  // An invited evaluator (市人大代表): scores units in evaluation rounds with the token handed to her account.
  { key: 'deputy', unit: 'city', name: '周建民', position: '市人大代表', isLeader: false },
  // A second supervisor: decisions are approved by someone other than the one who proposed them.
  { key: 'supervisor2', unit: 'jw', name: '钱正清', position: '案件审理室主任', isLeader: true },
];

/** One role of a demo account, at a unit, with a data scope. */
export interface DemoRole {
  role: Role;
  dataScope: DataScope;
  unit: string;
}

export interface DemoAccount {
  username: string;
  person: string;
  roles: DemoRole[];
}

const one = (role: Role, dataScope: DataScope, unit: string): DemoRole[] => [{ role, dataScope, unit }];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'sysadmin', person: 'sysadmin', roles: one('sys_admin', 'all', 'city') },
  { username: 'secadmin', person: 'secadmin', roles: one('security_admin', 'all', 'city') },
  { username: 'auditadmin', person: 'auditadmin', roles: one('audit_admin', 'all', 'city') },
  { username: 'office', person: 'office', roles: one('campaign_admin', 'all', 'city') },
  { username: 'supervisor', person: 'supervisor', roles: one('supervisor', 'all', 'jw') },
  { username: 'supervisor2', person: 'supervisor2', roles: one('supervisor', 'all', 'jw') },
  { username: 'leader', person: 'leader', roles: one('leader', 'all', 'city') },
  { username: 'inspector', person: 'inspector', roles: one('inspector', 'all', 'dcs') },
  { username: 'county.office', person: 'county.office', roles: one('campaign_admin', 'unit_tree', 'cg') },
  { username: 'dept.clerk', person: 'dept.clerk', roles: one('unit_staff', 'self_unit', 'jyj') },
  { username: 'dept.head', person: 'dept.head', roles: one('unit_leader', 'self_unit', 'jyj') },
  { username: 'deputy', person: 'deputy', roles: one('evaluator', 'self_unit', 'city') },
  // Two roles at different scopes: reads the county's whole subtree as a member of its inspection
  // team, but drafts and reports only for the unit he works in.
  {
    username: 'county.inspector',
    person: 'county.inspector',
    roles: [
      { role: 'inspector', dataScope: 'unit_tree', unit: 'cg' },
      { role: 'unit_staff', dataScope: 'self_unit', unit: 'cg-jy' },
    ],
  },
];
