package io.instruct4j.selfkg.kg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.instruct4j.core.io.InputFiles;
import io.instruct4j.core.io.InvalidRecordException;
import io.instruct4j.core.io.JsonArrayReader;
import io.instruct4j.core.io.JsonlReader;
import io.instruct4j.core.io.RecordMapper;
import io.instruct4j.core.io.RecordSource;
import io.instruct4j.core.io.Sourced;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads entity records in the CMeKG/HuaTuo shape, {@code {"中心词": "偏头痛", "相关症状": ["头痛",
 * "恶心"]}}, one per line (JSONL) or as a JSON array (the first non-space character decides). The
 * entity name is under {@code self_kg.entity_key}; every other key (or only those listed in
 * {@code self_kg.relations}) is a relation whose value is a string or a list of strings (numbers are
 * read as text). Records go through the core readers, so the bad-record policy and the
 * {@code file:line} of each record are the foundation's.
 */
final class JsonEntityReader {

  private final KgReadOptions options;
  private final BadRows bad;

  JsonEntityReader(KgReadOptions options, BadRows bad) {
    this.options = options;
    this.bad = bad;
  }

  void read(Path path, TripleCollector out) {
    RecordMapper<EntityRecord> mapper = this::map;
    try (RecordSource<EntityRecord> records = firstChar(path) == '['
        ? JsonArrayReader.open(path, mapper, bad.core()) : JsonlReader.open(path, mapper, bad.core())) {
      while (records.hasNext()) {
        Sourced<EntityRecord> next = records.next();
        for (String[] pair : next.value().pairs()) {
          out.add(Triple.of(next.value().name(), pair[0], pair[1], next.source()));
        }
      }
      out.records(records.counts().total());
    }
  }

  private EntityRecord map(ObjectNode node) {
    String key = options.entityKey();
    JsonNode nameNode = node.get(key);
    if (nameNode == null || nameNode.isNull()) {
      throw new InvalidRecordException("missing the entity-name key '" + key + "' (keys found: "
          + fieldNames(node) + "; set self_kg.entity_key to the key that holds the name)");
    }
    if (!nameNode.isTextual() || Names.clean(nameNode.asText()).isEmpty()) {
      throw new InvalidRecordException("the entity name '" + key + "' must be a non-blank string, got "
          + (nameNode.isTextual() ? "a blank string" : nameNode.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    List<String[]> pairs = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String relation = Names.clean(f.getKey());
      if (f.getKey().equals(key) || (!options.relations().isEmpty() && !options.relations().contains(f.getKey()))) {
        continue;
      }
      for (String value : values(f.getKey(), f.getValue())) {
        String tail = Names.clean(value);
        if (!tail.isEmpty() && !relation.isEmpty()) {
          pairs.add(new String[] {relation, tail});
        }
      }
    }
    return new EntityRecord(Names.clean(nameNode.asText()), pairs);
  }

  private static List<String> values(String field, JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isNull()) {
      return out;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode v = value.get(i);
        if (!v.isTextual() && !v.isNumber()) {
          throw new InvalidRecordException("field '" + field + "[" + i + "]' must be a string, got "
              + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        out.add(v.asText());
      }
      return out;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new InvalidRecordException("field '" + field + "' must be a string or a list of strings, got "
          + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    out.add(value.asText());
    return out;
  }

  private static String fieldNames(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names.toString();
  }

  private static int firstChar(Path path) {
    try (Reader in = InputFiles.newReader(path)) {
      int c;
      while ((c = in.read()) >= 0) {
        if (!Character.isWhitespace(c)) {
          return c;
        }
      }
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
