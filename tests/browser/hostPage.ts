import { createServer } from "node:http";
import { freePort } from "../engines/processes";

/** A page of another site that embeds a slide, as a newsroom partner's article would. */
export interface HostPage {
  url: string;
  stop: () => Promise<void>;
}

/** How far the host page scrolls before the reader touches the embed: above, text; below, more. */
export const HOST_SCROLL = 200;

/**
 * Serves, on a free port of 127.0.0.1 (another origin, and another site, than the preview's
 * localhost), a page with `embedCode` between two stretches of text, which keeps every message an
 * embed sends it in `window.embedMessages`, with the sender's origin.
 */
export async function startHostPage(embedCode: string): Promise<HostPage> {
  const port = await freePort();
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner's article</title>` +
    `<script>window.embedMessages=[];addEventListener("message",(event)=>` +
    `window.embedMessages.push({origin:event.origin,data:event.data}));</script></head>` +
    `<body style="margin:0;font:16px sans-serif"><p style="height:400px;margin:0">Above the embed.</p>` +
    `${embedCode}<p style="height:2000px;margin:0">Below the embed.</p></body></html>`;
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
