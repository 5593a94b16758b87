import { describe, expect, it } from 'vitest';
import { heatColour } from './heat-table';

describe('the heat table colour scale', () => {
  it('leaves zero uncoloured and darkens with the share of the largest count', () => {
    expect(heatColour(0, 10).background).toBe('transparent');
    expect(heatColour(3, 0).background).toBe('transparent');
    expect(heatColour(10, 10)).toEqual({ background: 'rgb(168, 7, 26)', color: '#fff' });
    const light = heatColour(1, 10);
    expect(light.color).toBe('inherit');
    // Each channel is lower for the larger count: darker means more.
    const channels = (s: string) => s.match(/\d+/g)!.map(Number);
    const [r1, g1] = channels(light.background);
    const [r2, g2] = channels(heatColour(6, 10).background);
    expect(r2!).toBeLessThan(r1!);
    expect(g2!).toBeLessThan(g1!);
  });
});
