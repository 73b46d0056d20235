/**
 * Runs axe-core (WCAG 2.1 A and AA rules, as RGAA requires) on an element,
 * shadow DOM included, and fails with a readable list of violations.
 */
interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element | Document, options: object): Promise<AxeResult>;
}

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  // @ts-expect-error -- axe.min.js is a UMD script without types; importing it registers window.axe
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary ?? '')).join('\n  ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
