/*
 * Copyright (C) 2018 Jan Kowalski
 *
 * Moduł do obsługi kolejki zadań. Zobacz dokumentację w katalogu docs.
 */

int kolejka_init(void);
