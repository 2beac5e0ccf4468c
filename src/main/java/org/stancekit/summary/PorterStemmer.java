package org.stancekit.summary;

/**
 * Martin Porter's 1980 suffix-stripping algorithm (the original rules, as in Lucene's and the ROUGE
 * script's stemmers), used by {@link Rouge} when stemming is on. Stateless and thread-safe: each call
 * works on its own buffer.
 */
final class PorterStemmer {

  private PorterStemmer() {}

  /** The stem of a lowercase ASCII word; words of one or two letters are returned as they are. */
  static String stem(String word) {
    if (word.length() <= 2) {
      return word;
    }
    return new Run(word).stem();
  }

  /** One word being stemmed: {@code b[0..k]} is the current word, {@code j} the end of a stem. */
  private static final class Run {
    private final char[] b;
    private int k;
    private int j;

    Run(String word) {
      b = word.toCharArray();
      k = b.length - 1;
    }

    String stem() {
      step1ab();
      if (k > 0) {
        step1c();
        step2();
        step3();
        step4();
        step5();
      }
      return new String(b, 0, k + 1);
    }

    private boolean cons(int i) {
      switch (b[i]) {
        case 'a', 'e', 'i', 'o', 'u':
          return false;
        case 'y':
          return i == 0 || !cons(i - 1);
        default:
          return true;
      }
    }

    /** The number of vowel-consonant sequences in {@code b[0..j]}. */
    private int m() {
      int n = 0;
      int i = 0;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!cons(i)) {
          break;
        }
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) {
            return n;
          }
          if (cons(i)) {
            break;
          }
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) {
            return n;
          }
          if (!cons(i)) {
            break;
          }
          i++;
        }
        i++;
      }
    }

    private boolean vowelInStem() {
      for (int i = 0; i <= j; i++) {
        if (!cons(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean doublec(int i) {
      return i >= 1 && b[i] == b[i - 1] && cons(i);
    }

    /** consonant-vowel-consonant ending at {@code i}, the last not w, x or y. */
    private boolean cvc(int i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
        return false;
      }
      char ch = b[i];
      return ch != 'w' && ch != 'x' && ch != 'y';
    }

    private boolean ends(String s) {
      int l = s.length();
      int o = k - l + 1;
      if (o < 0) {
        return false;
      }
      for (int i = 0; i < l; i++) {
        if (b[o + i] != s.charAt(i)) {
          return false;
        }
      }
      j = k - l;
      return true;
    }

    private void setto(String s) {
      int l = s.length();
      int o = j + 1;
      for (int i = 0; i < l; i++) {
        b[o + i] = s.charAt(i);
      }
      k = j + l;
    }

    private void r(String s) {
      if (m() > 0) {
        setto(s);
      }
    }

    private void step1ab() {
      if (b[k] == 's') {
        if (ends("sses")) {
          k -= 2;
        } else if (ends("ies")) {
          setto("i");
        } else if (b[k - 1] != 's') {
          k--;
        }
      }
      if (ends("eed")) {
        if (m() > 0) {
          k--;
        }
      } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
        k = j;
        if (ends("at")) {
          setto("ate");
        } else if (ends("bl")) {
          setto("ble");
        } else if (ends("iz")) {
          setto("ize");
        } else if (doublec(k)) {
          k--;
          char ch = b[k];
          if (ch == 'l' || ch == 's' || ch == 'z') {
            k++;
          }
        } else if (m() == 1 && cvc(k)) {
          // The word may have shrunk; "setto" writes within the original buffer.
          j = k;
          setto("e");
        }
      }
    }

    private void step1c() {
      if (ends("y") && vowelInStem()) {
        b[k] = 'i';
      }
    }

    private void step2() {
      if (k == 0) {
        return;
      }
      switch (b[k - 1]) {
        case 'a' -> {
          if (ends("ational")) {
            r("ate");
          } else if (ends("tional")) {
            r("tion");
          }
        }
        case 'c' -> {
          if (ends("enci")) {
            r("ence");
          } else if (ends("anci")) {
            r("ance");
          }
        }
        case 'e' -> {
          if (ends("izer")) {
            r("ize");
          }
        }
        case 'l' -> {
          if (ends("bli")) {
            r("ble");
          } else if (ends("alli")) {
            r("al");
          } else if (ends("entli")) {
            r("ent");
          } else if (ends("eli")) {
            r("e");
          } else if (ends("ousli")) {
            r("ous");
          }
        }
        case 'o' -> {
          if (ends("ization")) {
            r("ize");
          } else if (ends("ation")) {
            r("ate");
          } else if (ends("ator")) {
            r("ate");
          }
        }
        case 's' -> {
          if (ends("alism")) {
            r("al");
          } else if (ends("iveness")) {
            r("ive");
          } else if (ends("fulness")) {
            r("ful");
          } else if (ends("ousness")) {
            r("ous");
          }
        }
        case 't' -> {
          if (ends("aliti")) {
            r("al");
          } else if (ends("iviti")) {
            r("ive");
          } else if (ends("biliti")) {
            r("ble");
          }
        }
        case 'g' -> {
          if (ends("logi")) {
            r("log");
          }
        }
        default -> { }
      }
    }

    private void step3() {
      switch (b[k]) {
        case 'e' -> {
          if (ends("icate")) {
            r("ic");
          } else if (ends("ative")) {
            r("");
          } else if (ends("alize")) {
            r("al");
          }
        }
        case 'i' -> {
          if (ends("iciti")) {
            r("ic");
          }
        }
        case 'l' -> {
          if (ends("ical")) {
            r("ic");
          } else if (ends("ful")) {
            r("");
          }
        }
        case 's' -> {
          if (ends("ness")) {
            r("");
          }
        }
        default -> { }
      }
    }

    private void step4() {
      if (k == 0) {
        return;
      }
      boolean matched;
      switch (b[k - 1]) {
        case 'a' -> matched = ends("al");
        case 'c' -> matched = ends("ance") || ends("ence");
        case 'e' -> matched = ends("er");
        case 'i' -> matched = ends("ic");
        case 'l' -> matched = ends("able") || ends("ible");
        case 'n' -> matched = ends("ant") || ends("ement") || ends("ment") || ends("ent");
        case 'o' -> matched = (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
        case 's' -> matched = ends("ism");
        case 't' -> matched = ends("ate") || ends("iti");
        case 'u' -> matched = ends("ous");
        case 'v' -> matched = ends("ive");
        case 'z' -> matched = ends("ize");
        default -> matched = false;
      }
      if (matched && m() > 1) {
        k = j;
      }
    }

    private void step5() {
      j = k;
      if (b[k] == 'e') {
        int a = m();
        if (a > 1 || (a == 1 && !cvc(k - 1))) {
          k--;
        }
      }
      if (b[k] == 'l' && doublec(k) && m() > 1) {
        k--;
      }
    }
  }
}
