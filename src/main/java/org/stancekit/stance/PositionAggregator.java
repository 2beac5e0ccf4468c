package org.stancekit.stance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns sentence-level evidence into one position per holder and target. Conflicting evidence of
 * similar weight gives a NEUTRAL (mixed) position that keeps both sides; an actor with no evidence on
 * a target gets no position at all. Conditions on an evidence sentence that name another issue
 * ("until all hostages are released") add a weaker SUPPORT for that issue. Stateless.
 */
final class PositionAggregator {

  /** Below this share of the stronger side, the weaker side does not make a position mixed. */
  private static final double MIXED_RATIO = 0.5;
  private static final double CONDITION_CONFIDENCE = 0.45;
  private static final double CONDITION_SCORE = 0.5;

  /** One reading of one sentence. */
  record Item(String holder, String target, TargetKind kind, Evidence evidence, double confidence,
      boolean neutral, ImmutableList<String> conditions, ImmutableList<String> conditionIssues) {}

  private PositionAggregator() {}

  static ImmutableList<Position> aggregate(List<Item> items) {
    List<Item> all = new ArrayList<>(items);
    for (Item item : items) {
      if (item.evidence().score() == 0) {
        continue;
      }
      for (String issue : item.conditionIssues()) {
        Evidence e = item.evidence();
        all.add(new Item(item.holder(), issue, TargetKind.ISSUE,
            new Evidence(e.text(), e.span(), e.section(), e.source(), "condition: " + e.cue(), "condition-demand",
                CONDITION_SCORE),
            CONDITION_CONFIDENCE, false, ImmutableList.of(), ImmutableList.of()));
      }
    }
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item item : all) {
      groups.computeIfAbsent(item.holder() + "\u0000" + item.target(), k -> new ArrayList<>()).add(item);
    }
    List<Position> positions = new ArrayList<>();
    for (List<Item> group : groups.values()) {
      positions.add(position(dedupe(group)));
    }
    Map<String, Integer> holderOrder = new LinkedHashMap<>();
    for (Position p : positions) {
      holderOrder.putIfAbsent(p.holder(), holderOrder.size());
    }
    positions.sort(Comparator.comparingInt((Position p) -> holderOrder.get(p.holder()))
        .thenComparing(p -> -p.confidence())
        .thenComparing(Position::target));
    return ImmutableList.copyOf(positions);
  }

  /** One item per sentence and cue: the same sentence read twice is one piece of evidence. */
  private static List<Item> dedupe(List<Item> group) {
    Map<String, Item> best = new LinkedHashMap<>();
    for (Item item : group) {
      String key = item.evidence().span() + "|" + item.evidence().cue();
      Item previous = best.get(key);
      if (previous == null || Math.abs(item.evidence().score()) * item.confidence()
          > Math.abs(previous.evidence().score()) * previous.confidence()) {
        best.put(key, item);
      }
    }
    return new ArrayList<>(best.values());
  }

  private static Position position(List<Item> group) {
    Item first = group.get(0);
    double support = 0;
    double oppose = 0;
    double maxSupport = 0;
    double maxOppose = 0;
    double disbelief = 1;
    for (Item item : group) {
      double s = item.evidence().score();
      double weight = item.confidence() * Math.abs(s);
      if (s > 0) {
        support += weight;
        maxSupport = Math.max(maxSupport, s);
      } else if (s < 0) {
        oppose += weight;
        maxOppose = Math.max(maxOppose, -s);
      }
      disbelief *= 1 - item.confidence();
    }
    double confidence = Math.min(0.95, 1 - disbelief);
    Stance stance;
    double score;
    if (support == 0 && oppose == 0) {
      stance = Stance.NEUTRAL;
      score = 0;
    } else if (Math.min(support, oppose) >= MIXED_RATIO * Math.max(support, oppose)) {
      stance = Stance.NEUTRAL;
      score = 0.2 * (support - oppose) / (support + oppose);
      confidence *= 0.6;
    } else if (support > oppose) {
      stance = Stance.SUPPORT;
      score = Math.max(0.05, maxSupport * (support - oppose) / (support + oppose));
    } else {
      stance = Stance.OPPOSE;
      score = Math.min(-0.05, -maxOppose * (oppose - support) / (support + oppose));
    }
    Set<String> conditions = new LinkedHashSet<>();
    for (Item item : group) {
      double s = item.evidence().score();
      boolean sameSide = stance == Stance.NEUTRAL || (s > 0) == (stance == Stance.SUPPORT);
      if (sameSide) {
        conditions.addAll(item.conditions());
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    group.stream().sorted(Comparator.comparing((Item i) -> i.evidence().span())).forEach(i -> evidence.add(i.evidence()));
    return new Position(first.holder(), first.target(), first.kind(), stance, round(score), round(confidence),
        ImmutableList.copyOf(conditions), ImmutableList.copyOf(evidence));
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
