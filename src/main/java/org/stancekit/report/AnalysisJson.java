package org.stancekit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import org.stancekit.Analysis;
import org.stancekit.ArticleActor;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.mention.Quote;
import org.stancekit.sentiment.SentenceSentiment;
import org.stancekit.sentiment.Sentiment;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;

/**
 * Writes an {@link Analysis} as the JSON of the specification (schemaVersion "1"): lists are never
 * null, offsets are UTF-16 offsets into the article text. Fields beyond the specification are
 * additive. Stateless and thread-safe.
 */
public final class AnalysisJson {

  public static final String SCHEMA_VERSION = "1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisJson() {}

  /** The analysis as a JSON tree. */
  public static ObjectNode toTree(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.set("article", article(analysis.article()));
    ArrayNode actors = root.putArray("actors");
    for (ArticleActor a : analysis.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("kind", a.kind().name());
      n.put("mentions", a.mentions());
      ArrayNode people = n.putArray("people");
      a.people().forEach(people::add);
      a.sentiment().ifPresent(s -> n.set("sentiment", sentiment(s)));
      n.put("discovered", a.discovered());
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : analysis.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("text", q.text());
      n.put("start", q.span().start());
      n.put("end", q.span().end());
      q.speaker().ifPresent(s -> n.put("speaker", s));
      q.actorId().ifPresent(s -> n.put("actor", s));
      n.put("scare", q.scare());
    }
    ArrayNode positions = root.putArray("positions");
    for (Position p : analysis.positions()) {
      positions.add(position(p));
    }
    ObjectNode summary = root.putObject("summary");
    ArrayNode sentences = summary.putArray("sentences");
    analysis.summary().sentences().forEach(sentences::add);
    ArrayNode stances = summary.putArray("stances");
    analysis.summary().stances().forEach(stances::add);
    ObjectNode byActor = summary.putObject("actors");
    for (Map.Entry<String, ? extends java.util.List<String>> e : analysis.summary().actors().entrySet()) {
      ArrayNode list = byActor.putArray(e.getKey());
      e.getValue().forEach(list::add);
    }
    ObjectNode byIssue = summary.putObject("issues");
    for (Map.Entry<String, ? extends java.util.List<String>> e : analysis.summary().issues().entrySet()) {
      ArrayNode list = byIssue.putArray(e.getKey());
      e.getValue().forEach(list::add);
    }
    ObjectNode sentiment = root.putObject("sentiment");
    sentiment.set("document", sentiment(analysis.sentiment().document()));
    ArrayNode sentenceSentiments = sentiment.putArray("sentences");
    for (SentenceSentiment s : analysis.sentiment().sentences()) {
      ObjectNode n = sentiment(s.sentiment());
      n.put("start", s.span().start());
      n.put("end", s.span().end());
      sentenceSentiments.add(n);
    }
    ArrayNode warnings = root.putArray("warnings");
    analysis.warnings().forEach(warnings::add);
    ObjectNode provenance = root.putObject("provenance");
    provenance.put("library", analysis.provenance().library());
    provenance.put("corenlp", analysis.provenance().coreNlp());
    ArrayNode annotators = provenance.putArray("annotators");
    analysis.provenance().annotators().forEach(annotators::add);
    provenance.put("catalog", analysis.provenance().catalog());
    provenance.put("sentimentModel", analysis.provenance().sentimentModel());
    return root;
  }

  /** The analysis as one line of JSON. */
  public static String toJson(Analysis analysis) {
    try {
      return MAPPER.writeValueAsString(toTree(analysis));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the analysis", e);
    }
  }

  /** The analysis as indented JSON. */
  public static String toPrettyJson(Analysis analysis) {
    try {
      return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(analysis));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the analysis", e);
    }
  }

  private static ObjectNode article(Article article) {
    ObjectNode n = MAPPER.createObjectNode();
    article.kicker().ifPresent(k -> n.put("kicker", k));
    article.headline().ifPresent(h -> n.put("headline", h));
    article.standfirst().ifPresent(s -> n.put("standfirst", s));
    ArrayNode authors = n.putArray("authors");
    article.authors().forEach(authors::add);
    article.published().ifPresent(p -> n.put("published", p.iso()));
    article.dateline().ifPresent(d -> n.put("dateline", d));
    n.put("format", article.format().name());
    ArrayNode sections = n.putArray("sections");
    for (Section s : article.sections()) {
      ObjectNode sn = sections.addObject();
      sn.put("type", s.type().name());
      sn.put("text", s.text());
      s.credit().ifPresent(c -> sn.put("credit", c));
      sn.put("start", s.start());
      sn.put("end", s.end());
    }
    if (article.format() == org.stancekit.article.InputFormat.HTML) {
      // Offsets of an HTML page refer to the readable text the reader extracted; ship it.
      n.put("text", article.text());
    }
    return n;
  }

  private static ObjectNode position(Position p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("holder", p.holder());
    n.put("target", p.target());
    n.put("targetKind", p.targetKind().name());
    n.put("stance", p.stance().name());
    n.put("score", round(p.score()));
    n.put("confidence", round(p.confidence()));
    ArrayNode conditions = n.putArray("conditions");
    p.conditions().forEach(conditions::add);
    ArrayNode evidence = n.putArray("evidence");
    for (Evidence e : p.evidence()) {
      ObjectNode en = evidence.addObject();
      en.put("text", e.text());
      en.put("start", e.span().start());
      en.put("end", e.span().end());
      en.put("section", e.section().name());
      en.put("source", e.source().name());
      en.put("cue", e.cue());
      en.put("rule", e.rule());
      en.put("score", round(e.score()));
    }
    return n;
  }

  private static ObjectNode sentiment(Sentiment s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("score", round(s.score()));
    n.put("label", s.label().name());
    return n;
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
