package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder's limits and the input checks that run before any model loads. */
class StanceAnalyzerLimitsTest {

  private static final StanceAnalyzer SMALL = StanceAnalyzer.builder().maxInputChars(1_000).build();

  /** The quick path preloads the models under the analyzer's default; a different key would load them twice. */
  @Test
  void defaultParseLimit_isTheAdaptersDefault() {
    assertThat(StanceAnalyzer.DEFAULT_MAX_PARSE_TOKENS).isEqualTo(org.stancekit.nlp.NlpOptions.DEFAULTS.maxParseTokens());
  }

  @Test
  void defaults_areTheDocumentedOnes() {
    StanceAnalyzer a = StanceAnalyzer.builder().build();
    assertThat(a.maxInputChars()).isEqualTo(StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS).isEqualTo(500_000);
    assertThat(a.maxParseTokens()).isEqualTo(StanceAnalyzer.DEFAULT_MAX_PARSE_TOKENS).isEqualTo(120);
    assertThat(a.timeBudget()).isEqualTo(StanceAnalyzer.DEFAULT_TIME_BUDGET).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void settings_areKept() {
    StanceAnalyzer a = StanceAnalyzer.builder().maxInputChars(10).maxParseTokens(200)
        .timeBudget(Duration.ofMillis(1_500)).build();
    assertThat(a.maxInputChars()).isEqualTo(10);
    assertThat(a.maxParseTokens()).isEqualTo(200);
    assertThat(a.timeBudget()).isEqualTo(Duration.ofMillis(1_500));
  }

  @Test
  void badLimits_failWhenSet_namingTheValue() {
    assertThatThrownBy(() -> StanceAnalyzer.builder().maxInputChars(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxInputChars must be > 0, was 0");
    assertThatThrownBy(() -> StanceAnalyzer.builder().maxParseTokens(4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxParseTokens").hasMessageContaining("was 4");
    assertThatThrownBy(() -> StanceAnalyzer.builder().maxParseTokens(1_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1001");
    assertThatThrownBy(() -> StanceAnalyzer.builder().timeBudget(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeBudget").hasMessageContaining("was PT0S");
    assertThatThrownBy(() -> StanceAnalyzer.builder().timeBudget(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was PT-1S");
    assertThatThrownBy(() -> StanceAnalyzer.builder().timeBudget(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was PT48H");
    assertThatThrownBy(() -> StanceAnalyzer.builder().timeBudget(null))
        .isInstanceOf(NullPointerException.class).hasMessage("timeBudget");
  }

  @Test
  void nullInput_failsFast_namingTheArgument() {
    assertThatThrownBy(() -> SMALL.analyze((String) null)).isInstanceOf(NullPointerException.class).hasMessage("input");
    assertThatThrownBy(() -> SMALL.analyze((org.stancekit.article.Article) null))
        .isInstanceOf(NullPointerException.class).hasMessage("article");
  }

  @Test
  void rejectedInput_throwsStanceKitException_withItsReason() {
    assertRejected("", StanceKitException.Reason.EMPTY_INPUT, "empty");
    assertRejected(" \n\t\r\n\u3000 ", StanceKitException.Reason.EMPTY_INPUT, "empty");
    assertRejected("Talks\u0000resume", StanceKitException.Reason.BINARY_INPUT, "NUL character at offset 5");
    assertRejected("x".repeat(1_001), StanceKitException.Reason.INPUT_TOO_LARGE, "1001 chars, over the limit of 1000");
    assertRejected("a\u0001\u0002\u0003".repeat(20), StanceKitException.Reason.BINARY_INPUT, "60 control characters");
  }

  @Test
  void rejections_areInputRejections() {
    assertThatThrownBy(() -> SMALL.analyze("")).isInstanceOfSatisfying(StanceKitException.class,
        e -> assertThat(e.isInputRejected()).isTrue());
  }

  private static void assertRejected(String input, StanceKitException.Reason reason, String message) {
    assertThatThrownBy(() -> SMALL.analyze(input)).isInstanceOfSatisfying(StanceKitException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).contains(message);
    });
  }
}
