/** The red Delete button at the end of each row of an admin `Form.List`. */
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Removes row `name` through the list's own `remove`, so the form's values stay in step. */
export function RemoveRowButton({
  name,
  remove,
}: {
  readonly name: number;
  readonly remove: (name: number) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <Button
      danger
      onClick={() => {
        remove(name);
      }}
    >
      {t('delete', { ns: 'common' })}
    </Button>
  );
}
