import type { authContract, CoreErrorCode, Locale, orgContract } from '@zeren/contracts';

type Params = Record<string, string | number>;

/**
 * A module's server messages: keys prefixed with the module's name (e.g. 'campaign.phase_order'),
 * plus a message for each error code the module declares in its contract.
 */
export type ModuleMessages = Record<Locale, Record<string, string>>;
/** Core error codes, the org (platform core) codes, and the shared field messages. */
type Catalogue = Record<CoreErrorCode | OrgErrorCode | AuthErrorCode, string> &
  Record<
    `${'field' | 'password' | 'type' | 'zip' | 'spreadsheet' | 'export' | 'extension' | 'calendar' | 'notification' | 'digest' | 'search'}.${string}`,
    string
  >;
type OrgErrorCode = keyof (typeof orgContract)['errors'];
type AuthErrorCode = keyof (typeof authContract)['errors'];

const zh: Catalogue = {
  VALIDATION_FAILED: '提交的内容有误，请检查标出的字段',
  MALFORMED_REQUEST: '请求格式错误：{reason}',
  UNAUTHENTICATED: '请先登录',
  LOGIN_FAILED: '用户名或密码错误',
  ACCOUNT_LOCKED: '登录失败次数过多，请稍后再试',
  FORBIDDEN: '您没有执行此操作的权限',
  CROSS_SITE_REQUEST: '请求不是来自本系统的页面，已拒绝（{reason}）；请在责任平台的页面中操作',
  NOT_FOUND: '记录不存在',
  METHOD_NOT_ALLOWED: '该地址不支持 {method} 请求',
  CONFLICT: '该操作与现有数据冲突',
  INVALID_TRANSITION: '当前状态下不能执行此操作',
  UNIT_CYCLE: '不能把单位移到它自己或它的下级单位之下',
  UNIT_HAS_CHILDREN: '该单位还有下级单位，不能删除',
  UNIT_HAS_RECORDS: '该单位还有关联的人员或业务记录，不能删除',
  PERSON_HAS_ACCOUNT: '该人员已有账号，不能删除',
  USERNAME_TAKEN: '用户名已被使用',
  WEAK_PASSWORD: '密码不符合要求：{reason}',
  ADMIN_ROLES_EXCLUSIVE: '系统管理员、安全管理员、审计管理员三员分立，不能与其他角色同时授予一个账号',
  ROLE_GRANT_OWN: '不能审批自己提出的或授予自己账号的角色（三员分立）',
  PASSWORD_CHANGE_REQUIRED: '您的密码由管理员设置，须先修改密码才能登录',
  PASSWORD_REUSED: '新密码不能与当前密码相同',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  ARCHIVE_LIMIT_EXCEEDED: '文件超出安全上限（{limit}），未做处理',
  SERVER_BUSY: '服务器正在处理其他导入，请稍后再试',
  HEADERS_TOO_LARGE: '请求头过大（Cookie 过多或过长），请清除本站 Cookie 后重试',
  CALENDAR_YEAR_MISSING:
    '工作日历中还没有 {year} 年的节假日安排，无法计算该日期；请管理员先补充 {year} 年日历',
  IMPORT_HAS_ERRORS: '导入文件中有 {count} 行不符合要求，未导入任何内容',
  IMPORT_FILE_INVALID: '无法读取导入文件：{reason}',
  PROOF_OF_WORK_INVALID: '人机验证未通过或已过期，请重新验证后提交',
  FILE_TYPE_NOT_ALLOWED: '不支持该文件类型：{type}',
  FILE_TOO_LARGE: '文件过大，最大 {max}',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  INTERNAL: '服务器内部错误，请稍后再试',
  'zip.limit.entries': '压缩包内最多 {value} 个文件',
  'zip.limit.total_size': '解压后总大小最多 {value}',
  'zip.limit.ratio': '压缩比最多 {value} 倍',
  'spreadsheet.not_xlsx': '不是有效的 Excel（.xlsx）文件',
  'spreadsheet.no_sheet': '文件中没有工作表',
  'spreadsheet.missing_column': '第 1 行缺少必需的列“{column}”',
  'spreadsheet.missing_column_within': '前 {rows} 行中没有找到含必需的列“{column}”的表头行',
  'spreadsheet.too_many_rows': '行数超过上限 {max}',
  'spreadsheet.empty': '文件中没有数据行',
  'export.yes': '是',
  'export.no': '否',
  'export.cut': '仅导出了前 {max} 条记录：符合条件的记录更多，请缩小筛选范围后分批导出。',
  'export.about_sheet': '导出说明',
  'export.about.list': '列表',
  'export.about.filters': '筛选条件',
  'export.about.no_filters': '无（本人权限范围内的全部记录）',
  'export.about.exported_at': '导出时间',
  'export.about.exported_by': '导出人',
  'export.about.rows': '导出条数',
  'export.about.complete': '完整',
  'export.about.cut': '已截断：仅前 {max} 条',
  'field.required': '必填',
  'field.too_small': '长度或数值不能小于 {min}',
  'field.too_big': '长度或数值不能大于 {max}',
  'field.invalid_type': '类型不正确，应为{expected}',
  'field.invalid_format': '格式不正确',
  'field.invalid_value': '取值不在允许范围内',
  'field.unrecognized_keys': '不允许的字段：{keys}',
  'field.invalid': '取值无效',
  'field.nothing_to_change': '请至少填写一项要修改的内容',
  'field.control_characters': '不能包含控制字符（如 NUL 空字符）',
  'search.query_too_short': '请至少输入一个两个字及以上的词',
  'type.string': '文本',
  'type.number': '数字',
  'type.boolean': '是/否',
  'type.object': '对象',
  'type.array': '列表',
  'field.not_found': '所选记录不存在或不在您的权限范围内',
  'field.taken': '已被使用，请换一个',
  'password.length': '至少 12 个字符',
  'password.classes': '须包含大写字母、小写字母、数字、符号中的至少三类',
  'password.username': '不能与用户名相同',
  'extension.already_open': '已有一份待审批的延期申请，请等待审批结果',
  'extension.not_later': '新的完成时限须晚于当前的完成时限 {date}',
  'calendar.range_reversed': '结束日期不能早于开始日期 {start}',
  'calendar.range_too_long': '一个假期不超过 31 天，请检查日期',
  'calendar.workday_not_weekend': '调休上班日应为周六或周日',
  'calendar.workday_in_holiday': '该日已在放假安排之中',
  'calendar.outside_year': '日期须在 {year} 年之内（元旦假期可含上一年 12 月）',
  'calendar.notice_unreadable': '未能从文本中读出放假安排，请粘贴通知正文（含“一、元旦：……放假”等条目）',
  'notification.generic': '有新的动态（{recordType}）',
  'notification.webhook_url': '须为 http:// 或 https:// 开头的群机器人地址',
  'digest.mail_subject': '责任平台：{date}的未读通知（{count} 条）',
  'digest.mail_intro': '以下是{date}与您有关、尚未阅读的通知：',
  'digest.robot_title': '责任平台：{unit}{date}的动态',
  'digest.robot_intro': '{date}与本单位有关的动态（{count} 项）：',
  'digest.more': '另有 {count} 条，请在责任平台中查看',
  'digest.inbox': '在责任平台中查看全部通知',
  'digest.footer': '这是责任平台每天发送一次的汇总，请勿直接回复。',
};

