/**
 * The bench's yardstick for the pane's time to interactive: the least a React + Fluent UI v9 page is, built
 * by the same webpack configuration as the pane (`--env fluentHello`). It marks `fluent-hello:interactive`
 * the way the preview marks its own: after the first render has been painted.
 */
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { HELLO_MARK } from "./mark";

function Hello() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark(HELLO_MARK), 0));
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Text weight="semibold">Hello, Fluent</Text>
        <Button appearance="primary">OK</Button>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("fluent-hello.html has no #root element");
createRoot(container).render(<Hello />);
