/**
 * A tiny SVG element tree: the renderer builds elements, not markup strings, so pages render them
 * through Astro (which escapes every attribute) and only the standalone file is serialised here.
 */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text content (the standalone file's <title> and <style>). */
  text?: string;
}

export const el = (tag: string, attrs: Record<string, string | undefined> = {}, children: El[] = []): El => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')),
  children,
});

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Serialises a tree (for the standalone file, the review sheet and tests). */
export function svgText(node: El): string {
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const inner = (node.text !== undefined ? escape(node.text) : '') + node.children.map(svgText).join('');
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}
