import { App, Button, Divider, Drawer, Flex, Form, Grid, Result, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Details } from '../../../components/details';
import { PageSpinner } from '../../../components/page-spinner';
import { historyTab } from '../../../components/record-history';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { blankToNull } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { useCan } from '../../../lib/use-can';
import { useCreateDutyItem } from '../api/create-duty-item';
import { useDutyItem } from '../api/get-duty-item';
import { useUpdateDutyItemDraft } from '../api/update-duty-item-draft';
import { allowedCommands, type DutyItemContext, isReviewAction } from '../duty-actions';
import type { DutyItem, DutyItemAction, DutyItemContent, DutyItemKind } from '../types';
import { DutyItemActions } from './duty-item-actions';
import { DutyItemForm, type DutyItemFormValues, toDutyItemFormValues } from './duty-item-form';
import { DutyStatusTag } from './duty-status-tag';
import { ReviewPanel } from './review-panel';
import { VersionContent } from './version-content';
import { VersionHistory } from './version-history';

export type DutyItemDrawerTarget =
  | { mode: 'create'; kind: DutyItemKind; unitId?: string | undefined }
  /** `review`: opened from the approval queue, with the reviewer's actions only. */
  | { mode: 'view'; id: string; context?: DutyItemContext };

function toContent(values: DutyItemFormValues): DutyItemContent {
  return {
    name: values.name.trim(),
    category: values.category ?? null,
    legalBasis: blankToNull(values.legalBasis),
    implementingBody: blankToNull(values.implementingBody),
    handlingOffice: blankToNull(values.handlingOffice),
    responsibilities: blankToNull(values.responsibilities),
    accountabilityConditions: blankToNull(values.accountabilityConditions),
    accountabilityBasis: blankToNull(values.accountabilityBasis),
    remarks: blankToNull(values.remarks),
  };
}

/**
 * Drafts a new item, or shows one with its version history and the actions its status allows;
 * an open draft (or returned version) is edited here too.
 */
