package ru.nastavnik.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Как ссылка доходит до участника: письмом или на распечатанном листе с QR-кодом")
public enum DeliveryChannel {
    EMAIL, SHEET
}
