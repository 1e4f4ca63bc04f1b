/**
 * Renders compiled guide content. Citations show their short label and give screen readers the full name
 * of the law; phone numbers become call links read digit by digit.
 *
 * Inline content is built by plain functions, not components: a guide has hundreds of text runs, and a
 * component for each would cost its first render time for nothing (issue #8).
 */
import type { ComponentChildren } from 'preact';
import type { Block, Inline } from './types';
import { spokenDigits } from '../../lib/numbers';
import { t } from '../../lib/i18n';

function inlines(c: Inline[]): ComponentChildren {
  return c.map(inline);
}

function inline(node: Inline, key: number): ComponentChildren {
  if (typeof node === 'string') return node;
  if ('b' in node) return <strong key={key}>{inlines(node.b)}</strong>;
  if ('cite' in node) {
    return (
      <span key={key} class="cite">
        <span aria-hidden="true">{node.cite}</span>
        <span class="sr-only">{node.full}</span>
      </span>
    );
  }
  if ('tel' in node) {
    return (
      <a
        key={key}
        class="tel"
        href={`tel:${node.tel}`}
        aria-label={`${t('home.call', { number: node.tel })} (${spokenDigits(node.tel)})`}
      >
        {node.tel}
      </a>
    );
  }
  return (
    <a key={key} href={node.href}>
      {inlines(node.c)}
    </a>
  );
}

export function Blocks(props: { blocks: Block[] }) {
  return (
    <>
      {props.blocks.map((b, i) => {
        switch (b.t) {
          case 'p':
            return <p key={i}>{inlines(b.c)}</p>;
          case 'h3':
            return <h3 key={i}>{inlines(b.c)}</h3>;
          case 'note':
            return (
              <p key={i} class="note">
                {inlines(b.c)}
              </p>
            );
          case 'ul':
          case 'ol': {
            const List = b.t;
            return (
              <List key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>{inlines(item)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </>
  );
}
