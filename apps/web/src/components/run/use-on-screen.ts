"use client";

import { type RefObject, useEffect, useRef, useState } from "react";

/** Whether the element is on screen (or near it); true until the browser says otherwise. */
export function useOnScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry?.isIntersecting ?? true), {
      rootMargin: "200px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}

/**
 * `value` while the element is on screen; off screen, the last value it showed. A chart scrolled out of view
 * then costs nothing per second, and catches up the moment it comes back.
 */
export function useFrozenOffScreen<T>(ref: RefObject<HTMLElement | null>, value: T): T {
  const onScreen = useOnScreen(ref);
  const shown = useRef(value);
  if (onScreen) shown.current = value;
  return shown.current;
}
