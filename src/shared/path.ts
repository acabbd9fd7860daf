/**
 * Reads a year-by-year path of [year, value] points the way every scenario parameter is read:
 * undefined before the first point, linear between points, flat after the last. The model
 * (resolving a scenario) and the scenario layer (showing a schedule) both call this one function.
 */
export function pathValueAt(points: readonly (readonly [number, number])[], year: number): number | undefined {
  const first = points[0];
  if (!first || year < first[0]) return undefined;
  for (let k = 0; k < points.length - 1; k++) {
    const [y0, v0] = points[k]!;
    const [y1, v1] = points[k + 1]!;
    if (year >= y0 && year <= y1) return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
  }
  return points[points.length - 1]![1];
}
