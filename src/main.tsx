import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { stories } from "virtual:stories";
import { App } from "./App";
import { MotionFeatures } from "./reader/MotionFeatures";
import "./styles/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <MotionFeatures>
        <App stories={stories} />
      </MotionFeatures>
    </BrowserRouter>
  </StrictMode>,
);
