import { t } from '../../lib/i18n';
import { qrPath } from '../../lib/qr';

/**
 * The app's web address as a QR code, for sharing while the internet still works. Only for pages served
 * over http(s): a local file's address means nothing on another phone.
 */
export function QrCode() {
  if (!/^https?:$/.test(location.protocol)) return null;
  const url = location.origin + location.pathname;
  const { size, d } = qrPath(url);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <section aria-labelledby="qr-h">
      <h2 id="qr-h">{t('share.qrTitle')}</h2>
      <p>{t('share.qrText')}</p>
      <svg
        class="qr"
        viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
        role="img"
        aria-label={t('share.qrLabel', { url })}
        shape-rendering="crispEdges"
      >
        <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <p class="qr-url" lang="en">
        {url}
      </p>
    </section>
  );
}
