import type { AppErrorValue } from '../../../shared/result'
import { errorText } from '../lib/error-text'

export function ErrorNotice({ error, onRetry }: { error: AppErrorValue; onRetry?: () => void }) {
  return (
    <div role="alert" className="banner banner-error">
      <span>{errorText(error)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  )
}
