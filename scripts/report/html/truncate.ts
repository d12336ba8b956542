/** Shortens a label for a chart (the full text stays in the data table and the SVG title), by whole characters. */
export function truncate(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join("").trimEnd()}…`;
}
