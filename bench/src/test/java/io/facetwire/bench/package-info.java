/**
 * Tests of the benchmark harness itself (test sources only): a benchmark that measures the wrong
 * thing is worse than none.
 */
package io.facetwire.bench;
