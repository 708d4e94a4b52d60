package ru.nastavnik.recognition;

/** A material's bytes with the type its content was recognised as and the name to save it under. */
public record AttachmentDownload(byte[] content, String mediaType, String fileName) {
}
