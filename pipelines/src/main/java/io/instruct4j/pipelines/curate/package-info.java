/**
 * {@code instruct4j curate}: reads example files in the driver into slice files, runs the
 * curation chain as a Beam pipeline over them ({@link io.instruct4j.pipelines.curate.CurateCorpus}:
 * parallel quality filters per slice, then dedup of the whole corpus under one key, which writes
 * the ordered outputs) and publishes the outputs with a report whose counts add up
 * ({@link io.instruct4j.pipelines.curate.CuratePipeline#run}).
 */
package io.instruct4j.pipelines.curate;
