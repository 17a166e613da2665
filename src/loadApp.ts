// Loads the app once the page is up (entry-client.ts starts it); mountApp.tsx then puts it on the
// page. Evaluating React and the app is the heaviest work the page does. It is split into two
// tasks with a pause between them, so neither holds the main thread long enough to delay a tap or
// a scroll on a slow phone: React's DOM renderer first, then the router, the reader and the first
// render.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

await import("react-dom/client");
await pause();
await import("./mountApp");

export {};
