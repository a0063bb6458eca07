package org.carepath.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The endpoint a path of carepath's API belongs to, as its controllers declare it:
 * {@code /api/cases/ISC-N-2026-00001/care-plan} is {@code /api/cases/{reference}/care-plan} with
 * {@code reference=ISC-N-2026-00001}. Matched here rather than read from Spring MVC's request
 * attributes, because a request refused before it reaches Spring MVC (401) belongs to an endpoint too.
 */
@Component
class ApiPathTemplates {

  record Match(String template, Map<String, String> variables) {}

  private final RequestMappingHandlerMapping mapping;
  private volatile List<PathPattern> patterns;

  ApiPathTemplates(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
    this.mapping = mapping;
  }

  /** The most specific endpoint the path matches, or empty for a path no controller declares. */
  Optional<Match> match(String path) {
    PathContainer container = PathContainer.parsePath(path);
    return patterns().stream()
        .filter(pattern -> pattern.matches(container))
        .min(PathPattern.SPECIFICITY_COMPARATOR)
        .map(pattern -> new Match(pattern.getPatternString(), pattern.matchAndExtract(container).getUriVariables()));
  }

  private List<PathPattern> patterns() {
    List<PathPattern> known = patterns;
    if (known == null) {
      known = mapping.getHandlerMethods().keySet().stream()
          .map(RequestMappingInfo::getPathPatternsCondition)
          .filter(Objects::nonNull)
          .flatMap(condition -> condition.getPatterns().stream())
          .filter(pattern -> pattern.getPatternString().startsWith("/api/") || pattern.getPatternString().startsWith("/cases"))
          .distinct()
          .sorted(Comparator.comparing(PathPattern::getPatternString))
          .toList();
      patterns = known;
    }
    return known;
  }
}
