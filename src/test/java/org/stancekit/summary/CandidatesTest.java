package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidatesTest {

  @Test
  void quoteShare_fromCharacters() {
    assertThat(Candidates.quoteShareOfText("'It was a great goal , ' Merson said .")).isGreaterThan(0.5);
    assertThat(Candidates.quoteShareOfText("Merson said it was \"a great goal\" on Sunday.")).isBetween(0.2, 0.4);
    assertThat(Candidates.quoteShareOfText("The team 's coach did n't comment .")).isZero();
  }

  @Test
  void captionMarkers() {
    assertThat(Candidates.looksLikeCaption("The Queen 's Guard ( pictured ) slipped on a manhole cover")).isTrue();
    assertThat(Candidates.looksLikeCaption("Merson ( centre ) criticised Townsend")).isTrue();
    assertThat(Candidates.looksLikeCaption("The group ( known as Hamas ) said")).isFalse();
  }

  @Test
  void leansBack_pronounsButNotDeterminers() {
    assertThat(Candidates.leansBack(TestDocs.annotate("He also said so.").sentences().get(0).tokens())).isTrue();
    assertThat(Candidates.leansBack(TestDocs.annotate("But it failed.").sentences().get(0).tokens())).isTrue();
    assertThat(Candidates.leansBack(TestDocs.annotate("This is bad.").sentences().get(0).tokens())).isTrue();
    assertThat(Candidates.leansBack(TestDocs.annotate("This week talks failed.").sentences().get(0).tokens())).isFalse();
    assertThat(Candidates.leansBack(TestDocs.annotate("Talks failed.").sentences().get(0).tokens())).isFalse();
  }
}
