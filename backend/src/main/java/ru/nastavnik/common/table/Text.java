package ru.nastavnik.common.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Encoding and delimiter guesses for text tables as Russian users save them. */
final class Text {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private Text() {
    }

    /** No NUL bytes and few control characters: what any text encoding of a table looks like. */
    static boolean looksLikeText(byte[] head, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    static boolean hasUtf8Bom(byte[] head, int n) {
        return n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    /**
     * UTF-8 when the sample decodes as UTF-8 (a multi-byte character cut at the end of the sample does not count
     * against it), Windows-1251 otherwise: the two encodings Excel and Google Sheets produce here.
     */
    static Charset guessCharset(byte[] head, int n) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, n);
        CharBuffer out = CharBuffer.allocate(n + 1);
        var result = decoder.decode(in, out, false);
        if (result.isError()) {
            return WINDOWS_1251;
        }
        return in.remaining() <= 3 ? StandardCharsets.UTF_8 : WINDOWS_1251;
    }

    /** The delimiter that occurs most often outside quotes in the first line: ';', ',' or a tab. */
    static char guessDelimiter(String firstLine) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs >= semicolons && tabs >= commas && tabs > 0) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    static String decode(byte[] bytes, int offset, int n, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, offset, n))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
