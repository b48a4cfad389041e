package io.needmap.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of one word-list file (stop words, synonyms): a user's file by path, or a list shipped in
 * the jar. Everything that can go wrong with a user's file is an {@link IllegalArgumentException}
 * naming the file and, where there is one, the line.
 */
record WordFile(String name, String text) {

    /** Reads a user's file as UTF-8; {@code kind} ("stop-word", "synonym") goes into messages. */
    static WordFile read(Path path, String kind) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = kind + " file " + absolute;
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new IllegalArgumentException(name + " is a folder; give the path of a text file");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(name + " does not exist; fix the path (a relative path is read from "
                    + Path.of("").toAbsolutePath() + ") or remove it", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(name + " cannot be read (permission denied); make it readable", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " cannot be read (" + e.getMessage() + ")", e);
        }
        return new WordFile(name, decode(bytes, name));
    }

    /** Reads a list shipped next to this class; a missing one is a broken build, not a user error. */
    static WordFile resource(String resource) {
        try (InputStream in = WordFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the jar");
            }
            String name = "shipped list " + resource;
            return new WordFile(name, decode(in.readAllBytes(), name));
        } catch (IOException e) {
            throw new UncheckedIOException("the word list " + resource + " cannot be read from the jar", e);
        }
    }

    /** "stop-word file /x/y.txt, line 3" */
    String at(int line) {
        return name + ", line " + line;
    }

    private static String decode(byte[] bytes, String name) {
        // strict decoding: a file saved as Windows-1252 would otherwise turn "café" into "caf\uFFFD"
        // and silently never match
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Notepad's byte order mark
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the start of the sequence that could not be decoded
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new IllegalArgumentException(name + ", line " + line + " is not UTF-8 text; save the file as UTF-8", e);
        }
    }

    /** The text as a reader, for Lucene's parsers. */
    Reader reader() {
        return new StringReader(text);
    }
}
