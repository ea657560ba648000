/** Departments: the org chart (who reports where), used for permissions and reports, not routing. */
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import { RemoveEntryButton } from './RemoveEntryButton.js';
import { rowTestId } from './rowTestId.js';
import { Section } from './Section.js';
import type { Department, Items } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

interface DepartmentFormValues {
  readonly departmentId: string;
  readonly name: string;
  readonly parentId?: string | null;
}

function DepartmentForm({
  department,
  departments,
  onClose,
}: {
  readonly department: Department | null;
  readonly departments: readonly Department[];
  readonly onClose: (changed: boolean) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const [form] = Form.useForm<DepartmentFormValues>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: DepartmentFormValues): Promise<void> => {
    setBusy(true);
    try {
      await api(`/departments/${encodeURIComponent(values.departmentId)}`, {
        method: 'PUT',
        body: { name: values.name.trim(), parentId: values.parentId ?? null },
      });
      feedback.saved();
      onClose(true);
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<DepartmentFormValues>
      title={department === null ? t('departmentNew') : t('departmentEdit', { id: department.departmentId })}
      busy={busy}
      saveTestId="department-save"
      form={form}
      initialValues={department ?? {}}
      onSubmit={(values) => void submit(values)}
      onClose={() => {
        onClose(false);
      }}
    >
      <Form.Item name="departmentId" label={t('departmentId')} rules={idRules(t)}>
        <Input data-testid="department-id" disabled={department !== null} />
      </Form.Item>
      <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input data-testid="department-name" />
      </Form.Item>
      <Form.Item name="parentId" label={t('parentDepartment')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={departments
            .filter((d) => d.departmentId !== department?.departmentId)
            .map((d) => ({ value: d.departmentId, label: d.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}

export function DepartmentsSection(): ReactNode {
  const { t } = useTranslation('admin');
  const departments = useResource<Items<Department>>('/departments');
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const items = departments.data?.items ?? [];
  const nameOf = new Map(items.map((d) => [d.departmentId, d.name]));

  return (
    <Section
      testId="admin-departments"
      title={t('menu_departments')}
      actions={
        <Button
          type="primary"
          data-testid="department-new"
          onClick={() => {
            setEditing(null);
          }}
        >
          {t('departmentNew')}
        </Button>
      }
    >
      <Table<Department>
        rowKey="departmentId"
        size="small"
        loading={departments.loading}
        dataSource={[...items]}
        pagination={false}
        onRow={(department) => rowTestId(`department-row-${department.departmentId}`)}
        columns={[
          { title: t('departmentId'), dataIndex: 'departmentId' },
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('parentDepartment'),
            dataIndex: 'parentId',
            render: (id: string | null | undefined) => (id == null ? '—' : (nameOf.get(id) ?? id)),
          },
          {
            title: '',
            key: 'actions',
            render: (_, department) => (
              <Space size={4}>
                <Button
                  size="small"
                  data-testid={`department-edit-${department.departmentId}`}
                  onClick={() => {
                    setEditing(department);
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <RemoveEntryButton
                  path={`/departments/${encodeURIComponent(department.departmentId)}`}
                  name={department.name}
                  testId={`department-remove-${department.departmentId}`}
                  onRemoved={departments.reload}
                />
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <DepartmentForm
          department={editing}
          departments={items}
          onClose={(changed) => {
            setEditing(undefined);
            if (changed) departments.reload();
          }}
        />
      )}
    </Section>
  );
}
