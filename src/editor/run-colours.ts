import type { ProgressView, NodeRuntimeView } from './view-types.ts'
import type { ChartData } from '../charts/data.ts'
import { trainerNames } from '../charts/training-curves.ts'
import { paletteColor } from '../charts/theme.ts'

/** The runs a chart draws, by name in colour order: curves and trajectories name them by their trainer. */
function runNames(chart: ChartData | null): readonly string[] {
  if (chart?.kind === 'training-curves') return trainerNames(chart)
  if (chart?.kind === 'trajectory') return chart.paths.map((p) => p.name)
  return []
}

/**
 * Each trainer's colour as the board's charts draw its run (training curves, an optimizer's
 * path), so a readout of the run beside them is told apart the same way. The first chart that
 * names a trainer gives its colour; a trainer no such chart draws has none.
 */
export function runColours(progress: readonly ProgressView[], views: ReadonlyMap<string, NodeRuntimeView>): ReadonlyMap<string, string> {
  const colours = new Map<string, string>()
  for (const view of views.values()) {
    const names = runNames(view.chart)
    for (const p of progress) {
      const index = names.indexOf(p.label)
      if (index >= 0 && !colours.has(p.trainerId)) colours.set(p.trainerId, paletteColor(index))
    }
  }
  return colours
}
