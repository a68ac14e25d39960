package org.entente.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** JSON in Cytoscape.js elements form: {"elements": {"nodes": [{"data": ...}], "edges": [...]}}. */
final class CytoscapeJsonWriter implements SnapshotWriter {

  private final JsonGenerator g;
  private boolean edgesOpen;

  CytoscapeJsonWriter(Path out) throws IOException {
    g = new ObjectMapper().getFactory().createGenerator(out.toFile(), JsonEncoding.UTF8);
  }

  @Override
  public void begin() throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("elements");
    g.writeArrayFieldStart("nodes");
  }

  @Override
  public void node(String id, String label, Map<String, Object> props) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("data");
    g.writeStringField("id", id);
    g.writeStringField("label", label);
    for (var e : props.entrySet()) if (!e.getKey().equals("id")) g.writeObjectField(e.getKey(), e.getValue());
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void endNodes() throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    edgesOpen = true;
  }

  @Override
  public void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("data");
    g.writeStringField("id", id);
    g.writeStringField("source", source);
    g.writeStringField("target", target);
    g.writeStringField("type", type);
    for (var e : props.entrySet()) g.writeObjectField(e.getKey(), e.getValue());
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void end() throws IOException {
    if (!edgesOpen) endNodes();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
