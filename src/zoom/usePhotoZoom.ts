import { useCallback, useEffect, useRef } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";

/** The search parameter that says the current slide's photo is open large. */
export const ZOOM_PARAM = "photo";

interface ZoomState {
  zoomOpenedHere?: boolean;
}

/**
 * Whether the photo is open large, from the address (`?photo`), with open and close. Opening adds a
 * history entry, so Back closes it; closing returns focus to the control that opened it.
 */
export function usePhotoZoom() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const open = params.has(ZOOM_PARAM);
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const openZoom = useCallback(
    (from: HTMLElement) => {
      opener.current = from;
      navigate(
        { pathname: location.pathname, search: `?${ZOOM_PARAM}` },
        { state: { zoomOpenedHere: true } satisfies ZoomState },
      );
    },
    [location.pathname, navigate],
  );

  const closeZoom = useCallback(() => {
    if ((location.state as ZoomState | null)?.zoomOpenedHere) navigate(-1);
    else navigate({ pathname: location.pathname }, { replace: true });
  }, [location.pathname, location.state, navigate]);

  return { open, openZoom, closeZoom };
}
