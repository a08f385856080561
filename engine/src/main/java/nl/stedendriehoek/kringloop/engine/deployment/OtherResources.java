package nl.stedendriehoek.kringloop.engine.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.stedendriehoek.kringloop.engine.model.SafeXml;
import nl.stedendriehoek.kringloop.engine.state.jdbc.Sql;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Identifies forms (by the {@code id} of the form JSON) and DMN resources (by the {@code id} of
 * their {@code definitions}). They are stored and versioned now; DMN evaluation comes later.
 */
final class OtherResources {

  private OtherResources() {}

  static String formId(String resourceName, byte[] content) {
    JsonNode form;
    try {
      form = Sql.JSON.readTree(content);
    } catch (IOException e) {
      throw BpmnResources.rejected(resourceName, "not a readable form (JSON): " + e.getMessage());
    }
    JsonNode id = form == null ? null : form.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw BpmnResources.rejected(resourceName, "a form needs a non-empty string 'id'");
    }
    return id.asText();
  }

  static String decisionRequirementsId(String resourceName, byte[] content) {
    SafeXml.refusal(content).ifPresent(reason -> {
      throw BpmnResources.rejected(resourceName, reason);
    });
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement();
      String id = root.getAttribute("id");
      if (!"definitions".equals(root.getLocalName()) || id.isBlank()) {
        throw BpmnResources.rejected(resourceName, "a DMN resource needs <definitions> with an id");
      }
      return id;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw BpmnResources.rejected(resourceName, "not a readable DMN document: " + e.getMessage());
    }
  }
}
