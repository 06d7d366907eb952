// The CSV text itself: records (RFC 4180) and the numbers in their cells. The parser is
// hand-rolled because it is small, keeps each record's line number for error messages, and
// the number syntax — the part users trip on — is one strict rule below.

/** One record of the file: its cells and the line it starts on (1-based; the header is line 1). */
export interface CsvRecord {
  readonly row: number
  readonly cells: string[]
}

/**
 * Splits CSV text into records (RFC 4180): comma-separated cells, cells in double quotes may
 * hold commas, line breaks and doubled quotes (""), lines end with \n or \r\n. Blank lines
 * are skipped; each record keeps the number of the line it starts on.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let inQuotes = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1
  let quotedRecord = false
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text

  const endCell = (): void => {
    cells.push(quoted ? cell : cell.trim())
    cell = ''
    quoted = false
  }
  const endRecord = (): void => {
    endCell()
    if (!(cells.length === 1 && cells[0] === '' && !quotedRecord)) records.push({ row: recordLine, cells })
    cells = []
    quotedRecord = false
  }

  for (let i = 0; i < src.length; i++) {
    const ch = src[i]
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"'
          i++
        } else inQuotes = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell.trim() === '' && !quoted) {
      inQuotes = true
      quoted = true
      quotedRecord = true
      quoteLine = line
      cell = ''
    } else if (ch === ',') {
      endCell()
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else if (quoted) {
      if (ch.trim() !== '') throw new Error(`row ${line}: unexpected text after a closing quote; write a quote inside a quoted cell as ""`)
    } else {
      cell += ch
    }
  }
  if (inQuotes) throw new Error(`row ${quoteLine}: a quoted cell is never closed (missing ")`)
  if (cell !== '' || quoted || cells.length > 0) endRecord()
  return records
}

/**
 * Decimal and scientific notation only: "1", "-2.5", ".5", "3.", "1e-3". JavaScript's
 * Number() would also take "0x10", "0b101", "Infinity" and "" (as 0), which a data file
 * almost never means; a missing or odd value is better named than read as a number.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/** True when the (trimmed) cell is a number in decimal or scientific notation. */
export function isDecimal(cell: string): boolean {
  return DECIMAL.test(cell.trim())
}

/** The number in a cell; anything but a finite decimal is an error naming the row and column. */
export function parseNumber(cell: string, row: number, column: string): number {
  const text = cell.trim()
  if (text === '') throw new Error(`row ${row}, column "${column}": the cell is empty, expected a number`)
  if (!DECIMAL.test(text)) throw new Error(`row ${row}, column "${column}": "${cell}" is not a number (write decimals such as 2.5 or -1e-3)`)
  const v = Number(text)
  if (!Number.isFinite(v)) throw new Error(`row ${row}, column "${column}": "${cell}" is too large for a number`)
  return v
}
