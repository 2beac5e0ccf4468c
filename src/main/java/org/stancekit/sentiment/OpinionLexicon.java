package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An opinion word list: each lowercase word or lemma has a polarity (positive or negative) and a
 * strength (strong or weak). The default list is the project's own resource {@code
 * opinion-lexicon.tsv}. Immutable and thread-safe.
 */
public final class OpinionLexicon {

  /** Where the default list lives on the class path. */
  public static final String RESOURCE = "/org/stancekit/sentiment/opinion-lexicon.tsv";

  private static final class Holder {
    static final OpinionLexicon DEFAULT = load();
  }

  private final ImmutableMap<String, Double> scores;

  private OpinionLexicon(ImmutableMap<String, Double> scores) {
    this.scores = scores;
  }

  /** The default list, loaded once. */
  public static OpinionLexicon defaults() {
    return Holder.DEFAULT;
  }

  /**
   * Reads a list of lines {@code word<TAB>positive|negative<TAB>strong|weak}; blank lines and lines
   * starting with {@code #} are skipped. A malformed line fails with its line number.
   */
  public static OpinionLexicon parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Map<String, Double> scores = new HashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      Preconditions.checkArgument(parts.length == 3, "line %s: expected 3 tab-separated fields: %s", number, line);
      double sign = switch (parts[1].trim()) {
        case "positive" -> 1.0;
        case "negative" -> -1.0;
        default -> throw new IllegalArgumentException("line " + number + ": bad polarity " + parts[1]);
      };
      double strength = switch (parts[2].trim()) {
        case "strong" -> 1.0;
        case "weak" -> 0.5;
        default -> throw new IllegalArgumentException("line " + number + ": bad strength " + parts[2]);
      };
      scores.putIfAbsent(parts[0].trim().toLowerCase(Locale.ROOT), sign * strength);
    }
    return new OpinionLexicon(ImmutableMap.copyOf(scores));
  }

  private static OpinionLexicon load() {
    try (InputStream in = OpinionLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The prior polarity of a token: +1 strong positive, +0.5 weak positive, -0.5 weak negative, -1
   * strong negative, 0 when neither its word nor its lemma is listed. The word wins over the lemma
   * ("fired up" is not "fire").
   */
  public double polarity(String word, String lemma) {
    Double w = scores.get(word.toLowerCase(Locale.ROOT));
    if (w != null) {
      return w;
    }
    Double l = scores.get(lemma.toLowerCase(Locale.ROOT));
    return l == null ? 0.0 : l;
  }

  /** The number of listed words. */
  public int size() {
    return scores.size();
  }
}
