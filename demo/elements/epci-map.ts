/** Showcase of <maillage-epci-map>: the sample networks, a choropleth, the 1,232 EPCI of metropolitan France. */
import type { MaillageEpciMap } from '../../src/components/epci-map/epci-map.js';
import type { FeedInput } from '../../src/feed/index.js';

interface EpciFeature {
  properties: { siren: string; nom: string; type: string; population: number };
  geometry: unknown;
}

/** The national reference file as a feed: each EPCI outline becomes a territory. */
async function nationalFeed(): Promise<FeedInput> {
  const collection = (await (await fetch('../../data/epci-metropole.geojson')).json()) as { features: EpciFeature[] };
  return {
    version: '1.0',
    network: {
      id: 'france',
      name: { fr: 'Intercommunalités de France métropolitaine', en: 'Intercommunalities of metropolitan France' },
    },
    territories: collection.features.map((f) => ({
      id: `epci-${f.properties.siren}`,
      kind: 'epci',
      name: f.properties.nom,
      legalForm: f.properties.type === 'MET69' ? 'METRO' : f.properties.type,
      codes: { siren: f.properties.siren },
      population: { value: f.properties.population, year: 2023 },
      geometry: f.geometry,
    })),
    attributions: [
      {
        text: 'Contours © IGN – ADMIN EXPRESS COG 2018 ; découpage 2026 : INSEE (COG), DGCL (EPCI), via Etalab — Licence Ouverte 2.0',
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        scope: 'geometry',
      },
    ],
  } as FeedInput;
}

const only = new URLSearchParams(location.search).get('show');
for (const section of document.querySelectorAll<HTMLElement>('section[data-show]'))
  if (only && section.dataset.show !== only) section.remove();
// Registered after the filter, so the maps left out never start.
await import('../../src/define/epci-map.js');

const national = document.querySelector<MaillageEpciMap>('#national');
if (national) {
  const started = performance.now();
  national.addEventListener('maillage-feed-load', () =>
    console.info(`national feed validated in ${Math.round(performance.now() - started)} ms`),
  );
  national.feed = await nationalFeed();
}
const selected = document.querySelector<MaillageEpciMap>('#selected');
if (selected) selected.selected = 'epci-243500741';
const list = document.querySelector<MaillageEpciMap>('#list');
if (list) {
  // The showcase opens the table, as a visitor would with the "Liste des territoires" button.
  list.addEventListener('maillage-feed-load', async () => {
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls=territory-list]')?.click();
  });
}
