import type { ModuleMessages } from '../../platform/i18n';

/** Server messages of this module (field errors and details), zh-CN and en-US with the same keys. */
export const dutiesMessages: ModuleMessages = {
  'zh-CN': {
    VERSION_IMMUTABLE: '已发布的版本不能修改，请新建一个版本',
    'duties.import.required': '“{column}”不能为空',
    'duties.import.too_long': '“{column}”超过 {max} 个字符',
    'duties.import.control_characters': '“{column}”含有控制字符（如 NUL 空字符），请删除后再导入',
    'duties.import.cell_not_text':
      '“{column}”不是文本：公式须带有计算结果（请在 Excel 中保存后再导入），不能是错误值',
    'duties.import.code_invalid': '“{column}”不能包含空格',
    'duties.import.unknown_category': '职权类别“{value}”不是允许的类别（见模板的“职权类别”工作表）',
    'duties.import.duplicate_in_file': '事项编码“{code}”与第 {row} 行重复',
    'duties.import.duplicate_existing': '事项编码“{code}”已存在于本单位的清单中',
    'duties.import.parent_missing': '主项编码“{code}”在文件和本单位的清单中都不存在',
    'duties.import.parent_rejected': '主项“{code}”所在的行未能导入',
    'duties.import.parent_self': '主项编码不能是本事项自己的编码',
    'duties.excel.sheet_power': '权力清单',
    'duties.excel.sheet_duty': '责任清单',
    'duties.excel.sheet_categories': '职权类别',
    'duties.excel.category_code': '代码',
    'duties.excel.category_label': '职权类别',
    'duties.excel.unit': '单位',
    'duties.excel.version': '版本',
    'duties.excel.status': '状态',
    'duties.status.draft': '草稿',
    'duties.status.submitted': '待审核',
    'duties.status.returned': '已退回',
    'duties.status.published': '已发布',
    'duties.status.superseded': '已被替代',
  },
  'en-US': {
    VERSION_IMMUTABLE: 'A published version cannot be changed; create a new version',
    'duties.import.required': '"{column}" is required',
    'duties.import.too_long': '"{column}" is longer than {max} characters',
    'duties.import.control_characters':
      '"{column}" contains control characters (such as NUL); remove them and import again',
    'duties.import.cell_not_text':
      '"{column}" is not text: a formula must carry its computed value (save the file in Excel first), and error values are not accepted',
    'duties.import.code_invalid': '"{column}" must not contain spaces',
    'duties.import.unknown_category':
      'Category "{value}" is not an allowed category (see the template\'s category sheet)',
    'duties.import.duplicate_in_file': 'Item code "{code}" repeats row {row}',
    'duties.import.duplicate_existing': 'Item code "{code}" already exists in this unit\'s list',
    'duties.import.parent_missing':
      'Main item code "{code}" exists neither in the file nor in this unit\'s list',
    'duties.import.parent_rejected': 'The row of main item "{code}" could not be imported',
    'duties.import.parent_self': "The main item code must not be the item's own code",
    'duties.excel.sheet_power': 'Power list',
    'duties.excel.sheet_duty': 'Responsibility list',
    'duties.excel.sheet_categories': 'Categories',
    'duties.excel.category_code': 'Code',
    'duties.excel.category_label': 'Category',
    'duties.excel.unit': 'Unit',
    'duties.excel.version': 'Version',
    'duties.excel.status': 'Status',
    'duties.status.draft': 'Draft',
    'duties.status.submitted': 'Submitted',
    'duties.status.returned': 'Returned',
    'duties.status.published': 'Published',
    'duties.status.superseded': 'Superseded',
  },
};
