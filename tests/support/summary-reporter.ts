import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints the plain closing line CI reads: "N passed, N failed, N skipped". */
export default class SummaryReporter implements Reporter {
  private passed = 0
  private failed = 0
  private skipped = 0

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return
    if (result.status === 'passed') this.passed++
    else if (result.status === 'skipped') this.skipped++
    else this.failed++
  }

  onEnd(_result: FullResult) {
    const line = `${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`
    console.log(`\n${line}`)
    const file = process.env.KAFKA_LAB_SUMMARY_FILE
    if (file) {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${line}\n`)
    }
  }
}
