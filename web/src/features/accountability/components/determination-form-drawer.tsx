import { Alert, App, Button, Drawer, Flex, Form, Grid, Input, Select } from 'antd';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useCreateDetermination } from '../api/create-determination';
import { useUpdateDetermination } from '../api/update-determination';
import { formLabel, sanctionLabel } from '../labels';
import {
  CONDUCT_TYPES,
  type Conduct,
  type Determination,
  DISCIPLINE_FORMS,
  dispositionForm,
  LIABILITIES,
  type Liability,
  MEASURE_CODES,
  MEASURES,
  type Measure,
  SANCTION_KINDS,
  SANCTIONS,
  type SanctionKind,
} from '../types';
import { PersonsSelect } from './person-select';

interface Values {
  personId: string;
  liability: Liability;
  conducts?: Conduct[];
  domainId?: string | null;
  measures?: Measure[];
  sanctions?: SanctionKind[];
  note?: string;
}

export type DeterminationTarget = { mode: 'create' } | { mode: 'edit'; determination: Determination };

/**
 * 责任认定 of one person: liability, conduct types, domain, the measures (grouped by the four
 * forms) and sanctions (政务 and 党纪, each with its period); the disposition's form is shown as it
 * is chosen (the highest among them).
 */
export function DeterminationFormDrawer({
  caseId,
  target,
  domains,
  persons,
  onClose,
}: {
  caseId: string;
  target: DeterminationTarget;
  domains: { id: string; title: string }[];
  /** The persons the lead names, offered by name whatever the picker loaded. */
  persons: { id: string; name: string; unitName: string }[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const create = useCreateDetermination();
  const update = useUpdateDetermination();
  const onError = useApiErrorHandler();
  const editing = target.mode === 'edit' ? target.determination : null;
  const measures = Form.useWatch('measures', form) ?? editing?.measures ?? [];
  const sanctions = Form.useWatch('sanctions', form) ?? editing?.sanctions.map((s) => s.kind) ?? [];
  const live = dispositionForm(measures, sanctions);

  const known = [
    ...persons.map((p) => ({ value: p.id, label: `${p.name} · ${p.unitName}` })),
    ...(editing
      ? [{ value: editing.person.id, label: `${editing.person.name} · ${editing.person.unitName}` }]
      : []),
  ];
  const measureOptions = DISCIPLINE_FORMS.map((f) => ({
    label: formLabel(t, f),
    title: formLabel(t, f),
    options: MEASURE_CODES.filter((m) => MEASURES[m] === f).map((m) => ({ value: m, label: t.measure[m] })),
  })).filter((group) => group.options.length > 0);
  const sanctionOptions = [
    { label: t.determination.govSanctions, prefix: 'gov_' },
    { label: t.determination.partySanctions, prefix: 'party_' },
  ].map((group) => ({
    label: group.label,
    title: group.label,
    options: SANCTION_KINDS.filter((kind) => kind.startsWith(group.prefix)).map((kind) => ({
      value: kind,
      label: `${sanctionLabel(t, kind, SANCTIONS[kind].months)} · ${formLabel(t, SANCTIONS[kind].form)}`,
    })),
  }));

  const onFinish = (values: Values) => {
    const fields = {
      liability: values.liability,
      conducts: values.conducts ?? [],
      domainId: values.domainId ?? null,
      measures: values.measures ?? [],
      sanctions: values.sanctions ?? [],
      note: blankToNull(values.note),
    };
    const handlers = {
      onSuccess: () => {
        message.success(t.determination.saved);
        onClose();
      },
      onError: (error: unknown) => onError(error, form),
    };
    if (editing) update.mutate({ id: editing.id, ...fields }, handlers);
    else create.mutate({ caseId, personId: values.personId, ...fields }, handlers);
  };

  return (
    <Drawer
      open
      title={editing ? t.determination.editTitle : t.determination.addTitle}
      size={screens.sm === false ? '100%' : 600}
      onClose={onClose}
      data-testid="determination-drawer"
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="determination-submit"
          >
            {t.common.save}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="determination"
        initialValues={
          editing
            ? {
                personId: editing.person.id,
                liability: editing.liability,
                conducts: editing.conducts,
                domainId: editing.domainId,
                measures: editing.measures,
                sanctions: editing.sanctions.map((s) => s.kind),
                note: editing.note ?? undefined,
              }
            : { personId: persons.length === 1 ? persons[0]!.id : undefined }
        }
        onFinish={onFinish}
      >
        <Form.Item
          name="personId"
          label={t.determination.person}
          rules={[{ required: true, message: t.common.required }]}
        >
          <PersonsSelect<string>
            known={known}
            disabled={editing !== null}
            data-testid="determination-person"
          />
        </Form.Item>
        <Form.Item
          name="liability"
          label={t.determination.liability}
          rules={[{ required: true, message: t.common.required }]}
        >
          <Select
            options={LIABILITIES.map((value) => ({ value, label: t.liability[value] }))}
            data-testid="determination-liability"
          />
        </Form.Item>
        <Flex gap="middle" wrap>
          <Form.Item name="conducts" label={t.determination.conducts} style={{ flex: '1 1 220px' }}>
            <Select
              mode="multiple"
              allowClear
              options={CONDUCT_TYPES.map((value) => ({ value, label: t.conduct[value] }))}
              data-testid="determination-conducts"
            />
          </Form.Item>
          <Form.Item name="domainId" label={t.determination.domain} style={{ flex: '1 1 200px' }}>
            <Select
              allowClear
              options={domains.map((domain) => ({ value: domain.id, label: domain.title }))}
              data-testid="determination-domain"
            />
          </Form.Item>
        </Flex>
        <Form.Item name="measures" label={t.determination.measures}>
          <Select mode="multiple" allowClear options={measureOptions} data-testid="determination-measures" />
        </Form.Item>
        <Form.Item name="sanctions" label={t.determination.sanctions}>
          <Select
            mode="multiple"
            allowClear
            maxCount={4}
            options={sanctionOptions}
            data-testid="determination-sanctions"
          />
        </Form.Item>
        <Alert
          type={live >= 3 ? 'error' : live === 2 ? 'warning' : 'info'}
          showIcon
          className="toolbar"
          title={
            live ? format(t.determination.formLive, { form: formLabel(t, live) }) : t.determination.formNone
          }
          data-testid="determination-form-live"
          data-form={live}
        />
        <Form.Item name="note" label={t.determination.note}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            data-testid="determination-note"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
