package ru.nastavnik.participant;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParticipantInput",
        description = "Участник. Персональные данные (всё, кроме ФИО, вида и ролей) принимаются только при действующем "
                + "согласии: при создании его передают в поле consent.")
public record ParticipantInput(
        @NotNull(message = "Выберите, кто участник") ParticipantKind kind,
        @NotBlank(message = "Укажите ФИО") @Size(max = 300, message = "Не длиннее 300 символов") String fullName,
        boolean mentorCandidate,
        boolean menteeCandidate,
        @Size(max = 100, message = "Не длиннее 100 символов") String externalId,
        @Past(message = "Дата рождения должна быть в прошлом") LocalDate birthDate,
        @Size(max = 200, message = "Не длиннее 200 символов") String gradeOrPosition,
        @Size(max = 200, message = "Не длиннее 200 символов") String subject,
        @PositiveOrZero(message = "Не может быть отрицательным") @Max(value = 80, message = "Не больше 80 лет") Integer experienceYears,
        @Email(message = "Неверный адрес электронной почты") @Size(max = 200, message = "Не длиннее 200 символов") String email,
        @Pattern(regexp = "([+0-9()\\- ]{5,30})?", message = "Телефон: цифры, пробелы, скобки, дефис и +") String phone,
        @Valid MentorProfile mentorProfile,
        @Valid MenteeProfile menteeProfile,
        @Valid @Schema(description = "Согласие, оформленное вместе с созданием участника") ConsentInput consent,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {

    boolean hasPersonalData() {
        return birthDate != null || notBlank(gradeOrPosition) || notBlank(subject) || experienceYears != null
                || notBlank(email) || notBlank(phone) || notBlank(externalId) || mentorProfile != null
                || menteeProfile != null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
