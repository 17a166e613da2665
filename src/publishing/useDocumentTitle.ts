import { useEffect } from "react";

/** Sets the document title while the route is shown. The prerendered page's <head> has it already. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
