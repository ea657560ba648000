/**
 * Time windows of one dated exception (none = closed all day), and the HH:mm input both the weekly
 * schedule and the exceptions use (24:00 is midnight at the end of the day).
 */
import { Button, Form, Input, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type NamePath = readonly (string | number)[];
const clock = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function Clock({ name, testId }: { readonly name: NamePath; readonly testId?: string }): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <Form.Item name={[...name]} rules={[{ required: true, pattern: clock, message: t('clockPattern') }]}>
      <Input data-testid={testId} placeholder="09:00" style={{ width: 80 }} />
    </Form.Item>
  );
}

export function WindowList({ name }: { readonly name: NamePath }): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <Form.List name={[...name]}>
      {(fields, { add, remove }) => (
        <Space orientation="vertical" size={0}>
          {fields.length === 0 && <span style={{ lineHeight: '32px' }}>{t('closedAllDay')}</span>}
          {fields.map((field) => (
            <Space key={field.key} align="baseline">
              <Clock name={[field.name, 'from']} />
              <span>–</span>
              <Clock name={[field.name, 'to']} />
              <Button
                size="small"
                onClick={() => {
                  remove(field.name);
                }}
              >
                {t('delete', { ns: 'common' })}
              </Button>
            </Space>
          ))}
          <Button
            size="small"
            type="dashed"
            disabled={fields.length >= 10}
            onClick={() => {
              add({ from: '10:00', to: '16:00' });
            }}
          >
            {t('windowAdd')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

WindowList.Clock = Clock;
