/**
 * Contact details for a left message (issue 17): a name, a phone number and an e-mail address, at
 * least one of the last two, checked here as the server checks them (src/domain/contact.ts) so
 * the customer sees a translated reason at once. Saved, they join the conversation's attributes,
 * which staff see with the conversation.
 */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ContactFormProps {
  readonly onSave: (details: { name: string; phone: string; email: string }) => Promise<boolean>;
}

/** The same patterns as src/domain/contact.ts. */
const PHONE = /^\+?[0-9(][0-9 ().-]{3,30}[0-9]$/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,63}$/u;

type Problem = 'contactRequired' | 'contactBadPhone' | 'contactBadEmail' | 'errorGeneric';

function problemOf(phone: string, email: string): Problem | null {
  if (phone === '' && email === '') return 'contactRequired';
  if (phone !== '' && !PHONE.test(phone)) return 'contactBadPhone';
  if (email !== '' && !EMAIL.test(email)) return 'contactBadEmail';
  return null;
}

export function ContactForm({ onSave }: ContactFormProps) {
  const { t } = useTranslation('widget');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  if (saved) {
    return (
      <p className="sbw-banner sbw-contact-saved" data-testid="contact-saved" role="status">
        {t('contactSaved')}
      </p>
    );
  }
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    const found = problemOf(phone.trim(), email.trim());
    setProblem(found);
    if (found !== null) return;
    setBusy(true);
    void onSave({ name, phone, email })
      .then((ok) => {
        if (ok) setSaved(true);
        else setProblem('errorGeneric');
      })
      .finally(() => {
        setBusy(false);
      });
  };
  const field = (options: {
    readonly testId: 'contact-name' | 'contact-phone' | 'contact-email';
    readonly label: string;
    readonly value: string;
    readonly set: (value: string) => void;
    readonly input: { type: string; autoComplete: string; maxLength: number };
  }) => (
    <label className="sbw-field">
      <span>{options.label}</span>
      <input
        data-testid={options.testId}
        value={options.value}
        {...options.input}
        onChange={(event) => {
          options.set(event.target.value);
          setProblem(null);
        }}
      />
    </label>
  );
  return (
    <form className="sbw-contact" data-testid="widget-contact" onSubmit={submit} noValidate>
      <strong>{t('contactTitle')}</strong>
      {field({
        testId: 'contact-name',
        label: t('contactName'),
        value: name,
        set: setName,
        input: { type: 'text', autoComplete: 'name', maxLength: 64 },
      })}
      {field({
        testId: 'contact-phone',
        label: t('contactPhone'),
        value: phone,
        set: setPhone,
        input: { type: 'tel', autoComplete: 'tel', maxLength: 32 },
      })}
      {field({
        testId: 'contact-email',
        label: t('contactEmail'),
        value: email,
        set: setEmail,
        input: { type: 'email', autoComplete: 'email', maxLength: 320 },
      })}
      {problem !== null && (
        <p className="sbw-error" role="alert" data-testid="contact-error" data-problem={problem}>
          {t(problem)}
        </p>
      )}
      <button type="submit" className="sbw-secondary" data-testid="contact-save" disabled={busy}>
        {t('contactSave')}
      </button>
    </form>
  );
}