export function DutyItemDrawer({ target, onClose }: { target: DutyItemDrawerTarget; onClose: () => void }) {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [editing, setEditing] = useState(false);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [form] = Form.useForm<DutyItemFormValues>();
  const id = target.mode === 'view' ? target.id : createdId;
  const detail = useDutyItem(id);
  const createItem = useCreateDutyItem();
  const updateDraft = useUpdateDutyItemDraft();
  const onError = useApiErrorHandler();
  const creating = target.mode === 'create' && createdId === null;

  const onFinish = (values: DutyItemFormValues) => {
    if (creating) {
      createItem.mutate(
        {
          kind: target.kind,
          unitId: values.unitId!,
          code: values.code!.trim(),
          parentItemId: values.parentItemId ?? null,
          ...toContent(values),
        },
        {
          onSuccess: (item: DutyItem) => {
            message.success(t.common.saved);
            // Stay open on the new item, so the drafter can submit it right away.
            setCreatedId(item.id);
          },
          onError: (error) => onError(error, form),
        },
      );
    } else if (id) {
      updateDraft.mutate(
        { id, ...toContent(values) },
        {
          onSuccess: () => {
            message.success(t.common.saved);
            setEditing(false);
          },
          onError: (error) => onError(error, form),
        },
      );
    }
  };

  const item = detail.data?.item;
  const kind = target.mode === 'create' ? target.kind : item?.kind;
  const showForm = creating || editing;
  const title = creating
    ? `${t.dutyItem.createTitle} · ${t.dutyItem.kind[target.kind]}`
    : editing
      ? t.dutyItem.editTitle
      : t.dutyItem.detailTitle;
  const extra = showForm ? (
    <Flex gap="small">
      <Button onClick={() => (creating ? onClose() : setEditing(false))}>{t.common.cancel}</Button>
      <Button
        type="primary"
        loading={createItem.isPending || updateDraft.isPending}
        onClick={() => form.submit()}
        data-testid="duty-form-submit"
      >
        {t.common.save}
      </Button>
    </Flex>
  ) : null;

  const body = () => {
    if (creating)
      return (
        <DutyItemForm
          form={form}
          kind={target.kind}
          creating
          initialValues={{ unitId: target.unitId }}
          onFinish={onFinish}
        />
      );
    if (detail.error instanceof ApiError && detail.error.status === 404)
      return <Result status="404" subTitle={t.dutyItem.gone} />;
    if (!item || !kind) return <PageSpinner />;
    if (editing)
      return (
        <DutyItemForm
          form={form}
          kind={kind}
          creating={false}
          initialValues={toDutyItemFormValues(item.latest)}
          onFinish={onFinish}
        />
      );
    const commands = allowedCommands(item, can, {
      context: target.mode === 'view' ? target.context : undefined,
      // Until versions say who submitted them by id, the signed-in person's name stands in.
      isSubmitter: Boolean(me.data && item.latest.submittedById === me.data.user.id),
    });
    const reviewActions = commands.filter(isReviewAction) as DutyItemAction[];
    const details = (
      <Flex vertical gap="middle">
        <Details
          column={{ xs: 1, sm: 2 }}
          data-testid="duty-item-summary"
          items={[
            { key: 'kind', label: t.dutyItem.kindLabel, children: t.dutyItem.kind[item.kind] },
            { key: 'code', label: t.dutyItem.code, children: item.code },
            { key: 'unit', label: t.dutyItem.unit, children: item.unitName },
            {
              key: 'status',
              label: t.dutyItem.latestStatus,
              children: (
                <Flex gap={4} align="center">
                  V{item.latest.version} <DutyStatusTag status={item.latest.status} />
                </Flex>
              ),
            },
            {
              key: 'published',
              label: t.dutyItem.publishedVersion,
              children:
                item.publishedVersion === null ? t.dutyItem.notPublished : `V${item.publishedVersion}`,
            },
            ...(item.latest.submittedByName
              ? [{ key: 'submittedBy', label: t.dutyItem.submittedBy, children: item.latest.submittedByName }]
              : []),
            ...(item.latest.reviewedByName
              ? [{ key: 'reviewedBy', label: t.dutyItem.reviewedBy, children: item.latest.reviewedByName }]
              : []),
          ]}
        />
        {item.latest.status === 'returned' && item.latest.returnReason && (
          <Typography.Paragraph type="warning" data-testid="duty-return-reason-shown">
            {format(t.common.labelValue, { label: t.dutyItem.returnReason, value: item.latest.returnReason })}
          </Typography.Paragraph>
        )}
        {item.latest.reviewOpinion && (
          <Typography.Paragraph data-testid="duty-review-opinion">
            {format(t.common.labelValue, { label: t.dutyItem.opinion, value: item.latest.reviewOpinion })}
          </Typography.Paragraph>
        )}
        <DutyItemActions
          item={item}
          commands={commands.filter((command) => !isReviewAction(command))}
          onEdit={() => setEditing(true)}
          onGone={onClose}
        />
        {reviewActions.length > 0 && <ReviewPanel key={item.latest.id} item={item} actions={reviewActions} />}
        <Divider titlePlacement="start" plain>
          {t.dutyItem.current}
        </Divider>
        <VersionContent version={item.latest} kind={item.kind} />
        <Divider titlePlacement="start" plain>
          {t.dutyItem.versions}
        </Divider>
        <VersionHistory versions={detail.data?.versions ?? []} kind={item.kind} />
      </Flex>
    );
    return (
      <Tabs
        items={[
          { key: 'details', label: t.common.details, children: details },
          historyTab(t.history.tab, { recordType: 'duty_item', id: item.id }),
        ]}
      />
    );
  };

  return (
    <Drawer
      open
      title={title}
      size={screens.sm === false ? '100%' : 640}
      onClose={onClose}
      extra={extra}
      data-testid="duty-drawer"
    >
      {body()}
    </Drawer>
  );
}
