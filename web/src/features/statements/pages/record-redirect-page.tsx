import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Result, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { useLocateStatement } from '../api/locate-statement';
import { COMMITMENTS_PATH, STATEMENTS_PATH, statementHref } from '../module';

/**
 * A commitment or a public comment opened by its id alone (a notification, the audit log): the
 * record's history names its statement, whose page opens on it.
 */
function RecordRedirect({
  recordType,
  param,
  back,
}: {
  recordType: 'commitment' | 'statement_comment';
  param: 'commitment' | 'comment';
  back: string;
}) {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const navigate = useNavigate();
  const located = useLocateStatement(recordType, id);
  const statementId = located.data;

  useEffect(() => {
    if (statementId && id)
      navigate(`${statementHref(statementId)}?${new URLSearchParams({ [param]: id })}`, { replace: true });
  }, [statementId, id, param, navigate]);

  if (located.isError || located.data === null)
    return (
      <Result
        status="404"
        title={t.statements.notFound}
        extra={
          <Link to={back}>
            <ArrowLeftOutlined /> {back === COMMITMENTS_PATH ? t.nav.commitments : t.nav.statements}
          </Link>
        }
      />
    );
  return (
    <Flex vertical align="center" gap="small" className="page-spinner" data-testid="statement-locating">
      <Spin />
      <Typography.Text type="secondary">{t.statements.locating}</Typography.Text>
    </Flex>
  );
}

export function CommitmentRedirectPage() {
  return <RecordRedirect recordType="commitment" param="commitment" back={COMMITMENTS_PATH} />;
}

export function StatementCommentRedirectPage() {
  return <RecordRedirect recordType="statement_comment" param="comment" back={STATEMENTS_PATH} />;
}
