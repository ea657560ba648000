/** The rating asked for when the conversation closes: 1–5 stars and an optional comment, once. */
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface RatingFormProps {
  readonly ratedScore: number | null;
  readonly onRate: (score: number, comment: string) => Promise<boolean>;
  readonly onStartOver: () => void;
}

export function RatingForm({ ratedScore, onRate, onStartOver }: RatingFormProps) {
  const { t } = useTranslation('widget');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (score === 0) return;
    setBusy(true);
    void onRate(score, comment).finally(() => {
      setBusy(false);
    });
  };
  const again = (
    <button type="button" className="sbw-secondary" data-testid="widget-new-chat" onClick={onStartOver}>
      {t('newChat')}
    </button>
  );
  if (ratedScore !== null) {
    return (
      <div className="sbw-rating" data-testid="widget-rating-done">
        <p>{t('ratingThanks')}</p>
        {again}
      </div>
    );
  }
  return (
    <form className="sbw-rating" data-testid="widget-rating" onSubmit={submit}>
      <p>{t('ratingTitle')}</p>
      <div className="sbw-stars" role="radiogroup" aria-label={t('ratingTitle')}>
        {[1, 2, 3, 4, 5].map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={score === value}
            aria-label={t('ratingStar', { count: value })}
            data-testid={`widget-rating-${String(value)}`}
            className={value <= score ? 'sbw-star sbw-star-on' : 'sbw-star'}
            onClick={() => {
              setScore(value);
            }}
          >
            ★
          </button>
        ))}
      </div>
      <textarea
        data-testid="widget-rating-comment"
        rows={2}
        maxLength={2000}
        placeholder={t('ratingComment')}
        value={comment}
        onChange={(event) => {
          setComment(event.target.value);
        }}
      />
      <div className="sbw-composer-actions">
        {again}
        <button type="submit" className="sbw-primary" data-testid="widget-rating-submit" disabled={score === 0 || busy}>
          {t('ratingSubmit')}
        </button>
      </div>
    </form>
  );
}
