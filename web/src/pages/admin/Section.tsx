/** The frame of one console area: its title, its main actions, its content. */
import { Card } from 'antd';
import type { ReactNode } from 'react';

export function Section({
  title,
  actions,
  children,
  testId,
}: {
  readonly title: string;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly testId: string;
}): ReactNode {
  return (
    <Card title={<span data-testid={`${testId}-title`}>{title}</span>} extra={actions} data-testid={testId}>
      {children}
    </Card>
  );
}
