/**
 * The pre-chat form: an optional name, the language (which also switches the widget's own texts
 * and the server's notices), the topic (the conversation's business type) and the first message.
 */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { topics, type Topic } from '../chat-connection.js';
import type { OpenRequest } from '../chat-state.js';
import { newId } from '../new-id.js';
import type { WidgetLanguage } from '../widget-config.js';

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
}

export function PreChatForm({ language, onLanguage, onStart }: PreChatFormProps) {
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
      <p className="sbw-intro">{t('prechatIntro')}</p>
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
