package org.stancekit.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import org.stancekit.article.Span;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NamedEntity;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * Writes and reads {@link NlpDocument}s as compact JSON, for the trainer's optional annotation cache
 * (kept outside the repository) so feature experiments need not re-run CoreNLP. Stateless and
 * thread-safe.
 */
final class NlpCodec {
  private NlpCodec() {}

  static ObjectNode write(ObjectMapper mapper, NlpDocument doc) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode sentences = root.putArray("s");
    for (NlpSentence s : doc.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("i", s.index()).put("b", s.span().start()).put("e", s.span().end()).put("x", s.text());
      ArrayNode tokens = o.putArray("t");
      for (Token t : s.tokens()) {
        tokens.addArray().add(t.word()).add(t.lemma()).add(t.tag()).add(t.ner())
            .add(t.span().start()).add(t.span().end());
      }
      edges(o.putArray("d"), s.basic());
      edges(o.putArray("p"), s.enhanced());
      ArrayNode entities = o.putArray("n");
      for (NamedEntity n : s.entities()) {
        entities.addArray().add(n.text()).add(n.type()).add(n.span().start()).add(n.span().end())
            .add(n.tokenBegin()).add(n.tokenEnd());
      }
    }
    ArrayNode warnings = root.putArray("w");
    doc.warnings().forEach(warnings::add);
    return root;
  }

  private static void edges(ArrayNode out, ImmutableList<Dependency> deps) {
    for (Dependency d : deps) {
      out.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
    }
  }

  static NlpDocument read(JsonNode root) {
    ImmutableList.Builder<NlpSentence> sentences = ImmutableList.builder();
    for (JsonNode o : root.get("s")) {
      ImmutableList.Builder<Token> tokens = ImmutableList.builder();
      int index = 0;
      for (JsonNode t : o.get("t")) {
        tokens.add(new Token(index++, t.get(0).asText(), t.get(1).asText(), t.get(2).asText(),
            t.get(3).asText(), new Span(t.get(4).asInt(), t.get(5).asInt())));
      }
      ImmutableList.Builder<NamedEntity> entities = ImmutableList.builder();
      for (JsonNode n : o.get("n")) {
        entities.add(new NamedEntity(n.get(0).asText(), n.get(1).asText(),
            new Span(n.get(2).asInt(), n.get(3).asInt()), n.get(4).asInt(), n.get(5).asInt()));
      }
      sentences.add(new NlpSentence(o.get("i").asInt(), new Span(o.get("b").asInt(), o.get("e").asInt()),
          o.get("x").asText(), tokens.build(), edges(o.get("d")), edges(o.get("p")), entities.build()));
    }
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    root.get("w").forEach(w -> warnings.add(w.asText()));
    return new NlpDocument(sentences.build(), warnings.build());
  }

  private static ImmutableList<Dependency> edges(JsonNode array) {
    ImmutableList.Builder<Dependency> out = ImmutableList.builder();
    for (JsonNode d : array) {
      out.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
    }
    return out.build();
  }
}
