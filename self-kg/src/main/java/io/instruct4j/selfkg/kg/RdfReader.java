package io.instruct4j.selfkg.kg;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.instruct4j.core.io.InputFileException;
import io.instruct4j.core.io.InputFiles;
import io.instruct4j.core.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * Reads RDF through Jena RIOT. N-Triples is read a line at a time, so a malformed line is one bad
 * record under the bad-record policy; a syntax error in Turtle or JSON-LD ends the read under
 * either policy (the parser cannot find the next statement), with the line where Jena stopped.
 * JSON-LD is first checked as JSON, so a JSON syntax error is reported with its line too.
 */
final class RdfReader {

  private final KgReadOptions options;
  private final BadRows bad;

  RdfReader(KgReadOptions options, BadRows bad) {
    this.options = options;
    this.bad = bad;
  }

  void read(Path path, KgFormat format, TripleCollector out) {
    String file = InputFiles.displayName(path);
    List<RdfStatements.Statement> statements = format == KgFormat.N_TRIPLES
        ? readNTriples(path, file, out) : readDocument(path, file, format, out);
    new RdfStatements(options.labelLanguage(), bad).extract(statements, out);
  }

  private List<RdfStatements.Statement> readNTriples(Path path, String file, TripleCollector out) {
    List<RdfStatements.Statement> statements = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(InputFiles.newReader(path), 65536)) {
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        out.record();
        String source = file + ":" + number;
        List<Triple> parsed = new ArrayList<>();
        try {
          RDFParser.fromString(line, Lang.NTRIPLES).errorHandler(new ThrowingErrorHandler())
              .parse(collect(parsed));
        } catch (RdfSyntaxError e) {
          bad.handle(file, number, line, "invalid N-Triples: " + e.describe());
          continue;
        } catch (RiotException e) {
          bad.handle(file, number, line, "invalid N-Triples: " + e.getMessage());
          continue;
        }
        parsed.forEach(t -> statements.add(new RdfStatements.Statement(t, source)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return statements;
  }

  private List<RdfStatements.Statement> readDocument(Path path, String file, KgFormat format, TripleCollector out) {
    String text = readText(path, file);
    Lang lang = format == KgFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD;
    if (format == KgFormat.JSON_LD) {
      checkJson(file, text);
    }
    List<Triple> parsed = new ArrayList<>();
    String what = format == KgFormat.TURTLE ? "Turtle" : "JSON-LD";
    try {
      RDFParser.fromString(text, lang).base(path.toAbsolutePath().toUri().toString())
          .errorHandler(new ThrowingErrorHandler()).parse(collect(parsed));
    } catch (RdfSyntaxError e) {
      throw new InputFileException(file, Math.max(0, e.line()), "invalid " + what + ": " + e.describe()
          + "; the file cannot be read past this point", e);
    } catch (RiotException e) {
      throw new InputFileException(file, 0, "invalid " + what + ": " + e.getMessage()
          + (format == KgFormat.JSON_LD ? " (a remote @context cannot be fetched: put the context inline)" : ""), e);
    }
    List<RdfStatements.Statement> statements = new ArrayList<>(parsed.size());
    for (Triple t : parsed) {
      out.record();
      statements.add(new RdfStatements.Statement(t, file));
    }
    return statements;
  }

  private static String readText(Path path, String file) {
    try (Reader in = InputFiles.newReader(path)) {
      StringBuilder text = new StringBuilder();
      char[] buf = new char[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        text.append(buf, 0, n);
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Jackson reports JSON syntax errors with a line; the JSON-LD processor does not. */
  private static void checkJson(String file, String text) {
    try {
      Json.STREAM_READER.readTree(text);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputFileException(file, line, "invalid JSON-LD: not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static StreamRDFBase collect(List<Triple> into) {
    return new StreamRDFBase() {
      @Override
      public void triple(Triple triple) {
        into.add(triple);
      }
    };
  }
}
