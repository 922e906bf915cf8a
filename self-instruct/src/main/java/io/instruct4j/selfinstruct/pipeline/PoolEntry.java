package io.instruct4j.selfinstruct.pipeline;

import java.io.Serializable;

/** An instruction already in the pool (a seed or an accepted machine instruction), as the similarity filter sees it. */
public record PoolEntry(String id, String text) implements Serializable {}
