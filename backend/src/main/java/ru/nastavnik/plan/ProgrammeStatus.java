package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Черновик или согласована наставником и наставляемым (за несовершеннолетнего — родителем)")
public enum ProgrammeStatus {
    DRAFT, AGREED
}
