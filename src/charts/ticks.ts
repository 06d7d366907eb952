/**
 * Axis ranges fixed by the chart (cell edges, equal aspect) rarely end on round numbers.
 * ECharts puts its ticks on round multiples but always labels both ends, which gives labels like
 * "-7.513" crowding a neighbour: label an end only when it is itself on a round step.
 */

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw * (1 - 1e-9)) return m * power
  return 10 * power
}

export interface AxisTicks {
  interval: number
  /** Label the range ends only when they fall on a tick (not e.g. "-7.513"). */
  showMinLabel: boolean
  showMaxLabel: boolean
}

/** About one tick per `spacing` pixels over `range` drawn `pixels` long (as ECharts picks them). */
export function axisTicks(range: [number, number], pixels: number, spacing = 70): AxisTicks {
  const span = range[1] - range[0]
  const interval = niceStep(span / Math.max(1, Math.floor(pixels / spacing)))
  const onTick = (v: number): boolean => Math.abs(v / interval - Math.round(v / interval)) < 1e-6
  return { interval, showMinLabel: onTick(range[0]), showMaxLabel: onTick(range[1]) }
}

export function withTicks<A extends { axisLabel?: object }>(axis: A, ticks: AxisTicks): A {
  return {
    ...axis,
    axisLabel: { ...axis.axisLabel, showMinLabel: ticks.showMinLabel, showMaxLabel: ticks.showMaxLabel },
  }
}
