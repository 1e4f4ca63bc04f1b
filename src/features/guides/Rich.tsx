/**
 * Renders compiled guide content. Citations show their short label and give screen readers the full name
 * of the law; phone numbers become call links read digit by digit.
 */
import type { Block, Inline } from './types';
import { spokenDigits } from '../../lib/numbers';
import { t } from '../../lib/i18n';

export function Inlines(props: { c: Inline[] }) {
  return (
    <>
      {props.c.map((node, i) => (
        <InlineNode key={i} node={node} />
      ))}
    </>
  );
}

function InlineNode({ node }: { node: Inline }) {
  if (typeof node === 'string') return <>{node}</>;
  if ('b' in node) {
    return (
      <strong>
        <Inlines c={node.b} />
      </strong>
    );
  }
  if ('cite' in node) {
    return (
      <span class="cite">
        <span aria-hidden="true">{node.cite}</span>
        <span class="sr-only">{node.full}</span>
      </span>
    );
  }
  if ('tel' in node) {
    return (
      <a class="tel" href={`tel:${node.tel}`} aria-label={`${t('home.call', { number: node.tel })} (${spokenDigits(node.tel)})`}>
        {node.tel}
      </a>
    );
  }
  return (
    <a href={node.href}>
      <Inlines c={node.c} />
    </a>
  );
}

export function Blocks(props: { blocks: Block[] }) {
  return (
    <>
      {props.blocks.map((b, i) => {
        switch (b.t) {
          case 'p':
            return (
              <p key={i}>
                <Inlines c={b.c} />
              </p>
            );
          case 'h3':
            return (
              <h3 key={i}>
                <Inlines c={b.c} />
              </h3>
            );
          case 'note':
            return (
              <p key={i} class="note">
                <Inlines c={b.c} />
              </p>
            );
          case 'ul':
          case 'ol': {
            const List = b.t;
            return (
              <List key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Inlines c={item} />
                  </li>
                ))}
              </List>
            );
          }
        }
      })}
    </>
  );
}
