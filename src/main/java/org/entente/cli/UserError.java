package org.entente.cli;

/** A failure the user can act on: printed as one line, exit code 1. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message, null, false, false);
  }
}
