package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ConsentGiver;

@Schema(name = "SideAgreementInput",
        description = "Согласие одной стороны пары: наставника или наставляемого (за несовершеннолетнего — родителя "
                + "или законного представителя)")
public record SideAgreementInput(
        @Schema(description = "Наставник или наставляемый пары", required = true)
        @NotNull(message = "Укажите участника") UUID participantId,
        @Schema(description = "Кто дал согласие: сам участник или, за несовершеннолетнего, родитель или законный "
                + "представитель", required = true)
        @NotNull(message = "Укажите, кто дал согласие") ConsentGiver givenBy,
        @Schema(description = "ФИО давшего согласие", required = true)
        @NotBlank(message = "Укажите ФИО давшего согласие")
        @Size(max = 300, message = "Не длиннее 300 символов") String giverName,
        @Schema(description = "Дата согласия", required = true)
        @NotNull(message = "Укажите дату согласия") LocalDate agreedOn) {
}
