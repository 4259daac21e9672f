import { useTranslation } from 'react-i18next';

export interface CharacterCountProps {
  id: string;
  count: number;
  max: number;
}

/**
 * 「1,234 / 2,000文字」 under a text box with a length limit; over the limit it turns to the error colour (and the
 * field shows the error). Tied to the box by aria-describedby, not live, so it is read on focus, not per key.
 */
export function CharacterCount({ id, count, max }: CharacterCountProps) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-US' : 'ja-JP');
  return (
    <p id={id} className={count > max ? 'character-count character-count--over' : 'character-count'}>
      {t('common.charCount', { current: format(count), max: format(max) })}
    </p>
  );
}
