package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stancekit.nlp.NlpSentence;

class NegationScopeTest {

  @Test
  void parsed_negatesTheHeadAndWhatFollows_notTheSubject() {
    boolean[] negated = NegationScope.of(Sentences.notPraise());
    // Critics did not praise Qatar .
    assertThat(negated).containsExactly(false, false, false, true, true, false);
  }

  @Test
  void parsed_noSubtree() {
    NlpSentence s = Sentences.of(true,
        "There/=/EX/2/expl",
        "was/be/VBD/0/root",
        "no/=/DT/4/det",
        "progress/=/NN/2/nsubj",
        "in/=/IN/6/case",
        "talks/talk/NNS/4/nmod",
        ",/,/,/2/punct",
        "sadly/=/RB/2/advmod");
    boolean[] negated = NegationScope.of(s);
    assertThat(negated[3]).isTrue();
    assertThat(negated[5]).isTrue();
    assertThat(negated[1]).isFalse();
    assertThat(negated[7]).isFalse();
  }

  @Test
  void unparsed_windowStopsAtPunctuationAndBut() {
    NlpSentence s = Sentences.of(false,
        "never/=/RB/0/root", "good/=/JJ/0/root", "or/=/CC/0/root", "fair/=/JJ/0/root",
        "but/=/CC/0/root", "bad/=/JJ/0/root", "./././0/root", "not/=/RB/0/root", "kind/=/JJ/0/root",
        ",/,/,/0/root", "cruel/=/JJ/0/root");
    boolean[] negated = NegationScope.of(s);
    assertThat(negated).containsExactly(false, true, true, true, false, false, false, false, true, false, false);
  }

  @Test
  void contractedNot_isANegator() {
    NlpSentence s = Sentences.of(false, "did/do/VBD/0/root", "n't/not/RB/0/root", "help/=/VB/0/root");
    assertThat(NegationScope.of(s)).containsExactly(false, false, true);
  }
}
