package org.carepath.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator: {@code CAREPATH_ADMIN_USER} (default {@code admin}) and {@code
 * CAREPATH_ADMIN_PASSWORD}. The {@code postgres} profile sets {@code requirePassword}.
 */
@ConfigurationProperties("carepath.admin")
record AdminProperties(String user, String password, boolean requirePassword) {

  AdminProperties {
    user = user == null || user.isBlank() ? "admin" : user.trim();
  }

  boolean hasPassword() {
    return password != null && !password.isBlank();
  }
}
