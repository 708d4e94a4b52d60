package ru.nastavnik.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Что с анкетой: ждёт отправки, ждёт печати листа, отправлена письмом, напечатана, заполнена, "
        + "заменена более новой ссылкой, срок ссылки истёк, отменена")
public enum DeliveryStatus {
    PENDING, TO_PRINT, EMAILED, PRINTED, FILLED, REPLACED, EXPIRED, CANCELLED
}
