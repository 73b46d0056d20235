/** The top of an element's docs page: a French and an English introduction and a snippet to copy. */
export function intro(fr: string, en: string, snippet: string): string {
  return `**FR —** ${fr}

**EN —** ${en}

\`\`\`html
<script type="module" src="https://your-site.example/maillage/maillage.js"></script>
${snippet}
\`\`\`

Attributes, properties, events, slots, CSS parts and custom properties below come from \`custom-elements.json\`.
Pick another feed in the toolbar ("Feed") for the story "Feed from the toolbar".`;
}
