package ru.nastavnik.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.SideAgreementInput;

@Schema(name = "ProgrammeAgreementInput", description = "Согласование программы наставником и каждым наставляемым")
public record ProgrammeAgreementInput(
        @Schema(description = "Версия программы, которую видел пользователь", required = true) Integer version,
        @Schema(required = true, description = "Согласие наставника и каждого наставляемого (за несовершеннолетнего "
                + "— родителя или законного представителя)")
        @NotEmpty(message = "Укажите согласие наставника и каждого наставляемого")
        @Size(max = 100, message = "Не больше 100 согласий")
        List<@NotNull(message = "Укажите согласие") @Valid SideAgreementInput> agreements) {
}
