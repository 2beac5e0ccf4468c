package org.stancekit.summary;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L as defined by Lin (2004), computed the way Google's {@code rouge-score}
 * package does: text is lowercased, every run of characters other than {@code [a-z0-9]} is a token
 * break, and with stemming on, tokens longer than three letters are Porter-stemmed. ROUGE-N counts
 * clipped n-gram matches; ROUGE-L is the longest common subsequence of the two whole texts; "rougeLsum"
 * is Lin's summary-level ROUGE-L (the union LCS of each reference sentence against all candidate
 * sentences), which is what CNN/DailyMail papers report as ROUGE-L. Each measure gives precision,
 * recall and F1. Immutable and thread-safe.
 */
public final class Rouge {

  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Rouge STEMMED = new Rouge(true);
  private static final Rouge PLAIN = new Rouge(false);

  private final boolean stem;

  private Rouge(boolean stem) {
    this.stem = stem;
  }

  /** ROUGE with the Porter stemmer, as {@code rouge-score}'s {@code use_stemmer=True} (reported figures). */
  public static Rouge withStemming() {
    return STEMMED;
  }

  /** ROUGE on surface tokens. */
  public static Rouge withoutStemming() {
    return PLAIN;
  }

  public boolean stemming() {
    return stem;
  }

  /** Precision, recall and F1 of one measure, each in [0, 1]. Immutable and thread-safe. */
  public record Prf(double precision, double recall, double f) {
    public Prf {
      Preconditions.checkArgument(precision >= 0 && precision <= 1, "precision must be in [0, 1], was %s", precision);
      Preconditions.checkArgument(recall >= 0 && recall <= 1, "recall must be in [0, 1], was %s", recall);
      Preconditions.checkArgument(f >= 0 && f <= 1, "f must be in [0, 1], was %s", f);
    }

    static final Prf ZERO = new Prf(0, 0, 0);

    static Prf of(int hits, int candidateCount, int referenceCount) {
      if (hits == 0 || candidateCount == 0 || referenceCount == 0) {
        return ZERO;
      }
      double p = (double) hits / candidateCount;
      double r = (double) hits / referenceCount;
      return new Prf(p, r, 2 * p * r / (p + r));
    }
  }

  /**
   * The scores of one candidate against one reference. {@code rougeL} is on the whole texts;
   * {@code rougeLsum} is summary-level (per sentence). Immutable and thread-safe.
   */
  public record Scores(Prf rouge1, Prf rouge2, Prf rougeL, Prf rougeLsum) {
    public Scores {
      Objects.requireNonNull(rouge1, "rouge1");
      Objects.requireNonNull(rouge2, "rouge2");
      Objects.requireNonNull(rougeL, "rougeL");
      Objects.requireNonNull(rougeLsum, "rougeLsum");
    }
  }

  /** The tokens ROUGE compares: lowercase ASCII letters and digits, stemmed when stemming is on. */
  public ImmutableList<String> tokens(String text) {
    Objects.requireNonNull(text, "text");
    String clean = NON_ALNUM.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    if (clean.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String t : WHITESPACE.split(clean)) {
      out.add(stem && t.length() > 3 ? PorterStemmer.stem(t) : t);
    }
    return out.build();
  }

  /** Scores {@code candidate} against {@code reference}, each split into sentences by {@link #sentences}. */
  public Scores score(String reference, String candidate) {
    return score(sentences(reference), sentences(candidate));
  }

