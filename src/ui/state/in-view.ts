import type { Attachment } from 'svelte/attachments';

/**
 * Reports whether an element is on screen (or within `margin` of it): calls `set(true)` when it
 * comes near the viewport and `set(false)` when it leaves. Lets a decorative drawing skip its
 * updates while nobody can see it and catch up when it is scrolled to.
 */
export function inView(set: (visible: boolean) => void, margin = '200px'): Attachment<HTMLElement> {
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) set(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
