import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

/** True after the first screen has shown: from then on a new screen means the person navigated. */
let navigated = false;

/**
 * Every screen's frame: one h1, the document title, and focus moved to the heading after navigation so
 * screen readers announce the new screen and keyboard users start at its top.
 */
export function Screen(props: { title: string; children: ComponentChildren; class?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · ${t('app.titleSuffix')}`;
  }, [props.title]);
  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);
  return (
    <div class={props.class ? `screen ${props.class}` : 'screen'}>
      <h1 ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.children}
    </div>
  );
}
