// Finds a Python interpreter with NumPy and PyTorch, for the export tests (they run the exported
// scripts). `python3` on PATH may be a pyenv shim without them, so Debian's own comes first.
// Run as a script (npm's pretest), it stops at once, naming the one command that fixes it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const INSTALL_HINT = 'PyTorch for the export tests is missing: run .ci/python (apt-get install -y python3-torch python3-numpy)'

/** The first interpreter that imports numpy and torch: $FLOWGRAD_PYTHON, then /usr/bin/python3, then python3. */
export function torchPython(): string | null {
  const candidates = [process.env.FLOWGRAD_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p))
  for (const python of candidates) {
    const r = spawnSync(python, ['-c', 'import numpy, torch'], { encoding: 'utf8', timeout: 60_000 })
    if (r.status === 0) return python
  }
  return null
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !torchPython()) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
