/** The preview's entry: the real pane outside Excel. Needs no office.js. */
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";
import { openSample } from "./workbook";

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
const root = createRoot(container);
// The sample's snapshots are preloaded by preview.html: the first render already shows grid and pane.
void openSample(window.localStorage).then(
  (sample) => root.render(<PreviewApp sample={sample} />),
  (error: unknown) =>
    root.render(<PreviewApp sample={error instanceof Error ? error : new Error(String(error))} />),
);
