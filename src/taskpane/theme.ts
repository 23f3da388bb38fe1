/** Outlook's theme colours to one of three Fluent themes. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Relative luminance (0..1) of "#rrggbb" or "#rgb"; undefined when it is not a hex colour. */
function luminance(color: string | undefined): number | undefined {
  if (!color) return undefined;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * High contrast when the system forces colours (Windows contrast themes), or when Outlook hands us
 * a pure black-on-white or white-on-black pair, which only its contrast themes use; dark when the
 * body background is dark; light otherwise.
 */
export function themeKindFor(colors: OfficeThemeColors | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return 'high-contrast';
  const background = luminance(colors && colors.bodyBackgroundColor);
  const foreground = luminance(colors && colors.bodyForegroundColor);
  if (background === undefined) return 'light';
  if (foreground !== undefined && Math.abs(background - foreground) === 1) return 'high-contrast';
  return background < 0.2 ? 'dark' : 'light';
}

/** Outlook-like theme colours for each kind (the preview hands these to the simulated Office). */
export const THEME_COLORS: Record<ThemeKind, OfficeThemeColors> = {
  light: { bodyBackgroundColor: '#FAFAFA', bodyForegroundColor: '#242424' },
  dark: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#F0F0F0' },
  'high-contrast': { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF' },
};

export function fluentTheme(kind: ThemeKind): Theme {
  if (kind === 'dark') return webDarkTheme;
  if (kind === 'high-contrast') return teamsHighContrastTheme;
  return webLightTheme;
}
