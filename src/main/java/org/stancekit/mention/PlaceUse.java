package org.stancekit.mention;

import org.jspecify.annotations.Nullable;

/**
 * Tells a capital or institution used as a place ("meetings in Ankara", "at Ankara airport",
 * "flew to Doha") from one used for its government ("Washington's talk", "the Kremlin said").
 * Stateless and thread-safe.
 */
final class PlaceUse {

  private PlaceUse() {}

  /**
   * Whether the words around a capital or institution make it a place.
   *
   * @param previous the key of the word before it, a "the" skipped, or null
   * @param previousMovement whether the word before it is a verb of going ("left Amman", "visited Tehran")
   * @param beforePrevious the lemma of the word before {@code previous}, or null
   * @param next the key of the word after it, or null
   */
  static boolean isPlace(WordLists words, @Nullable String previous, boolean previousMovement,
      @Nullable String beforePrevious, @Nullable String next) {
    if (previousMovement || previous != null && words.placePrepositions.contains(previous)) {
      return true;
    }
    if (previous != null && (previous.equals("to") || previous.equals("from")) && beforePrevious != null
        && words.movementWords.contains(beforePrevious)) {
      return true;
    }
    return next != null && words.placeNouns.contains(next);
  }
}
