/** Horizontal grouped bar charts as inline SVG: no script, no external asset. */

export interface Bar {
  label: string;
  value: number;
  color: string;
  /** Drawn inside the bar, darker (e.g. fields used within fields received). */
  inner?: number;
}

export interface BarGroup {
  label: string;
  bars: Bar[];
}

export interface BarChartOptions {
  id: string;
  title: string;
  groups: BarGroup[];
  format: (value: number, bar: Bar) => string;
  width?: number;
  /** `group`: each group's longest bar fills the width (when one group dwarfs the rest). */
  scale?: 'shared' | 'group';
}

export const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

const barHeight = 14;
const barGap = 4;
const groupGap = 14;
const groupTitle = 18;
const labelWidth = 150;

const largest = (bars: Bar[]) => Math.max(Number.MIN_VALUE, ...bars.map((bar) => bar.value));

export function barChart({ id, title, groups, format, width = 760, scale = 'shared' }: BarChartOptions): string {
  const sharedMax = largest(groups.flatMap((group) => group.bars));
  const plot = width - labelWidth - 190;
  const parts: string[] = [];
  let y = 8;
  for (const group of groups) {
    const max = scale === 'group' ? largest(group.bars) : sharedMax;
    parts.push(`<text x="0" y="${y + 12}" class="group">${escapeXml(group.label)}</text>`);
    y += groupTitle;
    for (const bar of group.bars) {
      const length = Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * plot);
      const x = labelWidth + 8;
      parts.push(
        `<text x="${labelWidth}" y="${y + barHeight - 3}" class="label" text-anchor="end">${escapeXml(bar.label)}</text>`,
        `<rect x="${x}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="${bar.color}" rx="2"><title>${escapeXml(`${bar.label}: ${format(bar.value, bar)}`)}</title></rect>`,
      );
      if (bar.inner !== undefined) {
        const inner = Math.max(bar.inner > 0 ? 1 : 0, (Math.min(bar.inner, bar.value) / max) * plot);
        parts.push(`<rect x="${x}" y="${y + 3}" width="${inner.toFixed(1)}" height="${barHeight - 6}" fill="#1a202c" opacity="0.55" rx="1"/>`);
      }
      parts.push(`<text x="${(x + length + 6).toFixed(1)}" y="${y + barHeight - 3}" class="value">${escapeXml(format(bar.value, bar))}</text>`);
      y += barHeight + barGap;
    }
    y += groupGap;
  }
  const height = y;
  return (
    `<svg id="${id}" class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeXml(title)}</title>${parts.join('')}</svg>`
  );
}
