/**
 * The rule engine. Every decision the extractor makes is a named rule: an id, what it
 * decides, the examples it was written for (in both scripts) and the function that
 * decides. Detectors generate candidates for recall first (every call, meeting and
 * response cue, every date expression); the rules of each stage then keep, drop, date,
 * type or merge them, and each candidate records the ids of the rules that made it.
 *
 * A rule switched off (`disabled`) is skipped as if it did not exist: that is how its
 * worth is measured (npm run score -- --ablate) and how its examples prove it matters.
 */
import type { EventType, PassageKind, Precision } from '../schema.ts';

/** One passage of an example page: kind, text and story letter. */
export type ExamplePart = readonly [kind: PassageKind, text: string, story?: string];

/** An event an example expects; fields left out are not checked. */
export interface Expected {
  type: EventType;
  date?: string | null;
  precision?: Precision;
  /** Names that must all be among the event's actors. */
  actors?: readonly string[];
  /** The topic label the event shows (出口管制), or null for none. */
  topic?: string | null;
  /** How many passages the event lists (an answer with its question, a paragraph that goes on with it). */
  passages?: number;
  /** Rule ids the event must name in `because`. */
  because?: readonly string[];
}

/** A page written for a rule and the events it must give. */
export interface Example {
  /** One paragraph, or several passages. */
  text: string | readonly ExamplePart[];
  published: string;
  outlet?: string;
  /** Exactly these events (in any order) with every rule on; with this rule off, something else. */
  events: readonly Expected[];
}

/** What every rule says of itself. */
export interface RuleInfo {
  /** Stable id: `<stage>.<what>` (call.plan-is-not-held, date.weekday …). */
  id: string;
  /** One sentence: what the rule decides. */
  decides: string;
  /** Pages the rule was written for: each must come out as stated, and differently without the rule. */
  examples: readonly Example[];
  /** Pages the rule must leave alone: the same events with it on or off. */
  leaves?: readonly Example[];
}

/** A rule: what it says of itself and the function that decides. */
export type Rule<F> = RuleInfo & { apply: F };

/** Anything that remembers which rules made it. */
export interface Traced {
  because: Set<string>;
}

/** Which rules run. */
export class RuleSet {
  readonly disabled: ReadonlySet<string>;

  constructor(disabled: ReadonlySet<string> = new Set()) {
    this.disabled = disabled;
  }

  /** True when `rule` is switched on. */
  on(rule: RuleInfo): boolean {
    return this.disabled.size === 0 || !this.disabled.has(rule.id);
  }

  /**
   * True when `rule` is on and `holds` says it applies; the rule is then recorded on
   * `traced`. For decisions too small to stand as a stage of their own.
   */
  when(rule: RuleInfo, traced: Traced | undefined, holds: () => boolean): boolean {
    if (!this.on(rule) || !holds()) return false;
    traced?.because.add(rule.id);
    return true;
  }

  /** The first answer an enabled rule gives, recorded on `traced`. */
  first<A extends unknown[], R>(
    rules: readonly Rule<(...args: A) => R | undefined>[],
    traced: Traced | undefined,
    ...args: A
  ): R | undefined {
    for (const rule of rules) {
      if (!this.on(rule)) continue;
      const value = rule.apply(...args);
      if (value !== undefined) {
        traced?.because.add(rule.id);
        return value;
      }
    }
    return undefined;
  }
}

/** Every rule on. */
export const ALL_ON = new RuleSet();

/** Declares a rule (an identity function that keeps the literal types). */
export function rule<F>(r: Rule<F>): Rule<F> {
  return r;
}
