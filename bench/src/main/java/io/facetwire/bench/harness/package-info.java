/**
 * What every benchmark records besides its timings (machine, JVM, heap, disk use) and how it writes
 * results, so runs on different machines can be compared honestly.
 */
package io.facetwire.bench.harness;
