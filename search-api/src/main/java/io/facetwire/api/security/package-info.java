/**
 * What protects the API and its users: the API token for writes, CORS, security headers, and
 * problem+json (written by {@code io.facetwire.api.error.Problems}) for every error raised before
 * Spring MVC.
 */
package io.facetwire.api.security;
