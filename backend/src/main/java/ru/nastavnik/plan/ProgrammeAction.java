package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Что можно сделать с программой сейчас: изменить её, согласовать со сторонами")
public enum ProgrammeAction {
    EDIT, AGREE
}