const en: Catalogue = {
  VALIDATION_FAILED: 'Some fields are not valid; please check the marked fields',
  MALFORMED_REQUEST: 'Malformed request: {reason}',
  UNAUTHENTICATED: 'Please sign in',
  LOGIN_FAILED: 'Wrong username or password',
  ACCOUNT_LOCKED: 'Too many failed sign-ins; please try again later',
  FORBIDDEN: 'You are not allowed to do this',
  CROSS_SITE_REQUEST:
    "Refused: the request does not come from Zeren's own pages ({reason}); please use Zeren's pages",
  NOT_FOUND: 'Record not found',
  METHOD_NOT_ALLOWED: 'This address does not accept {method} requests',
  CONFLICT: 'This conflicts with existing data',
  INVALID_TRANSITION: 'This action is not allowed in the current state',
  UNIT_CYCLE: 'A unit cannot be moved under itself or one of its descendants',
  UNIT_HAS_CHILDREN: 'This unit still has subordinate units and cannot be deleted',
  UNIT_HAS_RECORDS: 'This unit still has persons or records and cannot be deleted',
  PERSON_HAS_ACCOUNT: 'This person has an account and cannot be deleted',
  USERNAME_TAKEN: 'This username is already taken',
  WEAK_PASSWORD: 'The password does not meet the rules: {reason}',
  ADMIN_ROLES_EXCLUSIVE:
    'The system, security and audit administrator roles are separated and cannot share an account with any other role',
  ROLE_GRANT_OWN:
    'You cannot decide on a grant you requested or one for your own account (separation of duties)',
  PASSWORD_CHANGE_REQUIRED: 'Your password was set by an administrator: change it before signing in',
  PASSWORD_REUSED: 'The new password must differ from the current one',
  PAYLOAD_TOO_LARGE: 'The request is too large',
  ARCHIVE_LIMIT_EXCEEDED: 'The file exceeds a safety limit ({limit}); nothing was processed',
  SERVER_BUSY: 'The server is busy with other imports; please try again in a moment',
  HEADERS_TOO_LARGE:
    "The request headers are too large (too many or too long cookies); clear this site's cookies and retry",
  CALENDAR_YEAR_MISSING:
    'The working-day calendar has no holiday schedule for {year} yet, so this date cannot be computed; an administrator must add {year} first',
  IMPORT_HAS_ERRORS: '{count} rows of the file are not valid; nothing was imported',
  IMPORT_FILE_INVALID: 'The import file cannot be read: {reason}',
  PROOF_OF_WORK_INVALID: 'The human check failed or expired; please verify again and resubmit',
  FILE_TYPE_NOT_ALLOWED: 'This file type is not accepted: {type}',
  FILE_TOO_LARGE: 'The file is too large; the maximum is {max}',
  RATE_LIMITED: 'Too many requests; please try again later',
  INTERNAL: 'Internal server error; please try again later',
  'zip.limit.entries': 'at most {value} entries in the archive',
  'zip.limit.total_size': 'at most {value} when unpacked',
  'zip.limit.ratio': 'a compression ratio of at most {value}',
  'spreadsheet.not_xlsx': 'not a valid Excel (.xlsx) file',
  'spreadsheet.no_sheet': 'the file has no worksheet',
  'spreadsheet.missing_column': 'row 1 lacks the required column "{column}"',
  'spreadsheet.missing_column_within':
    'none of the first {rows} rows is a header row with the required column "{column}"',
  'spreadsheet.too_many_rows': 'more rows than the limit of {max}',
  'spreadsheet.empty': 'the file has no data rows',
  'export.yes': 'Yes',
  'export.no': 'No',
  'export.cut':
    'Only the first {max} rows were exported: more rows match. Narrow the filters and export in parts.',
  'export.about_sheet': 'About this export',
  'export.about.list': 'List',
  'export.about.filters': 'Filters',
  'export.about.no_filters': 'None (every record within your scope)',
  'export.about.exported_at': 'Exported at',
  'export.about.exported_by': 'Exported by',
  'export.about.rows': 'Rows',
  'export.about.complete': 'Complete',
  'export.about.cut': 'Cut: the first {max} rows only',
  'field.required': 'Required',
  'field.too_small': 'Must be at least {min}',
  'field.too_big': 'Must be at most {max}',
  'field.invalid_type': 'Wrong type, expected {expected}',
  'field.invalid_format': 'Invalid format',
  'field.invalid_value': 'Not one of the allowed values',
  'field.unrecognized_keys': 'Fields not allowed: {keys}',
  'field.invalid': 'Invalid value',
  'field.nothing_to_change': 'Name at least one thing to change',
  'field.control_characters': 'Must not contain control characters (such as NUL)',
  'search.query_too_short': 'Type at least one word of two characters or more',
  'type.string': 'text',
  'type.number': 'a number',
  'type.boolean': 'true or false',
  'type.object': 'an object',
  'type.array': 'a list',
  'field.not_found': 'The selected record does not exist or is outside your data scope',
  'field.taken': 'Already in use; choose another',
  'password.length': 'at least 12 characters',
  'password.classes': 'at least three of: upper-case letters, lower-case letters, digits, symbols',
  'password.username': 'must not equal the username',
  'extension.already_open': 'An extension request is already waiting for a decision',
  'extension.not_later': 'The new deadline must be later than the current one, {date}',
  'calendar.range_reversed': 'The end date must not be before the start date {start}',
  'calendar.range_too_long': 'A holiday lasts at most 31 days; check the dates',
  'calendar.workday_not_weekend': 'An adjusted workday is a Saturday or a Sunday',
  'calendar.workday_in_holiday': 'This day is already within a holiday',
  'calendar.outside_year': 'Dates must lie within {year} (New Year may start in December of the year before)',
  'calendar.notice_unreadable':
    'No holiday could be read from the text; paste the body of the notice (items like "一、元旦：……放假")',
  'notification.generic': 'Something changed ({recordType})',
  'notification.webhook_url': 'Must be a group robot address starting with http:// or https://',
  'digest.mail_subject': 'Zeren: unread notifications of {date} ({count})',
  'digest.mail_intro': 'These notifications of {date} concern you and are not read yet:',
  'digest.robot_title': 'Zeren: {unit}, {date}',
  'digest.robot_intro': 'What concerned the unit on {date} ({count}):',
  'digest.more': '{count} more in Zeren',
  'digest.inbox': 'See all notifications in Zeren',
  'digest.footer': 'Zeren sends this summary once a day; please do not reply to it.',
};

const catalogues: Record<Locale, Record<string, string>> = { 'zh-CN': { ...zh }, 'en-US': { ...en } };

/** Adds a module's messages (modules register them when they are installed; idempotent). */
export function registerMessages(messages: ModuleMessages): void {
  Object.assign(catalogues['zh-CN'], messages['zh-CN']);
  Object.assign(catalogues['en-US'], messages['en-US']);
}

/** Translates a server message key, filling {placeholders}. Unknown keys fall back to the key itself. */
export function t(locale: Locale, key: string, params: Params = {}): string {
  const template = catalogues[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Whether a message exists (a notification's kind may have none: it then reads as a generic text). */
export function hasMessage(locale: Locale, key: string): boolean {
  return Object.hasOwn(catalogues[locale], key);
}

/** zh-CN unless the Accept-Language header prefers English. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

/** For the test that keeps both catalogues in step: the core messages (modules' are checked per module). */
export const coreCatalogues = { 'zh-CN': zh, 'en-US': en };
