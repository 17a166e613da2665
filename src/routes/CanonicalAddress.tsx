import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { canonicalPathname } from "./canonicalPathname";

/** Replaces an address that is not written the one way (see canonicalPathname) before any route. */
export function CanonicalAddress({ children }: { children: ReactNode }) {
  const location = useLocation();
  const pathname = canonicalPathname(location.pathname);
  if (pathname === location.pathname) return children;
  return <Navigate replace to={{ pathname, search: location.search, hash: location.hash }} />;
}
