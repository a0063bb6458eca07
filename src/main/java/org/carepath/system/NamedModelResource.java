package org.carepath.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * A model or form read into memory and named by its folder and file name. Camunda's Spring
 * auto-deployment names a {@link ContextResource} by {@link #getPathWithinContext()}, so the name
 * is the same from a jar, a classes folder or a plain directory.
 */
final class NamedModelResource extends ByteArrayResource implements ContextResource {

  private final String name;

  NamedModelResource(Resource source) {
    super(read(source));
    this.name = folderFor(Objects.requireNonNull(source.getFilename())) + source.getFilename();
  }

  static String folderFor(String fileName) {
    return fileName.endsWith(".form") ? "forms/" : "processes/";
  }

  private static byte[] read(Resource source) {
    try (var in = source.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
  }

  @Override
  public String getPathWithinContext() {
    return name;
  }

  @Override
  public String getFilename() {
    return name.substring(name.indexOf('/') + 1);
  }

  @Override
  public String getDescription() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedModelResource that && name.equals(that.name) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
