import { Flex, Steps, Typography } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDate } from '../../../lib/format';
import { ESCALATION_STEPS, type SupervisionEscalation } from '../types';

/**
 * The ladder of the current due date (催办 → 预警 → 通报批评 → 移交): the steps reached, with the
 * day each was reached and how late the item was then; earlier due dates' steps below.
 */
export function EscalationSteps({
  escalations,
  dueDate,
}: {
  escalations: readonly SupervisionEscalation[];
  dueDate: string;
}) {
  const t = useT();
  const locale = useLocale();
  if (escalations.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="supervision-escalations-none">
        {t.supervision.noEscalations}
      </Typography.Text>
    );
  const current = new Map(
    escalations.filter((escalation) => escalation.dueDate === dueDate).map((e) => [e.step, e]),
  );
  const earlier = escalations.filter((escalation) => escalation.dueDate !== dueDate);
  const when = (escalation: SupervisionEscalation) =>
    [
      format(t.supervision.escalationReached, { date: formatDate(escalation.reachedOn, locale) }),
      escalation.workingDaysOverdue >= 0
        ? format(t.supervision.escalationOverdue, { days: escalation.workingDaysOverdue })
        : format(t.supervision.escalationAhead, { days: -escalation.workingDaysOverdue }),
    ].join(' · ');
  const reachedCount = ESCALATION_STEPS.filter((step) => current.has(step)).length;
  return (
    <Flex vertical gap="middle" data-testid="supervision-escalations">
      {current.size > 0 && (
        <Steps
          direction="vertical"
          size="small"
          current={reachedCount - 1}
          items={ESCALATION_STEPS.map((step) => {
            const reached = current.get(step);
            return {
              title: t.escalationStep[step],
              status: reached ? 'finish' : 'wait',
              description: reached ? (
                <span data-testid="supervision-escalation" data-step={step}>
                  {when(reached)}
                </span>
              ) : undefined,
            };
          })}
        />
      )}
      {earlier.length > 0 && (
        <ul className="plain-list">
          {earlier.map((escalation) => (
            <li key={`${escalation.dueDate}-${escalation.step}`}>
              <Typography.Text type="secondary">
                {format(t.common.withNote, {
                  text: `${t.escalationStep[escalation.step]} · ${when(escalation)}`,
                  note: format(t.common.labelValue, {
                    label: t.supervision.dueDate,
                    value: formatDate(escalation.dueDate, locale),
                  }),
                })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
