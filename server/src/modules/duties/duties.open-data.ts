import { type OpenDatasetSource, openField, pagesOf } from '../../platform/open-data';
import { listPublicItems } from './duties.service';

/** 权责清单: the published version of every published item, through the portal's own list. */
export const publishedDutyItemsDataset: OpenDatasetSource = {
  id: 'duty-items',
  title: { 'zh-CN': '权责清单事项', 'en-US': 'Power and responsibility list items' },
  description: {
    'zh-CN': '各单位已公布的权力事项和责任事项（现行公布版本），与门户“权责清单”页一致。',
    'en-US':
      "Every unit's published power and duty items (the version in force), as the portal's lists show them.",
  },
  fields: [
    openField('id', 'string', '事项标识（稳定）', 'Item id (stable)'),
    openField('unitName', 'string', '责任单位', 'Responsible unit'),
    openField('kind', 'string', '类型：power 权力事项，duty 责任事项', 'Kind: power or duty'),
    openField('code', 'string', '事项编码', 'Item code'),
    openField('version', 'integer', '公布版本号', 'Published version number'),
    openField('name', 'string', '事项名称', 'Item name'),
    openField('category', 'string', '职权类别代码', 'Category code'),
    openField('legalBasis', 'string', '设定依据', 'Legal basis'),
    openField('implementingBody', 'string', '实施主体', 'Implementing body'),
    openField('handlingOffice', 'string', '承办机构', 'Handling office'),
    openField('responsibilities', 'string', '责任事项', 'Responsibilities'),
    openField('accountabilityConditions', 'string', '追责情形', 'Conditions for accountability'),
    openField('accountabilityBasis', 'string', '追责依据', 'Basis for accountability'),
    openField('remarks', 'string', '备注', 'Remarks'),
    openField('publishedAt', 'datetime', '公布时间', 'Published at'),
  ],
  updatedField: 'publishedAt',
  async *rows(ctx) {
    for await (const item of pagesOf((p) => listPublicItems(ctx, p).then((r) => ({ items: r.items })))) {
      const { unitId: _unitId, ...row } = item;
      yield row;
    }
  },
};
