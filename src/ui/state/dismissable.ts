import type { Attachment } from 'svelte/attachments';

/**
 * Lets hover/focus guidance inside an element be dismissed with Escape (WCAG 1.4.13): calls
 * `set(true)` on Escape and `set(false)` once the pointer or the focus leaves the element.
 */
export function dismissable(set: (dismissed: boolean) => void): Attachment<HTMLElement> {
  return (element) => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') set(true);
    };
    const onLeave = (): void => set(false);
    element.addEventListener('keydown', onKey);
    element.addEventListener('mouseleave', onLeave);
    element.addEventListener('focusout', onLeave);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('mouseleave', onLeave);
      element.removeEventListener('focusout', onLeave);
    };
  };
}