  /** Scores candidate sentences against reference sentences. */
  public Scores score(List<String> reference, List<String> candidate) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(candidate, "candidate");
    List<List<String>> ref = new ArrayList<>();
    List<List<String>> can = new ArrayList<>();
    List<String> refAll = new ArrayList<>();
    List<String> canAll = new ArrayList<>();
    for (String s : reference) {
      List<String> t = tokens(s);
      ref.add(t);
      refAll.addAll(t);
    }
    for (String s : candidate) {
      List<String> t = tokens(s);
      can.add(t);
      canAll.addAll(t);
    }
    return new Scores(
        ngram(refAll, canAll, 1), ngram(refAll, canAll, 2), lcs(refAll, canAll), summaryLcs(ref, can));
  }

  /**
   * Splits text into sentences: at line breaks when it has any, otherwise after a sentence-final
   * token ({@code .}, {@code !}, {@code ?}, with any closing quotes) followed by whitespace — the
   * shape of the tokenised CNN/DailyMail texts ("... the game . Townsend ...").
   */
  public static ImmutableList<String> sentences(String text) {
    Objects.requireNonNull(text, "text");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (text.indexOf('\n') >= 0) {
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          out.add(line.trim());
        }
      }
      return out.build();
    }
    String[] words = WHITESPACE.split(text.trim());
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(words[i]);
      if (isFinal(words[i], i + 1 < words.length ? words[i + 1] : "")) {
        while (i + 1 < words.length && isClosingQuote(words[i + 1])) {
          current.append(' ').append(words[++i]);
        }
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out.build();
  }

  /**
   * A standalone {@code . ! ?} token ends a sentence; so does a word with the mark attached when the
   * next word is capitalised and the word is no abbreviation ("Mr.", "U.S.").
   */
  private static boolean isFinal(String w, String next) {
    if (w.equals(".") || w.equals("!") || w.equals("?")) {
      return true;
    }
    if (w.length() < 2 || ".!?".indexOf(w.charAt(w.length() - 1)) < 0) {
      return false;
    }
    String body = w.substring(0, w.length() - 1);
    return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && body.indexOf('.') < 0
        && !ABBREVIATIONS.contains(body.toLowerCase(Locale.ROOT));
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "prof",
      "vs", "no", "mt", "ft", "rev", "sgt", "cpl", "maj", "adm", "inc", "co", "corp", "ltd");

  private static boolean isClosingQuote(String w) {
    return w.equals("'") || w.equals("''") || w.equals("\"") || w.equals("\u201d") || w.equals("\u2019");
  }

  static Prf ngram(List<String> ref, List<String> can, int n) {
    Map<List<String>, Integer> refCounts = ngrams(ref, n);
    Map<List<String>, Integer> canCounts = ngrams(can, n);
    int hits = 0;
    for (Map.Entry<List<String>, Integer> e : canCounts.entrySet()) {
      hits += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
    }
    return Prf.of(hits, Math.max(0, can.size() - n + 1), Math.max(0, ref.size() - n + 1));
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  static Prf lcs(List<String> ref, List<String> can) {
    if (ref.isEmpty() || can.isEmpty()) {
      return Prf.ZERO;
    }
    int[][] t = table(ref, can);
    return Prf.of(t[ref.size()][can.size()], can.size(), ref.size());
  }

  /** Summary-level LCS: union LCS per reference sentence, each token counted at most as often as it occurs. */
  static Prf summaryLcs(List<List<String>> ref, List<List<String>> can) {
    int m = ref.stream().mapToInt(List::size).sum();
    int n = can.stream().mapToInt(List::size).sum();
    if (m == 0 || n == 0) {
      return Prf.ZERO;
    }
    Map<String, Integer> refLeft = new HashMap<>();
    Map<String, Integer> canLeft = new HashMap<>();
    ref.forEach(s -> s.forEach(t -> refLeft.merge(t, 1, Integer::sum)));
    can.forEach(s -> s.forEach(t -> canLeft.merge(t, 1, Integer::sum)));
    int hits = 0;
    for (List<String> r : ref) {
      BitSet union = new BitSet(r.size());
      for (List<String> c : can) {
        union.or(lcsPositions(r, c));
      }
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        String token = r.get(i);
        if (canLeft.getOrDefault(token, 0) > 0 && refLeft.getOrDefault(token, 0) > 0) {
          hits++;
          canLeft.merge(token, -1, Integer::sum);
          refLeft.merge(token, -1, Integer::sum);
        }
      }
    }
    return Prf.of(hits, n, m);
  }

  private static int[][] table(List<String> ref, List<String> can) {
    int[][] t = new int[ref.size() + 1][can.size() + 1];
    for (int i = 1; i <= ref.size(); i++) {
      for (int j = 1; j <= can.size(); j++) {
        t[i][j] = ref.get(i - 1).equals(can.get(j - 1))
            ? t[i - 1][j - 1] + 1
            : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t;
  }

  /** The reference positions of one LCS, backtracked as rouge-score does (ties move up in the reference). */
  private static BitSet lcsPositions(List<String> ref, List<String> can) {
    BitSet out = new BitSet(ref.size());
    if (ref.isEmpty() || can.isEmpty()) {
      return out;
    }
    int[][] t = table(ref, can);
    int i = ref.size();
    int j = can.size();
    while (i > 0 && j > 0) {
      if (ref.get(i - 1).equals(can.get(j - 1))) {
        out.set(i - 1);
        i--;
        j--;
      } else if (t[i][j - 1] > t[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return out;
  }
}
