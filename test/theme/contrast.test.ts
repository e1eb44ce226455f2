import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contrast, hex, luminance, over, type Rgba } from '../../src/theme/contrast.js';

const BLACK: Rgba = [0, 0, 0, 1];
const WHITE: Rgba = [255, 255, 255, 1];
const rgb = (r: number, g: number, b: number): Rgba => [r, g, b, 1];

describe('theme: WCAG contrast', () => {
  it('luminance: 0 for black, 1 for white, the sRGB curve in between', () => {
    expect(luminance(BLACK)).to.equal(0);
    expect(luminance(WHITE)).to.equal(1);
    expect(luminance(rgb(128, 128, 128))).to.be.closeTo(0.2159, 0.0001);
    // Green weighs most, blue least.
    expect(luminance(rgb(0, 255, 0))).to.be.closeTo(0.7152, 1e-9);
    expect(luminance(rgb(0, 0, 255))).to.be.closeTo(0.0722, 1e-9);
  });

  it('contrast: 21:1 black on white, 1:1 for a colour on itself, the same either way round', () => {
    expect(contrast(BLACK, WHITE)).to.equal(21);
    expect(contrast(WHITE, BLACK)).to.equal(21);
    expect(contrast(rgb(27, 94, 138), rgb(27, 94, 138))).to.equal(1);
  });

  it('contrast: the known thresholds (#767676 is the lightest grey at 4.5:1 on white; #949494 is about 3:1)', () => {
    expect(contrast(rgb(0x76, 0x76, 0x76), WHITE)).to.be.closeTo(4.54, 0.01);
    expect(contrast(rgb(0x77, 0x77, 0x77), WHITE)).to.be.below(4.5);
    expect(contrast(rgb(0x94, 0x94, 0x94), WHITE)).to.be.closeTo(3.03, 0.01);
    // The measurement: the dark scheme's text on a light clinic surface.
    expect(contrast(rgb(0xe9, 0xee, 0xf2), rgb(0xf3, 0xed, 0xf7))).to.be.closeTo(1.02, 0.01);
  });

  it('contrast is always between 1 and 21, symmetric', () => {
    const colour = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => rgb(r, g, b));
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const ratio = contrast(a, b);
        expect(ratio).to.be.within(1, 21);
        expect(contrast(b, a)).to.equal(ratio);
      }),
    );
  });

  it('over: an opaque colour covers, a transparent one leaves the colour beneath, half is half-way', () => {
    expect(over(rgb(10, 20, 30), WHITE)).to.deep.equal([10, 20, 30, 1]);
    expect(over([10, 20, 30, 0], rgb(1, 2, 3))).to.deep.equal([1, 2, 3, 1]);
    expect(over([0, 0, 0, 0.5], WHITE)).to.deep.equal([127.5, 127.5, 127.5, 1]);
  });

  it('hex: #rrggbb, rounded', () => {
    expect(hex(rgb(233, 238, 242))).to.equal('#e9eef2');
    expect(hex([0, 15.6, 255, 0.5])).to.equal('#0010ff');
  });
});
