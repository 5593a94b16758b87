import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ListTable } from '../../../components/list-table';
import { StatusTag } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { SpotCheckFinding } from '../types';
import { DisposeModal } from './dispose-modal';

/** What became of a finding: waiting, in the rectification ledger, or transferred. */
function DispositionTag({ finding }: { finding: SpotCheckFinding }) {
  const t = useT();
  if (!finding.disposition) return <StatusTag tone="warning">{t.spotCheck.undisposed}</StatusTag>;
  return (
    <StatusTag
      tone={finding.disposition === 'transfer' ? 'error' : 'processing'}
      data-testid="spot-check-disposition"
    >
      {t.spotCheckDisposition[finding.disposition]}
    </StatusTag>
  );
}

/** The findings of a plan or a target; the organiser disposes of each once. */
export function FindingsTable({
  findings,
  canDispose,
  showUnit = true,
}: {
  findings: SpotCheckFinding[];
  canDispose: boolean;
  showUnit?: boolean;
}) {
  const t = useT();
  const [disposing, setDisposing] = useState<SpotCheckFinding | null>(null);
  const columns: TableColumnsType<SpotCheckFinding> = [
    ...(showUnit ? [{ key: 'unit', title: t.spotCheck.unit, dataIndex: 'unitName' }] : []),
    { key: 'problem', title: t.spotCheck.problem, dataIndex: 'problem', width: 280 },
    { key: 'conduct', title: t.spotCheck.conduct, render: (_, f) => t.conduct[f.conduct] },
    { key: 'severity', title: t.spotCheck.severity, render: (_, f) => t.spotCheckSeverity[f.severity] },
    { key: 'domain', title: t.spotCheck.domain, dataIndex: 'domainTitle' },
    { key: 'disposition', title: t.spotCheck.disposition, render: (_, f) => <DispositionTag finding={f} /> },
    { key: 'note', title: t.spotCheck.dispositionNote, dataIndex: 'dispositionNote' },
    ...(canDispose
      ? [
          {
            key: 'actions',
            title: t.common.actions,
            render: (_: unknown, f: SpotCheckFinding) =>
              f.disposition === null && (
                <Button size="small" onClick={() => setDisposing(f)} data-testid="spot-check-dispose">
                  {t.spotCheck.dispose}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <>
      <ListTable<SpotCheckFinding>
        columns={columns}
        dataSource={findings}
        data-testid="spot-check-findings"
      />
      {disposing && <DisposeModal finding={disposing} onClose={() => setDisposing(null)} />}
    </>
  );
}
