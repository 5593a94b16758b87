import { ArrowLeftOutlined, BellOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Result, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { RecordHistory } from '../../../components/record-history';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useCan, workflowActions } from '../../../lib/use-can';
import { useMonthlyReport } from '../api/get-monthly-report';
import { useUpdateMonthlyReport } from '../api/update-monthly-report';
import { MonthlyFigures } from '../components/monthly-figures';
import { MonthlyReportActionButtons } from '../components/monthly-report-actions';
import { MonthlyReportStatusTag } from '../components/monthly-report-tags';
import { RemindModal } from '../components/remind-modal';
import { MONTHLY_REPORTS_PATH } from '../module';
import { monthLabel } from '../months';
import { MONTHLY_REPORT_WORKFLOW } from '../types';

const OPEN = ['draft', 'returned'];

/**
 * One monthly report: the pre-filled figures (read-only, each linking to its records), the
 * narrative the clerk writes while the report is open, the approval steps of the person's role,
 * 催报 for the office, and the report's history.
 */
export function MonthlyReportPage() {
  const { id } = useParams<{ id: string }>();
  const t = useT();
  const locale = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const detail = useMonthlyReport(id);
  const save = useUpdateMonthlyReport();
  const [form] = Form.useForm<{ narrative: string }>();
  const [reminding, setReminding] = useState(false);
  const report = detail.data?.report;
  useEffect(() => {
    if (report) form.setFieldsValue({ narrative: report.narrative });
  }, [report, form]);

  const back = (
    <Link to={MONTHLY_REPORTS_PATH} data-testid="monthly-report-back">
      <ArrowLeftOutlined /> {t.monthlyReports.back}
    </Link>
  );
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && [403, 404].includes(detail.error.status);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t.common.notFound : t.common.networkError}
        extra={back}
        data-testid="monthly-report-error"
      />
    );
  }
  if (!detail.data || !report) return <PageSpinner />;
  const { figures, frozen, coverage } = detail.data;
  const title = `${report.unitName} · ${monthLabel(t, report.month)}`;
  const editable = can('monthlyReport.fill') && OPEN.includes(report.status);
  // The clerk's step in the clerk's view, the leader's in the leader's (the server decides again).
  const actions = workflowActions(MONTHLY_REPORT_WORKFLOW, report.status, can);

  const fields = [
    { key: 'unit', label: t.monthlyReports.unit, children: report.unitName },
    { key: 'role', label: t.monthlyReports.role, children: t.monthlyReportRole[report.role] },
    { key: 'month', label: t.monthlyReports.month, children: monthLabel(t, report.month) },
    {
      key: 'dueDate',
      label: t.monthlyReports.dueDate,
      children: report.dueDateProvisional
        ? format(t.common.withNote, {
            text: formatDate(report.dueDate, locale),
            note: t.monthlyReports.provisional,
          })
        : formatDate(report.dueDate, locale),
    },
    {
      key: 'submittedAt',
      label: t.monthlyReports.submittedAt,
      children: report.submittedAt
        ? format(t.common.withNote, {
            text: formatDateTime(report.submittedAt, locale),
            note: report.late ? t.monthlyReports.lateValue : t.monthlyReports.onTime,
          })
        : report.late
          ? t.monthlyReports.overdue
          : null,
    },
    {
      key: 'coverage',
      label: t.monthlyReports.coverage,
      // A supervision department's 问责情况 is the campaign's, held by the commission outside the tree.
      children: format(
        report.role === 'supervision'
          ? t.monthlyReports.coverageWholeCampaign
          : t.monthlyReports.coverageValue,
        { unit: coverage.unitName },
      ),
    },
    { key: 'reminders', label: t.monthlyReports.reminders, children: report.reminders },
  ];

  return (
    <>
      <Flex vertical gap="small" className="page-header" data-testid="monthly-report">
        {back}
        <Typography.Title level={2} className="page-title" data-testid="monthly-report-title">
          {title}
        </Typography.Title>
        <Flex gap="small" wrap align="center">
          <MonthlyReportStatusTag status={report.status} />
        </Flex>
        <Flex gap="small" wrap data-testid="monthly-report-actions">
          <MonthlyReportActionButtons report={report} actions={actions} title={title} />
          {can('monthlyReport.manage') && report.status !== 'submitted' && (
            <Button
              icon={<BellOutlined />}
              onClick={() => setReminding(true)}
              data-testid="monthly-report-remind"
            >
              {t.monthlyReports.remind}
            </Button>
          )}
        </Flex>
      </Flex>
      {report.status === 'returned' && report.returnReason && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={format(t.common.labelValue, {
            label: t.monthlyReports.returnReason,
            value: report.returnReason,
          })}
          data-testid="monthly-report-returned"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card size="small" title={t.monthlyReports.figures}>
              <Typography.Paragraph type="secondary" data-testid="monthly-report-frozen" data-frozen={frozen}>
                {frozen ? t.monthlyReports.figuresFrozen : t.monthlyReports.figuresLive}
              </Typography.Paragraph>
              <MonthlyFigures figures={figures} />
            </Card>
            <Card size="small" title={t.monthlyReports.narrative}>
              {editable ? (
                <Form
                  form={form}
                  layout="vertical"
                  name="monthly-report-narrative"
                  initialValues={{ narrative: report.narrative }}
                  onFinish={(values) =>
                    save.mutate(
                      { id: report.id, narrative: values.narrative ?? '' },
                      {
                        onSuccess: () => message.success(t.monthlyReports.saved),
                        onError: (error) => onError(error, form),
                      },
                    )
                  }
                >
                  <Typography.Paragraph type="secondary">
                    {t.monthlyReports.narrativeHint}
                  </Typography.Paragraph>
                  <Form.Item name="narrative">
                    <Input.TextArea
                      autoSize={{ minRows: 6, maxRows: 20 }}
                      maxLength={8000}
                      showCount
                      placeholder={t.monthlyReports.narrativePlaceholder}
                      data-testid="monthly-report-narrative"
                    />
                  </Form.Item>
                  <Button htmlType="submit" loading={save.isPending} {...testId('monthly-report-save')}>
                    {t.monthlyReports.save}
                  </Button>
                </Form>
              ) : (
                <Typography.Paragraph className="pre-wrap" data-testid="monthly-report-narrative-text">
                  {report.narrative || '—'}
                </Typography.Paragraph>
              )}
            </Card>
            <Card size="small" title={t.common.details}>
              <Details column={1} bordered items={fields} data-testid="monthly-report-details" />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t.history.tab}>
            <RecordHistory recordType="monthly_report" id={report.id} />
          </Card>
        </Col>
      </Row>
      {reminding && (
        <RemindModal reportId={report.id} unitName={report.unitName} onClose={() => setReminding(false)} />
      )}
    </>
  );
}
