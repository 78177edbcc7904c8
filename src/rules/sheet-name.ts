/** The rules sheet's name, on its own: the pane's first chunk needs it, not the sheet's layout. */
export const RULES_SHEET = "规则";
