import { Card, Flex, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { listHref } from '../../../app/registry';
import type { MonthlyFigure } from '../types';

/**
 * The pre-filled figures, read-only, under their groups; each links to the list of its records
 * where one exists (the list shows them in the reader's own scope).
 */
export function MonthlyFigures({ figures }: { figures: MonthlyFigure[] }) {
  const groups: { key: string; label: string; figures: MonthlyFigure[] }[] = [];
  for (const figure of figures) {
    let group = groups.find((g) => g.key === figure.group);
    if (!group) {
      group = { key: figure.group, label: figure.groupLabel, figures: [] };
      groups.push(group);
    }
    group.figures.push(figure);
  }
  return (
    <Flex vertical gap={12} data-testid="monthly-report-figures">
      {groups.map((group) => (
        <Card key={group.key} size="small" type="inner" title={group.label}>
          <Flex gap={24} wrap>
            {group.figures.map((figure) => {
              const href = figure.link ? listHref(figure.link.operationId, figure.link.query) : null;
              const value = (
                <Statistic
                  title={figure.label}
                  value={figure.value}
                  data-testid="monthly-report-figure"
                  data-key={figure.key}
                />
              );
              return (
                <div key={figure.key} style={{ minWidth: 120 }}>
                  {href ? (
                    <Link to={href} data-testid="monthly-report-figure-link">
                      {value}
                    </Link>
                  ) : (
                    <Typography.Text>{value}</Typography.Text>
                  )}
                </div>
              );
            })}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
