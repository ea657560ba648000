/**
 * Transfer note templates (technical issue, complaint, VIP, after-sales…) with their fields: add,
 * edit and delete; the whole list is saved with PATCH /tenant.
 */
import { Button, Card, Checkbox, Form, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import { RemoveRowButton } from './RemoveRowButton.js';
import { rowTestId } from './rowTestId.js';
import type { TransferTemplate } from './types.js';
import type { TenantEditor } from './useTenant.js';

interface TemplateValues {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly fields?: { key: string; label: string; required?: boolean }[];
}

function TemplateForm({
  template,
  takenIds,
  busy,
  onSave,
  onCancel,
}: {
  readonly template: TransferTemplate | null;
  readonly takenIds: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onSave: (template: TransferTemplate) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<TemplateValues>();
  return (
    <FormModal<TemplateValues>
      width={720}
      title={template === null ? t('templateNew') : t('templateEdit', { name: template.name })}
      busy={busy}
      saveTestId="template-save"
      form={form}
      initialValues={template ?? { category: 'general', fields: [] }}
      onSubmit={(values) => {
        onSave({
          id: values.id,
          name: values.name.trim(),
          category: values.category.trim(),
          fields: (values.fields ?? []).map((field) => ({
            key: field.key.trim(),
            label: field.label.trim(),
            required: field.required ?? false,
          })),
        });
      }}
      onClose={onCancel}
    >
      <Space align="start" wrap>
        <Form.Item
          name="id"
          label={t('templateId')}
          rules={[
            ...idRules(t),
            {
              validator: (_, id: string) =>
                takenIds.has(id) ? Promise.reject(new Error(t('templateIdTaken'))) : Promise.resolve(),
            },
          ]}
        >
          <Input data-testid="template-id" disabled={template !== null} />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="template-name" />
        </Form.Item>
        <Form.Item name="category" label={t('category')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="template-category" />
        </Form.Item>
      </Space>
      <Form.List name="fields">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'key']} rules={[{ required: true, whitespace: true, max: 64 }]}>
                  <Input data-testid={`template-field-key-${field.name}`} placeholder={t('fieldKey')} />
                </Form.Item>
                <Form.Item name={[field.name, 'label']} rules={[{ required: true, whitespace: true, max: 200 }]}>
                  <Input data-testid={`template-field-label-${field.name}`} placeholder={t('fieldLabel')} />
                </Form.Item>
                <Form.Item name={[field.name, 'required']} valuePropName="checked">
                  <Checkbox data-testid={`template-field-required-${field.name}`}>{t('fieldRequired')}</Checkbox>
                </Form.Item>
                <RemoveRowButton name={field.name} remove={remove} />
              </Space>
            ))}
            <Button
              data-testid="template-field-add"
              disabled={fields.length >= 20}
              onClick={() => {
                add({ key: '', label: '', required: false });
              }}
            >
              {t('fieldAdd')}
            </Button>
          </Space>
        )}
      </Form.List>
    </FormModal>
  );
}

export function TemplatesEditor({
  templates,
  editor,
}: {
  readonly templates: readonly TransferTemplate[];
  readonly editor: TenantEditor;
}): ReactNode {
  const { t } = useTranslation('admin');
  /** Index of the template being edited, -1 for a new one, null with the form closed. */
  const [editing, setEditing] = useState<number | null>(null);
  const save = async (next: readonly TransferTemplate[]): Promise<boolean> =>
    editor.patch({ transfer: { templates: next } });

  return (
    <Card
      size="small"
      title={t('templates')}
      extra={
        <Button
          data-testid="template-new"
          onClick={() => {
            setEditing(-1);
          }}
        >
          {t('templateNew')}
        </Button>
      }
    >
      <Table<TransferTemplate>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...templates]}
        onRow={(template) => rowTestId(`template-row-${template.id}`)}
        columns={[
          { title: t('templateId'), dataIndex: 'id' },
          { title: t('name'), dataIndex: 'name' },
          { title: t('category'), dataIndex: 'category' },
          {
            title: t('fields'),
            key: 'fields',
            render: (_, template) => (
              <Space size={[0, 4]} wrap>
                {template.fields.map((field) => (
                  <Tag key={field.key} color={field.required ? 'red' : 'default'}>
                    {field.label}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, template, index) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(index);
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <Popconfirm
                  title={t('templateDeleteConfirm', { name: template.name })}
                  onConfirm={() => {
                    void save(templates.filter((_, i) => i !== index));
                  }}
                >
                  <Button size="small" danger data-testid={`template-delete-${template.id}`}>
                    {t('delete', { ns: 'common' })}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <TemplateForm
          template={editing < 0 ? null : (templates[editing] ?? null)}
          takenIds={new Set(templates.filter((_, i) => i !== editing).map((template) => template.id))}
          busy={editor.busy}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={(template) => {
            const next =
              editing < 0 ? [...templates, template] : templates.map((other, i) => (i === editing ? template : other));
            void save(next).then((ok) => {
              if (ok) setEditing(null);
            });
          }}
        />
      )}
    </Card>
  );
}
