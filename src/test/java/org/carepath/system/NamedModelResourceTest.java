package org.carepath.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class NamedModelResourceTest {

  @TempDir Path dir;

  @Test
  void shouldNameAModelTheSameInAJarAndInAFolder() throws IOException {
    // given
    Path folder = Files.createDirectories(dir.resolve("classes/processes"));
    Files.writeString(folder.resolve("ReferralPathway.bpmn"), "<definitions/>");
    Path jar = dir.resolve("carepath.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry : new String[] {"BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/processes/"}) {
        out.putNextEntry(new JarEntry(entry));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("BOOT-INF/classes/processes/ReferralPathway.bpmn"));
      out.write("<definitions/>".getBytes());
      out.closeEntry();
    }
    var resolver = new PathMatchingResourcePatternResolver();

    // when
    Resource fromFolder = resolver.getResources("file:" + folder + "/*.bpmn")[0];
    Resource fromJar = resolver.getResources("jar:" + jar.toUri() + "!/BOOT-INF/classes/processes/*.bpmn")[0];

    // then
    assertThat(new NamedModelResource(fromFolder).getPathWithinContext())
        .isEqualTo(new NamedModelResource(fromJar).getPathWithinContext())
        .isEqualTo("processes/ReferralPathway.bpmn");
  }

  @Test
  void shouldPutFormsUnderForms() {
    assertThat(NamedModelResource.folderFor("ScreenReferral.form")).isEqualTo("forms/");
    assertThat(NamedModelResource.folderFor("IscanEligibility.dmn")).isEqualTo("processes/");
  }
}
