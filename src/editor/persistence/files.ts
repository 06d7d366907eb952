/** Offers text as a file download. */
export function downloadText(text: string, filename: string): void {
  download(new Blob([text], { type: 'application/json' }), filename)
}

/** Offers bytes (a zip) as a file download. */
export function downloadBytes(bytes: Uint8Array, filename: string, type: string): void {
  download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), filename)
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A file name for a graph title: "Standardization matters.flowgrad.json". */
export function graphFileName(title: string): string {
  // Characters no file system takes become a space, and runs of spaces one: "Optimizers: a race" is "Optimizers a race".
  const safe = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'graph'
  return `${safe}.flowgrad.json`
}

/** Asks the user for a graph file and returns its name and text, or null if cancelled. */
export function chooseFile(accept = '.json,.flowgrad.json'): Promise<{ name: string; text: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.dataset.testid = 'open-file-input'
    input.style.display = 'none'
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      input.remove()
      resolve(file ? { name: file.name, text: await file.text() } : null)
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(null)
    })
    document.body.append(input)
    input.click()
  })
}
