package io.facetwire.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call {@code /api} from other sites ({@code
 * facetwire.cors.allowed-origins}, comma-separated, e.g. a notebook server). Empty, the default,
 * means same-origin only: the API is read-only, but a researcher's local corpus should not be
 * readable by any page they happen to open.
 */
@ConfigurationProperties("facetwire.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {}
