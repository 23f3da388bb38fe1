import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { THEME_COLORS, fluentTheme, themeKindFor } from '../../src/taskpane/theme';

describe('theme', () => {
  test("follows Outlook's body background", () => {
    expect(themeKindFor({ bodyBackgroundColor: '#ffffff' }, false)).toBe('light');
    expect(themeKindFor({ bodyBackgroundColor: '#1f1f1f' }, false)).toBe('dark');
    expect(themeKindFor({ bodyBackgroundColor: '#000' }, false)).toBe('dark');
    expect(themeKindFor({ bodyBackgroundColor: '#f3f2f1' }, false)).toBe('light');
  });
  test('a pure black and white pair is a contrast theme; every preset maps back to its kind', () => {
    expect(themeKindFor({ bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffffff' }, false)).toBe('high-contrast');
    expect(themeKindFor({ bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' }, false)).toBe('high-contrast');
    expect(themeKindFor({ bodyBackgroundColor: '#000000', bodyForegroundColor: '#f0f0f0' }, false)).toBe('dark');
    for (const kind of ['light', 'dark', 'high-contrast'] as const) expect(themeKindFor(THEME_COLORS[kind], false)).toBe(kind);
  });
  test('forced colours mean high contrast; unknown colours mean light', () => {
    expect(themeKindFor({ bodyBackgroundColor: '#ffffff' }, true)).toBe('high-contrast');
    expect(themeKindFor(undefined, false)).toBe('light');
    expect(themeKindFor({ bodyBackgroundColor: 'white' }, false)).toBe('light');
  });
  test('maps to the Fluent themes', () => {
    expect(fluentTheme('light')).toBe(webLightTheme);
    expect(fluentTheme('dark')).toBe(webDarkTheme);
    expect(fluentTheme('high-contrast')).toBe(teamsHighContrastTheme);
  });
});
