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
 * High contrast when the system forces colours; dark when Outlook's body background is dark.
 * Outlook's own high-contrast themes are pure black or white with a bright foreground, which
 * forced-colors catches on Windows.
 */
export function themeKindFor(colors: OfficeThemeColors | undefined, forcedColors: boolean): ThemeKind {
  if (forcedColors) return 'high-contrast';
  const background = luminance(colors && colors.bodyBackgroundColor);
  if (background === undefined) return 'light';
  return background < 0.2 ? 'dark' : 'light';
}

export function fluentTheme(kind: ThemeKind): Theme {
  if (kind === 'dark') return webDarkTheme;
  if (kind === 'high-contrast') return teamsHighContrastTheme;
  return webLightTheme;
}
