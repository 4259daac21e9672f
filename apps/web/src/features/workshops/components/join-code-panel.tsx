import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { joinUrl } from '../utils/join-url';

export interface JoinCodePanelProps {
  code: string;
}

/** The join code in very large type, a QR code of the join address, and the address itself. */
export function JoinCodePanel({ code }: JoinCodePanelProps) {
  const { t } = useTranslation();
  const url = joinUrl(code);
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // SVG text rendered to a data URL: crisp on a projector, no canvas needed.
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (!cancelled) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (!cancelled) setQr(null);
      });
    return () => {
      cancelled = true;
    };
  }, [url]);

  return (
    <section className="console-join" aria-labelledby="console-join-title">
      <h2 id="console-join-title">{t('workshops.console.joinTitle')}</h2>
      <p
        className="console-join__code"
        aria-label={t('workshops.console.joinCodeLabel', { code: code.split('').join(' ') })}
      >
        {code}
      </p>
      {qr ? (
        <img
          className="console-join__qr"
          src={qr}
          alt={t('workshops.console.qrAlt', { url })}
          width={240}
          height={240}
        />
      ) : null}
      <p className="console-join__url">{url}</p>
    </section>
  );
}
