/**
 * {@code instruct4j curate}: reads example files in the driver, runs the curation chain as a Beam
 * pipeline ({@link io.instruct4j.pipelines.curate.CurateCorpus}: parallel quality filters, then dedup
 * of the whole corpus under one key) and writes ordered outputs and a report whose counts add up
 * ({@link io.instruct4j.pipelines.curate.CuratePipeline#run}).
 */
package io.instruct4j.pipelines.curate;
