import { Alert, App, Checkbox, Flex, Form, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { testId } from '../../../lib/form-values';
import { useCastBallot } from '../api/cast-ballot';
import { evaluationErrorMessage, onlyUnknown, SATISFACTION_ANSWERS } from '../ballots';
import type { BallotAnswer, BallotAnswers, MyBallotRound } from '../types';

type Target = MyBallotRound['targets'][number];

/** A score 0–100, or 不了解 (the checkbox beside it). */
function ScoreAnswer({
  value,
  onChange,
  indicatorKey,
  label,
}: {
  value?: BallotAnswer | undefined;
  onChange?: (value: BallotAnswer | null) => void;
  indicatorKey: string;
  label: string;
}) {
  const t = useT();
  const unknown = value === 'unknown';
  return (
    <Flex gap="middle" align="center" wrap>
      <InputNumber
        min={0}
        max={100}
        precision={0}
        disabled={unknown}
        value={typeof value === 'number' ? value : null}
        onChange={(next) => onChange?.(typeof next === 'number' ? next : null)}
        placeholder={t.myBallots.scorePlaceholder}
        aria-label={label}
        style={{ width: 140 }}
        data-testid={`ballot-answer-${indicatorKey}`}
      />
      <Checkbox
        checked={unknown}
        onChange={(e) => onChange?.(e.target.checked ? 'unknown' : null)}
        data-testid={`ballot-answer-${indicatorKey}-unknown`}
      >
        {t.myBallots.unknown}
      </Checkbox>
    </Flex>
  );
}

/**
 * The ballot for one target: one answer per indicator (满意 / 基本满意 / 不满意 / 不了解, or a
 * score 0–100 or 不了解), sent once (castBallot); the refusals the server may give (already cast,
 * one's own unit, the round not open) shown in the user's language.
 */
export function BallotFormModal({
  round,
  target,
  onClose,
}: {
  round: MyBallotRound;
  target: Target;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, BallotAnswer | null | undefined>>();
  const cast = useCastBallot();
  const [error, setError] = useState<string | null>(null);
  const answers = Form.useWatch([], form) ?? {};
  const allUnknown = onlyUnknown(round.indicators, answers);

  return (
    <Modal
      open
      title={format(t.myBallots.formTitle, { unit: target.unitName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.myBallots.submit}
      cancelText={t.common.cancel}
      confirmLoading={cast.isPending}
      okButtonProps={testId('ballot-submit')}
      width={640}
      data-testid="ballot-form"
    >
      <Typography.Paragraph type="secondary">{round.title}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="ballot"
        onValuesChange={() => setError(null)}
        onFinish={(values) => {
          const body: BallotAnswers = {};
          for (const indicator of round.indicators) {
            const answer = values[indicator.key];
            if (answer !== null && answer !== undefined) body[indicator.key] = answer;
          }
          cast.mutate(
            { roundId: round.roundId, targetId: target.targetId, answers: body },
            {
              onSuccess: () => {
                message.success(t.myBallots.submitted);
                onClose();
              },
              // Shown in the form (already cast: the list shows the target as scored once it refreshes).
              onError: (failure) => setError(evaluationErrorMessage(t, failure) ?? t.common.networkError),
            },
          );
        }}
      >
        {round.indicators.map((indicator) => (
          <Form.Item
            key={indicator.key}
            name={indicator.key}
            label={indicator.name}
            rules={[{ required: true, message: t.myBallots.answerRequired }]}
          >
            {round.scale === 'satisfaction' ? (
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                aria-label={indicator.name}
                options={SATISFACTION_ANSWERS.map((level) => ({ value: level, label: t.ballotLevel[level] }))}
                data-testid={`ballot-answer-${indicator.key}`}
              />
            ) : (
              <ScoreAnswer indicatorKey={indicator.key} label={indicator.name} />
            )}
          </Form.Item>
        ))}
      </Form>
      {allUnknown && (
        <Alert type="warning" showIcon title={t.myBallots.onlyUnknown} data-testid="ballot-only-unknown" />
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginTop: 12 }}
          role="alert"
          data-testid="ballot-error"
        />
      )}
    </Modal>
  );
}
