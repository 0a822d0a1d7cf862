/**
 * Aligns traces one after the other with one LP. The LP restarts from its first basis for each trace, so a
 * trace's alignment does not depend on the traces aligned before it: the same on one thread or several.
 */
import type { IndexedNet } from '../indexed-net.js';
import { searchAlignment, type SearchResult } from './a-star.js';
import { MarkingEquation } from './marking-equation.js';
import { buildSilentReduction, type SilentReduction } from './silent-reduction.js';
import { buildSynchronousProduct, type CostModel } from './synchronous-product.js';

export class TraceAligner {
  readonly lp: MarkingEquation;
  private readonly modelCost: Float64Array;
  private readonly reduction: SilentReduction;
  private readonly integerCosts: boolean;

  constructor(private readonly net: IndexedNet, private readonly costs: CostModel, private readonly maxSeconds: number) {
    this.modelCost = buildSynchronousProduct(net, new Int32Array(0), costs).modelCost;
    this.lp = new MarkingEquation(net, this.modelCost, costs.logMove + costs.modelMove - costs.syncMove);
    this.reduction = buildSilentReduction(net);
    this.integerCosts = [costs.logMove, costs.modelMove, costs.silentMove, costs.syncMove].every(Number.isInteger);
  }

  /** Aligns one trace given as model label indices (-1 for activities no transition carries). */
  align(trace: Int32Array): SearchResult {
    const sp = buildSynchronousProduct(this.net, trace, this.costs);
    this.lp.restart();
    return searchAlignment(sp, this.lp, {
      deadline: performance.now() + this.maxSeconds * 1000,
      integerCosts: this.integerCosts,
      reduction: this.reduction,
    });
  }
}
