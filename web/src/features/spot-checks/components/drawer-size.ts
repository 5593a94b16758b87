import { Grid } from 'antd';

/** Drawers take the whole screen on a phone, 600 px beside the page otherwise. */
export function useDrawerSize(): number | '100%' {
  const screens = Grid.useBreakpoint();
  return screens.sm === false ? '100%' : 600;
}
