package io.hookline.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The bill of materials ({@code core/bom}): it has the project's version, no parent (so that importing it pins nothing
 * but Hookline), and manages exactly the published artifacts, each at the project's version. The quick start's
 * project imports it, and CI builds that project.
 */
class BomTest {

  private static final Path TOP = Path.of("..");

  private static Document read(String path) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(TOP.resolve(path).toFile());
  }

  /** Returns the text of the project's own child element {@code name}, or {@code null}. */
  private static String own(Document pom, String name) {
    for (Node node = pom.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().strip();
      }
    }
    return null;
  }

  @Test
  void itManagesThePublishedArtifactsAtTheProjectsVersionAndHasNoParent() throws Exception {
    Document bom = read("core/bom/pom.xml");
    Document parent = read("pom.xml");

    assertThat(own(bom, "artifactId")).isEqualTo("hookline-bom");
    assertThat(own(bom, "version")).isEqualTo(own(parent, "version"));
    assertThat(own(bom, "parent")).isNull();
    List<String> managed = new ArrayList<>();
    var dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(dependency.getElementsByTagName("version").item(0).getTextContent()).isEqualTo("${project.version}");
      managed.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
    }
    List<String> published = List.of(own(read("core/pom.xml"), "artifactId"), own(read("dsl/pom.xml"), "artifactId"),
        own(read("src-test/pom.xml"), "artifactId"));
    assertThat(managed).containsExactlyElementsOf(published);
    assertThat(own(read("src-test/consumer/pom.xml"), "dependencyManagement")).contains("hookline-bom");
  }
}
