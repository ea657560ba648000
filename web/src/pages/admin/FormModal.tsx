/** The dialog every admin create/edit form opens in: one vertical antd form, Save submits it, Cancel closes. */
import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An always-open modal around a vertical `Form<V>`. Save submits the form (so the field rules run
 * first) and only a valid form reaches `onSubmit`; Cancel calls `onClose` without submitting. The
 * content is destroyed on close, so the next opening starts again from `initialValues`.
 */
export function FormModal<V>({
  title,
  width,
  busy,
  saveTestId,
  form,
  initialValues,
  onSubmit,
  onClose,
  children,
}: {
  readonly title: ReactNode;
  /** Modal width in px; antd's default when left out. */
  readonly width?: number;
  /** True while the save is in flight: the Save button shows a spinner. */
  readonly busy: boolean;
  /** The Save button's `data-testid`, which browser tests click. */
  readonly saveTestId: string;
  readonly form: FormInstance<V>;
  readonly initialValues: FormProps<V>['initialValues'];
  readonly onSubmit: (values: V) => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={t('save', { ns: 'common' })}
      okButtonProps={{ loading: busy, 'data-testid': saveTestId }}
      onOk={() => {
        form.submit();
      }}
      onCancel={() => {
        onClose();
      }}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit}>
        {children}
      </Form>
    </Modal>
  );
}
