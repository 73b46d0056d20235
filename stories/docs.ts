/** A one-line tag too wide for the docs column, one attribute a line. */
const wrap = (line: string): string => {
  const tag = /^<([a-z-]+)((?:\s+[a-z-]+="[^"]*")+)><\/\1>$/.exec(line);
  if (line.length <= 80 || !tag) return line;
  const attributes = tag[2]!.trim().match(/[a-z-]+="[^"]*"/g) ?? [];
  return [`<${tag[1]}`, ...attributes.map((a) => `  ${a}`), `></${tag[1]}>`].join('\n');
};

/** The top of an element's docs page: a French and an English introduction and a snippet to copy. */
export function intro(fr: string, en: string, snippet: string): string {
  snippet = snippet.split('\n').map(wrap).join('\n');
  return `**FR —** ${fr}

**EN —** ${en}

\`\`\`html
<script type="module" src="https://your-site.example/maillage/maillage.js"></script>
${snippet}
\`\`\`

Attributes, properties, events, slots, CSS parts and custom properties below come from \`custom-elements.json\`.
Pick another feed in the toolbar ("Feed") for the story "Feed from the toolbar".`;
}

/** Story-only controls of the frame around an element: its width (px, between `min` and `max`) and its `lang`. */
export const frameArgTypes = (min: number, max: number) => ({
  width: {
    description: 'Width of the frame around the element, in px (story only).',
    control: { type: 'range' as const, min, max, step: 20 },
  },
  lang: {
    description: '`lang` of the frame (story only): the element speaks the language of its nearest `lang`.',
    control: 'inline-radio' as const,
    options: ['fr', 'en'],
  },
});
