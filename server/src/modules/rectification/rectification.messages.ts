import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of the ledger (field errors, the Excel sheet, notifications), zh-CN and en-US with the same keys. */
export const rectificationMessages: ModuleMessages = {
  'zh-CN': {
    'rectification.no_campaign': '当前没有进行中的活动，无法登记整改事项',
    'rectification.source_other_unit': '来源记录不属于该单位；整改事项应登记在来源记录的责任单位',
    'rectification.deadline_of_source':
      '该事项的整改时限由问题来源确定，本单位不能修改；如需延期，请向来源单位申请',
    'rectification.status.pending': '待整改',
    'rectification.status.rectifying': '整改中',
    'rectification.status.completion_claimed': '已报完成',
    'rectification.status.signed_off': '已销号',
    'rectification.status.confirmed': '已确认销号',
    'rectification.source.self_inspection': '自查发现',
    'rectification.source.inspection_finding': '督查检查发现',
    'rectification.source.supervision_item': '督办事项',
    'rectification.source.suggestion': '意见建议',
    'rectification.excel.sheet': '整改台账',
    'rectification.excel.title': '问题整改台账',
    'rectification.excel.unit_title': '{unit}问题整改台账',
    'rectification.excel.help_sheet': '填写说明',
    'rectification.excel.yes': '是',
    'rectification.excel.help.seq': '序号，导入时不读取',
    'rectification.excel.help.problem': '必填。发现的问题，写清事实',
    'rectification.excel.help.domain': '选填。填写当前活动的重点领域名称，须与系统中的名称一致',
    'rectification.excel.help.conduct': '选填。不敢为、不会为、不想为、乱作为、不作为、慢作为之一',
    'rectification.excel.help.measures': '选填。整改措施',
    'rectification.excel.help.responsiblePerson': '选填。责任人姓名（可附职务）',
    'rectification.excel.help.due':
      '必填。日期（如 2026-07-31 或 2026年7月31日），或“20个工作日”（自导入之日起按工作日计算）',
    'rectification.excel.help.status': '选填。待整改或整改中，空白为待整改；销号须由单位负责人在系统中审核',
    'rectification.excel.help.completion': '选填。整改完成情况',
    'rectification.excel.help.source': '选填。导入的均为自查发现的问题；其他来源的问题由来源模块开立',
    'rectification.import.cell_not_text':
      '“{column}”不是文本：公式须带有计算结果（请在 Excel 中保存后再导入），不能是错误值',
    'rectification.import.required': '“{column}”不能为空',
    'rectification.import.too_long': '“{column}”超过 {max} 个字符',
    'rectification.import.control_characters': '“{column}”含有控制字符（如 NUL 空字符），请删除后再导入',
    'rectification.import.unknown_domain': '所属领域“{value}”不是当前活动的重点领域',
    'rectification.import.unknown_conduct':
      '问题类型“{value}”不是允许的类型（不敢为、不会为、不想为、乱作为、不作为、慢作为）',
    'rectification.import.bad_due': '整改时限“{value}”不是日期（如 2026-07-31），也不是“N个工作日”',
    'rectification.import.unknown_status': '整改状态“{value}”不是允许的状态',
    'rectification.import.status_not_importable':
      '整改状态“{value}”不能导入：导入只登记待整改或整改中的问题，报完成和销号须在系统中办理',
    'rectification.import.source_not_importable':
      '问题来源“{value}”不能导入：导入的均为自查发现的问题，其他来源的问题由来源模块开立',
    'notification.rectification.opened': '你单位整改台账新增问题：“{problem}”，请制定措施并及时整改',
    'notification.rectification.claim': '整改问题“{problem}”已报完成，请审核销号',
    'notification.rectification.return': '整改问题“{problem}”被退回继续整改：{text}',
    'notification.rectification.signOff': '整改问题“{problem}”已销号',
    'notification.rectification.awaiting_confirmation': '督查发现的问题“{problem}”已由单位销号，请督查组确认',
    'notification.rectification.confirm': '整改问题“{problem}”已经督查组确认销号',
    'notification.rectification.refuse': '督查组对整改问题“{problem}”不予确认，请继续整改：{text}',
    'notification.rectification.reopen': '整改问题“{problem}”已重新整改：{text}',
  },
  'en-US': {
    'rectification.no_campaign': 'There is no active campaign: no ledger item can be entered',
    'rectification.source_other_unit':
      "The source record belongs to another unit; the item belongs in the ledger of the source's unit",
    'rectification.deadline_of_source':
      "This item's deadline was set by its source and the unit cannot change it; ask the source for an extension",
    'rectification.status.pending': 'To rectify',
    'rectification.status.rectifying': 'Rectifying',
    'rectification.status.completion_claimed': 'Completion claimed',
    'rectification.status.signed_off': 'Signed off',
    'rectification.status.confirmed': 'Confirmed',
    'rectification.source.self_inspection': 'Self-inspection',
    'rectification.source.inspection_finding': 'Inspection finding',
    'rectification.source.supervision_item': 'Supervision item',
    'rectification.source.suggestion': 'Suggestion',
    'rectification.excel.sheet': 'Rectification ledger',
    'rectification.excel.title': 'Rectification ledger',
    'rectification.excel.unit_title': 'Rectification ledger of {unit}',
    'rectification.excel.help_sheet': 'How to fill in',
    'rectification.excel.yes': 'Yes',
    'rectification.excel.help.seq': 'Row number; not read on import',
    'rectification.excel.help.problem': 'Required. The problem found, with the facts',
    'rectification.excel.help.domain':
      'Optional. A key domain of the current campaign, named exactly as in the system',
    'rectification.excel.help.conduct':
      'Optional. One of 不敢为, 不会为, 不想为, 乱作为, 不作为, 慢作为 (or its English label)',
    'rectification.excel.help.measures': 'Optional. The measures taken',
    'rectification.excel.help.responsiblePerson':
      'Optional. The responsible person (with the post if useful)',
    'rectification.excel.help.due':
      'Required. A date (2026-07-31 or 2026年7月31日), or "20 working days" (counted from the day of the import)',
    'rectification.excel.help.status':
      "Optional. To rectify or Rectifying (blank: to rectify); sign-off is the unit leader's, in the system",
    'rectification.excel.help.completion': 'Optional. What was done',
    'rectification.excel.help.source':
      'Optional. Imported rows are self-inspection problems; problems from other sources are opened by their module',
    'rectification.import.cell_not_text':
      '"{column}" is not text: a formula must carry its computed value (save the file in Excel first), and error values are not accepted',
    'rectification.import.required': '"{column}" is required',
    'rectification.import.too_long': '"{column}" is longer than {max} characters',
    'rectification.import.control_characters':
      '"{column}" contains control characters (such as NUL); remove them and import again',
    'rectification.import.unknown_domain': 'Domain "{value}" is not a key domain of the current campaign',
    'rectification.import.unknown_conduct':
      'Conduct type "{value}" is not allowed (不敢为, 不会为, 不想为, 乱作为, 不作为, 慢作为)',
    'rectification.import.bad_due': 'Deadline "{value}" is neither a date (2026-07-31) nor "N working days"',
    'rectification.import.unknown_status': 'Status "{value}" is not a known status',
    'rectification.import.status_not_importable':
      'Status "{value}" cannot be imported: an import enters problems to rectify or being rectified; claims and sign-offs are made in the system',
    'rectification.import.source_not_importable':
      'Source "{value}" cannot be imported: imported rows are self-inspection problems; other sources open their items themselves',
    'notification.rectification.opened':
      'A problem was entered in your unit\'s rectification ledger: "{problem}"; set the measures and rectify it',
    'notification.rectification.claim': 'Completion of "{problem}" was claimed; please review and sign off',
    'notification.rectification.return': '"{problem}" was returned for more rectification: {text}',
    'notification.rectification.signOff': '"{problem}" was signed off',
    'notification.rectification.awaiting_confirmation':
      'The unit signed off "{problem}", found by an inspection; the inspection team is asked to confirm',
    'notification.rectification.confirm': 'The inspection team confirmed the sign-off of "{problem}"',
    'notification.rectification.refuse':
      'The inspection team did not confirm "{problem}"; rectify it further: {text}',
    'notification.rectification.reopen': '"{problem}" was reopened for rectification: {text}',
  },
};
