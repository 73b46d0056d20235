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

/** A press on the list (an option, its scrollbar) leaves the focus in the field: the list stays open. */
const keepFocus = (e: Event) => e.preventDefault();

/** The text field's state; the element renders it with {@link PlacePicker.render}. */
export class PlacePicker implements ReactiveController {
  /** What the visitor is typing; undefined while the field shows the chosen place. */
  #text?: string;
  #open = false;
  /** Position of the highlighted suggestion, -1 for none. */
  #active = -1;
  #locating = false;
  #positionError = false;
  /** The live region's sentence: the suggestions' count once typing pauses, the position being found. */
  #status = '';
  #statusTimer = 0;
  /** Bumped when the host leaves the page: a position that arrives later is dropped. */
  #generation = 0;
  /** What the last render was given (the element's places and texts), for the keys and the live region. */
  #places: PlaceOption[] = [];
  #texts?: PlacePickerTexts;
  #found?: { places: PlaceOption[]; text: string; result: ReturnType<typeof findPlaces> };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlacePickerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#statusTimer);
    this.#generation++;
    this.#locating = false;
  }

  #set(change: () => void) {
    change();
    this.host.requestUpdate();
  }

  /** The suggestions for what is typed (memoised: the keys and the render ask for them). */
  #suggestions(text = this.#text ?? '') {
    const found = this.#found;
    if (found?.places === this.#places && found.text === text) return found.result;
    const result = findPlaces(this.#places, text, MAX_SUGGESTIONS);
    this.#found = { places: this.#places, text, result };
    return result;
  }

  /** Closes the list; the live region falls silent and a count about to be read is dropped. */
  #close(keepText: boolean) {
    clearTimeout(this.#statusTimer);
    this.#set(() => {
      this.#open = false;
      this.#active = -1;
      this.#status = '';
      if (!keepText) this.#text = undefined;
    });
  }

  #choose(ref: string) {
    this.#close(false);
    this.options.choose(ref);
  }

  /** Opens the list; once typing pauses, the live region says how many places are suggested. */
  #openList() {
    this.#set(() => (this.#open = true));
    clearTimeout(this.#statusTimer);
    this.#statusTimer = window.setTimeout(() => {
      const t = this.#texts;
      if (!this.#open || !t) return;
      const { places, total } = this.#suggestions();
      this.#set(() => (this.#status = total ? t.found(places.length, total) : t.none));
    }, 500);
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
      this.#active = -1;
      this.#positionError = false;
    });
    this.#openList();
  };

  #move(by: number) {
    const n = this.#suggestions().places.length;
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
        if (!this.#open) this.#openList();
        if (!e.altKey) this.#move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) this.#close(true);
        else if (this.#open) this.#move(-1);
        break;
      case 'Enter': {
        // Never the search form's submit: Enter in this field chooses.
        e.preventDefault();
        const typed = this.#text?.trim();
        const { places } = this.#suggestions();
        if (this.#open && this.#active >= 0 && places[this.#active]) this.#choose(places[this.#active]!.id);
        else if (typed === '') this.#choose('');
        else if (typed && places.length) this.#choose(places[0]!.id);
        else if (typed) this.#openList();
        break;
      }
      case 'Escape':
        if (this.#open || this.#text !== undefined) {
          // Inside a dialog or a host's menu, Escape closes this list first, not them.
          e.stopPropagation();
          this.#close(this.#open);
        }
        break;
    }
  };

  #onBlur = () => {
    // Leaving the field keeps the chosen place: half-typed text is dropped.
    if (this.#open || this.#text !== undefined) this.#close(false);
  };

  #locate = () => {
    const t = this.#texts;
    if (this.#locating || !t) return;
    const generation = this.#generation;
    const current = () => generation === this.#generation;
    clearTimeout(this.#statusTimer);
    this.#set(() => {
      this.#locating = true;
      this.#positionError = false;
      this.#status = t.locating;
    });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (!current()) return;
        this.#set(() => (this.#locating = false));
        // About a kilometre: enough for distances, and what a shared link would reveal.
        this.#choose(`${coords.longitude.toFixed(2)},${coords.latitude.toFixed(2)}`);
      },
      () => {
        if (!current()) return;
        this.#set(() => {
          this.#locating = false;
          this.#positionError = true;
          this.#status = '';
        });
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  #option(place: PlaceOption, k: number, active: boolean, t: PlacePickerTexts) {
    // The keys are the field's (aria-activedescendant): an option is only ever clicked.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="near-place-${k}"
      class="combo__option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.#choose(place.id)}
    >
      <bdi>${place.label}</bdi> <span class="combo__kind">${t.kind(place.kind)}</span>
    </li>`;
  }

  /**
   * The field, its suggestions and the "my position" button. `chosen` is the chosen place's name ('' for none).
   */
  render(places: PlaceOption[], chosen: string, t: PlacePickerTexts) {
    this.#places = places;
    this.#texts = t;
    const open = this.#open;
    const found = open ? this.#suggestions() : { places: [], total: 0 };
    const active = this.#active < found.places.length ? this.#active : -1;
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
          @click=${() => this.#open || this.#openList()}
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
            ? html`<ul
                id="near-places"
                class="combo__list"
                role="listbox"
                aria-label=${t.suggestions}
                @pointerdown=${keepFocus}
              >
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
          ? html`<button
              type="button"
              class="combo__locate"
              aria-disabled=${this.#locating ? 'true' : 'false'}
              @click=${this.#locate}
            >
              ${this.#locating ? t.locating : t.myPosition}
            </button>`
          : nothing
      }
      ${this.#positionError ? html`<p class="combo__error" role="alert">${t.positionError}</p>` : nothing}`;
  }
}
