package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises surface forms so catalog entries and article tokens compare equal: accents folded
 * ("Erdoğan" = "Erdogan"), typographic apostrophes and dashes made plain, dots dropped from
 * acronyms ("U.S." = "US"). Stateless and thread-safe.
 */
final class Surface {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?\\.?");
  private static final Pattern PUNCT_EDGE = Pattern.compile("^[\\p{Punct}&&[^']]+|[\\p{Punct}&&[^.']]+$");

  private Surface() {}

  /** Accents removed and punctuation variants made plain, case kept. */
  static String fold(String s) {
    if (plain(s)) {
      return s; // the common case: nothing to fold
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    n = MARKS.matcher(n).replaceAll("");
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> b.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> b.append('-');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '`') {
        return false;
      }
    }
    return true;
  }

  /** A word without the dots of an acronym or abbreviation: "U.S." becomes "US", "Mr." becomes "Mr". */
  static String undotted(String word) {
    if (word.indexOf('.') < 0) {
      return word;
    }
    if (ACRONYM.matcher(word).matches()) {
      return word.replace(".", "");
    }
    if (word.length() > 1 && word.endsWith(".")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** The lookup key of one word: folded, undotted, lowercased. */
  static String key(String word) {
    return undotted(fold(word)).toLowerCase(Locale.ROOT);
  }

  /**
   * The words of a catalog form as the matcher sees text: split at spaces and hyphens, edge
   * punctuation dropped, a leading "the" dropped ("the Kremlin" is matched as "Kremlin").
   */
  static ImmutableList<String> words(String form) {
    List<String> out = new ArrayList<>();
    for (String w : fold(form).trim().split("[\\s\\-/]+")) {
      String t = PUNCT_EDGE.matcher(w).replaceAll("");
      if (!t.isEmpty()) {
        out.add(undotted(t));
      }
    }
    if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
      out.remove(0);
    }
    return ImmutableList.copyOf(out);
  }

  /** The lowercase keys of {@link #words(String)}. */
  static ImmutableList<String> keys(String form) {
    return words(form).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether a form is a short all-caps acronym ("US", "UN", "EU", "UAE") that must match with its
   * exact case, so that "US" never matches the pronoun "us".
   */
  static boolean exactCase(List<String> words) {
    if (words.size() != 1) {
      return false;
    }
    String w = words.get(0);
    if (w.length() > 3) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean capitalised(String word) {
    return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
  }

  /** A lowercase, hyphenated id for a name: "Black Sea Shipping Council" → "black-sea-shipping-council". */
  static String slug(String name) {
    String s = fold(name).toLowerCase(Locale.ROOT).replace("'s", "").replace("&", " and ");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.startsWith("the-")) {
      s = s.substring(4);
    }
    return s.isEmpty() ? "entity" : s;
  }

  /**
   * The optimal-string-alignment distance (insertions, deletions, substitutions and adjacent
   * transpositions), or {@code max + 1} as soon as it must exceed {@code max}.
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
