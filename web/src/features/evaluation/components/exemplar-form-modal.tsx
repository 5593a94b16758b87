import { UploadOutlined } from '@ant-design/icons';
import { MAX_FILE_BYTES, type StoredFile } from '@zeren/contracts';
import { App, Button, Form, Input, Modal, Radio, Typography, Upload, type UploadFile } from 'antd';
import { useMemo, useState } from 'react';
import { type SearchOption, SearchSelect } from '../../../components/search-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { format } from '../../../i18n/format';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../../../lib/files';
import { testId } from '../../../lib/form-values';
import { useMe } from '../../../lib/get-me';
import { usePersonOptions } from '../../org/api/list-persons';
import { useCreateExemplar, useUpdateExemplar } from '../api/save-exemplar';
import { EVALUATION_TEXT_LIMITS, type Exemplar } from '../types';
import { useEvaluationErrorHandler } from './use-evaluation-error';

/** Accepted as attachments: the server checks the content too. */
const FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

interface Values {
  unitId: string;
  kind: 'unit' | 'person';
  nomineeUnitId?: string;
  nomineePersonId?: string;
  title: string;
  citation: string;
}

/** A person of the caller's scope (姓名 · 单位 职务): up to 200 listed, the others found by name. */
function NomineePersonSelect(props: { value?: string; onChange?: (value: string) => void }) {
  const list = usePersonOptions();
  const options = useMemo<SearchOption[]>(
    () =>
      list.items.map((person) => ({
        value: person.id,
        label: `${person.name} · ${person.position ? `${person.unitName} ${person.position}` : person.unitName}`,
      })),
    [list.items],
  );
  return (
    <SearchSelect<string>
      allowClear
      {...props}
      list={list}
      options={options}
      data-testid="exemplar-form-nominee-person"
    />
  );
}

/** The file as the form lists it once stored (an attachment it already has, or one just uploaded). */
const stored = (file: { id: string; filename: string }): UploadFile<StoredFile> => ({
  uid: file.id,
  name: file.filename,
  status: 'done',
  response: { id: file.id } as StoredFile,
});

/**
 * 推荐先进典型 (or editing a nomination not yet reviewed): the nominating unit, a unit or a person
 * nominated, the title or honour, the citation (先进事迹) and the evidence files, each uploaded
 * for the nominating unit as it is picked, then referenced. The nominee cannot change once
 * nominated (withdraw and nominate again).
 */
export function ExemplarFormModal({
  exemplar,
  onClose,
  onSaved,
}: {
  /** The nomination edited; none: a new one. */
  exemplar?: Exemplar;
  onClose: () => void;
  onSaved?: (exemplar: Exemplar) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateExemplar();
  const update = useUpdateExemplar();
  const onError = useEvaluationErrorHandler();
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>(() =>
    (exemplar?.attachments ?? []).map(stored),
  );
  const uploading = files.some((file) => file.status === 'uploading');
  const kind = Form.useWatch('kind', form) ?? exemplar?.kind ?? 'unit';
  const editing = exemplar !== undefined;

  const done = (saved: Exemplar) => {
    message.success(editing ? t.exemplar.saved : t.exemplar.created);
    onClose();
    onSaved?.(saved);
  };

  return (
    <Modal
      open
      title={editing ? t.exemplar.editTitle : t.exemplar.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={editing ? t.common.save : t.common.submit}
      cancelText={t.common.cancel}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ disabled: uploading, ...testId('exemplar-form-submit') }}
      width={640}
      data-testid="exemplar-form"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="exemplar"
        initialValues={
          exemplar
            ? { title: exemplar.title, citation: exemplar.citation }
            : { unitId: me.data?.unit.id, kind: 'unit' }
        }
        onFinish={(values) => {
          const fileIds = files.flatMap((file) =>
            file.status === 'done' && file.response ? [file.response.id] : [],
          );
          const text = { title: values.title.trim(), citation: values.citation.trim(), fileIds };
          if (exemplar)
            update.mutate(
              { id: exemplar.id, changes: text },
              { onSuccess: done, onError: (error) => onError(error, form) },
            );
          else
            create.mutate(
              {
                unitId: values.unitId,
                kind: values.kind,
                nomineeUnitId: values.kind === 'unit' ? (values.nomineeUnitId ?? null) : null,
                nomineePersonId: values.kind === 'person' ? (values.nomineePersonId ?? null) : null,
                ...text,
              },
              { onSuccess: done, onError: (error) => onError(error, form) },
            );
        }}
      >
        {editing ? (
          <Typography.Paragraph>
            {format(t.common.labelValue, {
              label: t.exemplar.nominee,
              value: format(t.common.withNote, {
                text: exemplar.nomineeName,
                note: t.exemplarKind[exemplar.kind],
              }),
            })}
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item
              name="unitId"
              label={t.exemplar.unit}
              rules={[{ required: true, message: t.common.required }]}
            >
              <UnitTreeSelect data-testid="exemplar-form-unit" />
            </Form.Item>
            <Form.Item name="kind" label={t.exemplar.kind}>
              <Radio.Group
                optionType="button"
                options={(['unit', 'person'] as const).map((k) => ({ value: k, label: t.exemplarKind[k] }))}
                data-testid="exemplar-form-kind"
              />
            </Form.Item>
            {kind === 'unit' ? (
              <Form.Item
                name="nomineeUnitId"
                label={t.exemplar.nomineeUnit}
                rules={[{ required: true, message: t.common.required }]}
              >
                <UnitTreeSelect data-testid="exemplar-form-nominee-unit" />
              </Form.Item>
            ) : (
              <Form.Item
                name="nomineePersonId"
                label={t.exemplar.nomineePerson}
                rules={[{ required: true, message: t.common.required }]}
              >
                <NomineePersonSelect />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="title"
          label={t.exemplar.title}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input maxLength={EVALUATION_TEXT_LIMITS.title} data-testid="exemplar-form-title" />
        </Form.Item>
        <Form.Item
          name="citation"
          label={t.exemplar.citation}
          rules={[{ required: true, whitespace: true, message: t.common.required }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={EVALUATION_TEXT_LIMITS.citation}
            showCount
            data-testid="exemplar-form-citation"
          />
        </Form.Item>
        <Form.Item label={t.exemplar.attachments} extra={t.exemplar.attachmentsHint}>
          <Upload<StoredFile>
            multiple
            fileList={files}
            accept={FILE_ACCEPT}
            maxCount={20}
            beforeUpload={(file) => {
              if (file.size > MAX_FILE_BYTES) {
                message.error(`${file.name}: > 20 MB`);
                return Upload.LIST_IGNORE;
              }
              if (!editing && !form.getFieldValue('unitId')) {
                form.validateFields(['unitId']);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError: failed }) => {
              // Stored for the nominating unit (the nomination's data scope).
              const unitId = exemplar?.unitId ?? (form.getFieldValue('unitId') as string);
              uploadFile(unitId, file as File)
                .then((result) => onSuccess?.(result))
                .catch((error: unknown) => {
                  if (error instanceof ApiError) message.error(error.problem.detail ?? error.problem.title);
                  failed?.(error as Error);
                });
            }}
            onChange={({ fileList }) => setFiles(fileList)}
            data-testid="exemplar-form-files"
          >
            <Button icon={<UploadOutlined />} data-testid="exemplar-form-upload">
              {t.exemplar.upload}
            </Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
