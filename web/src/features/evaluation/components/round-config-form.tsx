import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { toFieldErrors } from '../../../lib/form-errors';
import { useUpdateEvaluationRound } from '../api/save-evaluation-round';
import {
  defaultChannel,
  nextKey,
  type RoundConfig,
  remainingWeight,
  roundConfigOf,
  roundUpdateOf,
  WEIGHT_TOTAL,
  weightSum,
} from '../round-config';
import {
  BALLOT_CHANNELS,
  DEFAULT_LEVEL_SCORES,
  EVALUATION_SCALES,
  EVALUATION_TEXT_LIMITS,
  EVALUATOR_GROUPS,
  type EvaluationRound,
  type EvaluatorGroup,
  type EvaluatorGroupConfig,
  type LevelScores,
} from '../types';
import { closesAfterOpens, DATE_TIME_FORMAT, toMoment } from './round-form-fields';
import { useEvaluationErrorHandler } from './use-evaluation-error';

/** The form's values: the configuration, the window as two pickers' moments. */
type Values = Omit<RoundConfig, 'opensAt' | 'closesAt'> & { opensAt: Dayjs; closesAt: Dayjs };

function valuesOf(round: EvaluationRound): Values {
  const config = roundConfigOf(round);
  return { ...config, opensAt: dayjs(config.opensAt), closesAt: dayjs(config.closesAt) };
}

const LEVELS = Object.keys(DEFAULT_LEVEL_SCORES) as (keyof LevelScores)[];

/** A section of the configuration: a card with its hint. */
function Section({
  title,
  hint,
  extra,
  children,
  testId,
}: {
  title: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {children}
    </Card>
  );
}

/**
 * A list of named entries keyed by the form (categories c1, c2…; indicators i1, i2…): the office
 * writes the names, the keys stay as given (ballots and results refer to them).
 */
function KeyedNames(props: {
  name: 'categories' | 'indicators';
  prefix: string;
  max: number;
  values: { key?: string; name?: string }[] | undefined;
  title: ReactNode;
  hint?: ReactNode;
  addLabel: ReactNode;
  placeholder: string;
  /** round-form-<testId>-add, -name-<i>, -remove-<i>. */
  testId: string;
  editable: boolean;
  removeButton: (onClick: () => void, id: string) => ReactNode;
  onAdded: () => void;
}) {
  const t = useT();
  return (
    <Form.List name={props.name}>
      {(fields, { add, remove }) => (
        <Section
          title={props.title}
          hint={props.hint}
          testId={`round-form-${props.name}`}
          extra={
            props.editable && (
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= props.max}
                onClick={() => {
                  add({
                    key: nextKey(
                      props.prefix,
                      (props.values ?? []).map((v) => v?.key),
                    ),
                    name: '',
                  });
                  props.onAdded();
                }}
                data-testid={`round-form-${props.testId}-add`}
              >
                {props.addLabel}
              </Button>
            )
          }
        >
          {fields.map((field, index) => (
            <Flex key={field.key} gap="small" align="baseline">
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t.common.required }]}
                style={{ flex: '1 1 240px', maxWidth: 360 }}
              >
                <Input
                  maxLength={EVALUATION_TEXT_LIMITS.name}
                  placeholder={props.placeholder}
                  aria-label={props.placeholder}
                  data-testid={`round-form-${props.testId}-name-${index}`}
                />
              </Form.Item>
              <Typography.Text type="secondary" code title={t.evaluation.key}>
                {props.values?.[index]?.key}
              </Typography.Text>
              {fields.length > 1 &&
                props.removeButton(() => remove(field.name), `round-form-${props.testId}-remove-${index}`)}
            </Flex>
          ))}
        </Section>
      )}
    </Form.List>
  );
}

/**
 * The configuration of a round: title, description and window; the scale (the levels' scores,
 * or 0–100) and whether extremes are dropped; the categories of units evaluated; the evaluator
 * groups with their weights (their live sum must read 100 %) and channels; the indicators; the
 * mutual evaluation pairs; the units evaluated in each category. Edited while the round is in
 * preparation (saved whole); shown read-only afterwards.
 */
