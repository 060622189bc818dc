import { useState } from 'react'
import { type CliTwin as Twin, cliTwinText } from '../../../shared/kafka/cli-twin'

/** The Apache Kafka command that does the same as the action next to it, ready to copy. */
export function CliTwin({ twin, label = 'Same with the Kafka CLI' }: { twin: Twin; label?: string }) {
  const [copied, setCopied] = useState(false)
  const text = cliTwinText(twin)
  return (
    <figure className="cli-twin">
      <figcaption>
        <span>{label}</span>
        <button
          type="button"
          aria-label={`Copy: ${label}`}
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true))
            setTimeout(() => setCopied(false), 1500)
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </figcaption>
      <pre className="mono" aria-label={label}>
        {text}
      </pre>
    </figure>
  )
}
