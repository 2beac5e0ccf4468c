package org.stancekit.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises news datelines at the start of a paragraph: {@code JERUSALEM —}, {@code ANKARA, Nov 5
 * (Reuters) -}, {@code GAZA CITY (AP) —}, {@code BEIRUT, Lebanon —}, {@code Beirut (CNN) —}. Only
 * the first {@value #PREFIX} chars are examined, so the cost is bounded. Stateless and thread-safe.
 */
final class Datelines {

  /** A dateline: the place, and where the dateline (with its dash) ends in the block. Immutable. */
  record Dateline(String place, int end) {}

  static final int PREFIX = 120;

  private static final String TAIL =
      "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.'’\\- ]{1,30}?))?"
          + "(?:,\\s*(?<date>\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}))?"
          + "\\s*(?:\\((?<agency>[\\p{L} .&]{1,25})\\))?"
          + "\\s*(?:\u2014|\u2013|--?)(?:\\s+|$|(?=\\p{Lu}))";
  /** An upper-case place: "JERUSALEM", "GAZA CITY", "ST. PETERSBURG", "SANA’A", "ISLAMABAD/NEW DELHI". */
  private static final Pattern UPPER = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{Lu}.'’\\-]*(?:[ /]\\p{Lu}[\\p{Lu}.'’\\-]*){0,5})" + TAIL);
  /** A title-case place needs an agency to be a dateline: "Beirut (CNN) —". */
  private static final Pattern TITLE = Pattern.compile(
      "^(?<place>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})"
          + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.'’\\- ]{1,30}?))?"
          + "(?:,\\s*(?<date>\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}))?"
          + "\\s*\\((?<agency>[\\p{L} .&]{1,25})\\)\\s*(?:\u2014|\u2013|--?)(?:\\s+|$|(?=\\p{Lu}))");

  private Datelines() {}

  /** The dateline that opens {@code block}, if any. */
  static Optional<Dateline> find(String block) {
    String head = block.length() > PREFIX ? block.substring(0, PREFIX) : block;
    Matcher m = UPPER.matcher(head);
    if (m.lookingAt()) {
      String place = m.group("place");
      // a lone capital letter or a two-letter acronym ("US - ...") is not a place
      if (place.replace(".", "").length() >= 3) {
        return Optional.of(new Dateline(place, m.end()));
      }
    }
    m = TITLE.matcher(head);
    if (m.lookingAt()) {
      return Optional.of(new Dateline(m.group("place"), m.end()));
    }
    return Optional.empty();
  }

  /** Capitalised words that stand alone above articles but are labels, not places. */
  private static final java.util.Set<String> LABELS = java.util.Set.of(
      "BREAKING", "LIVE", "EXCLUSIVE", "UPDATE", "UPDATED", "WATCH", "ANALYSIS", "OPINION", "VIDEO",
      "NEWS", "LATEST", "DEVELOPING", "COMMENT", "EDITORIAL", "EXPLAINER", "PHOTOS");

  /** A place alone in capitals, 1–3 words ("RIYADH", "GAZA CITY"), not a label such as "LIVE". */
  static boolean isPlaceOnly(String block) {
    if (block.length() > 40 || !TextShape.isAllCaps(block) || LABELS.contains(block.strip())) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return letters >= 3;
  }

  /** The place of a block that is a dateline and nothing else. */
  static Optional<String> wholeBlockPlace(String block) {
    if (isPlaceOnly(block)) {
      return Optional.of(block.strip());
    }
    return find(block).filter(d -> block.substring(d.end()).isBlank()).map(Dateline::place);
  }

  /** True when the whole block is a dateline ("JERUSALEM —" on a line of its own). */
  static boolean isWholeBlock(String block) {
    return block.length() <= PREFIX
        && find(block).map(d -> block.substring(d.end()).isBlank()).orElse(false);
  }
}
