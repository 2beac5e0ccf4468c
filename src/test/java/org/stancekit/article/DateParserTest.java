package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Monday 06 November 2023 17:21 EST|2023-11-06T17:21-05:00",
      "6th November 2023|2023-11-06",
      "November 6th, 2023|2023-11-06",
      "Mar 12, 2023, 1:30 a.m. ET|2023-03-12T01:30-05:00",
      "Mar 12, 2023, 3:30 a.m. ET|2023-03-12T03:30-04:00",
      "Nov 5, 2023, 1:30 p.m. PT|2023-11-05T13:30-08:00",
      "12 pm GMT, 5 November 2023|2023-11-05T12:00Z",
      "12 am GMT, 5 November 2023|2023-11-05T00:00Z",
      "5 November 2023 14:20 UTC+03:00|2023-11-05T14:20+03:00",
      "5 November 2023 14:20 (GMT+1)|2023-11-05T14:20+01:00",
      "2023/11/05|2023-11-05",
      "05.11.2023|2023-11-05",
      "11/25/2023|2023-11-25",
      "2023-11-05 08:30|2023-11-05T08:30"})
  void parses(String line, String iso) {
    assertThat(DateParser.parse(line)).hasValueSatisfying(h -> assertThat(h.published().iso()).isEqualTo(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"05/11/2023", "31 February 2023", "Monday at noon", "5 November", "",
      "The 2023 talks", "99:99 GMT 5 November 2023x"})
  void rejectsOrIgnores(String line) {
    DateParser.parse(line).ifPresent(h -> assertThat(h.published().date().getYear()).isBetween(1900, 2200));
    if (line.equals("05/11/2023") || line.equals("31 February 2023") || line.equals("5 November")) {
      assertThat(DateParser.parse(line)).isEmpty();
    }
  }

  @Test
  void ambiguousAndUnknownZones() {
    assertThat(DateParser.parse("5 November 2023 10:00 IST")).hasValueSatisfying(h -> {
      assertThat(h.ambiguousZone()).isTrue();
      assertThat(h.published().offset()).isEmpty();
      assertThat(h.published().time()).isPresent();
    });
    assertThat(DateParser.parse("5 November 2023 10:00 QQT")).hasValueSatisfying(h -> {
      assertThat(h.ambiguousZone()).isFalse();
      assertThat(h.published().offset()).isEmpty();
    });
  }

  @Test
  void cuesAndOtherWords() {
    assertThat(DateParser.parse("Published 5 November 2023")).hasValueSatisfying(h -> {
      assertThat(h.publishedCue()).isTrue();
      assertThat(h.otherWords()).isZero();
    });
    assertThat(DateParser.parse("Last modified on Sat 4 Nov 2023 19.03 GMT"))
        .hasValueSatisfying(h -> assertThat(h.updatedCue()).isTrue());
    assertThat(DateParser.parse("Smoke rises over the city on 5 November 2023 after a strike"))
        .hasValueSatisfying(h -> assertThat(h.otherWords()).isGreaterThan(3));
  }

  @Test
  void machineDates() {
    assertThat(DateParser.parseMachine("2023-12-08T22:05:00.000Z")).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-12-08T22:05Z"));
    assertThat(DateParser.parseMachine("2023-12-08")).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-12-08"));
    assertThat(DateParser.parseMachine("not a date")).isEmpty();
  }
}
