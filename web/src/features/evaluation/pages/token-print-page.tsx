import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, QRCode, Result, Select, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageSpinner } from '../../../components/page-spinner';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useEvaluationRound } from '../api/get-evaluation-round';
import { useEvaluationTokens } from '../api/list-evaluation-tokens';
import { evaluationRoundHref } from '../module';
import { groupName, tokenGroups } from '../round-config';
import { PORTAL_BASE, tokenBallotUrl, toPages } from '../token-links';
import type { EvaluatorGroup } from '../types';
import '../components/token-sheet.css';

/**
 * 打印凭证清单: a round's tokens (one group's, or all) laid out on A4 pages, 3 × 4 a page, each
 * with its QR code (the portal's ballot form, the token in the fragment), its 序号, its group and
 * the token itself for those who type it. Viewing the tokens is audited by the server.
 */
export function TokenPrintPage() {
  const { id } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const t = useT();
  const round = useEvaluationRound(id);
  const tokens = useEvaluationTokens(id);
  const group = params.get('group') as EvaluatorGroup | null;

  const back = (
    <Link to={evaluationRoundHref(id ?? '', 'tokens')} data-testid="token-print-back">
      <ArrowLeftOutlined /> {round.data?.title ?? t.evaluation.back}
    </Link>
  );
  if (round.isError || tokens.isError) {
    const error = round.error ?? tokens.error;
    const missing = error instanceof ApiError && [403, 404].includes(error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.evaluationTokens.loadFailed}
        extra={back}
      />
    );
  }
  if (!round.data || !tokens.data) return <PageSpinner />;
  const shown = tokens.data.filter((token) => !group || token.group === group);
  const origin = window.location.origin;
  const title = round.data.title;

  return (
    <>
      <Flex vertical gap="small" className="page-header token-toolbar">
        {back}
        <Typography.Title level={2} className="page-title">
          {format(t.evaluationTokens.printTitle, { title })}
        </Typography.Title>
        <Alert type="info" showIcon title={t.evaluationTokens.printHint} />
        <Flex gap="small" wrap align="center">
          <Select<string>
            value={group ?? ''}
            aria-label={t.evaluationTokens.printGroup}
            onChange={(next) => setParams(next ? { group: next } : {}, { replace: true })}
            options={[
              { value: '', label: t.evaluationTokens.printAll },
              ...tokenGroups(round.data).map((g) => ({ value: g.group, label: g.name })),
            ]}
            style={{ minWidth: 200 }}
            data-testid="token-print-group"
          />
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={shown.length === 0}
            onClick={() => window.print()}
            data-testid="token-print-button"
          >
            {t.evaluationTokens.printButton}
          </Button>
        </Flex>
      </Flex>
      {shown.length === 0 ? (
        <Empty description={t.evaluationTokens.none} />
      ) : (
        <div className="token-sheet" data-testid="token-sheet">
          {toPages(shown).map((page) => (
            <section key={page[0]!.id} className="token-page">
              {page.map((token) => (
                <div key={token.id} className="token-card" data-testid="token-card" data-token={token.token}>
                  <div className="token-card-round">{title}</div>
                  <div className="token-card-group">
                    {groupName(round.data, token.group, t.evaluatorGroup)}
                  </div>
                  <div className="token-card-label">{token.label}</div>
                  <QRCode
                    value={tokenBallotUrl(origin, token.token)}
                    type="svg"
                    size={104}
                    bordered={false}
                    errorLevel="M"
                  />
                  <div className="token-card-code">{token.token}</div>
                  <div className="token-card-hint">
                    {t.evaluationTokens.scanToVote}
                    <br />
                    {`${origin}${PORTAL_BASE}/evaluate`}
                    <br />
                    {t.evaluationTokens.oneTime}
                  </div>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
