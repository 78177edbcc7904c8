import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Office's theme colours, when the host has them (`Office.context.officeTheme`). */
export interface OfficeThemeColors {
  bodyBackgroundColor: string;
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Follows Office: a dark Office theme gets Fluent's dark theme; anything else (or none) the light one. */
export function themeFor(office: OfficeThemeColors | undefined): Theme {
  return office && luminance(office.bodyBackgroundColor) < 0.5 ? webDarkTheme : webLightTheme;
}
