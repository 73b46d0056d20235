/**
 * The map without WebGL: the same outlines as SVG paths, projected with Web
 * Mercator to the element's size, names placed like the WebGL map's, and the
 * territories as a keyboard listbox (roving tabindex, Enter or Space selects).
 */
import { styleProps } from '../../core/style-props.js';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { compareFrench } from '../../feed/text.js';
import type { MapColours } from './classes.js';
import { outerBoundary, type Position } from './geometry.js';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, labelSize, placeLabels, wrapLabel } from './labels.js';
import type { MapModel } from './model.js';
import { fitMercator, outlinePath } from './projection.js';

export interface SvgShape {
  id: string;
  name: string;
  d: string;
  fill: string;
}

/** The projected drawing for one model and size; selection changes do not redo it. */
export interface SvgDrawing {
  width: number;
  height: number;
  /** Drawn territories in name order (the listbox order). */
  shapes: SvgShape[];
  context: string;
  perimeter: string;
  labels: { id: string; x: number; y: number; lines: string[] }[];
  points: Position[];
}

/** Projects the model into `width` × `height` pixels. */
export function drawSvg(model: MapModel, width: number, height: number): SvgDrawing {
  const empty: SvgDrawing = { width, height, shapes: [], context: '', perimeter: '', labels: [], points: [] };
  if (!model.bbox) return empty;
  const fit = fitMercator(model.bbox, width, height, 16);
  const drawn = model.territories.filter((t) => t.geometry);
  const shapes = drawn
    .map((t) => ({ id: t.id, name: t.name, d: outlinePath(t.geometry!, fit), fill: t.fill }))
    .sort((a, b) => compareFrench(a.name, b.name));
  const inside = drawn.filter((t) => t.inPerimeter);
  const perimeter =
    inside.length && inside.length < drawn.length
      ? outerBoundary(inside.map((t) => t.geometry!))
          .map(
            (run) =>
              'M' +
              run
                .map(([lon, lat]) =>
                  fit
                    .project(lon, lat)
                    .map((n) => n.toFixed(1))
                    .join(' '),
                )
                .join('L'),
          )
          .join('')
      : '';
  const candidates = drawn.map((t) => {
    const [x, y] = fit.project(...t.label!);
    const [x0, y1] = fit.project(t.bbox![0], t.bbox![1]);
    const [x1, y0] = fit.project(t.bbox![2], t.bbox![3]);
    const lines = wrapLabel(t.name);
    return { id: t.id, x, y, lines, ...labelSize(lines), shapeWidth: x1 - x0, priority: (x1 - x0) * (y1 - y0) };
  });
  const points = model.partners.map((p) => fit.project(p.lon, p.lat));
  const kept = placeLabels(
    candidates.filter((c) => c.width <= c.shapeWidth * 1.6),
    width,
    height,
    points.map(([x, y]) => ({ x, y, width: 12, height: 12 })),
  );
  return {
    width,
    height,
    shapes,
    context: model.context.map((c) => outlinePath(c.geometry, fit)).join(''),
    perimeter,
    labels: candidates
      .filter((c) => kept.has(c.id))
      .map(({ id, x, y, lines }) => ({ id, x: x + kept.get(id)![0], y: y + kept.get(id)![1], lines })),
    points,
  };
}

export interface SvgViewState {
  selected: string | null;
  /** The shape that holds the tab stop. */
  focusId: string | undefined;
  label: string;
  describedBy: string;
  colours: MapColours;
  /** A territory was clicked, or chosen with Enter or Space (`trigger`: its shape, to return focus to). */
  onSelect(id: string, trigger?: SVGElement): void;
  /** An arrow, Home or End key moved the tab stop to this territory: the element focuses it once rendered. */
  onMove(id: string): void;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The shape the tab stop moves to from `id` with `key` (arrows step in drawing order, Home, End), if any. */
export function keyTarget(key: string, shapes: readonly SvgShape[], id: string): string | undefined {
  const last = shapes.length - 1;
  const step = STEPS[key];
  const index =
    key === 'Home' ? 0 : key === 'End' ? last : step ? shapes.findIndex((s) => s.id === id) + step : undefined;
  return index === undefined ? undefined : shapes[Math.max(0, Math.min(last, index))]?.id;
}

function onKey(event: KeyboardEvent, drawing: SvgDrawing, id: string, state: SvgViewState) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    state.onSelect(id, event.target as SVGElement);
    return;
  }
  const next = keyTarget(event.key, drawing.shapes, id);
  if (next === undefined) return;
  event.preventDefault();
  state.onMove(next);
}

