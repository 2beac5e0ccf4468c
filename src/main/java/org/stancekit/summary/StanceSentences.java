package org.stancekit.summary;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.stancekit.catalog.Actor;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;

/**
 * Phrases positions as plain English sentences: "Israel opposes a ceasefire until all of the hostages
 * are released.", "Iran supports Hamas.", "Qatar's position on a humanitarian pause is mixed." Actor
 * names come from the catalog (with "the" for the names listed in {@code names-with-the.txt}), issue
 * wording from the issue's label, the sentence shapes from {@code stance-templates.properties}; the
 * first condition, trimmed to a readable clause, ends the sentence. Only salient positions are phrased:
 * confidence and evidence at or above the thresholds, at most {@code max}, most salient first.
 * Immutable and thread-safe.
 */
public final class StanceSentences {

  /** Positions below this confidence are not phrased unless configured. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.3;
  /** Positions with fewer evidence sentences are not phrased unless configured. */
  public static final int DEFAULT_MIN_EVIDENCE = 1;
  /** At most this many sentences unless configured. */
  public static final int DEFAULT_MAX = 10;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Templates TEMPLATES = Templates.load();
  private static final StanceSentences DEFAULT =
      new StanceSentences(DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_EVIDENCE, DEFAULT_MAX);

  private final double minConfidence;
  private final int minEvidence;
  private final int max;

  private StanceSentences(double minConfidence, int minEvidence, int max) {
    this.minConfidence = minConfidence;
    this.minEvidence = minEvidence;
    this.max = max;
  }

  public static StanceSentences defaults() {
    return DEFAULT;
  }

  /** These settings with positions below {@code confidence} (in [0, 1]) left out. */
  public StanceSentences withMinConfidence(double confidence) {
    Preconditions.checkArgument(confidence >= 0 && confidence <= 1, "min confidence must be in [0, 1], was %s", confidence);
    return new StanceSentences(confidence, minEvidence, max);
  }

  /** These settings with positions with fewer than {@code count} evidence sentences left out. */
  public StanceSentences withMinEvidence(int count) {
    Preconditions.checkArgument(count >= 0, "min evidence must be >= 0, was %s", count);
    return new StanceSentences(minConfidence, count, max);
  }

  /** These settings with at most {@code count} sentences (1 to 100). */
  public StanceSentences withMax(int count) {
    Preconditions.checkArgument(count >= 1 && count <= 100, "max must be in [1, 100], was %s", count);
    return new StanceSentences(minConfidence, minEvidence, count);
  }

  /** One sentence per salient position, most salient first. */
  public ImmutableList<String> sentences(List<Position> positions, Catalog catalog) {
    return sentences(positions, catalog, ImmutableList.of());
  }

  /**
   * One sentence per salient position, most salient first; {@code discovered} names actors that are
   * not in the catalog (found in the article).
   */
  public ImmutableList<String> sentences(List<Position> positions, Catalog catalog, Iterable<Actor> discovered) {
    return sentences(positions, catalog, discovered, Map.of());
  }

  /**
   * One sentence per salient position, most salient first, where salience also counts how prominent the
   * holder is in the article ({@code actors}' mentions); actors the catalog lacks are named from
   * {@code actors.discovered()}.
   */
  public ImmutableList<String> sentences(List<Position> positions, Catalog catalog, ResolvedActors actors) {
    Objects.requireNonNull(actors, "actors");
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : actors.mentions()) {
      counts.merge(m.actorId(), 1, Integer::sum);
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Map<String, Double> prominence = new HashMap<>();
    counts.forEach((id, c) -> prominence.put(id, (double) c / max));
    return sentences(positions, catalog, actors.discovered(), prominence);
  }

