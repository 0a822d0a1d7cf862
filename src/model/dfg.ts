/**
 * The directly-follows graph as a model: activities with frequencies, edges with counts (and, for performance
 * maps, waiting-time statistics), start and end activities. Names, not codes, so it can be exported as is.
 */

export interface DfgEdgePerformance {
  meanSeconds: number;
  medianSeconds: number;
  minSeconds: number;
  maxSeconds: number;
  p90Seconds: number;
  totalSeconds: number;
  stdevSeconds: number;
}

export interface DfgEdge {
  from: string;
  to: string;
  count: number;
  performance?: DfgEdgePerformance;
}

export interface Dfg {
  activities: { name: string; count: number }[];
  edges: DfgEdge[];
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
}