/** The SVG map: the territories as a listbox; the element keeps the selection and the tab stop. */
export function renderSvgMap(drawing: SvgDrawing, state: SvgViewState): TemplateResult {
  const { colours } = state;
  const tabStop = drawing.shapes.some((s) => s.id === state.focusId) ? state.focusId : drawing.shapes[0]?.id;
  const selectedShape = drawing.shapes.find((s) => s.id === state.selected);
  return html`<svg
    class="svg-map"
    part="svg-map"
    role="listbox"
    aria-label=${state.label}
    aria-describedby=${state.describedBy}
    width=${drawing.width}
    height=${drawing.height}
    viewBox="0 0 ${drawing.width} ${drawing.height}"
    style=${styleProps({ background: colours.background })}
  >
    ${drawing.shapes.map(
      (s) =>
        svg`<path
          class="territory"
          role="option"
          aria-selected=${s.id === state.selected ? 'true' : 'false'}
          aria-label=${s.name}
          tabindex=${s.id === tabStop ? 0 : -1}
          data-id=${s.id}
          d=${s.d}
          fill=${s.fill}
          stroke=${colours.outline}
          @click=${() => state.onSelect(s.id)}
          @keydown=${(e: KeyboardEvent) => onKey(e, drawing, s.id, state)}
        ></path>`,
    )}
    ${
      drawing.context
        ? svg`<path class="context" aria-hidden="true" d=${drawing.context} stroke=${colours.context}></path>`
        : nothing
    }
    ${
      drawing.perimeter
        ? svg`<path class="perimeter" aria-hidden="true" d=${drawing.perimeter} stroke=${colours.outline}></path>`
        : nothing
    }
    ${
      selectedShape
        ? svg`<g aria-hidden="true" class="selection">
          <path d=${selectedShape.d} stroke=${colours.selectedCasing} stroke-width="6"></path>
          <path d=${selectedShape.d} stroke=${colours.selected} stroke-width="2"></path>
        </g>`
        : nothing
    }
    ${drawing.points.map(
      ([x, y]) =>
        svg`<circle aria-hidden="true" class="point" cx=${x.toFixed(1)} cy=${y.toFixed(1)} r="5" fill=${colours.point} stroke=${colours.pointStroke}></circle>`,
    )}
    ${drawing.labels.map(
      (l) =>
        svg`<text aria-hidden="true" class="label ${l.id === state.selected ? 'label--selected' : ''}" x=${l.x.toFixed(1)} y=${(l.y - ((l.lines.length - 1) * LABEL_LINE_HEIGHT) / 2 + LABEL_FONT_SIZE / 3).toFixed(1)}>${l.lines.map(
          (line, i) => svg`<tspan x=${l.x.toFixed(1)} dy=${i ? LABEL_LINE_HEIGHT : 0}>${line}</tspan>`,
        )}</text>`,
    )}
  </svg>`;
}

export const svgStyles = css`
  .svg-map {
    display: block;
    width: 100%;
    height: 100%;
  }
  .svg-map .territory {
    stroke-width: 0.8;
    cursor: pointer;
    outline: none;
  }
  .svg-map .territory:hover {
    stroke-width: 2.5;
  }
  .svg-map .territory:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .svg-map .context,
  .svg-map .perimeter,
  .svg-map .selection path {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .svg-map .context {
    stroke-width: 0.6;
    stroke-dasharray: 3 2;
  }
  .svg-map .perimeter {
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .svg-map .point {
    stroke-width: 1.5;
    pointer-events: none;
  }
  .svg-map .label {
    fill: var(--_label-color);
    font-size: 12px;
    font-weight: 600;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_label-halo);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .svg-map .label--selected {
    font-weight: 800;
  }
`;
