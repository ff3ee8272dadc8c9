/**
 * Attention over time ({@code /api/timeline}) and queries side by side ({@code /api/compare}):
 * counts per period on shared buckets, empty periods included, optionally as a share of all
 * coverage in the same outlets.
 */
package io.facetwire.api.timeline;