  private ImmutableList<String> sentences(
      List<Position> positions, Catalog catalog, Iterable<Actor> discovered, Map<String, Double> prominence) {
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(discovered, "discovered");
    List<Position> salient = new ArrayList<>();
    for (Position p : positions) {
      if (p.confidence() >= minConfidence && p.evidence().size() >= minEvidence) {
        salient.add(p);
      }
    }
    // Without mention counts every holder counts the same.
    salient.sort(Comparator.comparingDouble((Position p) ->
            -salience(p) * (prominence.isEmpty() ? 1.0 : 0.5 + 0.5 * prominence.getOrDefault(p.holder(), 0.0)))
        .thenComparing(Position::holder).thenComparing(Position::target));
    ImmutableList.Builder<String> out = ImmutableList.builder();
    salient.stream().limit(max).forEach(p -> out.add(sentence(p, catalog, discovered)));
    return out.build();
  }

  /** The sentence for one position, whatever its salience. */
  public String sentence(Position position, Catalog catalog) {
    return sentence(position, catalog, ImmutableList.of());
  }

  private String sentence(Position p, Catalog catalog, Iterable<Actor> discovered) {
    String holder = actorName(p.holder(), catalog, discovered);
    String target = p.targetKind() == TargetKind.ACTOR
        ? actorName(p.target(), catalog, discovered)
        : catalog.issue(p.target()).map(i -> i.label().isBlank() ? humanise(i.id()) : i.label())
            .orElse(humanise(p.target()));
    String condition = p.conditions().isEmpty() ? "" : trimCondition(p.conditions().get(0));
    String template;
    if (p.stance() == Stance.SUPPORT) {
      template = TEMPLATES.support;
    } else if (p.stance() == Stance.OPPOSE) {
      template = TEMPLATES.oppose;
    } else if (mixed(p)) {
      template = holder.endsWith("s") ? TEMPLATES.mixedPlural : TEMPLATES.mixed;
    } else {
      template = TEMPLATES.undecided;
    }
    String s = template.replace("{holder}", holder).replace("{target}", target)
        .replace("{condition}", condition.isEmpty() ? "" : " " + condition);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Confidence, strength and amount of evidence; a position with a condition (the article's sharpest
   * claims: "until all hostages are released") a little ahead, issue positions slightly ahead of actor
   * relations.
   */
  static double salience(Position p) {
    double evidence = 1 + 0.25 * Math.min(4, Math.max(0, p.evidence().size() - 1));
    double kind = p.targetKind() == TargetKind.ISSUE ? 1.0 : 0.9;
    double condition = p.conditions().isEmpty() ? 1.0 : 1.25;
    return p.confidence() * (0.5 + 0.5 * Math.abs(p.score())) * evidence * kind * condition;
  }

  /** Evidence on both sides. */
  private static boolean mixed(Position p) {
    boolean plus = false;
    boolean minus = false;
    for (Evidence e : p.evidence()) {
      plus |= e.score() > 0;
      minus |= e.score() < 0;
    }
    return plus && minus;
  }

  static String actorName(String id, Catalog catalog, Iterable<Actor> discovered) {
    String name = catalog.actor(id).map(Actor::name).orElse(null);
    if (name == null || name.isBlank()) {
      for (Actor a : discovered) {
        if (a.id().equals(id) && !a.name().isBlank()) {
          name = a.name();
          break;
        }
      }
    }
    if (name == null || name.isBlank()) {
      name = humanise(id);
    }
    return withArticle(name);
  }

  /** "the United States" for names that take "the"; other names as they are. */
  static String withArticle(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      return "the " + name.substring(4);
    }
    return TEMPLATES.namesWithThe.contains(lower) ? "the " + name : name;
  }

  private static String humanise(String id) {
    return id.replace('-', ' ');
  }

