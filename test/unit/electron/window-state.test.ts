import { describe, expect, it } from 'vitest';
import { boundsToOpen, DEFAULT_SIZE, parseWindowState } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('reads a saved state and ignores anything else', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":900,"height":700,"maximized":false}')).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
    for (const text of [null, '', '{', '[]', '{"x":"10"}', '{"x":1,"y":1,"width":0,"height":5,"maximized":false}']) {
      expect(parseWindowState(text), String(text)).toBeNull();
    }
  });
});

describe('boundsToOpen', () => {
  it('uses the default size the first time', () => {
    expect(boundsToOpen(null, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it('reopens where the window was when that place is still on a screen', () => {
    expect(boundsToOpen({ x: 1600, y: 100, width: 1000, height: 800, maximized: false }, [laptop, monitor])).toEqual({ x: 1600, y: 100, width: 1000, height: 800 });
  });

  it('opens centred when the screen it was on is gone', () => {
    expect(boundsToOpen({ x: 1600, y: 100, width: 1000, height: 800, maximized: false }, [laptop])).toEqual({ width: 1000, height: 800 });
  });

  it('never opens larger than the screen or smaller than the minimum', () => {
    expect(boundsToOpen({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
    expect(boundsToOpen({ x: 10, y: 10, width: 50, height: 50, maximized: false }, [laptop])).toEqual({ x: 10, y: 10, width: 480, height: 400 });
  });
});
