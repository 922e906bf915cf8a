package io.instruct4j.selfkg.kg;

import java.util.List;

/**
 * One JSON entity record read as its name and (relation, value) pairs in document order.
 *
 * @param name the entity name
 * @param pairs relation and value of each fact
 */
record EntityRecord(String name, List<String[]> pairs) {}
