/** Kafka's own topic name rules (org.apache.kafka.common.internals.Topic): checked before anything is sent. */
export const TOPIC_NAME_MAX = 249

export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return 'A topic name cannot be empty.'
  if (name === '.' || name === '..') return 'A topic name cannot be "." or "..".'
  if (name.length > TOPIC_NAME_MAX) return `A topic name can have at most ${TOPIC_NAME_MAX} characters (this one has ${name.length}).`
  const bad = name.match(/[^a-zA-Z0-9._-]/)
  if (bad) return `"${bad[0]}" is not allowed in a topic name: use only letters, digits, ".", "_" and "-".`
  return null
}

/**
 * Kafka replaces "." with "_" in metric names, so "a.b" and "a_b" collide there; Kafka refuses to create one when
 * the other exists, and warns when a name contains either.
 */
export function topicNameWarning(name: string, existing: string[]): string | null {
  const key = (n: string) => n.replace(/\./g, '_')
  const clash = existing.find((e) => e !== name && key(e) === key(name))
  if (clash) return `"${name}" collides with the existing topic "${clash}": "." and "_" are the same in metric names, so Kafka will refuse it.`
  if (/[._]/.test(name)) return 'Names with "." or "_" can collide in metric names (a.b and a_b); use one of them consistently.'
  return null
}
