package io.instruct4j.selfkg.kg;

import java.util.List;

/**
 * What reading the knowledge-graph files gave.
 *
 * @param facts the distinct facts, sorted by head, relation, tail
 * @param files files read
 * @param records input records read (rows, JSON records, RDF statements), malformed ones included
 * @param triples facts extracted before duplicates were removed
 * @param duplicateTriples facts dropped because an identical fact was read before (each a reject)
 * @param skippedStatements RDF statements that are not facts here: labels and other vocabulary
 *     statements, and other-language versions of a literal kept in the preferred language
 */
public record KgRead(List<Triple> facts, int files, long records, long triples, long duplicateTriples,
    long skippedStatements) {

  public KgRead {
    facts = List.copyOf(facts);
  }
}
