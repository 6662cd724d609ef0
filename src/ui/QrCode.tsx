import { useMemo } from 'react';
import { encode } from 'uqr';

export interface QrCodeProps {
  /** What the code holds, e.g. a link with a one-time code in its fragment. */
  value: string;
  /** Says what the picture is, for people who can't see it. */
  label: string;
  className?: string;
}

/**
 * A QR code drawn as one SVG path, encoded on the device (uqr, no network): the code it
 * carries is a secret, so it never goes to a third-party QR service. Error correction
 * level M reads well from a tablet screen at arm's length. Dark on white whatever the
 * theme, with the quiet zone QR readers need.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    const qr = encode(value, { ecc: 'M', border: 4 });
    const parts: string[] = [];
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      }),
    );
    return { size: qr.size, path: parts.join('') };
  }, [value]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
