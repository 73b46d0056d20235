/**
 * "Near a place": a text field that suggests the feed's communes, EPCI and
 * départements as the visitor types (the ARIA 1.2 combobox pattern, with a
 * listbox popup and aria-activedescendant), so a national directory's 35,000
 * communes never become one select. Optionally the visitor's own position,
 * asked of the browser on a click and rounded to about a kilometre.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { findPlaces, type PlaceOption } from './places.js';

/** Suggestions listed at once; the visitor narrows the rest by typing. */
export const MAX_SUGGESTIONS = 30;

export interface PlacePickerTexts {
  label: string;
  hint: string;
  suggestions: string;
  found: (shown: number, total: number) => string;
  none: string;
  clear: (place: string) => string;
  kind: (kind: string) => string;
  myPosition: string;
  locating: string;
  positionError: string;
}

export interface PlacePickerOptions {
  /** The chosen place's reference (a territory id or "lon,lat"), or '' to remove it. */
  choose: (ref: string) => void;
}

/** The text field's state; the element renders it with {@link PlacePicker.render}. */
export class PlacePicker implements ReactiveController {
  /** What the visitor is typing; undefined while the field shows the chosen place. */
  #text?: string;
  #open = false;
  /** Position of the highlighted suggestion, -1 for none. */
  #active = -1;
  #shown: PlaceOption[] = [];
  #locating = false;
  #positionError = false;
  /** The live region's sentence, set when typing pauses. */
  #status = '';
  #statusTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlacePickerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#statusTimer);
  }

  #set(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  #choose(ref: string) {
    this.#set(() => {
      this.#text = undefined;
      this.#open = false;
      this.#active = -1;
      this.#status = '';
    });
    this.options.choose(ref);
  }

  /** The clear button goes away with the place: the field takes the focus, ready for another. */
  #clear = () => {
    this.#choose('');
    this.host.updateComplete.then(() => this.host.shadowRoot?.getElementById('near-place')?.focus());
  };

  #onInput = (e: Event) => {
    const text = (e.target as HTMLInputElement).value;
    this.#set(() => {
      this.#text = text;
      this.#open = true;
      this.#active = -1;
      this.#positionError = false;
    });
  };

  #move(by: number) {
    const n = this.#shown.length;
    if (!n) return;
    this.#set(() => {
      this.#active = this.#active < 0 ? (by > 0 ? 0 : n - 1) : (this.#active + by + n) % n;
    });
    this.host.updateComplete.then(() =>
      this.host.shadowRoot?.getElementById(`near-place-${this.#active}`)?.scrollIntoView({ block: 'nearest' }),
    );
  }

  #onKeydown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.#open) this.#set(() => (this.#open = true));
        if (!e.altKey) this.#move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) this.#set(() => (this.#open = false));
        else if (this.#open) this.#move(-1);
        break;
      case 'Enter': {
        // Never the search form's submit: Enter in this field chooses.
        e.preventDefault();
        const typed = this.#text?.trim();
        if (this.#open && this.#active >= 0) this.#choose(this.#shown[this.#active]!.id);
        else if (typed === '') this.#choose('');
        else if (typed && this.#shown.length) this.#choose(this.#shown[0]!.id);
        break;
      }
      case 'Escape':
        if (this.#open || this.#text !== undefined) {
          // Inside a dialog or a host's menu, Escape closes this list first, not them.
          e.stopPropagation();
          this.#set(() => {
            if (this.#open) this.#open = false;
            else this.#text = undefined;
            this.#active = -1;
          });
        }
        break;
    }
  };

  #onBlur = () => {
    if (!this.#open && this.#text === undefined) return;
    // Leaving the field keeps the chosen place: half-typed text is dropped.
    this.#set(() => {
      this.#open = false;
      this.#text = undefined;
      this.#active = -1;
      this.#status = '';
    });
  };

  #locate = () => {
    const geolocation = navigator.geolocation;
    this.#set(() => {
      this.#locating = true;
      this.#positionError = false;
    });
    geolocation.getCurrentPosition(
      ({ coords }) => {
        this.#set(() => (this.#locating = false));
        // About a kilometre: enough for distances, and what a shared link would reveal.
        this.#choose(`${coords.longitude.toFixed(2)},${coords.latitude.toFixed(2)}`);
      },
      () => this.#set(() => ((this.#locating = false), (this.#positionError = true))),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  #announce(sentence: string) {
    if (sentence === this.#status) return;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = window.setTimeout(() => this.#set(() => (this.#status = sentence)), 500);
  }

  #option(place: PlaceOption, k: number, active: boolean, t: PlacePickerTexts) {
    // The keys are the field's (aria-activedescendant): an option is only ever clicked.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="near-place-${k}"
      class="combo__option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @pointerdown=${(e: Event) => e.preventDefault()}
      @click=${() => this.#choose(place.id)}
    >
      <bdi>${place.label}</bdi> <span class="combo__kind">${t.kind(place.kind)}</span>
    </li>`;
  }

  /**
   * The field, its suggestions and the "my position" button. `chosen` is the chosen place's name ('' for none).
   */
  render(places: PlaceOption[], chosen: string, t: PlacePickerTexts) {
    const open = this.#open;
    const found = open ? findPlaces(places, this.#text ?? '', MAX_SUGGESTIONS) : { places: [], total: 0 };
    this.#shown = found.places;
    const active = this.#active < this.#shown.length ? this.#active : -1;
    if (open) this.#announce(found.total ? t.found(found.places.length, found.total) : t.none);
    const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext;
    return html`<label class="field-label" id="near-place-label" for="near-place">${t.label}</label>
      <div class="combo">
        <input
          id="near-place"
          class="combo__input"
          type="text"
          role="combobox"
          aria-labelledby="near-place-label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open && found.places.length ? 'true' : 'false'}
          aria-controls="near-places"
          aria-activedescendant=${ifDefined(open && active >= 0 ? `near-place-${active}` : undefined)}
          aria-describedby="near-place-hint"
          .value=${live(this.#text ?? chosen)}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @blur=${this.#onBlur}
          @click=${() => this.#set(() => (this.#open = !this.#open))}
        />
        ${
          chosen
            ? html`<button type="button" class="combo__clear" aria-label=${t.clear(chosen)} @click=${this.#clear}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
        ${
          open && found.places.length
            ? html`<ul id="near-places" class="combo__list" role="listbox" aria-label=${t.suggestions}>
                ${found.places.map((p, k) => this.#option(p, k, k === active, t))}
              </ul>`
            : nothing
        }
        ${open && !found.places.length ? html`<p class="combo__empty">${t.none}</p>` : nothing}
        ${
          open && found.total > found.places.length
            ? html`<p class="combo__more">${t.found(found.places.length, found.total)}</p>`
            : nothing
        }
      </div>
      <span id="near-place-hint" class="visually-hidden">${t.hint}</span>
      <span class="visually-hidden" role="status">${this.#status}</span>
      ${
        canLocate
          ? html`<button type="button" class="combo__locate" ?disabled=${this.#locating} @click=${this.#locate}>
              ${this.#locating ? t.locating : t.myPosition}
            </button>`
          : nothing
      }
      ${this.#positionError ? html`<p class="combo__error" role="alert">${t.positionError}</p>` : nothing}`;
  }
}
