// The QR code on the invite screen must scan: draw the SVG the component renders onto a
// bitmap, module by module, and read it back with an independent decoder (jsQR).
import { render } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/ui/QrCode';

const SCALE = 4;

/** Rasterises the component's path (`M{x} {y}h1v1h-1z` per dark module) to RGBA pixels. */
function rasterise(svg: SVGSVGElement) {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  for (const [, x, y] of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < SCALE; dy++) {
      for (let dx = 0; dx < SCALE; dx++) {
        const i = ((Number(y) * SCALE + dy) * width + Number(x) * SCALE + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return { pixels, width };
}

describe('QrCode', () => {
  it('draws a code that a QR reader decodes to the join link, with a text alternative', () => {
    const link = 'https://ourplan.example.org/join#code=K7QM-3XPA-9T';
    const { container, getByRole } = render(<QrCode value={link} label="Scan to join" />);
    expect(getByRole('img', { name: 'Scan to join' })).toBeInTheDocument();
    const { pixels, width } = rasterise(container.querySelector('svg')!);
    expect(jsQR(pixels, width, width)?.data).toBe(link);
  });

  it('changes when the value changes', () => {
    const first = render(<QrCode value="https://a.example/join#code=AAAA-BBBB-CC" label="a" />);
    const a = first.container.querySelector('path')?.getAttribute('d');
    first.unmount();
    const second = render(<QrCode value="https://a.example/join#code=AAAA-BBBB-CD" label="b" />);
    expect(second.container.querySelector('path')?.getAttribute('d')).not.toBe(a);
  });
});
