import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | undefined>>;

const kebab = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Like Lit's `styleMap`, but only ever through `element.style.setProperty`:
 * `styleMap` writes its first render as a `style="…"` attribute, which a strict
 * Content-Security-Policy (`style-src 'self'`) blocks. Use as `style=${styleProps({ background: c })}`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style')
      throw new Error('styleProps belongs in a style attribute binding: style=${styleProps({...})}');
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === '') continue;
      const property = kebab(name);
      style.setProperty(property, value);
      next.add(property);
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
