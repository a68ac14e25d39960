package org.entente.ingest;

/** A record or file that could not be read, with where and why: printed as "file:line: reason". */
public record InputProblem(String file, long line, String reason) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
