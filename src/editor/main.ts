// Until the graph editor lands, the page trains the chapter's iris model in the browser
// with the same compute core the CLI uses, and shows its progress.
import { Adam, Dense, Sequential, Random, input, loadIris, shuffleRows, standardize, toCategorical } from '../core/index.ts'

const app = document.querySelector<HTMLElement>('#app')
if (!app) throw new Error('index.html has no #app element')

app.innerHTML = `
  <h1>Flowgrad</h1>
  <p>A visual lab for learning how neural networks are trained. The graph editor is on its way;
  meanwhile this page trains the chapter's iris model (4→256→256→256→3, Adam, batch 30) with Flowgrad's compute core.</p>
  <pre data-testid="summary"></pre>
  <p data-testid="status">Training…</p>
  <pre data-testid="log"></pre>
`

const summaryEl = app.querySelector<HTMLElement>('[data-testid="summary"]')
const statusEl = app.querySelector<HTMLElement>('[data-testid="status"]')
const logEl = app.querySelector<HTMLElement>('[data-testid="log"]')

const iris = loadIris()
const [rawX, y] = shuffleRows([iris.x, toCategorical(iris.labels)], new Random(0))
const x = standardize(rawX).x
const model = new Sequential(
  [input([4]), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 256, activation: 'relu' }), new Dense({ units: 3, activation: 'softmax' })],
  { seed: 0 },
)
model.compile({ loss: 'categorical_crossentropy', optimizer: new Adam(), metrics: ['accuracy'] })
if (summaryEl) summaryEl.textContent = model.summary()

const EPOCHS = 20
let epoch = 0
// One epoch per task keeps the page responsive while it trains.
function trainOneEpoch(): void {
  const history = model.fit(x, y, { epochs: 1, batchSize: 30, seed: epoch })
  epoch++
  const loss = history.history.loss[0]
  const accuracy = history.history.accuracy[0]
  if (logEl) logEl.textContent += `epoch ${epoch}: loss ${loss.toFixed(4)}, accuracy ${accuracy.toFixed(3)}\n`
  if (epoch < EPOCHS) setTimeout(trainOneEpoch, 0)
  else if (statusEl) statusEl.textContent = `Done: ${EPOCHS} epochs, final accuracy ${accuracy.toFixed(3)}`
}
setTimeout(trainOneEpoch, 0)
