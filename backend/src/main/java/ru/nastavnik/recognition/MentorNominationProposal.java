package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorNominationProposal", description = "Выдвижение наставника организации в реестр (черновик)")
public record MentorNominationProposal(
        @NotNull(message = "Выберите наставника") UUID participantId,
        @Schema(description = "Краткая характеристика наставника")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String description,
        @Schema(description = "Результаты работы наставника и его наставляемых")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String results,
        @Schema(description = "Обучение и сертификаты наставника: курсы, программы, документы")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String training,
        @Schema(description = "Награды, которых нет в разделе «Награды»")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String rewardsNote) {
}
