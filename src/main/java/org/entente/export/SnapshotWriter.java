package org.entente.export;

import java.io.IOException;
import java.util.Map;

/** Writes one graph snapshot in one format, a node or an edge at a time (constant memory). */
interface SnapshotWriter extends AutoCloseable {

  void begin() throws IOException;

  void node(String id, String label, Map<String, Object> props) throws IOException;

  /** All nodes have been written; edges follow. */
  default void endNodes() throws IOException {}

  void edge(String id, String source, String type, String target, Map<String, Object> props) throws IOException;

  void end() throws IOException;

  @Override
  void close() throws IOException;
}
