import { create } from 'zustand'
import type { CreateTopicDefaults, ReassignmentProgress, ReplicationPlan, TopicConfigEntry, TopicDetail } from '../../../shared/contract'
import type { AppErrorValue, Result } from '../../../shared/result'
import { client } from '../api/client'
import { useTopics } from './topics.store'

interface TopicAdminState {
  defaults: CreateTopicDefaults | null
  configs: TopicConfigEntry[] | null
  configsTopic: string | null
  configsError: AppErrorValue | null
  plan: ReplicationPlan | null
  reassigning: ReassignmentProgress[]
  loadDefaults(): Promise<void>
  create(input: { name: string; partitions: number; replicationFactor: number; configs: Record<string, string> }): Promise<Result<TopicDetail>>
  loadConfigs(topic: string): Promise<void>
  alterConfigs(topic: string, set: Record<string, string>, remove: string[]): Promise<Result<TopicConfigEntry[]>>
  addPartitions(topic: string, total: number): Promise<Result<TopicDetail>>
  deleteRecords(topic: string, partitions: Array<{ partition: number; offset: string }>): Promise<Result<TopicDetail>>
  deleteTopic(topic: string): Promise<Result<null>>
  planReplication(topic: string, replicationFactor: number): Promise<Result<ReplicationPlan>>
  changeReplication(topic: string, replicationFactor: number): Promise<Result<ReplicationPlan>>
  cancelReassignment(topic: string): Promise<Result<null>>
  clearPlan(): void
}

let pollTimer: ReturnType<typeof setTimeout> | null = null

/** After a change, what the topics view shows is refreshed from the cluster rather than patched locally. */
function afterChange<T>(r: Result<T>): Result<T> {
  if (r.ok) useTopics.getState().refresh()
  return r
}

export const useTopicAdmin = create<TopicAdminState>()((set, get) => ({
  defaults: null,
  configs: null,
  configsTopic: null,
  configsError: null,
  plan: null,
  reassigning: [],

  loadDefaults: async () => {
    const r = await client().topicAdmin.createDefaults({})
    if (r.ok) set({ defaults: r.value })
  },

  create: async (input) => {
    const r = await client().topicAdmin.create(input)
    if (r.ok) {
      await useTopics.getState().load()
      void useTopics.getState().select(r.value.name)
    }
    return r
  },

  loadConfigs: async (topic) => {
    set({ configsTopic: topic, configsError: null, ...(get().configsTopic !== topic ? { configs: null } : {}) })
    const r = await client().topicAdmin.configs({ topic })
    if (get().configsTopic !== topic) return
    set(r.ok ? { configs: r.value } : { configsError: r.error })
  },

  alterConfigs: async (topic, setValues, remove) => {
    const r = await client().topicAdmin.alterConfigs({ topic, set: setValues, remove })
    if (r.ok && get().configsTopic === topic) set({ configs: r.value })
    return r
  },

  addPartitions: async (topic, total) => afterChange(await client().topicAdmin.addPartitions({ topic, total })),
  deleteRecords: async (topic, partitions) => afterChange(await client().topicAdmin.deleteRecords({ topic, partitions })),

  deleteTopic: async (topic) => {
    const r = await client().topicAdmin.delete({ topic })
    // Gone either way (deleted now, or by someone else before): leave its detail and reload the list.
    if (r.ok || r.error.code === 'TOPIC_NOT_FOUND') {
      void useTopics.getState().select(null)
      void useTopics.getState().load()
    }
    return r
  },

  planReplication: async (topic, replicationFactor) => {
    const r = await client().topicAdmin.planReplication({ topic, replicationFactor })
    set({ plan: r.ok ? r.value : null })
    return r
  },

  changeReplication: async (topic, replicationFactor) => {
    const r = await client().topicAdmin.changeReplication({ topic, replicationFactor })
    if (r.ok) {
      set({ plan: r.value })
      pollReassignments(topic)
    }
    return r
  },

  cancelReassignment: async (topic) => {
    const r = await client().topicAdmin.cancelReassignment({ topic })
    if (r.ok) pollReassignments(topic)
    return r
  },

  clearPlan: () => set({ plan: null }),
}))

/**
 * Follows a running reassignment once a second: only the open topic's detail is re-read while it runs (the list of
 * all topics can be 10,000 long); the list is refreshed once when Kafka reports it done.
 */
function pollReassignments(topic: string) {
  if (pollTimer) clearTimeout(pollTimer)
  const tick = async () => {
    const r = await client().topicAdmin.reassignments({ topic })
    const running = r.ok ? r.value : []
    useTopicAdmin.setState({ reassigning: running })
    const open = useTopics.getState().selected === topic
    if (open) void useTopics.getState().select(topic)
    if (running.length > 0 && open) {
      pollTimer = setTimeout(() => void tick(), 1000)
    } else {
      pollTimer = null
      void useTopics.getState().load()
    }
  }
  void tick()
}
