import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A button whose action needs a second, explicit yes: pressing it shows the question with Yes and No in
 * its place. Focus moves to the question (so a screen reader reads it) and comes back to the button on No,
 * since the control that had focus is gone either way.
 */
export function Confirm(props: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  /** The first button's look: 'danger' for deleting, '' for an ordinary action. */
  tone?: 'danger' | '';
}) {
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (answered.current) button.current?.focus();
  }, [asking]);
  const tone = props.tone ?? 'danger';
  if (!asking) {
    return (
      <button type="button" ref={button} class={tone || undefined} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={props.question} class="confirm">
      <p ref={question} tabIndex={-1}>
        {props.question}
      </p>
      <button
        type="button"
        class={tone || undefined}
        onClick={() => {
          answered.current = true;
          setAsking(false);
          props.onYes();
        }}
      >
        {props.yes}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          answered.current = true;
          setAsking(false);
        }}
      >
        {props.no}
      </button>
    </div>
  );
}
