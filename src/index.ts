/**
 * procmine's library API: `import { readLog, summarizeLog } from 'procmine'`. Re-exports only.
 */
export { readLog, writeLog } from './log/read-log.js';
export type { ReadLogOptions, LogFormatName } from './log/read-options.js';
export { LOG_FORMATS, formatForPath, type LogFormat, type WriteLogOptions } from './log/formats.js';
export {
  caseCount,
  eventCount,
  caseActivities,
  caseTimestamps,
  caseTrace,
  columnValue,
  type EventLog,
  type Column,
  type StringColumn,
  type NumberColumn,
  type BooleanColumn,
  type AttributeType,
  type LifecycleMode,
  type LogInfo,
  type ColumnMapping,
} from './log/event-log.js';
export { EventLogBuilder, type EventLogBuilderInit } from './log/builder.js';
export { resolveColumnMapping, COMMON_COLUMN_NAMES } from './log/column-mapping.js';
export { summarizeLog, type LogSummary } from './analytics/log-summary.js';
export { ProcmineError, UsageError, InputError } from './errors.js';
export { formatDuration, parseDuration } from './util/duration.js';
export { computeVariantLog, variantTrace, variantCount, type VariantLog } from './log/variant-log.js';
export { countDirectlyFollows, type DirectlyFollowsCounts } from './log/directly-follows.js';
export { discoverDfg, type DiscoverDfgOptions } from './discovery/dfg.js';
export { discoverSimplifiedMap, type SimplifyMapOptions } from './discovery/simplify-map.js';
export type { Dfg, DfgEdge } from './model/dfg.js';
export { formatTree, parseTree, treesEquivalent, type ProcessTree } from './model/process-tree.js';
export type { PetriNet, AcceptingPetriNet, Marking } from './model/petri-net.js';
export {
  discoverInductive,
  discoverInductiveFromVariants,
  discoverInductiveFromDfg,
  type DiscoverInductiveOptions,
  type InductiveVariant,
} from './discovery/inductive/index.js';
export { convertTreeToPetri } from './model/convert/tree-to-petri.js';
export { convertTreeToBpmn } from './model/convert/tree-to-bpmn.js';
export { convertBpmnToPetri, type BpmnToPetriResult } from './model/convert/bpmn-to-petri.js';
export { convertBpmnToPetriPm4py, pm4pyTranslationGaps } from './model/convert/bpmn-to-petri-pm4py.js';
export { checkSoundness, type SoundnessResult } from './model/soundness.js';
export type { Bpmn } from './model/bpmn.js';
export { chooseBpmnProcess, type BpmnProcess } from './model/bpmn-process.js';
export { readPtml, parsePtml } from './model/io/read-ptml.js';
export { readPnml, parsePnml } from './model/io/read-pnml.js';
export { readBpmn, parseBpmn } from './model/io/read-bpmn.js';
export { writePtml } from './model/io/write-ptml.js';
export { writePnml } from './model/io/write-pnml.js';
export { writeBpmn } from './model/io/write-bpmn.js';
export { writePetriNetDot, writeBpmnDot, writeTreeDot } from './model/io/write-dot.js';
export { renderSvg } from './model/io/render-svg.js';
export { computeVariants, type VariantsResult } from './analytics/variants.js';
export { computeCycleTime, type CycleTimeResult } from './analytics/cycle-time.js';
export { findBottlenecks, type BottlenecksResult } from './analytics/bottlenecks.js';
export { computeRework, type ReworkResult } from './analytics/rework.js';
export { applyFilters } from './log/filter/apply-filters.js';
export type { LogFilter, FilterStep } from './log/filter/log-filter.js';
export { compareGroups } from './analytics/compare/compare-groups.js';
export { testMannWhitney } from './analytics/statistics/mann-whitney.js';
export { testWelch } from './analytics/statistics/welch-t-test.js';
export { testTwoProportions } from './analytics/statistics/two-proportion-test.js';
export { computeCliffsDelta } from './analytics/statistics/cliffs-delta.js';
export { bootstrapMedians } from './analytics/statistics/bootstrap-medians.js';
export { computeKpis } from './analytics/kpis.js';
export { buildReportData } from './report/html/build-report-data.js';
export { renderReportHtml } from './report/html/render-report-html.js';
export { replayTokens, type TokenReplayResult } from './conformance/token-replay.js';
export { alignLog, type AlignmentResult, type AlignmentMove } from './conformance/alignments/align-log.js';
export { measurePrecision, type PrecisionResult } from './conformance/precision.js';
export { diagnoseAlignments, describeDeviation, type Deviation } from './conformance/diagnostics.js';
export { matchLabels, type LabelMatchingOptions } from './conformance/label-matching.js';
export { checkConformance, type ConformanceResult, type CheckConformanceOptions } from './conformance/check-conformance.js';
export { readModel, type LoadedModel, type ReadModelOptions, type BpmnTranslation } from './model/io/read-model.js';
