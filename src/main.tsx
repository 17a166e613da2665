import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { registerServiceWorker } from "./offline/registerServiceWorker";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const app = (
  <StrictMode>
    <BrowserRouter basename={import.meta.env.BASE_URL}>
      <App stories={stories} />
    </BrowserRouter>
  </StrictMode>
);

// A page prerendered for this very address is hydrated. Any other page (the 404 page served for an
// address the build did not write, such as /story/04, or the dev server's empty shell) is rendered
// afresh, since its markup was made for another address.
const prerenderedFor = root.dataset.path;
if (prerenderedFor !== undefined && prerenderedFor === window.location.pathname)
  hydrateRoot(root, app);
else createRoot(root).render(app);

registerServiceWorker(import.meta.env.BASE_URL);
