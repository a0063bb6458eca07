package org.carepath.directory;

/** Who runs a local service (Skills for Care function 7: statutory, independent, private, voluntary). */
public enum Provider {
  STATUTORY,
  INDEPENDENT,
  PRIVATE,
  VOLUNTARY
}
