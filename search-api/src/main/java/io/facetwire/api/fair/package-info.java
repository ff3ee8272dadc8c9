/**
 * A shared server stays fair: a per-client rate limit over {@code /api} and a cap on exports
 * streaming at once, both answered with {@code 429} and {@code Retry-After} before any work is
 * done.
 */
package io.facetwire.api.fair;
