package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Span;
import org.stancekit.nlp.NlpSentence;

class FeatureExtractorTest {

  private final FeatureExtractor all =
      new FeatureExtractor(EnumSet.allOf(FeatureGroup.class), 5, OpinionLexicon.defaults());

  @Test
  void objectOfANegativeVerb() {
    NlpSentence s = Sentences.accused();
    TreeMap<String, Double> f = all.extract(s, Sentences.span(s, "Russia"), false);
    assertThat(f).containsKeys("role=obj", "gov=accuse", "rg=obj|accuse", "govpol=obj|neg", "path=accuse",
        "lex.near=neg", "b=accuse_<T>", "b=<T>_of", "wl=accuse", "wr=crime", "sib=obj|nsubj|critic",
        "dp=obj^*|neg", "u=critic");
    assertThat(f).doesNotContainKeys("u=russia", "q.target", "speaker");
    assertThat(f.get("lex.dep.neg")).isPositive();
    assertThat(f.get("lex.dep.pos")).isZero();
  }

  @Test
  void subjectOfASpeechVerb_isTheSpeaker() {
    NlpSentence s = Sentences.accused();
    TreeMap<String, Double> f = all.extract(s, Sentences.span(s, "Critics"), false);
    assertThat(f).containsKeys("role=nsubj", "rg=nsubj|accuse", "speaker", "t.pos=first");
  }

  @Test
  void negationFlipsTheOpinionWord() {
    NlpSentence s = Sentences.notPraise();
    TreeMap<String, Double> f = all.extract(s, Sentences.span(s, "Qatar"), false);
    assertThat(f).containsKeys("u=NOT_praise", "op=praise_NEG", "govpol=obj|neg", "lex.near=neg");
    assertThat(f).doesNotContainKey("govpol=obj|pos");
  }

  @Test
  void quotedTarget() {
    NlpSentence s = Sentences.accused();
    assertThat(all.extract(s, Sentences.span(s, "Russia"), true)).containsKey("q.target");
  }

  @Test
  void sentenceFeatures_haveNoTargetFeatures() {
    TreeMap<String, Double> f = all.extractSentence(Sentences.accused());
    assertThat(f).containsKeys("u=accuse", "u=russia", "lex.neg");
    assertThat(f.keySet()).noneMatch(k -> k.startsWith("role=") || k.startsWith("wl=") || k.startsWith("lex.dep"));
  }

  @Test
  void groups_limitTheFeatures() {
    FeatureExtractor bow = new FeatureExtractor(EnumSet.of(FeatureGroup.BOW), 5, OpinionLexicon.defaults());
    NlpSentence s = Sentences.accused();
    assertThat(bow.extract(s, Sentences.span(s, "Russia"), false).keySet())
        .allMatch(k -> k.startsWith("u=") || k.equals("bias.sentence"));
  }

  @Test
  void unparsedSentence_stillHasTokenFeatures() {
    NlpSentence s = Sentences.of(false, "Leaders/leader/NNS/0/root", "praised/praise/VBD/0/root",
        "Qatar/=/NNP/0/root");
    TreeMap<String, Double> f = all.extract(s, Sentences.span(s, "Qatar"), false);
    assertThat(f).containsKeys("wl=praise", "lex.near=pos");
    assertThat(f.keySet()).noneMatch(k -> k.startsWith("role="));
  }

  @Test
  void targetTokens_coverTheSpan() {
    NlpSentence s = Sentences.accused();
    assertThat(FeatureExtractor.targetTokens(s, Sentences.span(s, "war crimes"))).containsExactly(4, 6);
    assertThat(FeatureExtractor.targetTokens(s, new Span(s.text().indexOf("Russia"), s.text().indexOf("Russia"))))
        .containsExactly(2, 3);
    assertThat(FeatureExtractor.targetHead(s, 4, 6)).isEqualTo(5);
  }

  @Test
  void quoteMask_marksTokensBetweenMarks() {
    NlpSentence s = Sentences.of(false, "He/=/PRP/0/root", "called/call/VBD/0/root", "it/=/PRP/0/root",
        "``/``/``/0/root", "a/=/DT/0/root", "disgrace/=/NN/0/root", "''/''/''/0/root");
    assertThat(FeatureExtractor.quoteMask(s.tokens())).containsExactly(false, false, false, false, true, true, false);
  }
}
