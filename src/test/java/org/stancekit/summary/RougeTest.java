package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  private static final Rouge PLAIN = Rouge.withoutStemming();
  private static final Rouge STEMMED = Rouge.withStemming();

  @Test
  void tokens_lowercaseAlphanumericRuns() {
    assertThat(PLAIN.tokens("Tottenham 's 0-0 draw, U.S. -- Hello!")).containsExactly(
        "tottenham", "s", "0", "0", "draw", "u", "s", "hello");
    assertThat(PLAIN.tokens(" ... ")).isEmpty();
  }

  @Test
  void tokens_stemOnlyWordsLongerThanThreeLetters() {
    assertThat(STEMMED.tokens("The ponies were running ties cats")).containsExactly(
        "the", "poni", "were", "run", "ti", "cat");
    assertThat(STEMMED.tokens("its was")).containsExactly("its", "was");
  }

  @Test
  void rougeN_handComputed() {
    // ref: the cat sat on the mat; cand: the cat sat on a mat.
    // unigrams: the(min 1,2)=1 cat sat on mat = 5 of 6 each way; bigrams: the-cat cat-sat sat-on = 3 of 5.
    Rouge.Scores s = PLAIN.score(List.of("the cat sat on the mat"), List.of("the cat sat on a mat"));
    assertThat(s.rouge1().precision()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.rouge1().recall()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.rouge1().f()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.rouge2().f()).isCloseTo(0.6, within(1e-9));
    // LCS: the cat sat on mat = 5.
    assertThat(s.rougeL().f()).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(s.rougeLsum().f()).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void rougeN_unequalLengths() {
    // ref 4 tokens, cand 2 tokens both matching: P = 1, R = 0.5, F = 2/3. Bigram: 1 of 1 vs 3: P 1, R 1/3, F 0.5.
    Rouge.Scores s = PLAIN.score(List.of("police arrested two men"), List.of("arrested two"));
    assertThat(s.rouge1().precision()).isEqualTo(1.0);
    assertThat(s.rouge1().recall()).isEqualTo(0.5);
    assertThat(s.rouge1().f()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.rouge2().f()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void rougeLsum_linExample_unionLcs() {
    // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    // Union LCS = {w1, w2, w3, w5}: R = 4/5, P = 4/10, F = 2*0.8*0.4/1.2.
    Rouge.Scores s = PLAIN.score(List.of("w1 w2 w3 w4 w5"), List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"));
    assertThat(s.rougeLsum().recall()).isCloseTo(0.8, within(1e-9));
    assertThat(s.rougeLsum().precision()).isCloseTo(0.4, within(1e-9));
    assertThat(s.rougeLsum().f()).isCloseTo(0.64 / 1.2, within(1e-9));
  }

  @Test
  void rougeLsum_differsFromWholeTextLcs() {
    // Sentence-level union: w1 from c2, w2 from c1 -> 2 of 2. Whole text "w2 w1" vs "w1 w2": LCS 1.
    Rouge.Scores s = PLAIN.score(List.of("w1 w2"), List.of("w2", "w1"));
    assertThat(s.rougeLsum().f()).isEqualTo(1.0);
    assertThat(s.rougeL().f()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void rougeLsum_clipsTokensCountedTwice() {
    // Both candidate sentences match the single ref token "a1"; the reference has it once: 1 hit.
    Rouge.Scores s = PLAIN.score(List.of("a1 b1"), List.of("a1", "a1"));
    assertThat(s.rougeLsum().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.rougeLsum().precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void empty_givesZero() {
    Rouge.Scores s = PLAIN.score(List.of(""), List.of("anything"));
    assertThat(s.rouge1().f()).isZero();
    assertThat(s.rougeL().f()).isZero();
    assertThat(s.rougeLsum().f()).isZero();
    assertThat(PLAIN.score("", "").rouge2().f()).isZero();
  }

  @Test
  void stemming_matchesInflections() {
    Rouge.Scores plain = PLAIN.score("The talks failed", "talk fails");
    Rouge.Scores stemmed = STEMMED.score("The talks failed", "talk fails");
    assertThat(plain.rouge1().f()).isZero();
    // the / talk / fail vs talk / fail: P = 1, R = 2/3, F = 0.8.
    assertThat(stemmed.rouge1().f()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void sentences_splitTokenisedText() {
    // In the tokenised CNN/DailyMail text an opening quote is glued to its word; a lone one closes.
    assertThat(Rouge.sentences("'I 'm wrong . ' Townsend hit back . 'Not bad ! ' Then he left"))
        .containsExactly("'I 'm wrong . '", "Townsend hit back .", "'Not bad ! '", "Then he left");
    assertThat(Rouge.sentences("Mr. Smith met U.S. officials. They agreed!"))
        .containsExactly("Mr. Smith met U.S. officials.", "They agreed!");
    assertThat(Rouge.sentences("one\ntwo\n\nthree")).containsExactly("one", "two", "three");
  }
}
