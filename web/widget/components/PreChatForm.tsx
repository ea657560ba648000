/**
 * The pre-chat form: an optional name, the language (which also switches the widget's own texts
 * and the server's notices), the topic (the conversation's business type) and the first message.
 * Above it: the tenant's welcome (else the built-in one) and the current estimated wait, or that
 * nobody is online (the message will be kept as a left message).
 */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { topics, type Topic } from '../chat-connection.js';
import type { OpenRequest } from '../chat-state.js';
import { newId } from '../new-id.js';
import type { WidgetLanguage } from '../widget-config.js';
import type { WidgetInfo } from '../use-widget-info.js';

const topicLabel: Record<Topic, string> = {
  presales: 'topicPresales',
  orders: 'topicOrders',
  refunds: 'topicRefunds',
  tech: 'topicTech',
  other: 'topicOther',
};

export interface PreChatFormProps {
  readonly language: WidgetLanguage;
  readonly onLanguage: (language: WidgetLanguage) => void;
  readonly onStart: (request: OpenRequest) => void;
  readonly info: WidgetInfo;
}

export function PreChatForm({ language, onLanguage, onStart, info }: PreChatFormProps) {
  const { t } = useTranslation('widget');
  const [name, setName] = useState('');
  const [topic, setTopic] = useState<Topic>('presales');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    onStart({ conversationId: newId(), messageId: newId(), text: text.trim(), language, topic, name });
  };

  return (
    <form className="sbw-prechat" data-testid="widget-prechat" onSubmit={submit} noValidate>
      <p className="sbw-intro" data-testid="widget-welcome">
        {info.texts.welcome ?? t('prechatIntro')}
      </p>
      <Outlook info={info} />
      <label className="sbw-field">
        <span>{t('prechatName')}</span>
        <input
          data-testid="prechat-name"
          value={name}
          maxLength={64}
          autoComplete="name"
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
      <label className="sbw-field">
        <span>{t('prechatLanguage')}</span>
        <select
          data-testid="prechat-language"
          value={language}
          onChange={(event) => {
            onLanguage(event.target.value === 'en' ? 'en' : 'zh-CN');
          }}
        >
          <option value="zh-CN">{t('languageZh')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </label>
      <label className="sbw-field">
        <span>{t('prechatTopic')}</span>
        <select
          data-testid="prechat-topic"
          value={topic}
          onChange={(event) => {
            setTopic(topics.find((candidate) => candidate === event.target.value) ?? 'other');
          }}
        >
          {topics.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(topicLabel[candidate])}
            </option>
          ))}
        </select>
      </label>
      <label className="sbw-field">
        <span>{t('prechatMessage')}</span>
        <textarea
          data-testid="prechat-message"
          rows={4}
          maxLength={10_000}
          placeholder={t('prechatMessagePlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setMissing(false);
          }}
        />
      </label>
      {missing && (
        <p className="sbw-error" role="alert" data-testid="prechat-error">
          {t('prechatMessageRequired')}
        </p>
      )}
      <button type="submit" className="sbw-primary" data-testid="prechat-start">
        {t('prechatStart')}
      </button>
    </form>
  );
}

/** The estimated wait for a conversation opened now, or that nobody is online; nothing when unknown. */
function Outlook({ info }: { readonly info: WidgetInfo }) {
  const { t } = useTranslation('widget');
  if (info.available === false) {
    return (
      <p className="sbw-outlook" data-testid="prechat-offline" role="status">
        {t('offlineBeforeOpen')}
      </p>
    );
  }
  if (info.estimatedWaitSeconds === null) return null;
  const minutes = Math.ceil(info.estimatedWaitSeconds / 60);
  return (
    <p
      className="sbw-outlook"
      data-testid="prechat-estimated-wait"
      data-seconds={info.estimatedWaitSeconds}
      role="status"
    >
      {minutes <= 1 ? t('waitBeforeOpenShort') : t('waitBeforeOpen', { minutes })}
    </p>
  );
}
