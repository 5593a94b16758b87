import { Flex, Form, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { PersonRecord } from '../components/person-record';
import { PersonsSelect } from '../components/person-select';

/** 问责记录查询: a person's accountability record, by `?person=<id>` (determinations link here). */
export function PersonRecordPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const personId = params.get('person');
  return (
    <>
      <PageHeader title={t.personRecord.pageTitle} />
      <Flex vertical gap={12}>
        <Form layout="vertical" style={{ maxWidth: 480 }}>
          <Form.Item label={t.personRecord.pick} extra={t.personRecord.audited} style={{ marginBottom: 0 }}>
            <PersonsSelect<string>
              value={personId ?? undefined}
              placeholder={t.personRecord.pickPlaceholder}
              onChange={(value) => setParams(value ? { person: value } : {}, { replace: true })}
              data-testid="person-record-pick"
            />
          </Form.Item>
        </Form>
        {personId ? (
          <PersonRecord personId={personId} />
        ) : (
          <Typography.Paragraph type="secondary">{t.personRecord.choose}</Typography.Paragraph>
        )}
      </Flex>
    </>
  );
}
