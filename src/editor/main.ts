import { createRegistry } from '../../nodes/index.ts'
import { EditorController } from './controller.ts'
import { exampleInfos } from './examples.ts'
import { FgApp } from './app.ts'
import './styles.css'

const registry = createRegistry()
const controller = new EditorController(registry)
const app = new FgApp()
app.controller = controller
app.schemas = [...registry.all()]
app.examples = exampleInfos()
controller.store.state$.subscribe((state) => (app.state = state))
controller.layout.layout$.subscribe((layout) => (app.layout = layout))
controller.session.view$.subscribe((view) => (app.session = view))
controller.lesson.state$.subscribe((lesson) => (app.lesson = lesson))
controller.presentation.presenting$.subscribe((presenting) => (app.presenting = presenting))
document.body.append(app)
document.addEventListener('keydown', (e) => controller.onKeyDown(e))
document.addEventListener('copy', (e) => controller.placer.onCopy(e))
document.addEventListener('paste', (e) => controller.placer.onPaste(e))
void controller.start()
// Tests and the console reach the app through this handle.
Object.assign(window, { flowgrad: controller })
