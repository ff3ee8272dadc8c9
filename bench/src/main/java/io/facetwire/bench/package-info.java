/** Benchmarks: JMH micro-benchmarks and end-to-end harnesses that write docs/benchmarks.md. */
package io.facetwire.bench;
