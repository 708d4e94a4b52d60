package ru.nastavnik.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Подбор открыт, пока в нём есть нерассмотренные предложения, и закрыт, когда все рассмотрены")
public enum MatchRunStatus {
    OPEN, CLOSED
}
