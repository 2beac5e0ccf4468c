package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Span;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.nlp.NlpSentence;

/** The shipped model on sentences parsed by CoreNLP. */
class TargetSentimentModelIT {

  private static final CoreNlpAdapter NLP = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);

  private static Sentiment toward(String text, String target) {
    NlpSentence s = NLP.annotate(text).sentences().get(0);
    int at = text.indexOf(target);
    return TargetSentimentModel.defaults().predict(s, new Span(at, at + target.length()), false);
  }

  @Test
  void shippedModel_loads() {
    TargetSentimentModel model = TargetSentimentModel.defaults();
    assertThat(model.version()).startsWith("newsmtsc-lr-");
    assertThat(model.features()).isGreaterThan(1000);
    assertThat(model.spec()).containsKeys("groups", "C", "labelRule");
  }

  @Test
  void accusedOfWarCrimes_isNegativeTowardTheAccused() {
    Sentiment s = toward("Critics accused Russia of war crimes.", "Russia");
    assertThat(s.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(s.score()).isNegative();
  }

  @Test
  void praisedForMediation_isPositiveTowardThePraised() {
    Sentiment s = toward("Leaders praised Qatar for its mediation.", "Qatar");
    assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(s.score()).isPositive();
  }

  @Test
  void firstTargetsOfDevRw_beatAlwaysNeutral() {
    Path dir = Path.of(System.getProperty("stancekit.shared", "../shared"), "datasets", "newsmtsc");
    Assumptions.assumeTrue(Files.exists(dir.resolve("dev-rw.jsonl")), "datasets absent: " + dir);
    List<TargetExample> dev = NewsMtsc.load(dir, "dev-rw", Optional.empty(), false, 60);
    List<TargetExample> first = dev.subList(0, Math.min(60, dev.size()));
    List<SentimentLabel> gold = new ArrayList<>();
    List<SentimentLabel> ours = new ArrayList<>();
    for (TargetExample e : first) {
      gold.add(e.gold());
      ours.add(TargetSentimentModel.defaults().predict(e.sentence(), e.target(), e.quoted()).label());
    }
    Metrics.Scores model = Metrics.score(gold, ours);
    Metrics.Scores neutral = Metrics.score(gold, Collections.nCopies(gold.size(), SentimentLabel.NEUTRAL));
    assertThat(model.f1m()).isGreaterThan(neutral.f1m() + 0.2);
    assertThat(model.acc()).isGreaterThan(neutral.acc());
  }
}
