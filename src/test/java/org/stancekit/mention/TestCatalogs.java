package org.stancekit.mention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stancekit.catalog.Catalog;

/** Small catalogs written for these tests, so they do not depend on the default catalog's contents. */
final class TestCatalogs {

  private TestCatalogs() {}

  static final String SMALL = """
      {"version": "test-1", "actors": [
        {"id": "us", "name": "United States", "kind": "STATE",
         "aliases": ["US", "U.S.", "America"], "demonyms": ["American", "Americans"],
         "capitals": ["Washington"], "institutions": ["White House", "Pentagon", "State Department"],
         "people": [
           {"name": "Mike Pompeo", "role": "secretary of state", "from": "2018-04-26", "to": "2021-01-20"},
           {"name": "Antony Blinken", "role": "secretary of state", "from": "2021-01-26", "to": "2025-01-20",
            "aliases": ["Tony Blinken"]},
           {"name": "Marco Rubio", "role": "secretary of state", "from": "2025-01-21", "to": null}]},
        {"id": "israel", "name": "Israel", "kind": "STATE", "aliases": ["State of Israel"],
         "demonyms": ["Israeli", "Israelis"], "capitals": ["Jerusalem"], "institutions": ["Knesset"],
         "people": [{"name": "Benjamin Netanyahu", "role": "prime minister", "from": "2022-12-29", "to": null},
                    {"name": "Israel Katz", "role": "foreign minister", "from": "2024-01-01", "to": null}]},
        {"id": "turkey", "name": "Turkey", "kind": "STATE", "aliases": ["Türkiye"],
         "demonyms": ["Turkish"], "capitals": ["Ankara"],
         "people": [{"name": "Recep Tayyip Erdoğan", "role": "president", "from": "2014-08-28", "to": null,
                     "aliases": ["Recep Tayyip Erdogan"]},
                    {"name": "Mevlut Cavusoglu", "role": "foreign minister", "from": "2015-11-24", "to": "2023-06-04"},
                    {"name": "Hakan Fidan", "role": "foreign minister", "from": "2023-06-04", "to": null}]},
        {"id": "qatar", "name": "Qatar", "kind": "STATE", "demonyms": ["Qatari", "Qataris"], "capitals": ["Doha"],
         "people": [{"name": "Tamim bin Hamad Al Thani", "role": "emir", "from": "2013-06-25", "to": null}]},
        {"id": "iran", "name": "Iran", "kind": "STATE", "demonyms": ["Iranian"], "capitals": ["Tehran"]},
        {"id": "russia", "name": "Russia", "kind": "STATE", "demonyms": ["Russian"], "capitals": ["Moscow"],
         "institutions": ["Kremlin"]},
        {"id": "lebanon", "name": "Lebanon", "kind": "STATE", "demonyms": ["Lebanese"], "capitals": ["Beirut"]},
        {"id": "jordan", "name": "Jordan", "kind": "STATE", "demonyms": ["Jordanian"], "capitals": ["Amman"]},
        {"id": "egypt", "name": "Egypt", "kind": "STATE", "demonyms": ["Egyptian"], "capitals": ["Cairo"]},
        {"id": "hamas", "name": "Hamas", "kind": "ARMED_GROUP"},
        {"id": "hezbollah", "name": "Hezbollah", "kind": "ARMED_GROUP",
         "people": [{"name": "Hassan Nasrallah", "role": "secretary-general", "from": "1992-02-16", "to": "2024-09-27"}]},
        {"id": "un", "name": "United Nations", "kind": "ORGANIZATION", "aliases": ["UN", "U.N."],
         "institutions": ["Security Council", "General Assembly"]},
        {"id": "nato", "name": "NATO", "kind": "ORGANIZATION", "aliases": ["Nato"]}
      ]}
      """;

  /** An extension that adds an actor with a person and a person to an existing actor. */
  static final String EXTENSION = """
      {"version": "ext-1", "actors": [
        {"id": "black-sea-shippers", "name": "Black Sea Shippers Guild", "kind": "ORGANIZATION",
         "aliases": ["the Shippers Guild"],
         "people": [{"name": "Irena Volkova", "role": "chair", "from": "2020-01-01", "to": null}]},
        {"id": "qatar", "people": [{"name": "Majed al-Ansari", "role": "foreign ministry spokesman",
                                    "from": "2021-01-01", "to": null}]}
      ]}
      """;

  static Catalog small() {
    return parse(SMALL, "small");
  }

  static Catalog extended() {
    return small().extendedWith(parse(EXTENSION, "extension"));
  }

  static Catalog parse(String json, String name) {
    try {
      return Catalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
