/** The preview's entry: the real pane outside Excel. Needs no office.js. */
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
createRoot(container).render(<PreviewApp />);
