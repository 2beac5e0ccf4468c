package org.stancekit.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from bylines: {@code By Jane Doe}, {@code By Jane Doe, Diplomatic Editor},
 * {@code By Jane Doe and John Roe}, {@code Jane Doe in Amman}, {@code Jane Doe, Reuters}, {@code
 * Reporting by Jane Doe; Editing by John Roe}, and from "writes Jane Doe" / "reports Jane Doe" in a
 * standfirst. A name is 2–4 capitalised words (name particles such as "al" or "van" allowed between);
 * titles, desks and outlets ({@code byline-words.txt}) and places after "in" are never names.
 * Stateless and thread-safe.
 */
final class BylineParser {

  static final int MAX_CHARS = 200;

  private static final Pattern BY_PREFIX = Pattern.compile(
      "^(?:(?:words|written|reporting|story|text|interview|analysis|additional reporting)\\s+)?by[:\\s]\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]{0,40}\\)");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+|\\s*&\\s*");
  private static final Pattern PLACE_SUFFIX =
      Pattern.compile("\\s+(?:in|from|for|at)\\s+\\p{Lu}.*$");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:[\\p{L}\\p{M}'’\\-]*\\p{L}|\\.)?");
  private static final String WRITER_WORD =
      "(?:(?:al|el|bin|ibn|abu|de|del|van|von|der|da|di|du|le|la)[-\\s])?\\p{Lu}(?:\\.|[\\p{L}'’\\-]+)";
  private static final Pattern WRITES = Pattern.compile(
      "\\b(?:writes|reports)\\s+(" + WRITER_WORD + "(?:\\s+" + WRITER_WORD + "){1,3})");
  private static final ImmutableSet<String> PARTICLES = ImmutableSet.of(
      "al", "el", "bin", "ibn", "abu", "bint", "ben", "de", "da", "di", "del", "della", "der", "den",
      "van", "von", "la", "le", "du", "dos", "das", "y", "st");
  private static final ImmutableSet<String> NOT_NAME = loadWords();

  private BylineParser() {}

  /**
   * The authors named by a byline line (an empty list for a "By" line that names no person, such as
   * "By Reuters"), or empty when the line is not a byline. Without a "By" prefix the line must be names only, perhaps
   * followed by capitalised titles or outlets, or by "in Place"; {@code bareNames} allows that form
   * (only where a byline is expected).
   */
  static Optional<ImmutableList<String>> parse(String line, boolean bareNames) {
    if (line.isEmpty() || line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Matcher by = BY_PREFIX.matcher(line);
    boolean hasBy = by.lookingAt();
    String s;
    if (hasBy) {
      s = TextShape.normalizeSpace(line.substring(by.end()));
    } else if (!bareNames || TextShape.words(line) > 14 || endsWithFullStop(line)
        || !Character.isUpperCase(TextShape.firstAlnum(line))) {
      return Optional.empty();
    } else {
      s = TextShape.normalizeSpace(line);
    }
    int semicolon = s.indexOf(';');
    if (semicolon >= 0) {
      s = s.substring(0, semicolon); // "Reporting by X; Editing by Y": the reporters only
    }
    s = cutAtDate(PARENTHETICAL.matcher(s).replaceAll(" ")); // "Jane Doe (now)"
    s = TextShape.normalizeSpace(s);
    List<String> pieces = splitKeepingNonEmpty(s);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      String name = PLACE_SUFFIX.matcher(piece).replaceFirst("").strip();
      if (isName(name)) {
        names.add(name);
      } else if (i == 0 && !hasBy) {
        return Optional.empty();
      } else if (!hasBy && !Character.isUpperCase(piece.charAt(0))) {
        return Optional.empty(); // "Jane Doe, left, and ..." is a caption, not a byline
      }
    }
    if (names.isEmpty() && hasBy && TextShape.words(s) <= 6 && !TextShape.endsSentence(s)
        && Character.isUpperCase(TextShape.firstAlnum(s))) {
      return Optional.of(ImmutableList.of()); // "By Reuters", "By Our Foreign Staff": a byline, no person
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(ImmutableList.copyOf(names));
  }

  /** The author a standfirst names with "writes Jane Doe" or "reports Jane Doe". */
  static Optional<String> writer(String standfirst) {
    if (standfirst.length() > 2_000) {
      return Optional.empty();
    }
    Matcher m = WRITES.matcher(standfirst);
    while (m.find()) {
      String[] words = m.group(1).split("\\s+");
      // drop trailing title words ("writes Jane Doe Diplomatic Editor" is rare, but be safe)
      int n = words.length;
      while (n > 2 && NOT_NAME.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
        n--;
      }
      String name = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (isName(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** 2–4 capitalised name words (particles allowed between), none a title, month or weekday. */
  static boolean isName(String s) {
    if (s.isEmpty() || s.length() > 60) {
      return false;
    }
    if (allCapsName(s)) {
      return true;
    }
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    int core = 0;
    boolean allInitials = true;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        return false;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean edge = i == 0 || i == words.length - 1;
      if (PARTICLES.contains(lower)) {
        if (!edge) {
          continue; // "Mohamed el Baradei", "Ursula von der Leyen"
        }
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
      String body = w;
      int dash = lower.indexOf('-');
      if (dash > 0 && dash + 1 < w.length() && PARTICLES.contains(lower.substring(0, dash))) {
        body = w.substring(dash + 1); // "al-Khatib"
      }
      if (!NAME_WORD.matcher(body).matches() || NOT_NAME.contains(lower)) {
        return false;
      }
      if (body.length() == 1 || (body.length() > 1 && !body.endsWith(".") && TextShape.isAllCaps(body))) {
        return false; // "X", "PDF": a lone letter or an acronym is not part of a name ("J." is)
      }
      if (!(w.length() <= 2 && w.endsWith("."))) {
        allInitials = false;
      }
      core++;
    }
    return core >= 2 && core <= 4 && !allInitials && !TextShape.isAllCaps(s);
  }

  /** "JANE DOE": capitals throughout, two or three words of at least two letters. */
  private static boolean allCapsName(String s) {
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'')
          || NOT_NAME.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithFullStop(String s) {
    if (!s.endsWith(".")) {
      return TextShape.endsSentence(s);
    }
    // "Jane Q." ends with an initial, not a full stop
    int space = s.lastIndexOf(' ');
    return s.length() - space - 1 > 2;
  }

  /** "By Jane Doe 6 November 2023": the byline part ends where a date starts. */
  private static String cutAtDate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || c == '|' || c == '•' || c == '·') {
        return s.substring(0, i).strip();
      }
    }
    return s;
  }

  private static List<String> splitKeepingNonEmpty(String s) {
    List<String> out = new ArrayList<>();
    for (String piece : NAME_SEPARATOR.split(s)) {
      String p = piece.strip();
      // a trailing "Updated"/"Published" left over from a cut date line is not a name piece
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static ImmutableSet<String> loadWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    try (InputStream in = BylineParser.class.getResourceAsStream("byline-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource org/stancekit/article/byline-words.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          words.add(t.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.build();
  }
}
