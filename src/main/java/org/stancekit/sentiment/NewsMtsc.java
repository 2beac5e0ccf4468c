package org.stancekit.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.stancekit.article.Span;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.nlp.NlpSentence;

/**
 * Reads the NewsMTSC data set (Hamborg and Donnay, EACL 2021) from its JSONL files and parses its
 * sentences with the project's CoreNLP adapter, two at a time. Stateless and thread-safe.
 */
final class NewsMtsc {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CACHE_VERSION = "1";

  private NewsMtsc() {}

  /** One sentence with its raw targets, before parsing. */
  record RawSentence(String id, String text, List<RawTarget> targets) {}

  /** A target: char offsets into the sentence and the gold label. */
  record RawTarget(int from, int to, String mention, SentimentLabel gold) {}

  static List<RawSentence> readRaw(Path file) {
    List<RawSentence> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = JSON.readTree(line);
        List<RawTarget> targets = new ArrayList<>();
        for (JsonNode t : o.get("targets")) {
          targets.add(new RawTarget(t.get("from").asInt(), t.get("to").asInt(), t.get("mention").asText(),
              label(t.get("polarity").asDouble())));
        }
        out.add(new RawSentence(o.path("primary_gid").asText("s" + out.size()),
            o.get("sentence_normalized").asText(), targets));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  static SentimentLabel label(double polarity) {
    if (polarity < 3.0) {
      return SentimentLabel.NEGATIVE;
    }
    return polarity > 5.0 ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  }

  /**
   * Parses each sentence of {@code split} ("train", "dev-rw", ...) and returns its targets in file
   * order. With a cache directory, parses are read from and written to it (never the repository).
   */
  static List<TargetExample> load(Path dir, String split, Optional<Path> cache, boolean progress) {
    return load(dir, split, cache, progress, Integer.MAX_VALUE);
  }

  /** The targets of the first {@code maxSentences} sentences of {@code split}. */
  static List<TargetExample> load(Path dir, String split, Optional<Path> cache, boolean progress,
      int maxSentences) {
    List<RawSentence> all = readRaw(dir.resolve(split + ".jsonl"));
    List<RawSentence> raw = all.size() > maxSentences ? all.subList(0, maxSentences) : all;
    if (raw.size() < all.size()) {
      // A partial parse must not overwrite the whole split's cache.
      cache = Optional.empty();
    }
    List<NlpDocument> docs = parse(raw, split, cache, progress);
    List<TargetExample> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawSentence s = raw.get(i);
      NlpDocument doc = docs.get(i);
      int k = 0;
      for (RawTarget t : s.targets()) {
        int from = Math.max(0, Math.min(t.from(), s.text().length()));
        int to = Math.max(from, Math.min(t.to(), s.text().length()));
        Optional<NlpSentence> sentence = doc.sentenceAt(from);
        if (sentence.isEmpty() && !doc.sentences().isEmpty()) {
          sentence = Optional.of(doc.sentences().get(doc.sentences().size() - 1));
        }
        if (sentence.isEmpty()) {
          continue;
        }
        out.add(new TargetExample(s.id() + "#" + k++, s.text(), doc, sentence.get(), new Span(from, to),
            Quotation.inside(s.text(), from), t.gold()));
      }
    }
    return out;
  }

  private static List<NlpDocument> parse(List<RawSentence> raw, String split, Optional<Path> cache,
      boolean progress) {
    Map<String, NlpDocument> cached = new HashMap<>();
    Path cacheFile = cache.map(c -> c.resolve("newsmtsc-" + split + ".v" + CACHE_VERSION + ".jsonl")).orElse(null);
    if (cacheFile != null && Files.exists(cacheFile)) {
      try (BufferedReader in = Files.newBufferedReader(cacheFile, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonNode o = JSON.readTree(line);
          cached.put(o.get("text").asText(), NlpCodec.read(o.get("doc")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read cache " + cacheFile, e);
      }
    }
    List<NlpDocument> out = new ArrayList<>(raw.size());
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      NlpDocument d = cached.get(raw.get(i).text());
      out.add(d);
      if (d == null) {
        missing.add(i);
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    CoreNlpAdapter adapter = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    // The adapter is thread-safe; two workers keep both cores busy.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (int i : missing) {
        String text = raw.get(i).text();
        futures.add(pool.submit(() -> {
          NlpDocument d = adapter.annotate(text);
          int n = done.incrementAndGet();
          if (progress && n % 500 == 0) {
            System.err.printf("  %s: parsed %d/%d sentences%n", split, n, missing.size());
          }
          return d;
        }));
      }
      for (int j = 0; j < missing.size(); j++) {
        out.set(missing.get(j), futures.get(j).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing " + split, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing " + split + " failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (cacheFile != null) {
      try {
        Files.createDirectories(cacheFile.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(cacheFile, StandardCharsets.UTF_8)) {
          for (int i = 0; i < raw.size(); i++) {
            var o = JSON.createObjectNode();
            o.put("text", raw.get(i).text());
            o.set("doc", NlpCodec.write(JSON, out.get(i)));
            w.write(JSON.writeValueAsString(o));
            w.write('\n');
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write cache " + cacheFile, e);
      }
    }
    return ImmutableList.copyOf(out);
  }

  static ImmutableList<String> splits() {
    return ImmutableList.of("train", "dev-rw", "dev-mt", "test-rw", "test-mt");
  }
}
