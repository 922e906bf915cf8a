/** Small concurrency helpers shared by the modules. */
package io.instruct4j.core.concurrent;
