import { Button, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import type { SpotCheckDrawStep } from '../types';

/**
 * The draw step by step: each random number (SHA-256 of the seed and the counter), the range
 * it was reduced to, and what it picked — or that it was discarded to keep the choice unbiased.
 * The viewer steps through it (下一步) or shows it whole; `nameOf` names a roster entry.
 */
export function DrawLog({
  steps,
  nameOf,
}: {
  steps: SpotCheckDrawStep[];
  nameOf: (rosterId: string) => string;
}) {
  const t = useT();
  const [shown, setShown] = useState(0);
  if (steps.length === 0) return <Typography.Text type="secondary">{t.spotCheck.noSteps}</Typography.Text>;
  const visible = steps.slice(0, shown);
  return (
    <Flex vertical gap="small" data-testid="spot-check-draw-log">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.spotCheck.drawLogHint}
      </Typography.Paragraph>
      <Flex gap="small" wrap align="center">
        <Button
          onClick={() => setShown((n) => Math.min(n + 1, steps.length))}
          disabled={shown >= steps.length}
          data-testid="spot-check-draw-next"
        >
          {t.spotCheck.nextStep}
        </Button>
        <Button
          onClick={() => setShown(steps.length)}
          disabled={shown >= steps.length}
          data-testid="spot-check-draw-all"
        >
          {t.spotCheck.showAll}
        </Button>
        <Button onClick={() => setShown(0)} disabled={shown === 0}>
          {t.spotCheck.restart}
        </Button>
        <Typography.Text type="secondary" data-testid="spot-check-draw-shown">
          {format(t.spotCheck.stepShown, { shown, total: steps.length })}
        </Typography.Text>
      </Flex>
      {visible.length > 0 && (
        <Timeline
          items={visible.map((step) => ({
            key: step.counter,
            color: step.accepted ? 'blue' : 'gray',
            content: (
              <div data-testid="spot-check-draw-step">
                <Typography.Text strong>
                  #{step.counter}{' '}
                  {format(step.kind === 'target' ? t.spotCheck.stepTarget : t.spotCheck.stepInspector, {
                    slot: step.targetIndex + 1,
                  })}
                </Typography.Text>
                <div>
                  <Typography.Text code>
                    {format(t.spotCheck.stepValue, { value: step.value, bound: step.bound })}
                  </Typography.Text>
                </div>
                <div>
                  {step.rosterId
                    ? format(t.spotCheck.stepPicked, { name: nameOf(step.rosterId) })
                    : t.spotCheck.stepRejected}
                </div>
              </div>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
