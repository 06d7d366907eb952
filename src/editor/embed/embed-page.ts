// embed.html: one lesson filling the page (an iframe), its graph in the address after #graph=.
// The address keeps its graph (unlike the app, which takes a share link out once opened):
// the iframe shows the same lesson after a reload.
import { FlowgradLesson } from './flowgrad-lesson.ts'
import { readLessonHash } from './lesson-source.ts'

function show(): void {
  const lesson = new FlowgradLesson()
  lesson.source = readLessonHash(location.hash)
  lesson.app = new URL('index.html', location.href).href
  document.body.replaceChildren(lesson)
}

show()
addEventListener('hashchange', show)
