/**
 * The routing-rule editor's conditions on order and ticket facts (docs/routing.md): one row per
 * condition — the entry-point attribute, an operator, and the operand that operator needs (a number,
 * a list of values, or minutes). Rows are converted to the API's shape on save and back on edit.
 */
import { Button, Form, Input, InputNumber, Select, Space, type SelectProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleFact } from './types.js';

type Op = RuleFact['op'];
const numericOps = ['gt', 'gte', 'lt', 'lte', 'eq', 'ne'] as const;
const ops: readonly Op[] = [...numericOps, 'in', 'not-in', 'passed', 'within'];
/** Same bounds as the server's schema (src/domain/attribute-conditions.ts). */
const maxFacts = 16;
const maxMinutes = 43_200;

/** One editable row: every operand field, of which the operator uses one. */
export interface FactRow {
  readonly attribute?: string;
  readonly op?: Op;
  readonly value?: number | null;
  readonly values?: string[];
  readonly minutes?: number | null;
}

const isNumeric = (op: Op): op is (typeof numericOps)[number] => (numericOps as readonly Op[]).includes(op);

/** The rows as conditions; an incomplete row is dropped (the form's rules keep that from happening). */
export function factsOf(rows: readonly FactRow[] | undefined): RuleFact[] | undefined {
  const facts: RuleFact[] = [];
  for (const row of rows ?? []) {
    const attribute = row.attribute?.trim() ?? '';
    const op = row.op;
    if (attribute === '' || op === undefined) continue;
    if (isNumeric(op)) {
      if (typeof row.value === 'number') facts.push({ attribute, op, value: row.value });
    } else if (op === 'in' || op === 'not-in') {
      if (row.values !== undefined && row.values.length > 0) facts.push({ attribute, op, values: [...row.values] });
    } else if (op === 'passed') {
      facts.push(typeof row.minutes === 'number' ? { attribute, op, minutes: row.minutes } : { attribute, op });
    } else if (typeof row.minutes === 'number') {
      facts.push({ attribute, op, minutes: row.minutes });
    }
  }
  return facts.length === 0 ? undefined : facts;
}

/** The conditions as rows for the form. */
export function rowsOf(facts: readonly RuleFact[] | undefined): FactRow[] {
  return (facts ?? []).map((fact) => ({
    attribute: fact.attribute,
    op: fact.op,
    value: 'value' in fact ? fact.value : null,
    values: 'values' in fact ? [...fact.values] : [],
    minutes: 'minutes' in fact && fact.minutes !== undefined ? fact.minutes : null,
  }));
}

function Operand({ op, name }: { readonly op: Op | undefined; readonly name: number }): ReactNode {
  const { t } = useTranslation('admin');
  if (op === undefined) return null;
  if (isNumeric(op)) {
    return (
      <Form.Item name={[name, 'value']} rules={[{ required: true, message: t('factValueRequired') }]}>
        <InputNumber data-testid="rule-fact-value" min={-1e15} max={1e15} style={{ width: 160 }} />
      </Form.Item>
    );
  }
  if (op === 'in' || op === 'not-in') {
    const tags: SelectProps<string[]> = { mode: 'tags', tokenSeparators: [',', '，'], style: { minWidth: 220 } };
    return (
      <Form.Item name={[name, 'values']} rules={[{ required: true, type: 'array', min: 1, max: 50 }]}>
        <Select<string[]> {...tags} placeholder={t('factValues')} />
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name={[name, 'minutes']}
      rules={op === 'within' ? [{ required: true, message: t('factMinutesRequired') }] : []}
    >
      <InputNumber
        data-testid="rule-fact-minutes"
        title={t(op === 'passed' ? 'factPassedHelp' : 'factWithinHelp')}
        min={op === 'within' ? 1 : 0}
        max={maxMinutes}
        precision={0}
        suffix={t('factMinutes')}
        style={{ width: 160 }}
      />
    </Form.Item>
  );
}

/** The list of fact conditions under the form field `facts`. */
export function RuleFactsField(): ReactNode {
  const { t } = useTranslation('admin');
  const options = ops.map((op) => ({ value: op, label: t(`factOp_${op}`) }));
  return (
    <Form.Item label={t('facts')} tooltip={t('factsHelp')}>
      <Form.List name="facts">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" size={0}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'attribute']} rules={[{ required: true, whitespace: true, max: 64 }]}>
                  <Input data-testid="rule-fact-attribute" placeholder="checkInAt" style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'op']} rules={[{ required: true }]}>
                  <Select<Op> data-testid="rule-fact-op" options={options} style={{ width: 170 }} />
                </Form.Item>
                <Form.Item noStyle dependencies={[['facts', field.name, 'op']]}>
                  {({ getFieldValue }) => (
                    <Operand op={getFieldValue(['facts', field.name, 'op']) as Op | undefined} name={field.name} />
                  )}
                </Form.Item>
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
              data-testid="rule-fact-add"
              disabled={fields.length >= maxFacts}
              onClick={() => {
                add({ op: 'gte' });
              }}
            >
              {t('factAdd')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}