  /**
   * A condition as a readable clause: one line, no trailing punctuation, balanced quote marks, a
   * lowercase connective ("until", "unless"), and no longer than the template file allows — cut at the
   * last clause boundary within the limit, or left out when there is none.
   */
  static String trimCondition(String raw) {
    String c = SPACES.matcher(raw).replaceAll(" ").strip();
    c = c.replaceAll("^[\\s,;:.\u2013\u2014-]+", "").replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
    c = balanceQuotes(c);
    c = c.replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
    String[] words = c.isEmpty() ? new String[0] : c.split(" ");
    if (words.length > TEMPLATES.conditionMaxWords) {
      int cut = -1;
      for (int i = 3; i < TEMPLATES.conditionMaxWords; i++) {
        String w = words[i];
        if (w.endsWith(",") || w.endsWith(";") || words[i + 1].equals("\u2013") || words[i + 1].equals("\u2014")
            || words[i + 1].equals("-")) {
          cut = i + 1;
        }
      }
      if (cut < 0) {
        return "";
      }
      c = String.join(" ", java.util.Arrays.copyOf(words, cut));
      c = balanceQuotes(c.replaceAll("[\\s,;:.\u2013\u2014-]+$", ""));
    }
    for (String opener : TEMPLATES.openers) {
      if (c.regionMatches(true, 0, opener, 0, opener.length())
          && (c.length() == opener.length() || c.charAt(opener.length()) == ' ')) {
        c = opener + c.substring(opener.length());
        break;
      }
    }
    return c;
  }

  /** Drops the quote marks of a kind that do not pair up, and quotes wrapping the whole clause. */
  private static String balanceQuotes(String c) {
    if (c.length() >= 2 && "\"\u201c".indexOf(c.charAt(0)) >= 0 && "\"\u201d".indexOf(c.charAt(c.length() - 1)) >= 0
        && c.substring(1, c.length() - 1).chars().noneMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d')) {
      c = c.substring(1, c.length() - 1);
    }
    long open = c.chars().filter(ch -> ch == '\u201c').count();
    long close = c.chars().filter(ch -> ch == '\u201d').count();
    if (open != close) {
      c = c.replace("\u201c", "").replace("\u201d", "");
    }
    if (c.chars().filter(ch -> ch == '"').count() % 2 != 0) {
      c = c.replace("\"", "");
    }
    return c.strip();
  }

  /** The wording read from the resources. */
  private static final class Templates {
    String support;
    String oppose;
    String undecided;
    String mixed;
    String mixedPlural;
    int conditionMaxWords;
    ImmutableList<String> openers;
    ImmutableSet<String> namesWithThe;

    static Templates load() {
      Properties p = new Properties();
      try (InputStream in = StanceSentences.class.getResourceAsStream("stance-templates.properties")) {
        if (in == null) {
          throw new IllegalStateException("missing resource org/stancekit/summary/stance-templates.properties");
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read stance-templates.properties", e);
      }
      Templates t = new Templates();
      t.support = required(p, "support");
      t.oppose = required(p, "oppose");
      t.undecided = required(p, "undecided");
      t.mixed = required(p, "mixed");
      t.mixedPlural = required(p, "mixed.plural");
      t.conditionMaxWords = Integer.parseInt(required(p, "condition.maxWords").strip());
      List<String> openers = new ArrayList<>();
      for (String o : required(p, "condition.openers").split(",")) {
        if (!o.isBlank()) {
          openers.add(o.strip().toLowerCase(Locale.ROOT));
        }
      }
      // Longest first, so "as long as" is tried before a shorter opener.
      openers.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
      t.openers = ImmutableList.copyOf(openers);
      ImmutableSet.Builder<String> names = ImmutableSet.builder();
      for (String n : Lexicon.load("names-with-the.txt")) {
        names.add(n.toLowerCase(Locale.ROOT));
      }
      t.namesWithThe = names.build();
      return t;
    }

    private static String required(Properties p, String key) {
      String v = p.getProperty(key);
      if (v == null || v.isBlank()) {
        throw new IllegalStateException("stance-templates.properties lacks '" + key + "'");
      }
      return v;
    }
  }
}