export function RoundConfigForm({
  round,
  editable,
  onDirtyChange,
}: {
  round: EvaluationRound;
  editable: boolean;
  /** Told whether the form holds unsaved changes (a round is opened as saved). */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateEvaluationRound();
  const onError = useEvaluationErrorHandler();
  const initial = useMemo(() => valuesOf(round), [round]);
  const [dirty, setDirty] = useState(false);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  // What the form holds now (the round's own values until the form has rendered), the fields it
  // draws no control for (the keys) included.
  const watch = { form, preserve: true };
  const scale = Form.useWatch('scale', watch) ?? initial.scale;
  const categories: Values['categories'] = Form.useWatch('categories', watch) ?? initial.categories;
  const groups: Partial<EvaluatorGroupConfig>[] = Form.useWatch('groups', watch) ?? initial.groups;
  const indicators: Values['indicators'] = Form.useWatch('indicators', watch) ?? initial.indicators;
  const targets: Values['targets'] = Form.useWatch('targets', watch) ?? initial.targets;
  const sum = weightSum(groups);
  const sumOk = sum === WEIGHT_TOTAL;
  const categoryOptions = (categories ?? [])
    .filter((c) => c?.key)
    .map((c) => ({ value: c.key, label: c.name || c.key }));

  const save = () => {
    const values = form.getFieldsValue(true) as Values;
    const config: RoundConfig = {
      ...values,
      opensAt: toMoment(values.opensAt),
      closesAt: toMoment(values.closesAt),
    };
    update.mutate(
      { id: round.id, changes: roundUpdateOf(config) },
      {
        onSuccess: () => {
          message.success(t.evaluation.saved);
          setDirty(false);
        },
        onError: (error) => {
          // Field errors beside the fields the form draws; the targets' (by position) as a toast.
          if (error instanceof ApiError) {
            const fields = toFieldErrors(error).filter((f) => f.name[0] !== 'targets');
            if (fields.length > 0) {
              form.setFields(fields as Parameters<typeof form.setFields>[0]);
              form.scrollToField(fields[0]!.name as Parameters<typeof form.scrollToField>[0]);
            }
          }
          onError(error);
        },
      },
    );
  };

  const removeButton = (onClick: () => void, id: string) =>
    editable && (
      <Button
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t.evaluation.remove}
        onClick={() => {
          onClick();
          setDirty(true);
        }}
        data-testid={id}
      />
    );

  const changeGroup = (index: number, next: EvaluatorGroup) => {
    const before = groups[index];
    const row = form.getFieldValue(['groups', index]) as EvaluatorGroupConfig;
    // The name and channel follow the group unless they were changed from its defaults.
    const name = !before?.name || (before.group && before.name === t.evaluatorGroup[before.group]);
    const channel = !before?.channel || (before.group && before.channel === defaultChannel(before.group));
    form.setFieldValue(['groups', index], {
      ...row,
      group: next,
      ...(name ? { name: t.evaluatorGroup[next] } : {}),
      ...(channel ? { channel: defaultChannel(next) } : {}),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="round-config"
      disabled={!editable}
      initialValues={initial}
      onValuesChange={() => setDirty(true)}
      onFinish={save}
      data-testid="round-form"
    >
      <Flex vertical gap="middle">
        {!editable && round.status !== 'draft' && (
          <Typography.Text type="secondary">{t.evaluation.editOnlyDraft}</Typography.Text>
        )}
        <Section title={t.common.details} testId="round-form-basics">
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item
                name="title"
                label={t.evaluation.title}
                rules={[{ required: true, whitespace: true, message: t.common.required }]}
              >
                <Input maxLength={EVALUATION_TEXT_LIMITS.title} data-testid="round-form-title" />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name="opensAt"
                label={t.evaluation.opensAt}
                rules={[{ required: true, message: t.common.required }]}
              >
                <DatePicker
                  showTime
                  format={DATE_TIME_FORMAT}
                  style={{ width: '100%' }}
                  data-testid="round-form-opens-at"
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item
                name="closesAt"
                label={t.evaluation.closesAt}
                dependencies={['opensAt']}
                rules={[{ required: true, message: t.common.required }, closesAfterOpens(t)]}
              >
                <DatePicker
                  showTime
                  format={DATE_TIME_FORMAT}
                  style={{ width: '100%' }}
                  data-testid="round-form-closes-at"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t.evaluation.description}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={EVALUATION_TEXT_LIMITS.description}
              data-testid="round-form-description"
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item name="scale" label={t.evaluation.scale}>
                <Radio.Group
                  options={EVALUATION_SCALES.map((s) => ({ value: s, label: t.evaluationScale[s] }))}
                  data-testid="round-form-scale"
                />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item
                name="trimExtremes"
                label={t.evaluation.trimExtremes}
                valuePropName="checked"
                extra={t.evaluation.trimExtremesHint}
              >
                <Switch data-testid="round-form-trim" />
              </Form.Item>
            </Col>
          </Row>
          {scale === 'satisfaction' && (
            <Form.Item label={t.evaluation.levelScores} extra={t.evaluation.levelScoresHint} required>
              <Flex gap="middle" wrap>
                {LEVELS.map((level) => (
                  <Form.Item
                    key={level}
                    name={['levelScores', level]}
                    noStyle
                    rules={[{ required: true, message: t.common.required }]}
                  >
                    <InputNumber
                      min={0}
                      max={100}
                      precision={0}
                      prefix={t.ballotLevel[level]}
                      aria-label={t.ballotLevel[level]}
                      style={{ width: 180 }}
                      data-testid={`round-form-level-${level}`}
                    />
                  </Form.Item>
                ))}
              </Flex>
            </Form.Item>
          )}
        </Section>

        <KeyedNames
          name="categories"
          prefix="c"
          max={10}
          values={categories}
          title={t.evaluation.categories}
          hint={t.evaluation.categoriesHint}
          addLabel={t.evaluation.addCategory}
          placeholder={t.evaluation.categoryName}
          testId="category"
          editable={editable}
          removeButton={removeButton}
          onAdded={() => setDirty(true)}
        />

        <Form.List name="groups">
          {(fields, { add, remove }) => {
            const used = new Set(groups.map((g) => g?.group));
            const free = EVALUATOR_GROUPS.find((g) => !used.has(g));
            return (
              <Section
                title={t.evaluation.groups}
                hint={t.evaluation.groupsHint}
                testId="round-form-groups"
                extra={
                  editable && (
                    <Button
                      icon={<PlusOutlined />}
                      disabled={!free}
                      onClick={() => {
                        if (!free) return;
                        add({
                          group: free,
                          name: t.evaluatorGroup[free],
                          weight: remainingWeight(groups),
                          channel: defaultChannel(free),
                        });
                        setDirty(true);
                      }}
                      data-testid="round-form-group-add"
                    >
                      {t.evaluation.addGroup}
                    </Button>
                  )
                }
              >
                {fields.map((field, index) => (
                  <Flex key={field.key} gap="small" wrap align="baseline" data-testid="round-form-group-row">
                    <Form.Item
                      name={[field.name, 'group']}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '1 1 160px', maxWidth: 200 }}
                    >
                      <Select<EvaluatorGroup>
                        aria-label={t.evaluation.group}
                        options={EVALUATOR_GROUPS.map((g) => ({
                          value: g,
                          label: t.evaluatorGroup[g],
                          disabled: used.has(g) && groups[index]?.group !== g,
                        }))}
                        onChange={(next) => changeGroup(index, next)}
                        data-testid={`round-form-group-${index}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: t.common.required }]}
                      style={{ flex: '1 1 160px', maxWidth: 220 }}
                    >
                      <Input
                        maxLength={EVALUATION_TEXT_LIMITS.name}
                        placeholder={t.evaluation.groupName}
                        aria-label={t.evaluation.groupName}
                        data-testid={`round-form-group-name-${index}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'weight']}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '0 0 120px' }}
                    >
                      <InputNumber
                        min={1}
                        max={100}
                        precision={0}
                        suffix="%"
                        aria-label={t.evaluation.weight}
                        style={{ width: '100%' }}
                        data-testid={`round-form-group-weight-${index}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'channel']}
                      rules={[{ required: true, message: t.common.required }]}
                      style={{ flex: '1 1 180px', maxWidth: 240 }}
                    >
                      <Select
                        aria-label={t.evaluation.channel}
                        options={BALLOT_CHANNELS.map((c) => ({ value: c, label: t.ballotChannel[c] }))}
                        data-testid={`round-form-group-channel-${index}`}
                      />
                    </Form.Item>
                    {fields.length > 1 &&
                      removeButton(() => remove(field.name), `round-form-group-remove-${index}`)}
                  </Flex>
                ))}
                <Typography.Text
                  strong
                  type={sumOk ? 'success' : 'danger'}
                  role="status"
                  data-testid="round-form-weight-sum"
                  data-sum={sum}
                  data-ok={sumOk}
                >
                  {sumOk ? t.evaluation.weightSumOk : format(t.evaluation.weightSumWrong, { sum })}
                </Typography.Text>
              </Section>
            );
          }}
        </Form.List>

        <KeyedNames
          name="indicators"
          prefix="i"
          max={20}
          values={indicators}
          title={t.evaluation.indicators}
          addLabel={t.evaluation.addIndicator}
          placeholder={t.evaluation.indicatorName}
          testId="indicator"
          editable={editable}
          removeButton={removeButton}
          onAdded={() => setDirty(true)}
        />

        <Form.List name="mutualPairs">
          {(fields, { add, remove }) => (
            <Section
              title={t.evaluation.mutualPairs}
              hint={t.evaluation.mutualPairsHint}
              testId="round-form-pairs"
              extra={
                editable && (
                  <Button
                    icon={<PlusOutlined />}
                    disabled={fields.length >= 20 || categoryOptions.length === 0}
                    onClick={() => {
                      add({ from: categoryOptions[0]?.value, to: categoryOptions.at(-1)?.value });
                      setDirty(true);
                    }}
                    data-testid="round-form-pair-add"
                  >
                    {t.evaluation.addPair}
                  </Button>
                )
              }
            >
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" wrap align="baseline">
                  <Form.Item
                    name={[field.name, 'from']}
                    rules={[{ required: true, message: t.common.required }]}
                    style={{ flex: '1 1 160px', maxWidth: 240 }}
                  >
                    <Select
                      options={categoryOptions}
                      prefix={`${t.evaluation.pairFrom}${t.history.labelSuffix}`}
                      aria-label={t.evaluation.pairFrom}
                      data-testid={`round-form-pair-from-${index}`}
                    />
                  </Form.Item>
                  <span aria-hidden="true">→</span>
                  <Form.Item
                    name={[field.name, 'to']}
                    rules={[{ required: true, message: t.common.required }]}
                    style={{ flex: '1 1 160px', maxWidth: 240 }}
                  >
                    <Select
                      options={categoryOptions}
                      prefix={`${t.evaluation.pairTo}${t.history.labelSuffix}`}
                      aria-label={t.evaluation.pairTo}
                      data-testid={`round-form-pair-to-${index}`}
                    />
                  </Form.Item>
                  {removeButton(() => remove(field.name), `round-form-pair-remove-${index}`)}
                </Flex>
              ))}
            </Section>
          )}
        </Form.List>

        <Section title={t.evaluation.targets} hint={t.evaluation.targetsHint} testId="round-form-targets">
          {categoryOptions.map((category) => {
            // A unit is evaluated in one category: the others' units cannot be picked here.
            const elsewhere = new Set(
              Object.entries(targets ?? {})
                .filter(([key]) => key !== category.value && categoryOptions.some((c) => c.value === key))
                .flatMap(([, ids]) => ids ?? []),
            );
            return (
              <Form.Item
                key={category.value}
                name={['targets', category.value]}
                label={format(t.evaluation.targetsOf, { category: category.label })}
              >
                <UnitTreeSelect
                  multiple
                  allowClear
                  placeholder={t.evaluation.selectUnits}
                  disabledIds={elsewhere}
                  data-testid={`round-form-targets-${category.value}`}
                />
              </Form.Item>
            );
          })}
        </Section>

        {editable && (
          <Flex gap="small" wrap className="round-form-footer">
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={update.isPending}
              data-testid="round-form-save"
            >
              {t.evaluation.save}
            </Button>
            <Button
              icon={<UndoOutlined />}
              disabled={!dirty}
              onClick={() => {
                form.resetFields();
                setDirty(false);
              }}
              data-testid="round-form-reset"
            >
              {t.evaluation.reset}
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );
}
