package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as UTF-8, strictly. Text that is not UTF-8 but reads as Windows-1252 (the usual
 * "Latin-1" of old news files) is decoded as such with a warning; binary data is refused.
 */
final class TextDecoder {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The decoded text and, when it was not UTF-8, a warning to show. */
  record Decoded(String text, String warning) {}

  private TextDecoder() {}

  static Decoded decode(byte[] b, int len) throws RecordParser.BadRecord {
    int controls = 0;
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xff;
      if (c == 0) throw new RecordParser.BadRecord("binary file, not text (NUL bytes)");
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    if (controls > len / 100 + 2) throw new RecordParser.BadRecord("binary file, not text (control bytes)");
    int skip = len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    try {
      CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, skip, len - skip));
      return new Decoded(cb.toString(), null);
    } catch (CharacterCodingException e) {
      try {
        CharBuffer cb = CP1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, len));
        return new Decoded(cb.toString(), "not UTF-8; read as Windows-1252 (Latin-1)");
      } catch (CharacterCodingException e2) {
        throw new RecordParser.BadRecord("neither UTF-8 nor Windows-1252 text");
      }
    }
  }
}
