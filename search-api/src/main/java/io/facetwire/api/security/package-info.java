/**
 * What protects the API and its users: the API token for writes, CORS, security headers, and
 * problem+json for every error, including those raised before Spring MVC.
 */
package io.facetwire.api.security;
